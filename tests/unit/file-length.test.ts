// The size rule of CONTRIBUTING.md ("For developers: lint and format"): a code file over 300 lines
// says why near its top, in a comment starting "Over 300 lines because". Long files usually hold
// more than one idea; the rule makes the exception a decision someone wrote down. Content, fixtures
// and generated or vendored files are not code we write by hand, so they do not count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LIMIT = 300;
const CODE = /\.(ts|mts|mjs|js|astro|css)$/;
const NOT_CODE = [/^content\//, /^tests\/fixtures\//, /^tests\/gates\/fixtures\//, /^public\//, /\.d\.ts$/];
const REASON = /Over 300 lines because \S/;

/** Tracked and untracked (not ignored) code files, as git sees them. */
function codeFiles(): string[] {
	const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
	return out
		.split('\n')
		.filter((f) => CODE.test(f) && !NOT_CODE.some((re) => re.test(f)))
		.sort();
}

/** Files over the limit that do not say why in their first 15 lines. */
function unexplainedLongFiles(files: { path: string; text: string }[]): string[] {
	return files
		.map(({ path, text }) => ({ path, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), head: text.split('\n').slice(0, 15).join('\n') }))
		.filter((f) => f.lines > LIMIT && !REASON.test(f.head))
		.map((f) => `${f.path}: ${f.lines} lines; split it along its ideas, or say why near the top ("Over 300 lines because …")`);
}

test('no code file is over 300 lines without a stated reason', () => {
	const files = codeFiles().flatMap((path) => {
		try {
			return [{ path, text: readFileSync(join(ROOT, path), 'utf8') }];
		} catch {
			return []; // deleted in the working tree but still in the index
		}
	});
	assert.ok(files.length > 200, `only ${files.length} code files found; git ls-files is not reading the tree`);
	const long = unexplainedLongFiles(files);
	assert.deepEqual(long, [], `files over ${LIMIT} lines:\n${long.join('\n')}`);
});

test('the rule counts lines and accepts a stated reason', () => {
	const lines = (n: number, head = '') => head + 'x\n'.repeat(n - (head ? head.split('\n').length - 1 : 0));
	assert.deepEqual(unexplainedLongFiles([{ path: 'a.ts', text: lines(300) }]), []);
	assert.equal(unexplainedLongFiles([{ path: 'b.ts', text: lines(301) }]).length, 1);
	assert.match(unexplainedLongFiles([{ path: 'b.ts', text: lines(301) }])[0], /^b\.ts: 301 lines/);
	assert.deepEqual(unexplainedLongFiles([{ path: 'c.ts', text: lines(400, '// Over 300 lines because one table reads best whole.\n') }]), []);
	// The reason must be near the top, where a reader meets it.
	assert.equal(unexplainedLongFiles([{ path: 'd.ts', text: lines(400) + '// Over 300 lines because of this.\n' }]).length, 1);
});
