// Which files the content lints read. Lints take a content folder so tests can point them at a fixture tree.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function contentFiles(contentDir: string, extensions: string[]): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			if (name.startsWith('.')) continue;
			const abs = join(dir, name);
			if (statSync(abs).isDirectory()) walk(abs);
			else if (extensions.some((ext) => name.endsWith(ext))) out.push(abs);
		}
	};
	if (existsSync(contentDir)) walk(contentDir);
	return out;
}

/** Path as shown in messages: relative to the repository root, with forward slashes. */
export const shown = (root: string, abs: string) => relative(root, abs).split(sep).join('/');
