// Search facets and keywords go into <head> as Pagefind meta tags, derived from each page's
// front matter, so editors never write them by hand.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { PAGE_KIND_LABELS, type PageKind } from '../schemas/index.ts';
import { STATUS_LABELS } from '../lib/labels.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const data = route.entry.data as Record<string, unknown> & { type?: PageKind };
	if (!data.type) return;
	const meta = (attrs: Record<string, string>) => route.head.push({ tag: 'meta', attrs, content: '' });
	meta({ 'data-pagefind-filter': 'type[content]', content: PAGE_KIND_LABELS[data.type] });
	if (data.type === 'krav' && typeof data.status === 'string') {
		meta({ 'data-pagefind-filter': 'status[content]', content: STATUS_LABELS[data.status as keyof typeof STATUS_LABELS] });
	}
	if (data.type === 'drejebog' && typeof data.fase === 'number') {
		meta({ 'data-pagefind-filter': 'fase[content]', content: `Fase ${data.fase}` });
	}
	const keywords = Array.isArray(data.soegeord) ? (data.soegeord as string[]) : [];
	if (keywords.length) meta({ 'data-pagefind-meta': 'soegeord[content]', content: keywords.join(', ') });
});
