// The self-assessment's own files: every outcome has its form; filled, exported, cleared and
// re-imported field by field; bad files rejected without touching the current assessment; older
// assessments migrated, not dropped. The reports and exports for others (CSV, Excel, Word council
// status, print, benchmark) are in tools-modenhed-rapport.spec.ts; the data-loss paths in
// tools-modenhed-datatab.spec.ts and the merging of tabs and imports in tools-modenhed-flet.spec.ts.
import { test, expect, type Page } from '@playwright/test';
import { downloadText } from '../helpers/tools.ts';
import { fillOutcome, measure, measureIds, outcome, outcomeKeys, PAGE, ready, STORAGE_KEY } from '../helpers/modenhed.ts';
import { readVurdering } from '../helpers/modenhed-files.ts';

/** Every field of every outcome and measure, read in one round trip. */
async function readForm(page: Page): Promise<Record<string, Record<string, string | boolean>>> {
	await ready(page);
	return page.evaluate(() => {
		const out: Record<string, Record<string, string | boolean>> = {};
		for (const fs of document.querySelectorAll<HTMLElement>('fieldset[data-udfald], fieldset[data-foranstaltning]')) {
			const values: Record<string, string | boolean> = {};
			for (const el of fs.querySelectorAll<HTMLInputElement>('[data-felt]')) values[el.id] = el.type === 'checkbox' ? el.checked : el.value;
			out[fs.dataset.udfald ?? fs.dataset.foranstaltning!] = values;
		}
		out.top = {
			maal: (document.getElementById('maalniveau') as HTMLSelectElement).value,
			str: (document.getElementById('stoerrelse') as HTMLSelectElement).value,
		};
		return out;
	});
}

test.beforeEach(async ({ page }) => {
	await page.goto(PAGE);
});

test('every outcome has a form: grade, indicators per grade, evidence, owner, date and note', async ({ page }) => {
	const keys = await outcomeKeys(page);
	const krav = (await (await page.request.get('/data/krav.json')).json()) as {
		id: string;
		udfald?: { id: string; indikatorer: Record<string, string[]> }[];
	}[];
	const expected = krav.flatMap((k) => (k.udfald ?? []).map((u) => `${k.id}:${u.id}`));
	expect(expected.length).toBeGreaterThan(0);
	expect(keys.sort()).toEqual(expected.sort());
	const first = krav.find((k) => k.udfald?.length)!;
	const u = first.udfald![0];
	const fs = outcome(page, `${first.id}:${u.id}`);
	await expect(fs.locator('input[data-felt="indikatorer"]')).toHaveCount(
		u.indikatorer.ikkeOpfyldt.length + u.indikatorer.delvistOpfyldt.length + u.indikatorer.opfyldt.length,
	);
	await expect(fs.getByLabel('Vurdering', { exact: true }).locator('option')).toHaveText(['Ikke vurderet', 'Ikke opfyldt', 'Delvist opfyldt', 'Opfyldt']);
	await expect(measure(page, (await measureIds(page))[0]).getByLabel('Afprøvet – testet, og det virker')).toBeVisible();
});

test('filled, exported, cleared and re-imported: every field comes back', async ({ page }) => {
	test.setTimeout(120_000);
	const keys = await outcomeKeys(page);
	const ids = await measureIds(page);
	await page.getByLabel('Målniveau for alle udfald').selectOption('delvist-opfyldt');
	await page.getByLabel('Kommunens størrelse (til omkostninger og benchmark)').selectOption('mellem');
	for (const [i, key] of keys.slice(0, 4).entries()) await fillOutcome(page, key, i);
	for (const id of ids.slice(0, 3)) {
		await measure(page, id).getByLabel('Dokumenteret – besluttet og beskrevet').check();
		await measure(page, id).getByLabel('Ejer').fill(`Ejer af ${id}`);
		await measure(page, id).getByLabel('Noter').fill('Noter; med "citat"');
	}
	await measure(page, ids[1]).getByLabel('Afprøvet – testet, og det virker').check();
	const expected = await readForm(page);

	await page.reload();
	expect(await readForm(page)).toEqual(expected);

	const file = await downloadText(page, () => page.getByRole('button', { name: 'Eksportér (JSON)' }).click());
	const json = readVurdering(file.text);
	expect(json.version).toBe(2);
	expect(json.katalogVersion).toBe(await page.locator('#modenhed').getAttribute('data-katalog-version'));
	expect(json.maalniveau).toBe('delvist-opfyldt');
	expect(Object.keys(json.udfald).sort()).toEqual(keys.slice(0, 4).sort());

	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Ryd vurderingen' }).click();
	const cleared = readVurdering((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!);
	expect([cleared.udfald, cleared.vurderinger]).toEqual([{}, {}]);
	await expect(outcome(page, keys[0]).getByLabel('Ejer')).toHaveValue('');
	await expect(page.getByLabel('Målniveau for alle udfald')).toHaveValue('opfyldt');
	// Clearing keeps a backup, too.
	await expect(page.getByRole('button', { name: 'Gendan sikkerhedskopien' })).toBeVisible();

	await page
		.getByLabel('Importér en tidligere eksporteret vurdering (JSON)')
		.setInputFiles({ name: 'vurdering.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
	await page.getByRole('button', { name: 'Erstat' }).click();
	await expect(page.locator('#modenhed-besked')).toContainText('erstattet med indholdet af »vurdering.json«');
	expect(await readForm(page)).toEqual(expected);
});

test('a malformed or wrong-version file shows a Danish error and leaves the assessment untouched', async ({ page }) => {
	const [key] = await outcomeKeys(page);
	await fillOutcome(page, key, 1);
	const before = await readForm(page);
	const stored = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
	const input = page.getByLabel('Importér en tidligere eksporteret vurdering (JSON)');

	await input.setInputFiles({
		name: 'oedelagt.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "nis2-drejebogen/modenhedsvurdering", "version": 2,'),
	});
	const alert = page.locator('#modenhed-fejl');
	await expect(alert).toContainText('Filen »oedelagt.json« kunne ikke indlæses. Din nuværende vurdering er ikke ændret.');
	await expect(alert).toContainText('ikke gyldig JSON');
	await input.setInputFiles({
		name: 'ny.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: 'nis2-drejebogen/modenhedsvurdering', version: 3, vurderinger: {} })),
	});
	await expect(alert).toContainText('version 3');
	// A bad field inside a valid file is named in the preview; nothing changes until the user chooses.
	const badField = { format: 'nis2-drejebogen/modenhedsvurdering', version: 2, katalogVersion: 'x', udfald: { [key]: { karakter: 'fremragende' } } };
	await input.setInputFiles({ name: 'felt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badField)) });
	await expect(page.locator('#modenhed-forhaandsvisning')).toContainText(`feltet »vurdering« for udfald ${key} skal være`);
	await page.getByRole('button', { name: 'Annullér' }).click();
	expect(await readForm(page)).toEqual(before);
	expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(stored);
});

test('a version 1 assessment (0–4 levels) from an older catalogue is migrated without loss', async ({ page }) => {
	const ids = await measureIds(page);
	const old = {
		format: 'nis2-drejebogen/modenhedsvurdering',
		version: 1,
		katalogVersion: '2-00000000',
		katalog: [ids[0], 'f-999'],
		maalniveau: 3,
		opdateret: '2026-11-01T10:00:00.000Z',
		vurderinger: {
			[ids[0]]: { niveau: 2, noter: 'bevares', ejer: 'A', maaldato: '' },
			'f-999': { niveau: 4, noter: 'udgået foranstaltning', ejer: 'B', maaldato: '2027-01-01', titel: 'En gammel foranstaltning' },
		},
	};
	await page
		.getByLabel('Importér en tidligere eksporteret vurdering (JSON)')
		.setInputFiles({ name: 'gammel.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
	await expect(page.locator('[data-katalog]')).toContainText('2-00000000');
	await page.getByRole('button', { name: 'Flet' }).click();
	const notice = page.locator('[data-migrering]');
	await expect(notice).toContainText('anden udgave af kataloget');
	await expect(notice.locator('[data-fjernet]')).toContainText('f-999: En gammel foranstaltning');
	await expect(notice.locator('[data-tilfoejet]')).toContainText(ids[1]);
	await expect(page.locator('[data-udgaaet="f-999"]')).toContainText('udgået foranstaltning');
	await expect(measure(page, ids[0]).getByLabel('Noter')).toHaveValue('bevares');
	await expect(measure(page, ids[0]).locator('[data-tidligere-niveau]')).toContainText('niveau 2');
	const json = readVurdering((await downloadText(page, () => page.getByRole('button', { name: 'Eksportér (JSON)' }).click())).text);
	expect(json.udgaaede['f-999']).toMatchObject({ tidligereNiveau: 4, noter: 'udgået foranstaltning', titel: 'En gammel foranstaltning' });
	expect(json.vurderinger[ids[0]].tidligereNiveau).toBe(2);
	expect(json.tidligereMaalniveau).toBe(3);
});
