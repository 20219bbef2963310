// Accessibility gate: every page in the sitemap through axe-core (WCAG 2.0–2.2 A/AA + best
// practices, no rule disabled), plus document language, one h1 and reflow on a phone.
//
// Coverage, to keep the crawl within a few minutes on 2 cores: EVERY page in light theme on a
// desktop viewport; in the other three variants (dark desktop, light phone, dark phone) one page
// per page kind (type facet × chapter, index pages separately; see samplePerKind). Set
// A11Y_ALL_VARIANTS=1 to run every page in every variant. The search dialog is audited open, with
// results and filters showing, in all four variants.
import { test, expect, type Browser, type BrowserContextOptions } from '@playwright/test';
import { axeProblems, documentProblems } from '../../scripts/gates/a11y.ts';
import { sitemapPaths, samplePerKind } from '../../scripts/gates/sitemap.ts';
import { formatProblems, type GateProblem } from '../../scripts/gates/problem.ts';

const DIST = 'dist';
const all = sitemapPaths(DIST);
const sample = process.env.A11Y_ALL_VARIANTS === '1' ? all : samplePerKind(DIST, all);
const BATCH = 8;

interface Variant {
	name: string;
	theme: 'light' | 'dark';
	context: BrowserContextOptions;
	pages: string[];
}
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const phone: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const VARIANTS: Variant[] = [
	{ name: 'lys, desktop', theme: 'light', context: desktop, pages: all },
	{ name: 'mørk, desktop', theme: 'dark', context: desktop, pages: sample },
	{ name: 'lys, mobil', theme: 'light', context: phone, pages: sample },
	{ name: 'mørk, mobil', theme: 'dark', context: phone, pages: sample },
];

async function newPage(browser: Browser, variant: Variant) {
	// Starlight follows prefers-color-scheme unless the reader picked a theme; we emulate the preference.
	const context = await browser.newContext({ ...variant.context, colorScheme: variant.theme, locale: 'da-DK', baseURL: test.info().project.use.baseURL });
	return { context, page: await context.newPage() };
}

for (const variant of VARIANTS) {
	test.describe(`tilgængelighed (${variant.name})`, () => {
		for (let i = 0; i < variant.pages.length; i += BATCH) {
			const batch = variant.pages.slice(i, i + BATCH);
			test(`${batch[0]} … ${batch.at(-1)} (${batch.length} sider)`, async ({ browser }) => {
				const { context, page } = await newPage(browser, variant);
				const problems: GateProblem[] = [];
				for (const path of batch) {
					await page.goto(path);
					await expect(page.locator('html')).toHaveAttribute('data-theme', variant.theme);
					problems.push(...(await documentProblems(page, path)), ...(await axeProblems(page, path)));
				}
				await context.close();
				expect(problems, formatProblems(problems)).toEqual([]);
			});
		}

		test('søgedialogen, åben med resultater og filtre', async ({ browser }) => {
			const { context, page } = await newPage(browser, variant);
			await page.goto('/');
			await page.getByRole('button', { name: /Søg/ }).first().click();
			const dialog = page.getByRole('dialog', { name: 'Søg i drejebogen' });
			await dialog.getByRole('searchbox').fill('hændelse');
			await expect(dialog.locator('#nis2-search-results > li').first()).toBeVisible({ timeout: 10_000 });
			await dialog.getByText('Filtre').click();
			await expect(dialog.getByRole('group', { name: 'Sidetype' })).toBeVisible();
			const problems = [...(await axeProblems(page, '/ (søgedialog)')), ...(await documentProblems(page, '/ (søgedialog)'))];
			// No page matches: the message and the suggestion buttons, with the guide switch ticked.
			await dialog.getByLabel(/Medtag bidragsguiden/).check();
			await dialog.getByRole('searchbox').fill('kryptring');
			await expect(dialog.locator('#nis2-search-results button[data-suggestion]').first()).toBeVisible({ timeout: 10_000 });
			problems.push(...(await axeProblems(page, '/ (søgedialog, forslag)')));
			await context.close();
			expect(problems, formatProblems(problems)).toEqual([]);
		});
	});
}
