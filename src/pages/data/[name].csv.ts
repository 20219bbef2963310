// /data/krav.csv, /data/foranstaltninger.csv, /data/drejebog.csv (for Danish Excel)
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORTS, type ExportName } from '../../lib/export-names.ts';
import { toCsv } from '../../lib/csv.ts';

export const getStaticPaths = (() => Object.keys(EXPORTS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const rows = await EXPORTS[params.name as ExportName]();
	return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
