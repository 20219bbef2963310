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

test('a year outside 1900–2100 and a filled-in but invalid date or time get their own message', async ({ page }) => {
	const date = page.getByLabel('Dato', { exact: true }).first();
	const time = page.getByLabel('Klokkeslæt', { exact: true }).first();
	const alert = page.locator('#haendelsesur-fejl');
	await expect(date).toHaveAttribute('min', '1900-01-01');
	await expect(date).toHaveAttribute('max', '2100-12-31');
	// A five-digit year, as Chromium's date field lets you type.
	await date.evaluate((el: HTMLInputElement) => (el.value = '20266-10-24'));
	await time.fill('10:00');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(alert).toContainText('Året skal ligge mellem 1900 og 2100 (du skrev 20266)');
	await date.fill('1850-10-24');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(alert).toContainText('du skrev 1850');
	await expect(page.locator('#haendelsesur-resultat')).toBeHidden();

	// Half a date typed: the field is filled in but holds no valid date.
	await date.fill('');
	await date.focus();
	await page.keyboard.type('24');
	expect(await date.evaluate((el: HTMLInputElement) => el.validity.badInput)).toBe(true);
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(alert).toContainText('Datoen for hvornår kommunen fik kendskab til hændelsen er ikke en gyldig dato');
	await expect(alert).not.toContainText('Skriv både dato og klokkeslæt');

	await date.fill('2026-10-24');
	await time.fill('');
	await time.focus();
	await page.keyboard.type('1');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(alert).toContainText('Klokkeslættet for hvornår kommunen fik kendskab til hændelsen er ikke gyldigt');

	await time.fill('10:00');
	const sent = page.getByLabel('Dato', { exact: true }).nth(1);
	await sent.evaluate((el: HTMLInputElement) => (el.value = '30000-01-01'));
	await page.getByLabel('Klokkeslæt', { exact: true }).nth(1).fill('12:00');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(alert).toContainText('Året skal ligge mellem 1900 og 2100 (du skrev 30000). Ret datoen for den indsendte hændelsesunderretning');
	await sent.fill('');
	await page.getByLabel('Klokkeslæt', { exact: true }).nth(1).fill('');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(page.locator('#haendelsesur-resultat')).toBeVisible();
});
