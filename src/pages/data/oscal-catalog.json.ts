// /data/oscal-catalog.json: the measures catalogue as a NIST OSCAL 1.1 catalog (see src/lib/oscal.ts).
import type { APIRoute } from 'astro';
import { execFileSync } from 'node:child_process';
import { foranstaltningList, kravList, urlOf } from '../../lib/model.ts';
import { omkostningsmodel } from '../../lib/data.ts';
import { buildCatalog } from '../../lib/oscal.ts';
import { contentDir } from '../../lib/content-dir.ts';
import { buildInfo } from '../../lib/build-info.ts';

/** When the catalogue's content last changed: the last commit touching content/, so rebuilding the same commit gives the same file. */
function lastModified(): string {
	try {
		const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', contentDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		if (iso) return new Date(iso).toISOString();
	} catch {
		// Not a git checkout (e.g. a source tarball): fall back to the build time.
	}
	return new Date().toISOString();
}

export const GET: APIRoute = async ({ site }) => {
	const abs = (path: string) => (site ? new URL(path, site).href : path);
	const catalog = buildCatalog({
		measures: (await foranstaltningList()).map((m) => ({ data: m.data, body: m.body ?? '', url: abs(urlOf(m)) })),
		krav: (await kravList()).map((k) => ({ data: k.data, url: abs(urlOf(k)) })),
		lastModified: lastModified(),
		// The content edition (content/data/udgaver.yaml): what readers and covers call this catalogue.
		version: buildInfo.edition,
		modelVersion: omkostningsmodel().version,
	});
	return new Response(`${JSON.stringify(catalog, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
