// Builds a content tree for a test: the smallest valid tree (tests/fixtures/content/base) with one
// case's files laid over it. Returns the temporary folder; the caller removes it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/content');

export function contentTree(caseName?: string): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'nis2-content-'));
	cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
	if (caseName) cpSync(join(FIXTURES, 'cases', caseName), dir, { recursive: true });
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
