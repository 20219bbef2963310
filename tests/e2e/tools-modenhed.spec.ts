// The self-assessment: filled, exported, cleared and re-imported field by field; bad files rejected
// without touching the current assessment (the data-loss paths are in tools-modenhed-datatab.spec.ts); assessments from an older catalogue migrated, not dropped.
import { test, expect, type Page } from '@playwright/test';
import { downloadText, parseCsv } from '../helpers/tools.ts';

const STORAGE_KEY = 'nis2-drejebogen:modenhedsvurdering';

interface Filled {
	niveau: string;
	ejer: string;
	maaldato: string;
	noter: string;
}

async function measureIds(page: Page): Promise<string[]> {
	return page.locator('fieldset[data-foranstaltning]').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.foranstaltning!));
}

/** Reads every field of every measure in one round trip (one call per field is slow on a busy 2-core machine). */
async function readForm(page: Page, ids: string[]): Promise<Record<string, Filled>> {
	return page.evaluate((wanted) => {
		const out: Record<string, { niveau: string; ejer: string; maaldato: string; noter: string }> = {};
		for (const id of wanted) {
			const fs = document.querySelector(`fieldset[data-foranstaltning="${id}"]`)!;
			const value = (felt: string) => (fs.querySelector(`[data-felt="${felt}"]`) as HTMLInputElement).value;
			out[id] = { niveau: value('niveau'), ejer: value('ejer'), maaldato: value('maaldato'), noter: value('noter') };
		}
		return out;
	}, ids);
}

async function fill(page: Page, ids: string[]): Promise<Record<string, Filled>> {
	const expected: Record<string, Filled> = {};
	for (const [i, id] of ids.entries()) {
		const fs = page.locator(`fieldset[data-foranstaltning="${id}"]`);
		const value = { niveau: String(i % 5), ejer: `Ejer ${i} – Ærø`, maaldato: `2027-0${(i % 9) + 1}-1${i % 10}`, noter: `Noter for ${id}; "citat" og semikolon;\nanden linje æøå` };
		await fs.getByLabel('Niveau').selectOption(value.niveau);
		await fs.getByLabel('Ejer').fill(value.ejer);
		await fs.getByLabel('Måldato').fill(value.maaldato);
		await fs.getByLabel('Noter').fill(value.noter);
		expected[id] = value;
	}
	return expected;
}

test.beforeEach(async ({ page }) => {
	await page.goto('/vaerktoejer/modenhedsvurdering/');
});

test('filled, exported, cleared and re-imported: every field comes back', async ({ page }) => {
	// Every field of every measure is filled through the real form: four actions per measure.
	test.setTimeout(180_000);
	const ids = await measureIds(page);
	expect(ids.length).toBeGreaterThan(0);
	await page.getByLabel('Målniveau for alle foranstaltninger').selectOption('4');
	const expected = await fill(page, ids);

	// The assessment survives a reload (localStorage).
	await page.reload();
	expect(await readForm(page, ids)).toEqual(expected);

	const file = await downloadText(page, () => page.getByRole('button', { name: 'Eksportér (JSON)' }).click());
	const json = JSON.parse(file.text);
	expect(json.version).toBe(2);
	expect(json.katalogVersion).toBe(await page.locator('#modenhed').getAttribute('data-katalog-version'));
	expect(json.maalniveau).toBe(4);
	expect(Object.keys(json.vurderinger).sort()).toEqual([...ids].sort());

	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Ryd vurderingen' }).click();
	expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!).vurderinger).toEqual({});
	for (const v of Object.values(await readForm(page, ids))) expect(v).toEqual({ niveau: '', ejer: '', maaldato: '', noter: '' });
	await expect(page.getByLabel('Målniveau for alle foranstaltninger')).toHaveValue('3');

	await page.getByLabel('Importér en tidligere eksporteret vurdering (JSON)').setInputFiles({ name: 'vurdering.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
	await page.getByRole('button', { name: 'Erstat' }).click();
	await expect(page.locator('#modenhed-besked')).toContainText('erstattet med indholdet af »vurdering.json«');
	expect(await readForm(page, ids)).toEqual(expected);
	await expect(page.getByLabel('Målniveau for alle foranstaltninger')).toHaveValue('4');
});

test('a malformed or wrong-version file shows a Danish error and leaves the assessment untouched', async ({ page }) => {
	const ids = await measureIds(page);
	const expected = await fill(page, ids.slice(0, 1));
	const stored = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
	const input = page.getByLabel('Importér en tidligere eksporteret vurdering (JSON)');

	await input.setInputFiles({ name: 'oedelagt.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "nis2-drejebogen/modenhedsvurdering", "version": 1,') });
	const alert = page.locator('#modenhed-fejl');
	await expect(alert).toContainText('Filen »oedelagt.json« kunne ikke indlæses. Din nuværende vurdering er ikke ændret.');
	await expect(alert).toContainText('ikke gyldig JSON');
	expect(await readForm(page, ids.slice(0, 1))).toEqual(expected);
	expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(stored);

	const newer = { format: 'nis2-drejebogen/modenhedsvurdering', version: 3, katalogVersion: 'x', vurderinger: {} };
	await input.setInputFiles({ name: 'ny.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
	await expect(alert).toContainText('version 3');
	// A bad field inside a valid file is named in the preview; nothing changes until the user chooses.
	const badField = { format: 'nis2-drejebogen/modenhedsvurdering', version: 1, katalogVersion: 'x', vurderinger: { [ids[0]]: { niveau: 9 } } };
	await input.setInputFiles({ name: 'felt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badField)) });
	await expect(page.locator('#modenhed-forhaandsvisning')).toContainText('skal være et helt tal fra 0 til 4');
	await page.getByRole('button', { name: 'Annullér' }).click();
	expect(await readForm(page, ids.slice(0, 1))).toEqual(expected);
	expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(stored);
});

test('an assessment from an older catalogue is migrated and its mismatches listed', async ({ page }) => {
	const ids = await measureIds(page);
	const old = {
		format: 'nis2-drejebogen/modenhedsvurdering',
		version: 1,
		katalogVersion: '2-00000000',
		katalog: [ids[0], 'f-999'],
		maalniveau: 3,
		vurderinger: {
			[ids[0]]: { niveau: 2, noter: 'bevares', ejer: 'A', maaldato: '' },
			'f-999': { niveau: 4, noter: 'udgået foranstaltning', ejer: 'B', maaldato: '2027-01-01', titel: 'En gammel foranstaltning' },
		},
	};
	await page.getByLabel('Importér en tidligere eksporteret vurdering (JSON)').setInputFiles({ name: 'gammel.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
	await page.getByRole('button', { name: 'Flet' }).click();
	const notice = page.locator('[data-migrering]');
	await expect(notice).toContainText('anden udgave af kataloget');
	await expect(notice.locator('[data-fjernet]')).toContainText('f-999: En gammel foranstaltning');
	if (ids.length > 1) await expect(notice.locator('[data-tilfoejet]')).toContainText(ids[1]);
	await expect(page.locator('[data-udgaaet="f-999"]')).toContainText('udgået foranstaltning');
	await expect(page.locator(`fieldset[data-foranstaltning="${ids[0]}"]`).getByLabel('Noter')).toHaveValue('bevares');
	// The retired assessment goes out again with the next export.
	const file = await downloadText(page, () => page.getByRole('button', { name: 'Eksportér (JSON)' }).click());
	const json = JSON.parse(file.text);
	expect(json.udgaaede['f-999']).toMatchObject({ niveau: 4, noter: 'udgået foranstaltning', titel: 'En gammel foranstaltning' });
	expect(json.katalogVersion).toBe(await page.locator('#modenhed').getAttribute('data-katalog-version'));
});

test('summary, chart, action list and CSV for Danish Excel', async ({ page }) => {
	const ids = await measureIds(page);
	const first = page.locator(`fieldset[data-foranstaltning="${ids[0]}"]`);
	await first.getByLabel('Niveau').selectOption('1');
	await first.getByLabel('Ejer').fill('IT-chef; Økonomi');
	await expect(page.locator('#modenhed-diagram svg[role="img"]')).toBeVisible();
	const catalogue = (await (await page.request.get('/data/foranstaltninger.json')).json()) as { id: string; krav: string[] }[];
	const krav = catalogue.find((f) => f.id === ids[0])!.krav[0];
	await expect(page.locator(`#modenhed-tabel tr[data-krav="${krav}"]`)).toBeVisible();
	await expect(page.locator(`#modenhed-handlinger li[data-foranstaltning="${ids[0]}"]`)).toContainText('til niveau 3 (2 niveauer)');
	await expect(page.locator('#modenhed-status')).toContainText(`1 af ${ids.length} foranstaltninger er vurderet`);

	const csv = await downloadText(page, () => page.getByRole('button', { name: 'Eksportér til Excel (CSV)' }).click());
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const [header, ...rows] = parseCsv(csv.text.slice(1));
	expect(header).toEqual(['id', 'foranstaltning', 'krav', 'niveau', 'niveaunavn', 'maalniveau', 'afstand', 'ejer', 'maaldato', 'noter', 'adresse']);
	expect(rows.map((r) => r[0])).toEqual(ids);
	expect(rows[0].slice(3, 8)).toEqual(['1', 'Påbegyndt', '3', '2', 'IT-chef; Økonomi']);
});
