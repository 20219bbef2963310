// The coverage rule must stop the build when an Art. 21(2) letter has fewer than two measures or
// Art. 20/23 has none, and say in Danish which requirement and how to fix it. The case
// (tests/fixtures/content/cases/coverage-missing) replaces the base tree's only measure with one
// that meets k-21-2-b and k-23 but not k-20.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent, formatReport } from '../../src/checks/content/index.ts';
import { contentTree, ROOT } from '../helpers/content-fixture.ts';

function problemsOf(caseName?: string) {
	const { dir, cleanup } = contentTree(caseName);
	try {
		return checkContent(ROOT, dir).problems;
	} finally {
		cleanup();
	}
}

test('a letter of art. 21(2) with one measure and art. 20 with none are both reported', () => {
	const problems = problemsOf('coverage-missing');
	const report = formatReport(problems);
	assert.equal(problems.length, 2, report);

	const letter = problems.find((p) => p.file.endsWith('krav/k-21-2-b.mdx'));
	assert.ok(letter, report);
	assert.equal(letter.field, 'id');
	assert.match(letter.message, /kravet "k-21-2-b" \(Håndtering af hændelser\) har kun 1 foranstaltning \(f-001\)/);
	assert.match(letter.message, /art\. 21, stk\. 2, litra b skal dækkes af mindst to foranstaltninger/);
	assert.match(letter.fix, /tilføj "k-21-2-b" under "krav:"/);

	const management = problemsOf('coverage-missing').find((p) => p.file.endsWith('krav/k-20.mdx'));
	assert.ok(management, report);
	assert.match(management.message, /kravet "k-20" .* har ingen foranstaltninger, men NIS2-direktivets art\. 20/);
	assert.ok(!problems.some((p) => p.file.endsWith('krav/k-23.mdx')), 'k-23 has one measure, which is enough');
});

test('the base tree, where the one measure meets k-20, passes the rule', () => {
	assert.deepEqual(
		problemsOf().map((p) => p.message),
		[],
	);
});

test('the real catalogue satisfies the rule', () => {
	const { problems } = checkContent(ROOT);
	assert.deepEqual(
		problems.map((p) => p.message),
		[],
	);
});
