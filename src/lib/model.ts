// Queries over the page collection, in one module (pages and components never call getCollection
// themselves). Reverse links are computed here so every view derives from the same data.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Krav } from '../schemas/krav.ts';
import type { Foranstaltning } from '../schemas/foranstaltning.ts';
import type { Drejebog } from '../schemas/drejebog.ts';
import type { PageKind } from '../schemas/index.ts';
import { compareSidebarOrder } from './sidebar-order.ts';

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
