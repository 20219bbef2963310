// Reading the source front matter and the built site side by side, for tests that check that a
// generated view says the same as the content it was generated from.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const root = resolve(import.meta.dirname, '../../..');
export const contentDir = join(root, 'content');
export const distDir = join(root, 'dist');

/** The front matter of a Markdown/MDX file as an object. */
export function frontMatter(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${file} har ingen front matter`);
	return parse(match[1]) as Record<string, unknown>;
}

/** Front matter of every page in a content folder, keyed by file stem. */
export function pagesIn(folder: string): Map<string, Record<string, unknown>> {
	const dir = join(contentDir, folder);
	return new Map(
		readdirSync(dir)
			.filter((f) => /\.mdx?$/.test(f) && !f.startsWith('index.'))
			.sort()
			.map((f) => [f.replace(/\.mdx?$/, ''), frontMatter(join(dir, f))]),
	);
}

export function yamlData<T>(name: string): T {
	return parse(readFileSync(join(contentDir, 'data', `${name}.yaml`), 'utf8')) as T;
}

/** A built file; fails with a hint when the site has not been built, instead of an ENOENT trace. */
export function built(path: string): string {
	const file = join(distDir, path);
	if (!existsSync(file)) throw new Error(`${file} findes ikke. Byg sitet først med "npx astro build".`);
	return file;
}

export const builtHtml = (urlPath: string) => readFileSync(built(join(urlPath, 'index.html')), 'utf8');

/** Attributes of an HTML start tag, e.g. '<td data-role="x" data-raci="A">' → { 'data-role': 'x', … }. */
export function attributes(tag: string): Record<string, string> {
	return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], decodeEntities(m[2])]));
}

export function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
		.replace(/&amp;/g, '&');
}
