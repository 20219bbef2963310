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

let all: Promise<DocsEntry[]> | undefined;
export const allPages = () => (all ??= getCollection('docs'));

const ofKind = async <T extends DocsEntry>(kind: PageKind) => (await allPages()).filter((e) => e.data.type === kind) as T[];

export const urlOf = (entry: DocsEntry) => (entry.id === 'index' ? '/' : `/${entry.id.replace(/\/index$/, '')}/`);

export async function kravList(): Promise<KravEntry[]> {
	return (await ofKind<KravEntry>('krav')).sort((a, b) => a.data.raekkefoelge - b.data.raekkefoelge || a.data.id.localeCompare(b.data.id, 'da'));
}
export async function foranstaltningList(): Promise<ForanstaltningEntry[]> {
	return (await ofKind<ForanstaltningEntry>('foranstaltning')).sort((a, b) => a.data.id.localeCompare(b.data.id));
}
export async function drejebogList(): Promise<DrejebogEntry[]> {
	return (await ofKind<DrejebogEntry>('drejebog')).sort((a, b) => a.data.fase - b.data.fase || a.data.raekkefoelge - b.data.raekkefoelge);
}
export async function pagesOfKind(kind: PageKind): Promise<DocsEntry[]> {
	return (await ofKind<DocsEntry>(kind)).sort((a, b) => (a.data.sidebar?.order ?? 999) - (b.data.sidebar?.order ?? 999) || a.data.title.localeCompare(b.data.title, 'da'));
}

/** A chapter's pages (content/<directory>/…) in sidebar order, without pages hidden from the sidebar. */
export async function chapterPages(directory: string): Promise<DocsEntry[]> {
	return (await allPages())
		.filter((e) => (e.id === directory || e.id.startsWith(`${directory}/`)) && !e.data.sidebar?.hidden)
		.sort((a, b) => compareSidebarOrder(a.data, b.data));
}

export async function kravById(id: string) {
	return (await kravList()).find((k) => k.data.id === id);
}
export async function foranstaltningById(id: string) {
	return (await foranstaltningList()).find((f) => f.data.id === id);
}
export async function drejebogById(id: string) {
	return (await drejebogList()).find((d) => d.data.id === id);
}
export async function skabelonBySlug(slug: string) {
	return (await pagesOfKind('skabelon')).find((s) => s.id === `skabeloner/${slug}`);
}

/** Measures that claim to meet a requirement. */
export async function measuresFor(kravId: string) {
	return (await foranstaltningList()).filter((f) => f.data.krav.includes(kravId));
}
/** Playbook steps that name a requirement directly or through one of their measures. */
export async function stepsFor(kravId: string) {
	const measures = new Set((await measuresFor(kravId)).map((f) => f.data.id));
	return (await drejebogList()).filter((d) => d.data.krav.includes(kravId) || d.data.foranstaltninger.some((m) => measures.has(m)));
}
export async function stepsForMeasure(measureId: string) {
	return (await drejebogList()).filter((d) => d.data.foranstaltninger.includes(measureId));
}
export async function dependentsOfStep(stepId: string) {
	return (await drejebogList()).filter((d) => d.data.afhaengerAf.includes(stepId));
}

/** Total estimated hours of a step for one municipality size. */
export const stepHours = (step: Pick<Drejebog, 'timer'>, size: 'lille' | 'stor') => Object.values(step.timer[size]).reduce((a, b) => a + b, 0);

/**
 * How early each step can start: 1 for steps with no prerequisites, otherwise one more than its
 * latest prerequisite. The content checks reject cycles, so the recursion always ends.
 */
export async function stepWaves(): Promise<Map<string, number>> {
	const steps = new Map((await drejebogList()).map((s) => [s.data.id, s]));
	const waves = new Map<string, number>();
	const wave = (id: string): number => {
		if (!waves.has(id)) waves.set(id, 1 + Math.max(0, ...(steps.get(id)?.data.afhaengerAf ?? []).filter((d) => steps.has(d)).map(wave)));
		return waves.get(id)!;
	};
	for (const id of steps.keys()) wave(id);
	return waves;
}

/** The phases in order, each with its steps and summed hour estimates (the timeline and matrix use this). */
export async function playbookByPhase() {
	const steps = await drejebogList();
	return faser().map((fase) => {
		const own = steps.filter((s) => s.data.fase === fase.nummer);
		return {
			fase,
			steps: own,
			hours: { lille: own.reduce((n, s) => n + stepHours(s.data, 'lille'), 0), stor: own.reduce((n, s) => n + stepHours(s.data, 'stor'), 0) },
		};
	});
}
// Mapping views: requirement, ISO/IEC 27001 control and CIR annex section → measures.

/** Every requirement with the measures that meet it, split by tier. */
export async function coverageByKrav() {
	const measures = await foranstaltningList();
	return (await kravList()).map((k) => {
		const covering = measures.filter((m) => m.data.krav.includes(k.data.id));
		return {
			krav: k,
			measures: covering,
			grundniveau: covering.filter((m) => m.data.niveau === 'grundniveau'),
			udvidet: covering.filter((m) => m.data.niveau === 'udvidet'),
		};
	});
}

/** Measures mapped to an ISO/IEC 27001:2022 Annex A control. */
export async function measuresForIso(control: string) {
	return (await foranstaltningList()).filter((m) => m.data.iso27001.includes(control));
}

/** Annex A controls that at least one measure maps to, in the standard's order, with their measures. */
export async function isoControlsInUse() {
	const measures = await foranstaltningList();
	const used = [...new Set(measures.flatMap((m) => m.data.iso27001))].sort(compareControlIds);
	return used.map((control) => ({ control, measures: measures.filter((m) => m.data.iso27001.includes(control)) }));
}

/** Measures with no Annex A control: what NIS2 asks for beyond the controls an ISMS already has. */
export async function measuresWithoutIso() {
	return (await foranstaltningList()).filter((m) => m.data.iso27001.length === 0);
}

/** Requirements whose measures all lack an Annex A control (or that have no measures at all). */
export async function kravWithoutIsoMeasure() {
	return (await coverageByKrav()).filter((row) => row.measures.every((m) => m.data.iso27001.length === 0)).map((row) => row.krav);
}

/** Measures that refer to a CIR annex section, directly or through one of its sub-sections. */
export async function measuresForCirSection(section: string) {
	return (await foranstaltningList()).filter((m) => m.data.cir.some((ref) => ref === section || ref.startsWith(`${section}.`)));
}

/** Measures with no CIR annex reference. */
export async function measuresWithoutCir() {
	return (await foranstaltningList()).filter((m) => m.data.cir.length === 0);
}

/** Sorts "5.2" before "5.10" and theme 5 before 8. */
export function compareControlIds(a: string, b: string) {
	const [a1, a2] = a.split('.').map(Number);
	const [b1, b2] = b.split('.').map(Number);
	return a1 - b1 || a2 - b2;
}
