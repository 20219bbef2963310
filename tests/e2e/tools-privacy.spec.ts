// Nothing typed into the tools leaves the browser: every request while they are used goes to the
// site's own origin, is a plain GET, and carries none of the entered data.
import { test, expect, type Request } from '@playwright/test';
import { downloadText } from '../helpers/tools.ts';

const MARKER = 'HEMMELIG-VURDERING-7Q2X';

test('using all four tools sends no assessment data anywhere', async ({ page, baseURL }) => {
	const requests: Request[] = [];
	page.on('request', (r) => requests.push(r));
	const origin = new URL(baseURL!).origin;

	await page.goto('/vaerktoejer/omfattet/');
	await page.getByLabel('Havn').first().check();
	await page.getByLabel('Som et selvstændigt selskab').check();
	await page.getByLabel('Ja, selskabet forvalter havnen').check();
	await page.getByLabel('250 eller flere').check();
	await page.getByLabel('Omsætningen er mindst 50 mio. euro').check();
	await expect(page.locator('#omfattet-resultat .udfald')).toHaveText('Omfattet – væsentlig enhed');

	await page.goto('/vaerktoejer/modenhedsvurdering/');
	const first = page.locator('fieldset[data-udfald]').first();
	await first.getByLabel('Vurdering', { exact: true }).selectOption('delvist-opfyldt');
	await first.getByLabel('Ejer').fill(MARKER);
	await first.getByLabel('Noter').fill(`${MARKER} noter`);
	await page.locator('fieldset[data-foranstaltning]').first().getByLabel('Noter').fill(`${MARKER} foranstaltning`);
	const exported = await downloadText(page, () => page.getByRole('button', { name: 'Eksportér (JSON)' }).click());
	expect(exported.text).toContain(MARKER);
	await downloadText(page, () => page.getByRole('button', { name: 'Eksportér til Excel (CSV)' }).click());
	// The workbook and Word libraries load from this site only when asked for.
	await downloadText(page, () => page.getByRole('button', { name: 'Hent som Excel-projektmappe (.xlsx)' }).click());
	await downloadText(page, () => page.getByRole('button', { name: 'Hent årlig status (Word)' }).click());
	await downloadText(page, () => page.getByRole('button', { name: 'Hent anonymiseret benchmark-fil' }).click());
	await page
		.getByLabel('Importér en tidligere eksporteret vurdering (JSON)')
		.setInputFiles({ name: 'v.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
	await page.getByRole('button', { name: 'Flet' }).click();
	await expect(page.locator('#modenhed-besked')).toContainText('er flettet ind');

	await page.goto('/vaerktoejer/haendelsesur/');
	await page.getByLabel('Dato', { exact: true }).first().fill('2026-10-24');
	await page.getByLabel('Klokkeslæt', { exact: true }).first().fill('10:00');
	await page.getByRole('button', { name: 'Beregn frister' }).click();
	await expect(page.locator('#haendelsesur-resultat')).toBeVisible();

	await page.goto('/vaerktoejer/omkostningsberegner/');
	await page.getByLabel('Antal indbyggere').fill('54321');
	await page.locator('input[name="i-brug"]').first().check();
	await downloadText(page, () => page.getByRole('button', { name: 'Hent som CSV (til budgetforslag)' }).click());

	expect(requests.length).toBeGreaterThan(0);
	for (const r of requests) {
		const url = new URL(r.url());
		const sameOrigin = url.origin === origin || (url.protocol === 'blob:' && url.pathname.startsWith(origin)) || url.protocol === 'data:';
		expect(sameOrigin, `request to another origin: ${r.url()}`).toBeTruthy();
		expect(['GET', 'HEAD'], `${r.method()} ${r.url()}`).toContain(r.method());
		expect(r.postData(), r.url()).toBeNull();
		expect(url.search, `query string on ${r.url()}`).toBe('');
		for (const secret of [MARKER, '54321', '2026-10-24']) expect(decodeURIComponent(r.url())).not.toContain(secret);
	}
});
