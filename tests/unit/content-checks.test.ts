// Each class of bad content must be rejected with a Danish message that names the file, the line,
// the field and the fix. One folder per class in tests/fixtures/content/cases/: the files laid over
// the base tree, and expected.json with the problems the check must report (message and fix are
// regular expressions). Adding a case is adding a folder; this loop finds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, formatProblem, type Problem } from '../../src/checks/content/index.ts';
import { contentTree, ROOT } from '../helpers/content-fixture.ts';

const CASES = join(ROOT, 'tests/fixtures/content/cases');
/** "Today" for the review-date checks, so a case does not start failing when the calendar moves on; a case may set its own ("today" in expected.json). */
const FIXTURE_TODAY = '2026-12-01';

interface Expected {
	file: string;
	line: number;
	field: string;
	message: string;
	fix: string;
}

test('the base fixture is valid content', () => {
	const { dir, cleanup } = contentTree();
	try {
		const { problems, warnings } = checkContent(ROOT, dir, FIXTURE_TODAY);
		assert.deepEqual([...problems, ...warnings].map(formatProblem), []);
	} finally {
		cleanup();
	}
});

/** Nothing an editor reads may be a stack trace or Zod's English. */
function assertEditorText(p: Problem) {
	const text = formatProblem(p);
	assert.doesNotMatch(text, /\n\s+at\s|Error:|Invalid input|expected \w+, received|Too (small|big)|Unrecognized key/, text);
	assert.ok(p.fix.length > 5, `no fix in: ${text}`);
}

const names = readdirSync(CASES)
	.filter((name) => existsSync(join(CASES, name, 'expected.json')))
	.sort();

for (const name of names) {
	test(`bad content is rejected: ${name}`, () => {
		const expected = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as {
			problems: Expected[];
			warnings?: Expected[];
			today?: string;
		};
		const { dir, cleanup } = contentTree(name);
		try {
			const result = checkContent(ROOT, dir, expected.today ?? FIXTURE_TODAY);
			const inside = (list: Problem[]) => list.map((p) => ({ ...p, file: relative(dir, join(ROOT, p.file)) }));
			// Errors stop the build; warnings (overdue drafts, changed sources) are printed and it goes on.
			for (const [kind, problems, wanted] of [
				['problem', inside(result.problems), expected.problems],
				['warning', inside(result.warnings), expected.warnings ?? []],
			] as const) {
				const report = problems.map(formatProblem).join('\n');
				for (const p of problems) assertEditorText(p);
				for (const e of wanted) {
					const message = new RegExp(e.message);
					const found = problems.find((p) => p.file === e.file && p.field === e.field && message.test(p.message) && p.line === e.line);
					assert.ok(found, `no ${kind} ${JSON.stringify(e)}; got:\n${report}`);
					assert.match(found.fix, new RegExp(e.fix), formatProblem(found));
				}
				// Only the problems listed: a mistake is reported once, not buried under follow-on errors.
				assert.equal(problems.length, wanted.length, `expected ${wanted.length} ${kind}(s), got:\n${report}`);
			}
		} finally {
			cleanup();
		}
	});
}
