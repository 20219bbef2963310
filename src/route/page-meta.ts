// Search facets and keywords go into <head> as Pagefind meta tags, derived from each page's
// front matter and the search register, so editors never write them by hand.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { PAGE_KIND_LABELS, type PageKind } from '../schemas/index.ts';
import { STATUS_LABELS } from '../lib/labels.ts';
import { soegeord } from '../lib/data.ts';
import { citationKeys } from '../lib/search/refs.ts';
import { isGuidePage, pageAddress } from '../lib/search/page-address.ts';
import { searchScope } from '../../config/search.ts';

/** Register entries by page address, built once per build. */
let byPage: Map<string, { id: string; words: string[] }[]> | undefined;
function registerFor(address: string) {
	if (!byPage) {
		byPage = new Map();
		for (const e of soegeord()) {
			for (const page of e.sider) byPage.set(page, [...(byPage.get(page) ?? []), { id: e.id, words: [e.begreb, ...e.ord] }]);
		}
	}
	return byPage.get(address) ?? [];
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const data = route.entry.data as Record<string, unknown> & { type?: PageKind };
	if (!data.type) return;
	const address = pageAddress(route.entry.id);
	const meta = (attrs: Record<string, string>) => route.head.push({ tag: 'meta', attrs, content: '' });
	meta({ 'data-pagefind-filter': 'type[content]', content: PAGE_KIND_LABELS[data.type] });
	// Only guide pages carry it: a search with { none: [guide] } keeps every page without it.
	if (isGuidePage(address)) meta({ 'data-pagefind-filter': `${searchScope.filter}[content]`, content: searchScope.guide });
	if (data.type === 'krav' && typeof data.status === 'string') {
		meta({ 'data-pagefind-filter': 'status[content]', content: STATUS_LABELS[data.status as keyof typeof STATUS_LABELS] });
	}
	if (data.type === 'drejebog' && typeof data.fase === 'number') {
		meta({ 'data-pagefind-filter': 'fase[content]', content: `Fase ${data.fase}` });
	}
	// Legal references the page cites, as keys the dialog reads "§ 6, stk. 2" or "litra j" into
	// (src/lib/search/refs.ts): requirement pages by their sources, measures by their annex sections.
	const citations = [
		...(data.type === 'krav' && Array.isArray(data.kilder) ? (data.kilder as { henvisning: string }[]).map((k) => k.henvisning) : []),
		...(data.type === 'foranstaltning' && Array.isArray(data.cir) ? (data.cir as string[]).map((s) => `bilag ${s}`) : []),
	];
	const refs = [...new Set(citations.flatMap(citationKeys))];
	for (const key of refs) meta({ 'data-pagefind-filter': 'henvisning[content]', content: key });
	// The search register's words for this page are keywords like the page's own soegeord.
	const register = registerFor(address);
	for (const e of register) meta({ 'data-pagefind-filter': 'emne[content]', content: e.id });
	const keywords = [...new Set([...(Array.isArray(data.soegeord) ? (data.soegeord as string[]) : []), ...register.flatMap((e) => e.words)])];
	if (keywords.length) meta({ 'data-pagefind-meta': 'soegeord[content]', content: keywords.join(', ') });
});
