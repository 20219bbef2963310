// Which files are in the content tree: one walk for the content check (load.ts, which refuses what
// may not be there) and the content lints (which read only their own file types). Checks take a
// content folder, so tests can point them at a fixture tree.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, depth first in name order. */
export function* filesUnder(dir: string): Generator<string> {
	for (const name of readdirSync(dir).sort()) {
		const abs = join(dir, name);
		if (statSync(abs).isDirectory()) yield* filesUnder(abs);
		else yield abs;
	}
}

/**
 * The files with one of `extensions`, leaving out hidden names (the content check refuses those);
 * none when the folder does not exist (a fixture tree without content/data/).
 */
export function contentFiles(contentDir: string, extensions: string[]): string[] {
	if (!existsSync(contentDir)) return [];
	return [...filesUnder(contentDir)].filter((abs) => {
		const inside = relative(contentDir, abs).split(sep);
		return !inside.some((part) => part.startsWith('.')) && extensions.some((ext) => abs.endsWith(ext));
	});
}

/** Path as shown in messages: relative to the repository root, with forward slashes. */
export const shown = (root: string, abs: string) => relative(root, abs).split(sep).join('/');
