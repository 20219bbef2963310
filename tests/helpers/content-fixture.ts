// Builds a content tree for a test: the smallest valid tree (tests/fixtures/content/base) with one
// case's files laid over it (and the files its expected.json lists under "remove" taken away). Returns the temporary folder; the caller removes it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/content');

export function contentTree(caseName?: string): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'nis2-content-'));
	cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
	if (caseName) {
		const caseDir = join(FIXTURES, 'cases', caseName);
		// expected.json describes the case; it is not part of the content tree.
		cpSync(caseDir, dir, { recursive: true, filter: (src) => basename(src) !== 'expected.json' });
		const expected = join(caseDir, 'expected.json');
		const remove = existsSync(expected) ? ((JSON.parse(readFileSync(expected, 'utf8')) as { remove?: string[] }).remove ?? []) : [];
		for (const path of remove) rmSync(join(dir, path), { recursive: true, force: true });
	}
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Appends a paragraph to a page and returns the line number it landed on. */
export function appendLine(dir: string, page: string, line: string): number {
	const file = join(dir, page);
	const text = readFileSync(file, 'utf8').replace(/\n*$/, '\n');
	writeFileSync(file, `${text}\n${line}\n`);
	return text.split('\n').length + 1;
}
