// Search as a Danish reader uses it: inflected words, keywords for compound words, filters.
import { test, expect, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
	await page.goto('/');
	await page.getByRole('button', { name: /Søg/ }).first().click();
	const input = page.getByRole('searchbox').or(page.locator('dialog input[type="search"], dialog input[type="text"]')).first();
	await input.fill(query);
	return page.locator('dialog');
}

test('an inflected Danish word finds the page with the base form', async ({ page }) => {
	const dialog = await search(page, 'hændelserne');
	await expect(dialog.getByRole('link', { name: /Rapportering af væsentlige hændelser/ }).first()).toBeVisible({ timeout: 10_000 });
});

test('keywords make the tail of a compound word findable', async ({ page }) => {
	// "kopi" is only a keyword on the continuity page, where the text says "sikkerhedskopi…".
	const dialog = await search(page, 'backup');
	await expect(dialog.getByRole('link', { name: /Driftskontinuitet, backup og krisestyring/ }).first()).toBeVisible({ timeout: 10_000 });
});

test('the search dialog speaks Danish', async ({ page }) => {
	const dialog = await search(page, 'ledelsesorgan');
	await expect(dialog).toContainText(/resultat(er)? for/, { timeout: 10_000 });
	await expect(dialog).not.toContainText(/results for|Load more|Clear/);
});

test('a page-kind filter narrows the results', async ({ page }) => {
	const dialog = await search(page, 'politik');
	const results = dialog.locator('.pagefind-ui__result');
	await expect(results.first()).toBeVisible({ timeout: 10_000 });
	const summary = dialog.locator('.pagefind-ui__message');
	const before = Number((await summary.textContent())?.match(/\d+/)?.[0]);
	await dialog.locator('.pagefind-ui__filter-name', { hasText: /type/i }).click();
	await dialog.getByLabel(/^Krav/).check();
	await expect(summary).not.toHaveText(new RegExp(`^${before} `));
	const after = Number((await summary.textContent())?.match(/\d+/)?.[0]);
	expect(after).toBeGreaterThan(0);
	expect(after).toBeLessThan(before);
	for (const href of await results.locator('a.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
		expect(href).toMatch(/^\/krav\//);
	}
});
