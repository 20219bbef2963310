// Helpers for tests that read the built site: they need `npx astro build` to have run first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export const root = resolve(import.meta.dirname, '../..');
export const dist = resolve(root, 'dist');

export function readBuilt(path: string): string {
	const file = resolve(dist, path);
	if (!existsSync(file)) throw new Error(`${file} mangler: byg siden først med "npx astro build".`);
	return readFileSync(file, 'utf8');
}

/** Front matter of every measure page, read straight from the files (not through the site's code). */
export function measureFrontMatter(): Record<string, any>[] {
	const dir = resolve(root, 'content/foranstaltninger');
	return readdirSync(dir)
		.filter((f) => /^f-\d{3}\.mdx?$/.test(f))
		.sort()
		.map((f) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(resolve(dir, f), 'utf8'))![1]));
}

/** Front matter of every requirement page, read straight from the files. */
export function kravFrontMatter(): Record<string, any>[] {
	const dir = resolve(root, 'content/krav');
	return readdirSync(dir)
		.filter((f) => /^k-[a-z0-9-]+\.mdx?$/.test(f))
		.sort()
		.map((f) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(resolve(dir, f), 'utf8'))![1]));
}
