// /data/krav.json, /data/foranstaltninger.json, /data/drejebog.json
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORTS, type ExportName } from '../../lib/export-names.ts';

export const getStaticPaths = (() => Object.keys(EXPORTS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const rows = await EXPORTS[params.name as ExportName]();
	return new Response(JSON.stringify(rows, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
