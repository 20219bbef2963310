// An editor's mistakes, one per failure class, made in a copy of the fixture content: each must be
// reported in Danish as "fil:linje: …" naming the file and the line where the mistake is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendLine, contentTree, ROOT } from '../helpers/content-fixture.ts';
import { approveK20, testRepo } from '../helpers/git-repo.ts';
import { checkSpelling } from '../../src/checks/lint/spelling.ts';
import { checkTerms } from '../../src/checks/lint/terms.ts';
import { checkMarkdown } from '../../src/checks/lint/markdown.ts';
import { checkContent, formatProblem } from '../../src/checks/content/index.ts';
import { review } from '../../scripts/review/index.ts';
import { approvalProblems } from '../../scripts/review/approvals.ts';

test('misspelling: the spell check names file, line and word', async () => {
	const { dir, cleanup } = contentTree();
	try {
		const line = appendLine(dir, 'krav/k-20.mdx', 'Kommunnen skal godkende foranstaltningerne.');
		const messages = (await checkSpelling(ROOT, dir)).problems.map(formatProblem);
		const expected = messages.find((m) => m.includes('ukendt ord "Kommunnen"'));
		assert.ok(expected, messages.join('\n'));
		assert.match(expected, new RegExp(`krav/k-20\\.mdx:${line}: ukendt ord "Kommunnen" \\(kolonne 1\\); mente du "Kommunen"`));
	} finally {
		cleanup();
	}
});

test('banned term: the terminology check names file and line and the form to use', () => {
	const { dir, cleanup } = contentTree();
	try {
		const line = appendLine(dir, 'krav/k-20.mdx', 'Reglerne om cyber-sikkerhed gælder hele kommunen.');
		const messages = checkTerms(ROOT, dir).problems.map(formatProblem);
		assert.ok(
			messages.some((m) =>
				new RegExp(`krav/k-20\\.mdx:${line}: skriv "cybersikkerhed" i stedet for "cyber-sikkerhed"\\.\\n    Sådan retter du det: Ét ord`).test(m),
			),
			messages.join('\n'),
		);
	} finally {
		cleanup();
	}
});

test('statutory term: a house form is refused only where the paragraph cites the law, and allowed where another law uses it', () => {
	const { dir, cleanup } = contentTree();
	try {
		const lawLine = appendLine(dir, 'krav/k-20.mdx', 'NIS 2-loven § 6, stk. 1, nævner multifaktorautentifikation, hvor det er relevant.');
		const ownLine = appendLine(dir, 'krav/k-20.mdx', 'Vores foranstaltning hedder Multifaktorautentifikation for alle brugere.');
		const gdprLine = appendLine(dir, 'krav/k-20.mdx', 'Efter GDPR art. 33 anmeldes et brud uden unødig forsinkelse til Datatilsynet.');
		const nis2Line = appendLine(dir, 'krav/k-20.mdx', 'Efter § 6, stk. 2, skal mangler rettes uden unødig forsinkelse.');
		const listLine = appendLine(dir, 'krav/k-20.mdx', 'Kommunen træffer tekniske, driftsmæssige og organisatoriske foranstaltninger.');
		const messages = checkTerms(ROOT, dir).problems.map(formatProblem);
		const at = (line: number) => messages.filter((m) => m.includes(`krav/k-20.mdx:${line}:`));
		assert.equal(at(lawLine).length, 1, messages.join('\n'));
		assert.match(
			at(lawLine)[0],
			/skriv "multifaktorautentificering \(og kontinuerlig autentificering\)" i stedet for "multifaktorautentifikation"\.\n {4}Sådan retter du det: NIS 2-loven § 6, stk\. 1, nr\. 10/,
		);
		assert.deepEqual(at(ownLine), [], 'the house term stays allowed in our own wording');
		assert.deepEqual(at(gdprLine), [], "GDPR's own wording stays allowed in a paragraph about GDPR");
		assert.equal(at(nis2Line).length, 1, messages.join('\n'));
		assert.match(at(nis2Line)[0], /skriv "uden unødigt ophold" i stedet for "uden unødig forsinkelse"/);
		assert.match(
			at(listLine)[0] ?? '',
			/skriv "tekniske, operationelle og organisatoriske foranstaltninger" i stedet for "driftsmæssige og organisatoriske"/,
		);
	} finally {
		cleanup();
	}
});

test('Markdown style: a second top-level heading is reported with file and line', async () => {
	const { dir, cleanup } = contentTree();
	try {
		const line = appendLine(dir, 'opslag/gfm-md.md', '# En ekstra hovedoverskrift');
		const messages = (await checkMarkdown(ROOT, dir)).problems.map(formatProblem);
		assert.ok(
			messages.some((m) => new RegExp(`opslag/gfm-md\\.md:${line}: siden har mere end én overskrift på øverste niveau`).test(m)),
			messages.join('\n'),
		);
	} finally {
		cleanup();
	}
});

test('bad front matter: the content check names file, line and field', () => {
	const { dir, cleanup } = contentTree();
	try {
		const file = join(dir, 'krav/k-20.mdx');
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.replace('status: udkast', 'status: godkent'));
		const line = text.split('\n').indexOf('status: udkast') + 1;
		const messages = checkContent(ROOT, dir).problems.map(formatProblem);
		assert.ok(
			messages.some((m) =>
				new RegExp(`krav/k-20\\.mdx:${line}: feltet "status": værdien "godkent" er ikke gyldig: skal være en af: udkast, i-hoering, godkendt\\.`).test(
					m,
				),
			),
			messages.join('\n'),
		);
	} finally {
		cleanup();
	}
});

test('approved page changed without a decision: check:approvals names file and line', () => {
	const repo = testRepo();
	try {
		approveK20(repo);
		const base = repo.commit('godkendt');
		repo.edit('content/krav/k-20.mdx', (t) => `${t}\nEn ny sætning i den godkendte fortolkning.\n`);
		const lines = repo.read('content/krav/k-20.mdx').split('\n');
		const result = review(repo.dir, base);
		assert.ok(result.ok);
		const [message] = approvalProblems(result.diff).map(formatProblem);
		assert.equal(
			message.split('\n')[0],
			`content/krav/k-20.mdx:${lines.indexOf('status: godkendt') + 1}: feltet "status": kravet var godkendt (beslutning b-2026-01), og indholdet er ændret (første ændring i linje ${lines.indexOf('En ny sætning i den godkendte fortolkning.') + 1}), men der henvises ikke til en ny beslutning.`,
		);
	} finally {
		repo.cleanup();
	}
});
