// Trust over time, in Chromium: review dates on the pages, the change feeds announced from every
// page, and, on a fixture tree built for the test, the "Kilde ændret siden gennemgang" notice and
// its status-page listing after a source's version is bumped, both cleared by the review command.
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { withBuildLock } from '../helpers/build.ts';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTree, ROOT } from '../helpers/content-fixture.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { markReviewed } from '../../scripts/review/mark-reviewed.ts';
import { axeProblems } from '../../scripts/gates/a11y.ts';

test('requirement, measure and step pages show the next review beside the last one', async ({ page }) => {
	await page.goto('/krav/k-20/');
	const box = page.getByRole('complementary', { name: 'Fortolkningens status' });
	await expect(box).toContainText(/Sidst gennemgået: \d{1,2}\. \w+ \d{4} · Næste gennemgang: \d{1,2}\. \w+ \d{4}/);
	await expect(page.locator('.nis2-dates')).toContainText('Næste gennemgang:');
	for (const path of ['/foranstaltninger/f-001/', '/drejebog/d-0-01/']) {
		await page.goto(path);
		await expect(page.locator('.nis2-review-dates'), path).toBeVisible();
		await expect(page.locator('.nis2-review-dates'), path).toContainText('Næste gennemgang:');
	}
});

test('the new review and change UI passes axe in light and dark themes', async ({ browser }) => {
	test.setTimeout(180_000);
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme, baseURL: test.info().project.use.baseURL });
		const page = await context.newPage();
		for (const path of ['/om/vaesentlige-aendringer/', '/opslag/status/', '/krav/k-20/', '/krav/', '/foranstaltninger/f-001/', '/drejebog/d-0-01/']) {
			await page.goto(path);
			expect(await axeProblems(page, path), `${path} (${colorScheme})`).toEqual([]);
		}
		await context.close();
	}
});

test('exports and the OSCAL catalog name the content edition, not the package version', async ({ request }) => {
	const edition = /^- udgave:\s*(\S+)/m.exec(readFileSync(join(ROOT, 'content/data/udgaver.yaml'), 'utf8'))![1];
	for (const name of ['krav', 'foranstaltninger', 'drejebog']) {
		const rows = (await (await request.get(`/data/${name}.json`)).json()) as { udgave: string; naesteGennemgang?: string; sidstGennemgaaet?: string }[];
		expect(
			rows.every((r) => r.udgave === edition),
			name,
		).toBe(true);
		// The next review is in the export wherever the page has a review date.
		expect(
			rows.filter((r) => r.sidstGennemgaaet).every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.naesteGennemgang ?? '')),
			name,
		).toBe(true);
		const header = (await (await request.get(`/data/${name}.csv`)).text()).split('\n')[0];
		expect(header, name).toContain('udgave');
	}
	const oscal = (await (await request.get('/data/oscal-catalog.json')).json()) as { catalog: { metadata: { version: string } } };
	expect(oscal.catalog.metadata.version).toBe(edition);
});

test('pages announce the site feed and their chapter feed, and the feeds are served as Atom', async ({ page, request }) => {
	await page.goto('/drejebog/d-0-01/');
	const feeds = await page
		.locator('head link[rel="alternate"][type="application/atom+xml"]')
		.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
	expect(feeds).toEqual(['/aendringer/alle.xml', '/aendringer/drejebog.xml']);
	await page.goto('/opslag/ordliste/');
	expect(
		await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
	).toEqual(['/aendringer/alle.xml']);
	for (const href of feeds) {
		const response = await request.get(href!);
		expect(response.ok()).toBeTruthy();
		const body = await response.text();
		expect(body).toMatch(/^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
		expect(body).toMatch(/<entry>[\s\S]*<updated>\d{4}-\d{2}-\d{2}T/);
	}
});

test('a major change note shows on its page and on the change page, with chapter links that work without script', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/foranstaltninger/');
	await expect(page.locator('[data-change-notes]')).toContainText(
		/Ændret: 1\. december 2026 – Dokumentationen for hver foranstaltning er delt i tre niveauer/,
	);
	await page.goto('/om/vaesentlige-aendringer/');
	await page
		.getByRole('navigation', { name: 'Vælg kapitel' })
		.getByRole('link', { name: /^Drejebog \(\d+\)$/ })
		.click();
	await expect(page).toHaveURL(/#drejebog$/);
	await expect(page.locator('section[data-chapter="drejebog"] [data-view="change-notes"] li')).toContainText(['Fase 8 har fået to nye trin om tilsyn']);
	await context.close();
});

test.describe('a source bumped after the review', () => {
	test.describe.configure({ timeout: 600_000 });
	let tree: ReturnType<typeof contentTree>;
	let work: string;
	test.beforeAll(() => {
		tree = contentTree();
		work = mkdtempSync(join(tmpdir(), 'nis2-trust-'));
		mkdirSync(join(tree.dir, 'opslag'), { recursive: true });
		copyFileSync(join(ROOT, 'content/opslag/status.mdx'), join(tree.dir, 'opslag/status.mdx'));
		// Reviewed against today's sources, then the law gets a new version.
		markReviewed(ROOT, tree.dir, 'k-20', '2026-11-30');
		const kilder = join(tree.dir, 'data/kilder.yaml');
		writeFileSync(
			kilder,
			readFileSync(kilder, 'utf8').replace(
				'  version: Lov nr. 434 af 6. maj 2025 (i kraft 1. juli 2025)\n  dato: 2025-05-06',
				'  version: Lov nr. 434 af 6. maj 2025 med ændringer (testdata)\n  dato: 2026-12-01',
			),
		);
	});
	test.afterAll(() => {
		tree.cleanup();
		rmSync(work, { recursive: true, force: true });
	});

	const build = (out: string) => {
		const r = withBuildLock(() =>
			spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
				cwd: ROOT,
				env: { ...process.env, NIS2_CONTENT_DIR: tree.dir, NIS2_TODAY: '2026-12-01', ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
				encoding: 'utf8',
				timeout: 300_000,
			}),
		);
		expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
		return `${r.stdout}\n${r.stderr}`;
	};

	test('shows the notice and the status listing, and reviewing clears both', async ({ page }) => {
		const output = build(join(work, 'before'));
		expect(output, 'the build warns and goes on').toMatch(/kilde ændret siden gennemgang: NIS 2-loven er ændret/);
		let server = await serveStatic(join(work, 'before'));
		try {
			await page.goto(`${server.origin}/krav/k-20/`);
			const notice = page.getByRole('complementary', { name: 'Kilde ændret siden gennemgang' });
			await expect(notice).toBeVisible();
			await expect(notice).toContainText(
				'NIS 2-loven er ændret fra »Lov nr. 434 af 6. maj 2025 (i kraft 1. juli 2025)« til »Lov nr. 434 af 6. maj 2025 med ændringer (testdata)« (1. december 2026)',
			);
			await expect(notice).toContainText('sidst gennemgået 30. november 2026');
			expect(await axeProblems(page, '/krav/k-20/'), 'the notice passes axe').toEqual([]);
			await page.goto(`${server.origin}/opslag/status/`);
			const listed = page.locator('[data-view="source-changes"] li[data-page="/krav/k-20/"]');
			await expect(listed).toContainText('Ledelsens ansvar, godkendelse og uddannelse');
			await expect(listed).toContainText('ejer: Referencegruppens juridiske arbejdsgruppe');
			await expect(page.getByRole('heading', { name: 'Kilde ændret siden gennemgang (1)' })).toBeVisible();
		} finally {
			await server.close();
		}

		markReviewed(ROOT, tree.dir, 'k-20', '2026-12-01');
		const after = build(join(work, 'after'));
		expect(after).not.toMatch(/kilde ændret siden gennemgang/);
		server = await serveStatic(join(work, 'after'));
		try {
			await page.goto(`${server.origin}/krav/k-20/`);
			await expect(page.locator('[data-notice="kilde-aendret"]')).toHaveCount(0);
			await expect(page.getByRole('complementary', { name: 'Fortolkningens status' })).toContainText(
				'Sidst gennemgået: 1. december 2026 · Næste gennemgang: 1. december 2027',
			);
			await page.goto(`${server.origin}/opslag/status/`);
			await expect(page.getByRole('heading', { name: 'Kilde ændret siden gennemgang (0)' })).toBeVisible();
		} finally {
			await server.close();
		}
	});
});
