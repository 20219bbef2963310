// Search as a Danish reader uses it: inflected words, keywords for compound words, filters, and
// the keyboard alone. Targets our own dialog (src/components/starlight/Search.astro).
import { test, expect, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
	await page.goto('/');
	await page.getByRole('button', { name: /Søg/ }).first().click();
	const dialog = page.getByRole('dialog', { name: 'Søg i drejebogen' });
	await dialog.getByRole('searchbox', { name: 'Søg i drejebogen' }).fill(query);
	return dialog;
}

const resultLinks = (dialog: ReturnType<Page['getByRole']>) => dialog.locator('#nis2-search-results > li > a');
const statusCount = async (dialog: ReturnType<Page['getByRole']>) => Number((await dialog.getByRole('status').textContent())?.match(/\d+/)?.[0]);

test('an inflected Danish word finds the page with the base form', async ({ page }) => {
	const dialog = await search(page, 'hændelserne');
	await expect(dialog.getByRole('link', { name: /Rapportering af væsentlige hændelser/ }).first()).toBeVisible({ timeout: 10_000 });
});

test('keywords make the tail of a compound word findable', async ({ page }) => {
	// "backup" is a keyword on the continuity page, where the text says "sikkerhedskopi…".
	const dialog = await search(page, 'backup');
	await expect(dialog.getByRole('link', { name: /Driftskontinuitet, backup og krisestyring/ }).first()).toBeVisible({ timeout: 10_000 });
});

test('the search dialog speaks Danish', async ({ page }) => {
	const dialog = await search(page, 'ledelsesorgan');
	await expect(dialog.getByRole('status')).toContainText(/resultat(er)? for/, { timeout: 10_000 });
	await expect(dialog).not.toContainText(/results for|Load more|Clear|Search/);
	await expect(dialog.getByRole('button', { name: 'Luk' })).toBeVisible();
});

test('a page-kind filter narrows the results', async ({ page }) => {
	const dialog = await search(page, 'politik');
	const results = resultLinks(dialog);
	await expect(results.first()).toBeVisible({ timeout: 10_000 });
	await expect(dialog.getByRole('status')).toContainText(/resultat/);
	const before = await statusCount(dialog);
	await dialog.getByText('Filtre').click();
	await dialog.getByRole('group', { name: 'Sidetype' }).getByLabel(/^Krav/).check();
	await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^(?!${before} )\\d+ resultat`));
	const after = await statusCount(dialog);
	expect(after).toBeGreaterThan(0);
	expect(after).toBeLessThan(before);
	for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
		expect(href).toMatch(/^\/krav\//);
	}
});

test('the status facet offers the review states', async ({ page }) => {
	const dialog = await search(page, 'krav');
	await dialog.getByText('Filtre').click();
	await expect(dialog.getByRole('group', { name: 'Status' }).getByRole('checkbox').first()).toBeVisible({ timeout: 10_000 });
	await expect(dialog.getByRole('group', { name: 'Sidetype' })).toContainText('Krav');
});

test('the last keystroke wins: a stale answer never replaces a newer one', async ({ page }) => {
	const dialog = await search(page, 'x');
	const input = dialog.getByRole('searchbox');
	await input.pressSequentially('hændelse', { delay: 0 });
	await input.fill('backup');
	await expect(dialog.locator('#nis2-search-results')).toHaveAttribute('data-rendered-for', 'backup', { timeout: 10_000 });
	await page.waitForTimeout(300);
	await expect(dialog.locator('#nis2-search-results')).toHaveAttribute('data-rendered-for', 'backup');
});

test('search works with the keyboard alone and gives focus back', async ({ page }) => {
	await page.goto('/krav/k-20/');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Søg i drejebogen' });
	const input = dialog.getByRole('searchbox');
	await expect(input).toBeFocused();
	await page.keyboard.type('hændelse');
	await expect(resultLinks(dialog).first()).toBeVisible({ timeout: 10_000 });
	await page.keyboard.press('ArrowDown');
	await expect(resultLinks(dialog).first()).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(input).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: /Søg/ }).first()).toBeFocused();
	// "/" opens it too, as on many sites; Tab reaches the results and Enter follows a link.
	await page.keyboard.press('/');
	await expect(input).toBeFocused();
	await expect(input).toHaveValue('hændelse');
	await expect(resultLinks(dialog).first()).toBeVisible({ timeout: 10_000 });
	await page.keyboard.press('ArrowDown');
	const href = await resultLinks(dialog).first().getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href!.replace(/#.*/, '')}`));
});

test('the search button is named by its visible text', async ({ page }) => {
	await page.goto('/');
	const button = page.locator('site-search button[data-open-modal]');
	// WCAG 2.5.3: every word a sighted user sees on the button is in the name a speech user says.
	const visible = await button.evaluate((b) => (b as HTMLElement).innerText.split(/\s+/).filter(Boolean));
	expect(visible).toEqual(['Søg', 'Ctrl', 'K']);
	await expect(button).toHaveAccessibleName('Søg Ctrl K');
	await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
});
