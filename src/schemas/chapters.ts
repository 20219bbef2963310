// The chapter registry: every top-level folder of content/ that is a chapter of the site, once, in
// the order the sidebar shows them. The sidebar, the printed chapters (PDF), the change feeds and the
// change page read the chapters from here; which page kinds a chapter holds is read from the
// page-kind registry (a kind's `folder`), so it is not written twice.
import { PAGE_KINDS, PAGE_KIND_REGISTRY, type PageKind, type PageKindInfo } from './page-kinds.ts';

interface ChapterInfo {
	/** The folder under content/, and so the first part of every URL in the chapter. */
	slug: string;
	/** Danish title: sidebar, cover and running header of the printed chapter, feed title. */
	title: string;
	/** Printed as one document: /print/<slug>/ and /pdf/<slug>.pdf. */
	print?: true;
	/** Has an Atom feed of its major changes of its own: /aendringer/<slug>.xml. */
	feed?: true;
}

/** The chapters in sidebar order. */
export const CHAPTERS = [
	{ slug: 'krav', title: 'Krav og fortolkninger', print: true, feed: true },
	{ slug: 'foranstaltninger', title: 'Foranstaltninger', print: true, feed: true },
	{ slug: 'drejebog', title: 'Drejebog', print: true, feed: true },
	{ slug: 'konsekvenser', title: 'Konsekvenser', print: true },
	{ slug: 'skabeloner', title: 'Skabeloner', print: true },
	{ slug: 'briefinger', title: 'Ledelsesbriefinger', feed: true },
	{ slug: 'erfaringer', title: 'Erfaringer' },
	{ slug: 'vaerktoejer', title: 'Værktøjer' },
	{ slug: 'opslag', title: 'Opslag' },
	{ slug: 'bidrag', title: 'Sådan bidrager du' },
	{ slug: 'om', title: 'Om platformen' },
] as const satisfies readonly ChapterInfo[];

type Chapter = (typeof CHAPTERS)[number];
type PrintChapter = Extract<Chapter, { print: true }>['slug'];
export type FeedChapter = Extract<Chapter, { feed: true }>['slug'];

/** The chapter a page belongs to, from its id ("krav/k-20" → krav); undefined outside the chapters. */
export const chapterOfId = (id: string): Chapter | undefined => CHAPTERS.find((c) => id === c.slug || id.startsWith(`${c.slug}/`));

/** The page kinds whose pages live in a chapter (its folder), besides ordinary pages. */
export const kindsOfChapter = (slug: string): PageKind[] => PAGE_KINDS.filter((kind) => (PAGE_KIND_REGISTRY[kind] as PageKindInfo).folder === slug);

/** The printed chapters, slug → title, in chapter order. */
export const PRINT_CHAPTERS = Object.fromEntries(CHAPTERS.filter((c) => 'print' in c).map((c) => [c.slug, c.title])) as Record<PrintChapter, string>;

/** The chapters with a feed of their own, slug → title, in chapter order. */
export const FEED_CHAPTERS = Object.fromEntries(CHAPTERS.filter((c) => 'feed' in c).map((c) => [c.slug, c.title])) as Record<FeedChapter, string>;
