// Privacy gate: every page in the sitemap (tool pages included, they are in the sitemap too) and a
// search with its index downloads talk to our own origin only, and the site sets no cookie.
import { test, expect } from '@playwright/test';
import { watchContext, privacyProblems } from '../../scripts/gates/privacy.ts';
import { sitemapPaths } from '../../scripts/gates/sitemap.ts';
import { formatProblems } from '../../scripts/gates/problem.ts';

const all = sitemapPaths('dist');
const HALVES = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1)];

// Each page is visited until the network has been idle for half a second, so a late request
// (a lazy image, a script loaded after load) is still seen. That wait is idle time, not work, so
// each half is visited by a few tabs at once; every request is put down to the page whose frame made it.
const TABS = 4;

HALVES.forEach((paths, n) => {
	test(`no third-party requests and no cookies (${n + 1}/2: ${paths.length} sider)`, async ({ browser }) => {
		const baseURL = test.info().project.use.baseURL!;
		const context = await browser.newContext({ baseURL });
		const log = await watchContext(context, new URL(baseURL).origin, () => '(ukendt side)');
		const queue = [...paths];
		const tabs = await Promise.all(
			Array.from({ length: TABS }, async () => {
				const page = await context.newPage();
				for (let path = queue.shift(); path !== undefined; path = queue.shift()) await page.goto(path, { waitUntil: 'networkidle' });
				return page;
			}),
		);
		const problems = await privacyProblems(context, log, tabs);
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
