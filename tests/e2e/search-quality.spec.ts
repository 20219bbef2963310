// Search quality through the real dialog on the built site: the realistic queries in
// tests/fixtures/search-queries.yaml must put an expected page in the first three results for at
// least 90 % of them. Prints hit@1, hit@3 and MRR (the same figures `npm run bench` prints).
import { test, expect } from '@playwright/test';
import { formatMisses, formatQuality, loadQueries, measureQuality } from '../../scripts/bench/search-quality.ts';

test('realistic Danish queries find the right page in the top three', async ({ page }) => {
	test.setTimeout(180_000);
	const queries = loadQueries();
	expect(queries.length).toBeGreaterThanOrEqual(50);
	await page.goto('/');
	const report = await measureQuality(page, queries);
	console.log(formatQuality(report));
	const misses = formatMisses(report);
	if (misses) console.log(`Uden for top 3:\n${misses}`);
	expect(report.hitAt3, `${formatQuality(report)}\n${misses}`).toBeGreaterThanOrEqual(0.9);
});
