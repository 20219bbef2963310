// Starlight renders the whole sidebar into every page, so page size grows with the catalogue
// (measured: 84 % of a page's HTML at 1,000 pages). We keep only the current chapter's links and
// show every other chapter as a single link to its first page.
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

const hasCurrent = (entry: Entry): boolean => (entry.type === 'link' ? entry.isCurrent : entry.entries.some(hasCurrent));
const firstLink = (entry: Entry): Extract<Entry, { type: 'link' }> | undefined => {
	if (entry.type === 'link') return entry;
	for (const child of entry.entries) {
		const link = firstLink(child);
		if (link) return link;
	}
	return undefined;
};

/** Applies at every level: a group (chapter, or a phase inside a chapter) is listed in full only when it holds the current page. */
export function trimSidebar(sidebar: Entry[]): Entry[] {
	return sidebar.map((entry) => {
		if (entry.type === 'link') return entry;
		if (hasCurrent(entry)) return { ...entry, collapsed: false, entries: trimSidebar(entry.entries) };
		const first = firstLink(entry);
		if (!first) return entry;
		return { type: 'link', label: entry.label, href: first.href, isCurrent: false, badge: entry.badge, attrs: { 'data-chapter-link': '' } };
	});
}
