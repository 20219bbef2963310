// Privacy gate: every page in the sitemap (tool pages included, they are in the sitemap too) and a
// search with its index downloads talk to our own origin only, and the site sets no cookie.
import { test, expect } from '@playwright/test';
import { watchContext, privacyProblems } from '../../scripts/gates/privacy.ts';
import { sitemapPaths } from '../../scripts/gates/sitemap.ts';
import { formatProblems } from '../../scripts/gates/problem.ts';

const all = sitemapPaths('dist');
const HALVES = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1)];

HALVES.forEach((paths, n) => {
	test(`no third-party requests and no cookies (${n + 1}/2: ${paths.length} sider)`, async ({ browser }) => {
		const baseURL = test.info().project.use.baseURL!;
		const context = await browser.newContext({ baseURL });
		let current = '';
		const log = await watchContext(context, new URL(baseURL).origin, () => current);
		const page = await context.newPage();
		for (const path of paths) {
			current = path;
			await page.goto(path, { waitUntil: 'networkidle' });
		}
		const problems = await privacyProblems(context, log, [page]);
		await context.close();
		expect(problems, formatProblems(problems)).toEqual([]);
	});
});

test('searching loads the index from our own origin only', async ({ browser }) => {
	const baseURL = test.info().project.use.baseURL!;
	const context = await browser.newContext({ baseURL });
	const log = await watchContext(context, new URL(baseURL).origin, () => '/ (søgning)');
	const page = await context.newPage();
	const ownRequests: string[] = [];
	page.on('request', (r) => ownRequests.push(r.url()));
	await page.goto('/');
	await page.getByRole('button', { name: /Søg/ }).first().click();
	await page.getByRole('searchbox', { name: 'Søg i drejebogen' }).fill('hændelse');
	await expect(page.locator('#nis2-search-results > li').first()).toBeVisible({ timeout: 10_000 });
	// The check is only meaningful if the search really fetched its files.
	expect(ownRequests.some((u) => u.includes('/pagefind/'))).toBe(true);
	const problems = await privacyProblems(context, log, [page]);
	await context.close();
	expect(problems, formatProblems(problems)).toEqual([]);
});
