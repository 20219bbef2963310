// The one ordering rule for pages within a chapter, shared by the sidebar (config/sidebar.ts) and
// the printed chapters (src/lib/print.ts), so paper and screen list pages in the same order. Each
// kind's own rule is in the page-kind registry (src/schemas/page-kinds.ts).
import { pageKindInfo } from '../schemas/page-kinds.ts';

export interface Orderable {
	title?: string;
	type?: string;
	raekkefoelge?: number;
	fase?: number;
	sidebar?: { order?: number; hidden?: boolean };
}

/** A page's own `sidebar.order` first, then its kind's rule (requirements by `raekkefoelge`, steps by phase and number). */
const orderOf = (fm: Orderable): number => fm.sidebar?.order ?? pageKindInfo(fm.type)?.sidebarOrder?.(fm as Record<string, unknown>) ?? 1000;

export const compareSidebarOrder = (a: Orderable, b: Orderable): number => orderOf(a) - orderOf(b) || String(a.title).localeCompare(String(b.title), 'da');
