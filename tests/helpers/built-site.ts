// Reading the source content and the built site side by side, for tests that check that a generated
// view says the same as the content it was generated from. The dist/ readers need `npx astro build`
// to have run first (tests/site/, `npm run test:site`); the content readers work on a fresh clone.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { foranstaltningSchema } from '../../src/schemas/foranstaltning.ts';
import type { kravSchema } from '../../src/schemas/krav.ts';

export const root = resolve(import.meta.dirname, '../..');
export const contentDir = join(root, 'content');
const dist = join(root, 'dist');

/** The front matter of a Markdown/MDX file as an object. */
function frontMatter(file: string): Record<string, unknown> {
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

/**
 * Front matter of every page in a folder whose file name matches, in file-name order, typed as the
 * schema's input: these readers serve the tests of the built site, whose build has validated it.
 */
function frontMatterOf<T>(folder: string, name: RegExp): T[] {
	const dir = join(contentDir, folder);
	return readdirSync(dir)
		.filter((f) => name.test(f))
		.sort()
		.map((f) => frontMatter(join(dir, f)) as T);
}

/** Front matter of every measure page, read straight from the files (not through the site's code). */
export const measureFrontMatter = () => frontMatterOf<z.input<typeof foranstaltningSchema>>('foranstaltninger', /^f-\d{3}\.mdx?$/);

/** Front matter of every requirement page, read straight from the files. */
export const kravFrontMatter = () => frontMatterOf<z.input<typeof kravSchema>>('krav', /^k-[a-z0-9-]+\.mdx?$/);

export function yamlData<T>(name: string): T {
	return parse(readFileSync(join(contentDir, 'data', `${name}.yaml`), 'utf8')) as T;
}

/** A built file; fails with a hint when the site has not been built, instead of an ENOENT trace. */
export function built(path: string): string {
	const file = join(dist, path);
	if (!existsSync(file)) throw new Error(`${file} findes ikke. Byg sitet først med "npx astro build".`);
	return file;
}

export const readBuilt = (path: string) => readFileSync(built(path), 'utf8');

export const builtHtml = (urlPath: string) => readBuilt(join(urlPath, 'index.html'));

/** Attributes of an HTML start tag, e.g. '<td data-role="x" data-raci="A">' → { 'data-role': 'x', … }. */
export function attributes(tag: string): Record<string, string> {
	return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], decodeEntities(m[2])]));
}

import { decodeEntities } from '../../src/util/html-entities.ts';
export { decodeEntities };
