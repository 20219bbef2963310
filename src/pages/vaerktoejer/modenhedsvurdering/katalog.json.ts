// The self-assessment's catalogue (src/lib/modenhed-katalog.ts), fetched by the tool page from this site.
import type { APIRoute } from 'astro';
import { modenhedKatalog } from '../../../lib/modenhed-katalog.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await modenhedKatalog()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
