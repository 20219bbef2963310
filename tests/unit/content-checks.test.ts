// Each class of bad content must be rejected with a Danish message that names the file, the line,
// the field and the fix. One fixture per class in tests/fixtures/content/cases/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { checkContent, formatProblem } from '../../scripts/content-check/index.ts';
import { contentTree, ROOT } from '../helpers/content-fixture.ts';

test('the base fixture is valid content', () => {
	const { dir, cleanup } = contentTree();
	try {
		assert.deepEqual(checkContent(ROOT, dir).problems.map(formatProblem), []);
	} finally {
		cleanup();
	}
});

interface Expected {
	file: string;
	line: number;
	field: string;
	message: RegExp;
	fix: RegExp;
}

const cases: Record<string, Expected> = {
	'malformed-frontmatter': { file: 'krav/k-20.mdx', line: 6, field: '', message: /ikke gyldig YAML/, fix: /anførselstegn/ },
	'missing-field': { file: 'foranstaltninger/f-001.mdx', line: 2, field: 'krav', message: /feltet mangler/, fix: /tilføj "krav:".*de krav, foranstaltningen opfylder/ },
	'unknown-reference': { file: 'foranstaltninger/f-002.mdx', line: 8, field: 'krav.1', message: /krav "k-21-2-z", som ikke findes/, fix: /content\/krav\/.*opret content\/krav\/k-21-2-z\.mdx/ },
	'duplicate-id': { file: 'data/roller.yaml', line: 13, field: 'id', message: /id "ciso" er allerede brugt i .*roller\.yaml:4/, fix: /entydigt id/ },
	'approved-without-decision': { file: 'krav/k-20.mdx', line: 13, field: 'beslutning', message: /godkendt.*ingen beslutning/, fix: /beslutninger\.yaml.*i-hoering/ },
	'invalid-iso-control': { file: 'foranstaltninger/f-001.mdx', line: 8, field: 'iso27001.1', message: /"5\.38" er ikke en kontrol i ISO\/IEC 27001:2022/, fix: /ISO\/IEC 27001:2022 bilag A/ },
	'future-date': { file: 'krav/k-20.mdx', line: 14, field: 'sidstGennemgaaet', message: /2099-01-01 ligger i fremtiden/, fix: /ÅÅÅÅ-MM-DD/ },
	'malformed-date': { file: 'krav/k-20.mdx', line: 14, field: 'sidstGennemgaaet', message: /"2026-13-01" er ikke en gyldig dato/, fix: /ÅÅÅÅ-MM-DD/ },
	'non-ascii-filename': { file: 'erfaringer/kæde-erfaring.md', line: 1, field: '', message: /filnavnet indeholder "kæde-erfaring"/, fix: /omdøb til "kaede-erfaring"/ },
	'space-in-filename': { file: 'opslag/mine noter.md', line: 1, field: '', message: /filnavnet indeholder "mine noter"/, fix: /omdøb til "mine-noter"/ },
	'outcome-missing-grade': { file: 'krav/k-20.mdx', line: 22, field: 'udfald.0.indikatorer.delvistOpfyldt', message: /feltet mangler/, fix: /tilføj "delvistOpfyldt:".*kendetegn, der viser, at udfaldet er delvist opfyldt/ },
	'outcomes-missing': { file: 'krav/k-23.mdx', line: 5, field: 'id', message: /kravet "k-23" har ingen graduerede udfald, men som kernekrav efter NIS 2-loven §§ 12–13 \(direktivets art\. 23\) skal det have mellem 2 og 5/, fix: /tilføj udfald i forsiden \(front matter\) med kendetegn for ikke opfyldt, delvist opfyldt og opfyldt/ },
	'playbook-cycle': { file: 'drejebog/d-0-01.mdx', line: 17, field: 'afhaengerAf', message: /i ring: d-0-01 → d-1-01 → d-0-01/, fix: /fjern én af afhængighederne/ },
};

for (const [name, expected] of Object.entries(cases)) {
	test(`bad content is rejected: ${name}`, () => {
		const { dir, cleanup } = contentTree(name);
		try {
			const problems = checkContent(ROOT, dir).problems.map((p) => ({ ...p, file: relative(dir, `${ROOT}/${p.file}`) }));
			const found = problems.find((p) => p.file === expected.file && p.field === expected.field && expected.message.test(p.message));
			assert.ok(found, `no problem matching ${JSON.stringify({ ...expected, message: String(expected.message) })}; got:\n${problems.map(formatProblem).join('\n')}`);
			assert.equal(found.line, expected.line, `line of: ${formatProblem(found)}`);
			assert.match(found.fix, expected.fix);
		} finally {
			cleanup();
		}
	});
}
