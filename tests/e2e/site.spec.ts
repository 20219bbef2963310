// The built site as a reader meets it: Danish UI, navigation, generated reverse links.
import { test, expect } from '@playwright/test';

test('the home page renders in Danish', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await expect(page).toHaveTitle(/NIS2-drejebogen/);
	await expect(page.getByRole('link', { name: 'Spring til indhold' })).toBeAttached();
	await expect(page.getByRole('heading', { name: 'Find vej efter din rolle' })).toBeVisible();
	// Starlight's search button carries Danish text, not the English default.
	await expect(page.locator('site-search button').first()).toContainText('Søg');
});

test('a requirement page shows its status and the measures and steps that point to it', async ({ page }) => {
	await page.goto('/krav/k-21-2-a/');
	await expect(page.getByRole('complementary', { name: 'Fortolkningens status' })).toContainText('Udkast');
	const measures = page.locator('[data-relation="foranstaltninger"] a');
	await expect(measures.first()).toBeVisible();
	// Every generated reverse link must lead to a measure that really names this requirement.
	for (const href of await measures.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
		const res = await page.request.get(`${href.replace(/\/$/, '')}/`);
		expect(res.ok()).toBeTruthy();
		expect(await res.text()).toContain('href="/krav/k-21-2-a/"');
	}
});

test('the sidebar expands only the current chapter', async ({ page }) => {
	await page.goto('/krav/k-20/');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: 'Ledelsens ansvar, godkendelse og uddannelse' })).toBeAttached();
	// Other chapters collapse to a single link to their first page.
	await expect(sidebar.locator('a[data-chapter-link]').filter({ hasText: 'Drejebog' })).toHaveAttribute('href', /\/drejebog\//);
	await expect(sidebar.getByRole('link', { name: 'Orienter direktionen om NIS2' })).toHaveCount(0);
});

test('every page links to the accessibility statement from its footer', async ({ page }) => {
	for (const path of ['/', '/krav/k-23/', '/vaerktoejer/haendelsesur/']) {
		await page.goto(path);
		const link = page.getByRole('navigation', { name: 'Om sitet' }).getByRole('link', { name: 'Tilgængelighedserklæring' });
		await expect(link).toHaveAttribute('href', '/om/tilgaengelighed/');
	}
	await page.getByRole('navigation', { name: 'Om sitet' }).getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Tilgængelighed');
});
