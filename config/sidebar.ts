// The navigation, chapter by chapter. Chapter contents are listed from the content tree here
// rather than with Starlight's `autogenerate`: autogenerate only sees files under
// src/content/docs/, and our content lives in the top-level content/ folder. Order follows
// front matter `sidebar.order`, the kind's own order, then the title (src/lib/sidebar-order.ts,
// shared with the printed chapters). src/route/section-sidebar.ts then expands only the current
// chapter on each page. The chapters and their order come from src/schemas/chapters.ts.
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { loadContentOnce } from '../src/checks/content/load.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { compareSidebarOrder, type Orderable } from '../src/lib/sidebar-order.ts';
import { CHAPTERS, kindsOfChapter } from '../src/schemas/chapters.ts';
import type { PageKind } from '../src/schemas/page-kinds.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;
type Frontmatter = Orderable;

type Item = string | { label: string; collapsed: boolean; items: Item[] };

const content = loadContentOnce(process.cwd(), contentDir);
/** The fields read here; the content check has already validated them, so a page without front matter is just empty. */
const frontmatterOf = (data: unknown): Frontmatter & { id?: string; krav?: string[] } => (typeof data === 'object' && data !== null ? data : {});
const pages = content.pages.map((p) => ({ slug: p.slug, fm: frontmatterOf(p.frontmatter.data) }));
const phases = (content.data.find((d) => d.name === 'faser')?.source.data ?? []) as { nummer: number; titel: string }[];

function chapterPages(directory: string) {
	return pages
		.filter((p) => p.slug === directory || p.slug.startsWith(`${directory}/`))
		.filter((p) => !p.fm.sidebar?.hidden)
		.sort((a, b) => compareSidebarOrder(a.fm, b.fm));
}

/**
 * Large chapters are split into groups (playbook steps by phase, measures by the requirement they
 * mainly meet), so a page lists only its own group in full: the sidebar, and with it every page's
 * HTML, stays small however large the catalogue grows. Keyed by kind: the pages of that kind in
 * its chapter are grouped. These need the content tree (phases, requirements), so they are not
 * in the page-kind registry, which the schemas load.
 */
const GROUPINGS: Partial<Record<PageKind, (fm: (typeof pages)[number]['fm']) => { key: string; label: string; order: number }>> = {
	drejebog: (fm) => {
		const phase = phases.find((f) => f.nummer === fm.fase);
		return { key: `fase-${fm.fase}`, label: phase ? `Fase ${phase.nummer}: ${phase.titel}` : `Fase ${fm.fase}`, order: fm.fase ?? 0 };
	},
	foranstaltning: (fm) => {
		const krav = pages.find((p) => p.fm.type === 'krav' && p.fm.id === fm.krav?.[0]);
		return { key: fm.krav?.[0] ?? '', label: krav?.fm.title ?? 'Øvrige', order: krav?.fm.raekkefoelge ?? 1000 };
	},
};

/**
 * A chapter without a grouping of its own follows its folders: a subfolder with pages of its own
 * becomes a group named after its index page, in the place its index page sorts to, so a long
 * chapter (the contributor guide and its component pages) reads as sections rather than as
 * consecutive chunks named after their first and last entries.
 */
function folderItems(directory: string, list: typeof pages): Item[] {
	const childOf = (slug: string) => slug.slice(directory.length + 1).split('/')[0];
	const folders = new Set(list.filter((p) => p.slug.slice(directory.length + 1).includes('/')).map((p) => childOf(p.slug)));
	const items: Item[] = [];
	const placed = new Set<string>();
	for (const page of list) {
		const folder = page.slug === directory ? undefined : childOf(page.slug);
		if (folder === undefined || !folders.has(folder)) {
			items.push(page.slug);
			continue;
		}
		if (placed.has(folder)) continue;
		placed.add(folder);
		const base = `${directory}/${folder}`;
		const inside = list.filter((p) => p.slug === base || p.slug.startsWith(`${base}/`));
		const label = String(pages.find((p) => p.slug === base)?.fm.title ?? folder);
		items.push({ label, collapsed: true, items: folderItems(base, inside) });
	}
	return items;
}

function chapterItems(directory: string): Item[] {
	const list = chapterPages(directory);
	const kind = kindsOfChapter(directory).find((k) => GROUPINGS[k]);
	if (!kind) return folderItems(directory, list);
	const groupOf = GROUPINGS[kind]!;
	const groups = new Map<string, { label: string; order: number; items: string[] }>();
	for (const p of list.filter((p) => p.fm.type === kind)) {
		const { key, label, order } = groupOf(p.fm);
		if (!groups.has(key)) groups.set(key, { label, order, items: [] });
		groups.get(key)!.items.push(p.slug);
	}
	const loose = list.filter((p) => p.fm.type !== kind).map((p) => p.slug);
	const grouped = [...groups.values()].sort((a, b) => a.order - b.order).map(({ label, items }) => ({ label, collapsed: true, items }));
	return [...loose, ...grouped];
}

/** More entries than this at one level are split into consecutive groups (see chunked). */
const MAX_ENTRIES = 25;

const titleOf = (item: Item) => (typeof item === 'string' ? String(pages.find((p) => p.slug === item)?.fm.title ?? item) : item.label);
const short = (text: string) => (text.length > 28 ? `${text.slice(0, 26).trimEnd()}…` : text);

/**
 * A level with hundreds of entries (a large catalogue, or many requirement groups) is split into
 * consecutive groups named after their first and last entry, so every page's sidebar stays
 * bounded: a page lists its own group in full and the other groups as one link each.
 */
function chunked(items: Item[]): Item[] {
	if (items.length <= MAX_ENTRIES) return items;
	const size = Math.ceil(items.length / Math.ceil(items.length / MAX_ENTRIES));
	const chunks: Item[] = [];
	for (let i = 0; i < items.length; i += size) {
		const part = items.slice(i, i + size);
		chunks.push({ label: `${short(titleOf(part[0]))} – ${short(titleOf(part[part.length - 1]))}`, collapsed: true, items: part });
	}
	return chunked(chunks);
}

const chapter = (label: string, directory: string): Sidebar[number] | undefined => {
	const items = chunked(chapterItems(directory));
	return items.length ? { label, collapsed: true, items } : undefined;
};

export const sidebar: Sidebar = [
	{ label: 'Forside', link: '/' },
	{ label: 'Kom i gang', items: ['overblik', 'omfattet', 'graensetilfaelde', 'laeseveje'].filter((slug) => pages.some((p) => p.slug === slug)) },
	...CHAPTERS.map((c) => chapter(c.title, c.slug)),
].filter((entry) => entry !== undefined);
