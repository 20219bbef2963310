// Keyboard-only use: the skip link, the main menu on a phone, and a visible focus indicator on
// everything Tab reaches (WCAG 2.1.1, 2.4.1, 2.4.7), in both themes. Search by keyboard is in
// tests/e2e/search.spec.ts.
import { test, expect } from '@playwright/test';
import { focusProblems } from '../../scripts/gates/a11y.ts';
import { formatProblems, type GateProblem } from '../../scripts/gates/problem.ts';

for (const theme of ['light', 'dark'] as const) {
	test(`focus is visible on everything Tab reaches (${theme === 'light' ? 'lyst' : 'mørkt'} tema)`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: theme, baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const problems: GateProblem[] = [];
		for (const path of ['/', '/krav/k-20/', '/foranstaltninger/f-001/', '/opslag/sporbarhed/']) {
			await page.goto(path);
			problems.push(...(await focusProblems(page, path, 40)));
		}
		await context.close();
		expect(problems, formatProblems(problems)).toEqual([]);
	});
}

test('the skip link is the first Tab stop and moves focus to the content', async ({ page }) => {
	await page.goto('/krav/k-20/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Spring til indhold' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#_top$/);
	await page.keyboard.press('Tab');
	// The next stop is inside the main content, not back in the header.
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('the main menu works with the keyboard alone on a phone', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true,
		baseURL: test.info().project.use.baseURL,
	});
	const page = await context.newPage();
	await page.goto('/krav/k-20/');
	const menu = page.getByRole('button', { name: 'Menu' });
	const sidebar = page.locator('#starlight__sidebar');
	for (let i = 0; i < 10 && !(await menu.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(menu).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(sidebar).toBeVisible();
	// Tab moves into the open menu; Escape closes it and gives focus back to the button.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('#starlight__sidebar'))).toBe(true);
	await page.keyboard.press('Escape');
	await expect(sidebar).toBeHidden();
	await expect(menu).toBeFocused();
	// Open again and follow a chapter link with Enter.
	await page.keyboard.press('Enter');
	const target = sidebar.getByRole('link', { name: /^Drejebog/ }).first();
	for (let i = 0; i < 80 && !(await target.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(target).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/drejebog\//);
	await context.close();
});
