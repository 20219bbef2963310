// Queries over the page collection, in one module (pages and components never call getCollection
// themselves). Reverse links are computed here so every view derives from the same data.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Krav } from '../schemas/krav.ts';
import type { Foranstaltning } from '../schemas/foranstaltning.ts';
import type { Drejebog } from '../schemas/drejebog.ts';
import type { PageKind } from '../schemas/index.ts';
import { compareSidebarOrder } from './sidebar-order.ts';
import { faser } from './data.ts';

export type DocsEntry = CollectionEntry<'docs'>;
type WithData<T> = DocsEntry & { data: DocsEntry['data'] & T };
export type KravEntry = WithData<Krav>;
export type ForanstaltningEntry = WithData<Foranstaltning>;
export type DrejebogEntry = WithData<Drejebog>;

// Every list and index below is computed once per build and shared (frozen, so a caller that
// wants another order copies first). Each page renders its relations from these, so at 1,000
// pages re-filtering and re-sorting the whole collection on every lookup was quadratic.
const once = <T>(make: () => Promise<T>) => {
	let value: Promise<T> | undefined;
	return () => (value ??= make());
};
const onceBy = <K, T>(make: (key: K) => Promise<T>) => {
	const values = new Map<K, Promise<T>>();
	return (key: K) => {
		let value = values.get(key);
		if (!value) values.set(key, (value = make(key)));
		return value;
	};
};
const frozen = <T>(xs: T[]) => Object.freeze(xs) as T[];
const groupBy = <T>(items: readonly T[], keys: (item: T) => readonly string[]) => {
	const groups = new Map<string, T[]>();
	for (const item of items)
		for (const key of new Set(keys(item))) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	for (const group of groups.values()) Object.freeze(group);
	return groups;
};

export const allPages = once(() => getCollection('docs'));

const byKind = once(async () => groupBy(await allPages(), (e) => [e.data.type]));
const ofKind = async (kind: PageKind) => (await byKind()).get(kind) ?? [];
// Type guards on the front matter's `type`, so the typed lists below are narrowed, not cast.
const isKrav = (e: DocsEntry): e is KravEntry => e.data.type === 'krav';
export const isForanstaltning = (e: DocsEntry): e is ForanstaltningEntry => e.data.type === 'foranstaltning';
export const isDrejebog = (e: DocsEntry): e is DrejebogEntry => e.data.type === 'drejebog';

export const urlOf = (entry: DocsEntry) => (entry.id === 'index' ? '/' : `/${entry.id.replace(/\/index$/, '')}/`);

export const kravList = once(async (): Promise<KravEntry[]> =>
	frozen((await ofKind('krav')).filter(isKrav).sort((a, b) => a.data.raekkefoelge - b.data.raekkefoelge || a.data.id.localeCompare(b.data.id, 'da'))),
);
export const foranstaltningList = once(async (): Promise<ForanstaltningEntry[]> =>
	frozen((await ofKind('foranstaltning')).filter(isForanstaltning).sort((a, b) => a.data.id.localeCompare(b.data.id))),
);
export const drejebogList = once(async (): Promise<DrejebogEntry[]> =>
	frozen((await ofKind('drejebog')).filter(isDrejebog).sort((a, b) => a.data.fase - b.data.fase || a.data.raekkefoelge - b.data.raekkefoelge)),
);
export const pagesOfKind = onceBy(async (kind: PageKind): Promise<DocsEntry[]> =>
	frozen(
		[...(await ofKind(kind))].sort(
			(a, b) => (a.data.sidebar?.order ?? 999) - (b.data.sidebar?.order ?? 999) || a.data.title.localeCompare(b.data.title, 'da'),
		),
	),
);

/** A chapter's pages (content/<directory>/…) in sidebar order, without pages hidden from the sidebar. */
export const chapterPages = onceBy(async (directory: string): Promise<DocsEntry[]> =>
	frozen(
		(await allPages())
			.filter((e) => (e.id === directory || e.id.startsWith(`${directory}/`)) && !e.data.sidebar?.hidden)
			.sort((a, b) => compareSidebarOrder(a.data, b.data)),
	),
);

const index = <T extends DocsEntry>(list: () => Promise<T[]>, key: (e: T) => string) => once(async () => new Map((await list()).map((e) => [key(e), e])));
const kravIndex = index(kravList, (k) => k.data.id);
const foranstaltningIndex = index(foranstaltningList, (f) => f.data.id);
const drejebogIndex = index(drejebogList, (d) => d.data.id);
const skabelonIndex = once(async () => new Map((await pagesOfKind('skabelon')).map((s) => [s.id, s])));

export const kravById = async (id: string) => (await kravIndex()).get(id);
export const foranstaltningById = async (id: string) => (await foranstaltningIndex()).get(id);
export const drejebogById = async (id: string) => (await drejebogIndex()).get(id);
export const skabelonBySlug = async (slug: string) => (await skabelonIndex()).get(`skabeloner/${slug}`);

// Reverse links, each an index built in one pass over its list (list order is kept).
const measuresByKrav = once(async () => groupBy(await foranstaltningList(), (f) => f.data.krav));
const stepsByMeasure = once(async () => groupBy(await drejebogList(), (d) => d.data.foranstaltninger));
const stepsByKrav = once(async () => {
	const measureKrav = new Map((await foranstaltningList()).map((f) => [f.data.id, f.data.krav]));
	return groupBy(await drejebogList(), (d) => [...d.data.krav, ...d.data.foranstaltninger.flatMap((m) => measureKrav.get(m) ?? [])]);
});
const dependentsByStep = once(async () => groupBy(await drejebogList(), (d) => d.data.afhaengerAf));
const none: never[] = frozen([]);

/** Measures that claim to meet a requirement. */
export async function foranstaltningerFor(kravId: string) {
	return (await measuresByKrav()).get(kravId) ?? none;
}
/** Playbook steps that name a requirement directly or through one of their measures. */
export async function trinFor(kravId: string) {
	return (await stepsByKrav()).get(kravId) ?? none;
}
export async function trinForForanstaltning(measureId: string) {
	return (await stepsByMeasure()).get(measureId) ?? none;
}
export async function trinDerAfhaengerAf(stepId: string) {
	return (await dependentsByStep()).get(stepId) ?? none;
}

/** Total estimated hours of a step for one municipality size. */
const trinTimer = (step: Pick<Drejebog, 'timer'>, size: 'lille' | 'stor') => Object.values(step.timer[size]).reduce((a, b) => a + b, 0);

/**
 * How early each step can start: 1 for steps with no prerequisites, otherwise one more than its
 * latest prerequisite. The content checks reject cycles, so the recursion always ends.
 */
export const waveByTrin = once(async (): Promise<ReadonlyMap<string, number>> => {
	const steps = new Map((await drejebogList()).map((s) => [s.data.id, s]));
	const waves = new Map<string, number>();
	const wave = (id: string): number => {
		if (!waves.has(id)) waves.set(id, 1 + Math.max(0, ...(steps.get(id)?.data.afhaengerAf ?? []).filter((d) => steps.has(d)).map(wave)));
		return waves.get(id)!;
	};
	for (const id of steps.keys()) wave(id);
	return waves;
});

/** The phases in order, each with its steps and summed hour estimates (the timeline and matrix use this). */
export const drejebogByFase = once(async () => {
	const steps = await drejebogList();
	return faser().map((fase) => {
		const own = steps.filter((s) => s.data.fase === fase.nummer);
		return {
			fase,
			steps: own,
			hours: { lille: own.reduce((n, s) => n + trinTimer(s.data, 'lille'), 0), stor: own.reduce((n, s) => n + trinTimer(s.data, 'stor'), 0) },
		};
	});
});
// Mapping views: requirement, ISO/IEC 27001 control and CIR annex section → measures.

/** Every requirement with the measures that meet it, split by tier. */
export const coverageByKrav = once(async () => {
	const byKrav = await measuresByKrav();
	return (await kravList()).map((k) => {
		const covering = byKrav.get(k.data.id) ?? none;
		return {
			krav: k,
			measures: covering,
			grundniveau: covering.filter((m) => m.data.niveau === 'grundniveau'),
			udvidet: covering.filter((m) => m.data.niveau === 'udvidet'),
		};
	});
});

/** Annex A controls that at least one measure maps to, in the standard's order, with their measures. */
export async function isoControlsInUse() {
	const measures = await foranstaltningList();
	const used = [...new Set(measures.flatMap((m) => m.data.iso27001))].sort(compareControlIds);
	return used.map((control) => ({ control, measures: measures.filter((m) => m.data.iso27001.includes(control)) }));
}

/** Measures with no Annex A control: what NIS2 asks for beyond the controls an ISMS already has. */
export async function foranstaltningerWithoutIso() {
	return (await foranstaltningList()).filter((m) => m.data.iso27001.length === 0);
}

/** Requirements whose measures all lack an Annex A control (or that have no measures at all). */
export async function kravWithoutIsoForanstaltning() {
	return (await coverageByKrav()).filter((row) => row.measures.every((m) => m.data.iso27001.length === 0)).map((row) => row.krav);
}

/** Measures that refer to a CIR annex section, directly or through one of its sub-sections. */
export async function foranstaltningerForCirSection(section: string) {
	return (await foranstaltningList()).filter((m) => m.data.cir.some((ref) => ref === section || ref.startsWith(`${section}.`)));
}

/** Measures with no CIR annex reference. */
export async function foranstaltningerWithoutCir() {
	return (await foranstaltningList()).filter((m) => m.data.cir.length === 0);
}

/** Sorts "5.2" before "5.10" and theme 5 before 8. */
function compareControlIds(a: string, b: string) {
	const [a1, a2] = a.split('.').map(Number);
	const [b1, b2] = b.split('.').map(Number);
	return a1 - b1 || a2 - b2;
}
