// The incident clock in the browser: deadlines across the October daylight-saving change, the
// skipped and the repeated hour, and the links to the reporting channel and requirement pages.
import { test, expect } from '@playwright/test';

test.beforeEach(async ({ page }) => {
	await page.goto('/vaerktoejer/haendelsesur/');
});

test('detected 24 October 2026 at 10:00: the 72-hour deadlines fall at 09:00 after the clocks go back', async ({ page }) => {
	await page.getByLabel('Dato', { exact: true }).first().fill('2026-10-24');
	await page.getByLabel('Klokkeslæt', { exact: true }).first().fill('10:00');
	await page.getByLabel('Hændelsen omfatter et brud på persondatasikkerheden').check();
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	const rows = page.locator('#haendelsesur-frister tr');
	await expect(rows).toHaveCount(4);
	const at = (id: string) => page.locator(`#haendelsesur-frister tr[data-frist="${id}"]`);
	await expect(at('tidlig-varsling')).toHaveAttribute('data-tidspunkt', '2026-10-25 09:00');
	await expect(at('haendelsesunderretning')).toHaveAttribute('data-tidspunkt', '2026-10-27 09:00');
	await expect(at('datatilsynet')).toHaveAttribute('data-tidspunkt', '2026-10-27 09:00');
	await expect(at('endelig-rapport')).toHaveAttribute('data-tidspunkt', '2026-11-27 09:00');
	await expect(at('haendelsesunderretning')).toContainText('tirsdag den 27. oktober 2026 kl. 09.00 (normaltid)');
	await expect(page.locator('#haendelsesur-grundlag')).toContainText('lørdag den 24. oktober 2026 kl. 10.00 (sommertid)');
	await expect(page.locator('[data-tjekliste="datatilsynet"]')).toBeVisible();

	// A notification sent early moves the final report forward.
	await page.getByLabel('Dato', { exact: true }).nth(1).fill('2026-10-25');
	await page.getByLabel('Klokkeslæt', { exact: true }).nth(1).fill('15:30');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(at('endelig-rapport')).toHaveAttribute('data-tidspunkt', '2026-11-25 15:30');
});

test('a time in the skipped spring hour is refused; the repeated autumn hour asks which one', async ({ page }) => {
	await page.getByLabel('Dato', { exact: true }).first().fill('2026-03-29');
	await page.getByLabel('Klokkeslæt', { exact: true }).first().fill('02:30');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(page.getByRole('alert')).toContainText('Klokkeslættet findes ikke');
	await expect(page.locator('#haendelsesur-resultat')).toBeHidden();

	await page.getByLabel('Dato', { exact: true }).first().fill('2026-10-25');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	const which = page.getByLabel('Klokkeslættet findes to gange');
	await expect(which).toBeVisible();
	await expect(page.locator('tr[data-frist="tidlig-varsling"]')).toHaveAttribute('data-tidspunkt', '2026-10-26 01:30');
	await which.selectOption('1');
	await expect(page.locator('tr[data-frist="tidlig-varsling"]')).toHaveAttribute('data-tidspunkt', '2026-10-26 02:30');
});

test('the reporting channel, the requirement and the checklists are linked', async ({ page }) => {
	await expect(page.locator('a[href="https://virk.dk"]')).toBeVisible();
	for (const href of await page.locator('#haendelsesur a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		expect((await page.request.get(href.split('#')[0])).ok(), href).toBeTruthy();
	}
	await expect(page.locator('#haendelsesur a[href="/krav/k-23/"]')).toBeVisible();
	await expect(page.locator('[data-tjekliste="endelig-rapport"]')).toContainText('grundlæggende årsag');
	await expect(page.locator('[data-tjekliste="datatilsynet"]')).toBeHidden();
});
