// The form-based editor at /admin/, tried as a reference-group member would use it: Decap CMS in
// Chromium against decap-server in git mode on a throw-away repository made from the fixture
// content. Saving a draft there makes a branch with a commit (cms/<collection>/<slug>), the local
// stand-in for the branch and pull request the GitHub backend opens; the same checks then run on it.
// Screenshots for the guide (/bidrag/rediger-i-formularen/) are taken on the way when
// NIS2_CMS_SCREENSHOTS names a folder.
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { testRepo, type TestRepo } from '../helpers/git-repo.ts';
import { startEditor, type Editor } from '../helpers/cms-editor.ts';
import { ROOT } from '../helpers/content-fixture.ts';
import { buildContent } from '../helpers/build.ts';

const shots = process.env.NIS2_CMS_SCREENSHOTS;
/** A screenshot as WebP, encoded by Chromium itself (canvas.toDataURL), so no image tool is needed. */
const shot = async (page: Page, name: string) => {
	if (!shots) return;
	const png = (await page.screenshot()).toString('base64');
	const webp = await page.evaluate(async (data) => {
		const img = new Image();
		img.src = `data:image/png;base64,${data}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		canvas.getContext('2d')!.drawImage(img, 0, 0);
		return canvas.toDataURL('image/webp', 0.82).split(',')[1];
	}, png);
	mkdirSync(shots, { recursive: true });
	writeFileSync(join(shots, `${name}.webp`), Buffer.from(webp, 'base64'));
};

function split(text: string): { data: Record<string, unknown>; body: string } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
	if (!m) throw new Error(`no front matter in:\n${text.slice(0, 200)}`);
	return { data: parse(m[1]) as Record<string, unknown>, body: m[2] };
}

/** The file as it stands on a branch, byte for byte (repo.git() trims its output). */
const onBranch = (repo: TestRepo, branch: string, file: string) => spawnSync('git', ['show', `${branch}:${file}`], { cwd: repo.dir, encoding: 'utf8' }).stdout;

const branches = (repo: TestRepo) => repo.git('branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);

/** Commits on `branch` that main does not have; 0 while decap-server has made the branch but not yet committed. */
const ahead = (repo: TestRepo, branch: string) => (branches(repo).includes(branch) ? Number(repo.git('rev-list', '--count', `main..${branch}`)) : 0);

async function waitForBranch(repo: TestRepo, branch: string) {
	await expect.poll(() => ahead(repo, branch), { timeout: 20_000, message: `saving should create the branch ${branch} with a commit` }).toBe(1);
}

function run(script: string, args: string[], env: Record<string, string> = {}) {
	const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1' } });
	return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

async function login(page: Page, editor: Editor) {
	await page.goto(editor.url);
	await page.getByRole('button', { name: 'Log ind' }).click();
	await expect(page.getByRole('heading', { name: 'Samlinger' })).toBeVisible();
}

async function openEntry(page: Page, editor: Editor, collection: string, summary: RegExp) {
	// A full load, as following a bookmark would: the editor starts from the saved state.
	await page.goto(`${editor.url}#/collections/${collection}`);
	await page.reload();
	await page.getByText(summary).first().click();
	// The form fills in once the entry has loaded from the backend, which can take a while on a busy machine.
	await expect(page.getByLabel('Sidetitel', { exact: true })).not.toHaveValue('', { timeout: 20_000 });
}

let repo: TestRepo;
let editor: Editor;
test.beforeEach(async () => {
	repo = testRepo();
	repo.commit('Udgangspunkt');
	editor = await startEditor(repo.dir);
});
test.afterEach(async () => {
	await editor?.stop();
	repo?.cleanup();
});

test('edits to a requirement and a measure are saved as drafts on branches that pass the checks and show in the review', async ({ page }) => {
	test.setTimeout(180_000);
	const kravFile = 'content/krav/k-20.mdx';
	const measureFile = 'content/foranstaltninger/f-001.mdx';
	const kravBefore = split(repo.read(kravFile));
	const measureBefore = split(repo.read(measureFile));

	await login(page, editor);
	await page.getByRole('link', { name: 'Krav', exact: true }).click();
	await expect(page.getByText(/^k-20 – /)).toBeVisible();
	await shot(page, '1-samling');
	await openEntry(page, editor, 'krav', /^k-20 – /);
	await shot(page, '2-formular');

	// A summary shorter than the schema allows is refused in the form, with the schema's own message.
	const resume = page.getByLabel('Resume', { exact: true });
	await resume.fill('For kort.');
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByText('skriv et resumé på mindst én sætning').first()).toBeVisible();
	await resume.scrollIntoViewIfNeeded();
	await shot(page, '3-fejl');
	expect(branches(repo), 'a refused edit is not saved').toEqual([]);

	// The interpretation: a new summary and a sentence in the body's interpretation section.
	const newResume = `${String(kravBefore.data.resume)} Ledelsesorganet skal også følge op på, at uddannelsen bliver gentaget.`;
	await resume.fill(newResume);
	const body = page.getByLabel('Sidens tekst (Markdown/MDX)');
	const newBody = kravBefore.body.replace(
		'NIS 2-loven § 7 gennemfører direktivets artikel 20.',
		'NIS 2-loven § 7 gennemfører direktivets artikel 20. Referencegruppen læser kravet om uddannelse som en løbende pligt.',
	);
	expect(newBody).not.toEqual(kravBefore.body);
	await body.fill(newBody);
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await waitForBranch(repo, 'cms/krav/k-20');
	await expect(page.getByText('Kladde').first()).toBeVisible();
	await shot(page, '4-gemt-kladde');

	// A measure's cost for a small municipality.
	await openEntry(page, editor, 'foranstaltning', /^f-001 – /);
	const engang = page.getByLabel('Engang').first();
	await engang.fill('12000');
	await engang.scrollIntoViewIfNeeded();
	await shot(page, '5-omkostninger');
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await waitForBranch(repo, 'cms/foranstaltning/f-001');

	// The workflow board lists both drafts, as the reviewer's list of open pull requests would.
	await page.goto(`${editor.url}#/workflow`);
	await page.reload();
	await expect(page.getByText(/k-20/).first()).toBeVisible();
	await expect(page.getByText(/f-001/).first()).toBeVisible();
	await shot(page, '6-arbejdsgang');

	// Leave the editor before checking branches out, so it does not read the working tree meanwhile.
	await page.goto('about:blank');

	// Each draft is one branch with one commit on top of main, touching only its page.
	for (const [branch, file] of [
		['cms/krav/k-20', kravFile],
		['cms/foranstaltning/f-001', measureFile],
	]) {
		expect(repo.git('rev-list', '--count', `main..${branch}`)).toBe('1');
		expect(repo.git('diff', '--name-only', 'main', branch)).toBe(file);
	}
	const kravAfter = split(onBranch(repo, 'cms/krav/k-20', kravFile));
	expect(kravAfter.data).toEqual({ ...kravBefore.data, resume: newResume });
	expect(kravAfter.body).toBe(newBody);
	const measureAfter = split(onBranch(repo, 'cms/foranstaltning/f-001', measureFile));
	const cost = measureBefore.data.omkostninger as { lille: Record<string, number> };
	expect(measureAfter.data).toEqual({ ...measureBefore.data, omkostninger: { ...cost, lille: { ...cost.lille, engang: 12000 } } });
	expect(measureAfter.body).toBe(measureBefore.body);

	// The checks a pull request gets: the content check passes, and the review summary reports the change.
	for (const [branch, expected] of [
		['cms/krav/k-20', /k-20/],
		['cms/foranstaltning/f-001', /f-001[\s\S]*12\.000/],
	] as const) {
		repo.git('checkout', '-q', branch);
		const check = run('scripts/check-content.ts', [join(repo.dir, 'content')]);
		expect(check.status, check.output).toBe(0);
		const review = run('scripts/review/cli.ts', ['main'], { REVIEW_ROOT: repo.dir });
		expect(review.status, review.output).toBe(0);
		expect(review.output).toMatch(/### Ændrede sider/);
		expect(review.output).toMatch(expected);
		repo.git('checkout', '-q', 'main');
	}
});

test('saving a page from the editor keeps its other fields, its MDX body, the check and the rendered page', async ({ page }) => {
	test.setTimeout(480_000);
	const pages = [
		{ collection: 'krav', summary: /^k-20 – /, file: 'content/krav/k-20.mdx', url: 'krav/k-20/' },
		{ collection: 'foranstaltning', summary: /^f-001 – /, file: 'content/foranstaltninger/f-001.mdx', url: 'foranstaltninger/f-001/' },
		// An import and a view component in the body.
		{ collection: 'konsekvens', summary: /^Økonomiske konsekvenser$/, file: 'content/konsekvenser/oekonomi.mdx', url: 'konsekvenser/oekonomi/' },
		// An ordinary page: tables, footnotes, task lists and an aside (:::caution) in .mdx.
		{ collection: 'side', summary: /^GFM i \.mdx/, file: 'content/opslag/gfm-mdx.mdx', url: 'opslag/gfm-mdx/' },
	];
	await login(page, editor);
	const saved = new Map<string, string>();
	for (const p of pages) {
		const before = branches(repo);
		await test.step(`open ${p.file}`, () => openEntry(page, editor, p.collection, p.summary));
		// Decap saves only a changed entry, so the title gets one character more; everything else is
		// written back from the values the editor read, which is what this test is about.
		const title = page.getByLabel('Sidetitel', { exact: true });
		await title.fill(`${await title.inputValue()}!`);
		await expect(page.getByText('Ugemte ændringer')).toBeVisible();
		await page.getByRole('button', { name: 'Gem', exact: true }).click();
		await expect
			.poll(() => branches(repo).filter((b) => !before.includes(b)), { timeout: 20_000, message: `saving ${p.file} should create a branch` })
			.toHaveLength(1);
		const branch = branches(repo).find((b) => !before.includes(b))!;
		await waitForBranch(repo, branch);
		saved.set(p.file, onBranch(repo, branch, p.file));
	}
	await page.goto('about:blank');

	const work = mkdtempSync(join(tmpdir(), 'nis2-roundtrip-'));
	try {
		// Both builds use the same folder (the edit links name it): first the reference, then the saved files.
		// Read main from git, not the working tree: decap-server checks branches out there while it works.
		const dir = join(work, 'content');
		const archive = spawnSync('sh', ['-c', 'git archive main content | tar -x -C "$0"', work], { cwd: repo.dir, encoding: 'utf8' });
		expect(archive.status, archive.stderr).toBe(0);
		const byHand = new Map<string, string>();
		for (const p of pages) {
			const text = onBranch(repo, 'main', p.file);
			const before = split(text);
			const after = split(saved.get(p.file)!);
			expect(after.body, `${p.file}: the body is kept byte for byte`).toBe(before.body);
			expect(after.data, `${p.file}: the fields are kept`).toEqual({ ...before.data, title: `${String(before.data.title)}!` });
			// The reference: the original file with only the title line edited by hand.
			const titleLine = /^title: .*$/m.exec(text)![0];
			const reference = text.replace(titleLine, `title: ${JSON.stringify(`${String(before.data.title)}!`)}`);
			expect(split(reference).data).toEqual(after.data);
			byHand.set(p.file, reference);
		}
		const html = new Map<string, string[]>();
		for (const [label, files] of [
			['original', byHand],
			['gemt', saved],
		] as const) {
			for (const [file, text] of files) writeFileSync(join(dir, file.replace(/^content\//, '')), text);
			const check = run('scripts/check-content.ts', [dir]);
			expect(check.status, check.output).toBe(0);
			const built = buildContent(dir, (dist) =>
				html.set(
					label,
					pages.map((p) => /<main[\s\S]*<\/main>/.exec(readFileSync(join(dist, p.url, 'index.html'), 'utf8'))?.[0] ?? ''),
				),
			);
			expect(built.status, built.output.slice(-3000)).toBe(0);
		}
		const [original, roundTripped] = ['original', 'gemt'];
		pages.forEach((p, i) => {
			expect(html.get(original)![i].length, `${p.url} was rendered`).toBeGreaterThan(500);
			const [a, b] = [html.get(original)![i], html.get(roundTripped)![i]];
			let at = 0;
			while (at < a.length && a[at] === b[at]) at++;
			expect(b, `${p.url}: the rendered page is unchanged; first difference:\n${a.slice(at - 150, at + 150)}\n---\n${b.slice(at - 150, at + 150)}`).toBe(
				a,
			);
		});
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});
