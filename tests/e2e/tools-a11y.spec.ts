// The tools work with the keyboard alone and pass the automated accessibility check (axe).
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectVisibleFocus, tabTo } from '../helpers/tools.ts';

const TOOLS = ['omfattet', 'modenhedsvurdering', 'haendelsesur', 'omkostningsberegner'];

async function expectLabelled(page: Page) {
	const unlabelled = await page
		.locator('.nis2-tool')
		.evaluateAll((roots) =>
			roots.flatMap((root) =>
				[...root.querySelectorAll<HTMLInputElement>('input, select, textarea')]
					.filter((el) => el.type !== 'hidden' && (el.labels?.length ?? 0) === 0 && !el.getAttribute('aria-label'))
					.map((el) => el.outerHTML),
			),
		);
	expect(unlabelled).toEqual([]);
	const withoutLegend = await page
		.locator('.nis2-tool fieldset')
		.evaluateAll((fs) => fs.filter((f) => !f.querySelector(':scope > legend')?.textContent?.trim()).length);
	expect(withoutLegend).toBe(0);
	expect(await page.locator('.nis2-tool [aria-live], .nis2-tool [role="status"], .nis2-tool [role="alert"]').count()).toBeGreaterThan(0);
}

for (const tool of TOOLS) {
	test(`${tool}: labelled inputs, fieldsets with legends, live regions and no axe violations`, async ({ page }) => {
		// The self-assessment has a form per outcome and per measure: about a thousand controls for axe.
		test.setTimeout(120_000);
		await page.goto(`/vaerktoejer/${tool}/`);
		// The self-assessment builds its form from its catalogue file after the page has loaded.
		if (tool === 'modenhedsvurdering') await page.locator('#modenhed[data-klar]').waitFor({ state: 'attached' });
		await expectLabelled(page);
		const results = await new AxeBuilder({ page }).include('.nis2-tool').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('scope check with the keyboard only', async ({ page }) => {
	await page.goto('/vaerktoejer/omfattet/');
	await tabTo(page, '#enhed-kommune');
	await expectVisibleFocus(page);
	// Arrow keys move through a radio group and select; the next question appears.
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#enhed-vand')).toBeChecked();
	await tabTo(page, '#organisering-selskab');
	await page.keyboard.press('Space');
	await tabTo(page, '#sektor-vand-ja');
	await page.keyboard.press('Space');
	await tabTo(page, 'input[name="ansatte"]');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#ansatte-250\\+')).toBeChecked();
	await tabTo(page, 'input[name="oekonomi"]');
	await page.keyboard.press('Space');
	await tabTo(page, 'input[name="energi"]');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#omfattet-status')).toHaveText('Resultat: Omfattet – væsentlig enhed');
	await tabTo(page, '#omfattet-resultat button[data-print]');
	await expectVisibleFocus(page);
});

test('incident clock with the keyboard only', async ({ page }) => {
	// Chromium orders the date and time segments by its own UI language, not the page's, so first
	// find out which order this browser uses, then type as a user of that browser would.
	await page.goto('/vaerktoejer/haendelsesur/');
	await tabTo(page, '#opdaget-dato');
	await page.keyboard.type('01022003');
	const dayFirst = (await page.locator('#opdaget-dato').inputValue()) === '2003-02-01';
	await tabTo(page, '#opdaget-tid');
	await page.keyboard.type('1000');
	const twelveHour = (await page.locator('#opdaget-tid').inputValue()) === '';

	await page.reload();
	await tabTo(page, '#opdaget-dato');
	await expectVisibleFocus(page);
	await page.keyboard.type(dayFirst ? '24102026' : '10242026');
	await tabTo(page, '#opdaget-tid');
	await page.keyboard.type(twelveHour ? '1000A' : '1000');
	await tabTo(page, '#persondata');
	await page.keyboard.press('Space');
	await tabTo(page, '#haendelsesur-form button[type="submit"]');
	await expectVisibleFocus(page);
	await page.keyboard.press('Enter');
	await expect(page.locator('tr[data-frist="haendelsesunderretning"]')).toHaveAttribute('data-tidspunkt', '2026-10-27 09:00');
	await expect(page.locator('tr[data-frist="datatilsynet"]')).toHaveAttribute('data-tidspunkt', '2026-10-27 09:00');
	await expect(page.locator('#haendelsesur-resultat')).toHaveAttribute('aria-live', 'polite');
});

test('self-assessment with the keyboard only', async ({ page }) => {
	await page.goto('/vaerktoejer/modenhedsvurdering/');
	await page.locator('#modenhed[data-klar]').waitFor({ state: 'attached' });
	await tabTo(page, 'fieldset[data-udfald] select[data-felt="karakter"]');
	await expectVisibleFocus(page);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#modenhed-status')).toContainText('1 af');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await tabTo(page, 'fieldset[data-udfald] input[data-felt="ejer"]');
	await page.keyboard.type('Kommunaldirektøren');
	const first = page.locator('fieldset[data-udfald]').first();
	await expect(first.getByLabel('Ejer')).toHaveValue('Kommunaldirektøren');
	await expect(first.locator('input[data-felt="indikatorer"]').first()).toBeChecked();
});

test('cost calculator with the keyboard only', async ({ page }) => {
	await page.goto('/vaerktoejer/omkostningsberegner/');
	await tabTo(page, '#klasse-lille');
	await expectVisibleFocus(page);
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#klasse-mellem')).toBeChecked();
	await tabTo(page, 'input[name="i-brug"]');
	await page.keyboard.press('Space');
	await expect(page.locator('#omkostninger-status')).toContainText('Mellemstor kommune');
	await tabTo(page, '#omkostninger-csv');
	await expectVisibleFocus(page);
});
