// The two releases the cluster test switches between, made from the one build: the same site with
// a release marker in every page, and in the second a restyled stylesheet under a new content hash.
import { chmodSync, cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function worldReadable(p: string): void {
	const st = statSync(p);
	chmodSync(p, st.isDirectory() ? 0o755 : 0o644);
	if (st.isDirectory()) for (const e of readdirSync(p)) worldReadable(join(p, e));
}

/**
 * Two releases from the one build: the same site with a release marker in every page, and in the
 * second a restyled stylesheet under a new content hash, as a real new build would have.
 */
export function makeReleases(dist: string, www: string): Record<string, Map<string, Buffer>> {
	const css = readdirSync(join(dist, '_astro')).find((f) => /\.[A-Za-z0-9_-]{8}\.css$/.test(f));
	if (!css) throw new Error('no content-hashed stylesheet in dist/_astro');
	const hash = /\.([A-Za-z0-9_-]{8})\.css$/.exec(css)![1];
	const renamed = css.replace(hash, [...hash].reverse().join('') === hash ? 'r2r2r2r2' : [...hash].reverse().join(''));
	const out: Record<string, Map<string, Buffer>> = {};
	for (const rel of ['r1', 'r2']) {
		const root = join(www, 'releases', rel);
		cpSync(dist, root, { recursive: true });
		const pages = new Map<string, Buffer>();
		if (rel === 'r2') {
			const text = readFileSync(join(root, '_astro', css), 'utf8');
			rmSync(join(root, '_astro', css));
			writeFileSync(join(root, '_astro', renamed), `${text}\n/* release r2 */\n`);
		}
		for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
			if (!f.endsWith('.html')) continue;
			let html = readFileSync(join(root, f), 'utf8').replace('<head>', `<head><meta name="nis2-release" content="${rel}">`);
			if (rel === 'r2') html = html.split(`/_astro/${css}`).join(`/_astro/${renamed}`);
			writeFileSync(join(root, f), html);
			pages.set(`/${f}`, Buffer.from(html));
		}
		worldReadable(root);
		out[rel] = pages;
	}
	return out;
}
