// /soegedata.json: the search dialog's register, fold table and suggestions (src/lib/search/search-data.ts).
import type { APIRoute } from 'astro';
import { allPages } from '../lib/model.ts';
import { ordliste, soegeord } from '../lib/data.ts';
import { buildSearchData } from '../lib/search/search-data.ts';
import { isGuidePage, pageAddress } from '../lib/search/page-address.ts';

export const GET: APIRoute = async () => {
	const pages = (await allPages()).map((e) => ({
		title: e.data.title,
		text: [e.data.title, e.data.description ?? '', ...(e.data.soegeord ?? []), e.body ?? ''].join('\n'),
		reader: !isGuidePage(pageAddress(e.id)) && e.id !== '404',
	}));
	const glossary = ordliste().map((o) => ({ title: o.term, text: `${o.term} ${o.definition}`, reader: true }));
	return new Response(JSON.stringify(buildSearchData(soegeord(), [...pages, ...glossary])), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
