// The pages a gate visits: every URL in the built sitemap, as site-relative paths, so the gates
// cover exactly what the site publishes (and new pages without anyone listing them).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(distDir: string): string[] {
	const file = join(distDir, 'sitemap-0.xml');
	if (!existsSync(file)) throw new Error(`${file} findes ikke: byg sitet først (npm run build).`);
	const xml = readFileSync(file, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** The HTML file that serves a sitemap path in dist/. */
export const htmlFileFor = (distDir: string, path: string) => join(distDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');

/**
 * A page's kind, for sampling: the `type` facet our pages emit for search, else the first path
 * segment, so a chapter index, a view page and a plain page count as different kinds.
 */
export function pageKind(distDir: string, path: string): string {
	const html = readFileSync(htmlFileFor(distDir, path), 'utf8');
	const type =
		/data-pagefind-filter="type\[content\]" content="([^"]+)"/.exec(html)?.[1] ??
		/content="([^"]+)" data-pagefind-filter="type\[content\]"/.exec(html)?.[1];
	const chapter = path.split('/').find(Boolean) ?? 'forside';
	const isIndex = path.split('/').filter(Boolean).length <= 1;
	return `${type ?? 'uden type'} · ${chapter}${isIndex ? ' (indeks)' : ''}`;
}

/** One page per kind: the first in sitemap order. */
export function samplePerKind(distDir: string, paths: string[]): string[] {
	const seen = new Map<string, string>();
	for (const path of paths) {
		const kind = pageKind(distDir, path);
		if (!seen.has(kind)) seen.set(kind, path);
	}
	return [...seen.values()];
}
