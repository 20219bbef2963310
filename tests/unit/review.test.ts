// `npm run review` and `npm run check:approvals` against a temporary git repository: one test per
// kind of change a reviewer must see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { review } from '../../scripts/review/index.ts';
import { reviewMarkdown } from '../../scripts/review/summary.ts';
import { approvalProblems } from '../../scripts/review/approvals.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import type { ReviewDiff } from '../../scripts/review/compare.ts';
import { approveK20, decision, testRepo, type TestRepo } from '../helpers/git-repo.ts';
import { ROOT } from '../helpers/content-fixture.ts';

function withRepo(setup: (repo: TestRepo) => void, change: (repo: TestRepo) => void, check: (diff: ReviewDiff, markdown: string, repo: TestRepo) => void) {
	const repo = testRepo();
	try {
		setup(repo);
		const base = repo.commit('base');
		change(repo);
		const result = review(repo.dir, base);
		assert.ok(result.ok, result.ok ? '' : result.reason);
		check(result.diff, reviewMarkdown(result.diff, result.baseLabel), repo);
	} finally {
		repo.cleanup();
	}
}
const nothing = () => undefined;

test('review: no changes says so', () => {
	withRepo(nothing, nothing, (diff, md) => {
		assert.equal(diff.added.length + diff.removed.length + diff.changed.length, 0);
		assert.match(md, /Ingen ændringer i indholdet\./);
	});
});

test('review: pages added, removed and changed, grouped by kind', () => {
	withRepo(
		nothing,
		(repo) => {
			repo.write(
				'content/erfaringer/politik.md',
				'---\ntitle: Politik på tre uger\ntype: erfaring\nillustrativ: true\nkommunestoerrelse: lille\nbidragyder: Redaktionen\n---\n\nTekst.\n',
			);
			repo.remove('content/opslag/gfm-md.md');
			repo.edit('content/foranstaltninger/f-001.mdx', (t) => `${t}\nEt nyt afsnit.\n`);
		},
		(diff, md) => {
			assert.deepEqual(
				diff.added.map((p) => [p.path, p.kind]),
				[['erfaringer/politik.md', 'erfaring']],
			);
			assert.deepEqual(
				diff.removed.map((p) => p.path),
				['opslag/gfm-md.md'],
			);
			assert.deepEqual(
				diff.changed.map((p) => p.path),
				['foranstaltninger/f-001.mdx'],
			);
			assert.match(md, /### Nye sider \(1\)\n\n- \*\*Erfaring\*\* \(1\): Politik på tre uger \(`content\/erfaringer\/politik\.md`\)/);
			assert.match(md, /### Fjernede sider \(1\)\n\n- \*\*Side\*\* \(1\): /);
			assert.match(md, /### Ændrede sider \(1\)\n\n- \*\*Foranstaltning\*\* \(1\): Informationssikkerhedspolitik/);
		},
	);
});

test('review: a status change is listed', () => {
	withRepo(
		nothing,
		(repo) => repo.edit('content/krav/k-20.mdx', (t) => t.replace('status: udkast', 'status: i-hoering')),
		(diff, md) => {
			assert.deepEqual(
				diff.statusChanges.map((s) => [s.id, s.from, s.to]),
				[['k-20', 'udkast', 'i-hoering']],
			);
			assert.match(md, /- k-20 \(Ledelsens ansvar, godkendelse og uddannelse\): Udkast → I høring\./);
			assert.deepEqual(approvalProblems(diff), []);
		},
	);
});

test('review: an approved interpretation changed without a new decision is flagged, with file and line', () => {
	withRepo(
		approveK20,
		(repo) => repo.edit('content/krav/k-20.mdx', (t) => t.replace('## Hvad reglen siger', '## Hvad reglen egentlig siger')),
		(diff, md, repo) => {
			const problems = approvalProblems(diff);
			assert.equal(problems.length, 1);
			const lines = repo.read('content/krav/k-20.mdx').split('\n');
			const statusLine = lines.indexOf('status: godkendt') + 1;
			const changedLine = lines.indexOf('## Hvad reglen egentlig siger') + 1;
			assert.equal(
				formatProblem(problems[0]).split('\n')[0],
				`content/krav/k-20.mdx:${statusLine}: feltet "status": kravet var godkendt (beslutning b-2026-01), og indholdet er ændret (første ændring i linje ${changedLine}), men der henvises ikke til en ny beslutning.`,
			);
			assert.match(problems[0].fix, /sæt status til "i-hoering"/);
			assert.match(md, /> \[!WARNING\]\n> \*\*1 godkendt fortolkning er ændret uden en ny beslutning\.\*\*/);
			assert.match(
				md,
				/Godkendt fortolkning k-20\*\* \(.*, beslutning b-2026-01\) er ændret \(første ændring i linje \d+\): \*\*⚠ uden ny beslutning\*\*/,
			);
		},
	);
});

test('review: an approved interpretation sent back to hearing is allowed', () => {
	withRepo(
		approveK20,
		(repo) =>
			repo.edit('content/krav/k-20.mdx', (t) =>
				t.replace('status: godkendt', 'status: i-hoering').replace('## Hvad reglen siger', '## Hvad reglen egentlig siger'),
			),
		(diff, md) => {
			assert.deepEqual(approvalProblems(diff), []);
			assert.equal(diff.approved[0].covered, 'i-hoering');
			assert.match(md, /sendt tilbage til i høring/);
			assert.match(md, /k-20 \(.*\): Godkendt → I høring\./);
		},
	);
});

test('review: an approved interpretation changed with a new decision is allowed and the decision listed', () => {
	withRepo(
		approveK20,
		(repo) => {
			repo.edit('content/krav/k-20.mdx', (t) =>
				t.replace('beslutning: b-2026-01', 'beslutning: b-2026-02').replace('## Hvad reglen siger', '## Hvad reglen egentlig siger'),
			);
			repo.edit('content/data/beslutninger.yaml', (t) => t + decision('b-2026-02', '2026-11-02', 'Præcisering af ledelsens ansvar', ['k-20']));
		},
		(diff, md) => {
			assert.deepEqual(approvalProblems(diff), []);
			assert.equal(diff.approved[0].covered, 'ny-beslutning');
			assert.match(md, /ny beslutning b-2026-02/);
			assert.match(md, /### Nye beslutninger\n\n- b-2026-02: Præcisering af ledelsens ansvar/);
		},
	);
});

test('review: deleting an approved interpretation without a decision is flagged', () => {
	withRepo(
		approveK20,
		(repo) => repo.remove('content/krav/k-20.mdx'),
		(diff) => {
			const [problem] = approvalProblems(diff);
			assert.equal(problem.file, 'content/krav/k-20.mdx');
			assert.equal(problem.line, 1);
			assert.match(problem.message, /var godkendt .* og er slettet/);
		},
	);
});

test('review: new and resolved open questions', () => {
	withRepo(
		nothing,
		(repo) => {
			repo.edit(
				'content/data/spoergsmaal.yaml',
				(t) =>
					t.replace('status: aaben', 'status: besvaret\n  besvaretAf: b-2026-05') +
					'- id: sp-02\n  spoergsmaal: Er kommunen en væsentlig enhed?\n  hvadViVed: Det afhænger af sektoren og af reglerne om offentlig forvaltning.\n  hvemKanSvare: Digitaliseringsstyrelsen\n  status: aaben\n',
			);
			repo.write('content/data/beslutninger.yaml', decision('b-2026-05', '2026-11-02', 'Ledelsesorganet er kommunalbestyrelsen', []));
		},
		(diff, md) => {
			assert.deepEqual(
				diff.questions.added.map((q) => q.id),
				['sp-02'],
			);
			assert.deepEqual(
				diff.questions.resolved.map((q) => q.id),
				['sp-01'],
			);
			assert.match(md, /### Åbne spørgsmål\n\n- Nyt: sp-02: Er kommunen en væsentlig enhed\?\n- Besvaret: sp-01: .*\(besvaret af b-2026-05\)/);
		},
	);
});

test('review: changed cost figures with totals before and after per size class', () => {
	withRepo(
		nothing,
		(repo) =>
			repo.edit('content/foranstaltninger/f-001.mdx', (t) =>
				t.replace('lille: { engang: 10000, aarlig: 1000, aarsvaerk: 0.1 }', 'lille: { engang: 50000, aarlig: 1000, aarsvaerk: 0.25 }'),
			),
		(diff, md) => {
			assert.deepEqual(
				diff.costs.changed.map((c) => c.id),
				['f-001'],
			);
			assert.equal(diff.costs.totalsBefore.lille.engang, 10000);
			assert.equal(diff.costs.totalsAfter.lille.engang, 50000);
			assert.equal(diff.costs.totalsAfter.stor.engang, 30000);
			assert.match(md, / {2}- Lille kommune: 10\.000 kr\. \/ 1\.000 kr\. \/ 0,1 → 50\.000 kr\. \/ 1\.000 kr\. \/ 0,25/);
			assert.match(md, /\| Lille kommune \| 10\.000 kr\. \| 50\.000 kr\. \| 1\.000 kr\. \| 1\.000 kr\. \| 0,1 \| 0,25 \|/);
			assert.match(md, /\| Stor kommune \| 30\.000 kr\. \| 30\.000 kr\. \|/);
		},
	);
});

test('review: new sources', () => {
	withRepo(
		nothing,
		(repo) =>
			repo.edit(
				'content/data/kilder.yaml',
				(t) =>
					`${t}- id: ks-vejledning\n  titel: Vejledning om ledelsesansvar\n  kortTitel: Vejledning om ledelsesansvar\n  udgiver: Digitaliseringsstyrelsen\n  version: 1.0\n  dato: 2026-09-01\n  url: https://digst.dk/\n  art: vejledning\n`,
			),
		(diff, md) => {
			assert.deepEqual(
				diff.sources.added.map((s) => s.id),
				['ks-vejledning'],
			);
			assert.match(md, /### Kilder\n\n- Ny kilde: ks-vejledning: Vejledning om ledelsesansvar \(https:\/\/digst\.dk\/\)/);
		},
	);
});

test('review: compares with the merge base, so changes merged into main later are not counted', () => {
	const repo = testRepo();
	try {
		repo.commit('base');
		repo.git('checkout', '-q', '-b', 'forslag');
		repo.edit('content/krav/k-20.mdx', (t) => t.replace('status: udkast', 'status: i-hoering'));
		repo.commit('forslag');
		repo.git('checkout', '-q', 'main');
		repo.edit('content/foranstaltninger/f-001.mdx', (t) => `${t}\nÆndret på main.\n`);
		repo.commit('main moved on');
		repo.git('checkout', '-q', 'forslag');
		const result = review(repo.dir, 'main');
		assert.ok(result.ok);
		assert.deepEqual(
			result.diff.changed.map((p) => p.path),
			['krav/k-20.mdx'],
		);
		assert.match(result.baseLabel, /^main \(fællespunktet [0-9a-f]{7}\)$/);
	} finally {
		repo.cleanup();
	}
});

function runScript(script: string, repo: TestRepo, env: Record<string, string>) {
	return spawnSync(process.execPath, [join(ROOT, script)], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, REVIEW_ROOT: repo.dir, REVIEW_BASE: '', ...env },
	});
}

test('check:approvals skips with a Danish message when there is no base to compare with', () => {
	const repo = testRepo();
	try {
		repo.commit('base');
		const r = runScript('scripts/review/check-approvals.ts', repo, {});
		assert.equal(r.status, 0, r.stderr);
		assert.match(
			r.stdout,
			/sprunget over, fordi der ikke er noget at sammenligne med \("origin\/main" findes ikke i arkivet; angiv en anden med REVIEW_BASE=<ref>\)/,
		);
	} finally {
		repo.cleanup();
	}
});

test('check:approvals fails against REVIEW_BASE when an approved interpretation changed, and the review CLI prints Markdown', () => {
	const repo = testRepo();
	try {
		approveK20(repo);
		repo.commit('base');
		repo.git('branch', 'grundlag');
		repo.edit('content/krav/k-20.mdx', (t) => t.replace('## Hvad reglen siger', '## Hvad reglen egentlig siger'));
		const r = runScript('scripts/review/check-approvals.ts', repo, { REVIEW_BASE: 'grundlag' });
		assert.equal(r.status, 1);
		assert.match(r.stderr, /content\/krav\/k-20\.mdx:\d+: feltet "status": kravet var godkendt \(beslutning b-2026-01\)/);
		const cli = spawnSync(process.execPath, [join(ROOT, 'scripts/review/cli.ts'), 'grundlag'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, REVIEW_ROOT: repo.dir },
		});
		assert.equal(cli.status, 0, cli.stderr);
		assert.match(cli.stdout, /^## Resumé af ændringerne i indholdet\n\nSammenlignet med grundlag \([0-9a-f]{7}\)\./);
	} finally {
		repo.cleanup();
	}
});
