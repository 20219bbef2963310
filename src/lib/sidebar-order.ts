// The one ordering rule for pages within a chapter, shared by the sidebar (config/sidebar.ts) and
// the printed chapters, so paper and screen list pages in the same order.
export interface Orderable {
	title?: string;
	sidebar?: { order?: number; hidden?: boolean };
}

export const compareSidebarOrder = (a: Orderable, b: Orderable): number =>
	(a.sidebar?.order ?? 100) - (b.sidebar?.order ?? 100) || String(a.title).localeCompare(String(b.title), 'da');
