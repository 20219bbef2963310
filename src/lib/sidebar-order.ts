// The one ordering rule for pages within a chapter, shared by the sidebar (config/sidebar.ts) and
// the printed chapters (src/lib/print.ts), so paper and screen list pages in the same order.
export interface Orderable {
	title?: string;
	type?: string;
	raekkefoelge?: number;
	fase?: number;
	sidebar?: { order?: number; hidden?: boolean };
}

/** Requirements follow their `raekkefoelge`, playbook steps their phase and step number. */
const orderOf = (fm: Orderable): number =>
	fm.sidebar?.order ?? (fm.type === 'drejebog' ? (fm.fase ?? 0) * 100 + (fm.raekkefoelge ?? 0) : fm.type === 'krav' ? (fm.raekkefoelge ?? 100) : 1000);

export const compareSidebarOrder = (a: Orderable, b: Orderable): number => orderOf(a) - orderOf(b) || String(a.title).localeCompare(String(b.title), 'da');
