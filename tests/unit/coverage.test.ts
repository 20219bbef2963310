// The coverage rule must stop the build when an Art. 21(2) letter has fewer than two measures or
// Art. 20/23 has none, and say in Danish which requirement and how to fix it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { checkContent, formatReport } from '../../scripts/content-check/index.ts';

const root = resolve(import.meta.dirname, '../..');

test('a letter of art. 21(2) with one measure and art. 20 with none are both reported', () => {
	const { problems } = checkContent(root, resolve(root, 'tests/fixtures/content/coverage-missing'));
	const report = formatReport(problems);
	assert.equal(problems.length, 2, report);

	const letter = problems.find((p) => p.file.endsWith('krav/k-21-2-b.mdx'));
	assert.ok(letter, report);
	assert.match(letter.message, /kravet "k-21-2-b" \(Håndtering af hændelser\) har kun 1 foranstaltning \(f-001\)/);
	assert.match(letter.message, /art\. 21, stk\. 2, litra b skal dækkes af mindst to foranstaltninger/);
	assert.match(letter.fix, /tilføj "k-21-2-b" under "krav:"/);

	const management = problems.find((p) => p.file.endsWith('krav/k-20.mdx'));
	assert.ok(management, report);
	assert.match(management.message, /kravet "k-20" .* har ingen foranstaltninger, men NIS2-direktivets art\. 20/);
});

test('a requirement with enough measures is not reported', () => {
	const { problems } = checkContent(root, resolve(root, 'tests/fixtures/content/coverage-missing'));
	assert.ok(!problems.some((p) => p.file.endsWith('krav/k-23.mdx')), 'k-23 has one measure, which is enough');
});

test('the real catalogue satisfies the rule', () => {
	const { problems } = checkContent(root);
	assert.deepEqual(problems.filter((p) => p.file.startsWith('content/krav/')).map((p) => p.message), []);
});
