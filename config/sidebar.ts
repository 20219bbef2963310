// The navigation, chapter by chapter. Chapter contents are listed from the content tree here
// rather than with Starlight's `autogenerate`: autogenerate only sees files under
// src/content/docs/, and our content lives in the top-level content/ folder. Order follows
// front matter `sidebar.order`, the kind's own order, then the title (src/lib/sidebar-order.ts,
// shared with the printed chapters). src/route/section-sidebar.ts then expands only the current
// chapter on each page.
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { loadContent } from '../scripts/content-check/load.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { compareSidebarOrder, type Orderable } from '../src/lib/sidebar-order.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;
type Frontmatter = Orderable;

const pages = loadContent(process.cwd(), contentDir).pages.map((p) => ({ slug: p.slug, fm: (p.frontmatter.data ?? {}) as Frontmatter }));

function chapterItems(directory: string): string[] {
	return pages
		.filter((p) => p.slug === directory || p.slug.startsWith(`${directory}/`))
		.filter((p) => !p.fm.sidebar?.hidden)
		.sort((a, b) => compareSidebarOrder(a.fm, b.fm))
		.map((p) => p.slug);
}

const chapter = (label: string, directory: string): Sidebar[number] | undefined => {
	const items = chapterItems(directory);
	return items.length ? { label, collapsed: true, items } : undefined;
};

export const sidebar: Sidebar = [
	{ label: 'Forside', link: '/' },
	{ label: 'Kom i gang', items: ['overblik', 'omfattet', 'laeseveje'].filter((slug) => pages.some((p) => p.slug === slug)) },
	chapter('Krav og fortolkninger', 'krav'),
	chapter('Foranstaltninger', 'foranstaltninger'),
	chapter('Drejebog', 'drejebog'),
	chapter('Konsekvenser', 'konsekvenser'),
	chapter('Skabeloner', 'skabeloner'),
	chapter('Ledelsesbriefinger', 'briefinger'),
	chapter('Erfaringer', 'erfaringer'),
	chapter('Værktøjer', 'vaerktoejer'),
	chapter('Opslag', 'opslag'),
	chapter('Sådan bidrager du', 'bidrag'),
	chapter('Om platformen', 'om'),
].filter((entry) => entry !== undefined);
