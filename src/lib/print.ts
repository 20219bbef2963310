// What is printed as a PDF: the chapters marked `print` in the chapter registry, and every page of a
// kind marked `printEachPage` (the briefings) in the page-kind registry. The print route
// (src/pages/print/), the download links and scripts/pdf/ all derive from printDocuments().
import { chapterPages, pagesOfKind, urlOf, type DocsEntry } from './model.ts';
import { STATUS_LABELS } from './labels.ts';
import type { ReviewStatus } from '../schemas/common.ts';
import { chapterOfId, PRINT_CHAPTERS } from '../schemas/chapters.ts';
import { PAGE_KINDS, PAGE_KIND_REGISTRY, pageKindInfo, type PageKindInfo } from '../schemas/page-kinds.ts';

/** Chapters printed as one document each, with the title used on the cover and running header. */
export { PRINT_CHAPTERS };

/** Kinds whose every page is a printed document of its own. */
const PRINTED_PER_PAGE = PAGE_KINDS.filter((kind) => (PAGE_KIND_REGISTRY[kind] as PageKindInfo).printEachPage);
const ownKey = (entry: DocsEntry) => entry.id.replace(/\/index$/, '');

export interface PrintDocument {
	/** "krav" or "briefinger/<navn>": the print page is /print/<key>/, the file /pdf/<key>.pdf. */
	key: string;
	title: string;
	/** What kind of document, shown above the title on the cover. */
	kind: string;
	entries: DocsEntry[];
}

/** A line in a document's table of contents: an anchor in the document and its title. */
export interface TocItem {
	id: string;
	title: string;
	note?: string;
}

const pdfPath = (key: string) => `/pdf/${key}.pdf`;

export async function printDocuments(): Promise<PrintDocument[]> {
	const chapters = await Promise.all(
		Object.entries(PRINT_CHAPTERS).map(async ([key, title]) => ({ key, title, kind: 'Kapitel', entries: await chapterPages(key) })),
	);
	const single = await Promise.all(
		PRINTED_PER_PAGE.map(async (kind) =>
			(await pagesOfKind(kind)).map((entry) => ({ key: ownKey(entry), title: entry.data.title, kind: PAGE_KIND_REGISTRY[kind].label, entries: [entry] })),
		),
	);
	return [...chapters.filter((c) => c.entries.length > 0), ...single.flat()];
}

/**
 * The PDF a page offers for download: a briefing offers itself; the first page of a printed
 * chapter (its overview, or its first page where the chapter has no overview) offers the chapter.
 */
export async function pdfFor(entry: DocsEntry): Promise<string | undefined> {
	if (pageKindInfo(entry.data.type)?.printEachPage) return pdfPath(ownKey(entry));
	const chapter = chapterOfId(entry.id);
	if (!chapter || !('print' in chapter)) return undefined;
	return (await chapterPages(chapter.slug))[0]?.id === entry.id ? pdfPath(chapter.slug) : undefined;
}

/** Anchor of a page's section inside a printed document: "krav/k-20" → "krav-k-20". */
export const sectionId = (entry: DocsEntry) =>
	urlOf(entry)
		.replace(/^\/|\/$/g, '')
		.replaceAll('/', '-') || 'forside';

// ---- Review status --------------------------------------------------------------------------

/**
 * A page's review status. Pages with a `status` field (requirements) have their own; overview
 * pages (`side`) only show generated views of other pages and carry none; every other page kind
 * has no approval procedure yet and so counts as not approved.
 */
export type PrintStatus = ReviewStatus | 'uden-status' | 'neutral';

export function statusOf(entry: DocsEntry): PrintStatus {
	const status = (entry.data as { status?: unknown }).status;
	if (status === 'udkast' || status === 'i-hoering' || status === 'godkendt') return status;
	return entry.data.type === 'side' ? 'neutral' : 'uden-status';
}

export const PRINT_STATUS_LABELS: Record<Exclude<PrintStatus, 'neutral'>, string> = {
	...STATUS_LABELS,
	'uden-status': 'Uden godkendelse',
};

export interface StatusSummary {
	approved: boolean;
	counts: { status: Exclude<PrintStatus, 'neutral'>; label: string; count: number }[];
	/** One Danish sentence for the cover. */
	text: string;
}

export function statusSummary(entries: DocsEntry[]): StatusSummary {
	const order: Exclude<PrintStatus, 'neutral'>[] = ['godkendt', 'i-hoering', 'udkast', 'uden-status'];
	const statuses = entries.map(statusOf).filter((s) => s !== 'neutral');
	const counts = order
		.map((status) => ({ status, label: PRINT_STATUS_LABELS[status], count: statuses.filter((s) => s === status).length }))
		.filter((c) => c.count > 0);
	const approved = statuses.length > 0 && statuses.every((s) => s === 'godkendt');
	const n = statuses.length;
	const pages = (k: number) => (k === 1 ? '1 side' : `${k} sider`);
	let text: string;
	if (approved) text = `Alt indhold er godkendt af referencegruppen (${pages(n)}).`;
	else if (statuses.every((s) => s === 'uden-status'))
		text = `Indholdet er ikke godkendt af referencegruppen: ${n === 1 ? 'siden har' : 'siderne har'} ingen godkendelsesstatus. Dokumentet er derfor et udkast.`;
	else {
		const approvedCount = statuses.filter((s) => s === 'godkendt').length;
		text = `${approvedCount} af ${pages(n)} er godkendt af referencegruppen. Dokumentet er derfor et udkast.`;
	}
	return { approved, counts, text };
}
