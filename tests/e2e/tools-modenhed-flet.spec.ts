// Two copies of one assessment merge instead of overwriting each other: two tabs open at once (with
// and without the storage event), and an imported file, previewed first, then cancelled, merged
// field by field (newest wins) or replacing the assessment with a backup that can be restored.
// Each runs in Chromium against the built site.
import { test, expect } from '@playwright/test';
import { field, grade, importFile, measureIds, outcomeKeys, PAGE, STORAGE_KEY, stored, storedVurdering } from '../helpers/modenhed.ts';

test('two tabs: a change in one is merged into the other, and neither save overwrites the other', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto(PAGE);
	await b.goto(PAGE);
	const [first, second] = await measureIds(a);

	await field(a, first, 'Ejer').fill('Ejer fra fane A');
	// Tab B was opened before A's change; it learns of it through the storage event and says so.
	await expect(field(b, first, 'Ejer')).toHaveValue('Ejer fra fane A');
	await expect(b.locator('[data-flettet]')).toContainText('ændret i en anden fane og flettet ind');
	await expect(b.locator('[data-flettet]')).toContainText(`${first} ejer: »Ejer fra fane A«`);

	await field(b, second, 'Noter').fill('Noter fra fane B');
	await field(b, second, 'Implementeret').check();
	const [outcome] = await outcomeKeys(b);
	await grade(b, outcome).selectOption('delvist-opfyldt');
	await expect(grade(a, outcome)).toHaveValue('delvist-opfyldt');
	await expect(field(a, second, 'Noter')).toHaveValue('Noter fra fane B');

	// Both tabs' work is in storage and survives a reload of either tab.
	const s = await storedVurdering(a);
	expect(s.vurderinger[first].ejer).toBe('Ejer fra fane A');
	expect(s.vurderinger[second]).toMatchObject({ noter: 'Noter fra fane B', implementeret: true });
	expect(s.udfald[outcome].karakter).toBe('delvist-opfyldt');
	await a.reload();
	await expect(field(a, first, 'Ejer')).toHaveValue('Ejer fra fane A');
	await expect(field(a, second, 'Noter')).toHaveValue('Noter fra fane B');
	await expect(field(a, second, 'Implementeret')).toBeChecked();
	await expect(grade(a, outcome)).toHaveValue('delvist-opfyldt');
});

test('two tabs: a save that missed the other tab’s change merges it first (storage events not yet delivered)', async ({ page }) => {
	await page.goto(PAGE);
	const [first, second] = await measureIds(page);
	await field(page, first, 'Ejer').fill('Denne fane');
	// Another tab wrote behind this tab's back (same as a tab whose event has not arrived yet).
	const other = await storedVurdering(page);
	other.vurderinger[second] = {
		dokumenteret: true,
		implementeret: false,
		afproevet: false,
		ejer: 'Anden fane',
		noter: '',
		maaldato: '',
		tidligereNiveau: null,
	};
	other.tider[`${second}.ejer`] = Date.now() + 1000;
	other.tider[`${second}.dokumenteret`] = Date.now() + 1000;
	await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(other)]);
	await field(page, first, 'Noter').fill('Skrevet bagefter');
	const s = await storedVurdering(page);
	expect(s.vurderinger[first]).toMatchObject({ ejer: 'Denne fane', noter: 'Skrevet bagefter' });
	expect(s.vurderinger[second]).toMatchObject({ ejer: 'Anden fane', dokumenteret: true });
	await expect(page.locator('[data-flettet]')).toContainText(`${second} ejer: »Anden fane«`);
	await expect(field(page, second, 'Ejer')).toHaveValue('Anden fane');
});

test('import: the file is previewed; Annullér changes nothing, Flet keeps the newest per field, Erstat keeps a backup that can be restored', async ({
	page,
}) => {
	await page.goto(PAGE);
	const [first, second, third] = await measureIds(page);
	await field(page, first, 'Ejer').fill('Nuværende ejer');
	await field(page, second, 'Noter').fill('Nuværende noter, nyere end filen');
	const before = await stored(page);
	const catalogue = await page.locator('#modenhed').getAttribute('data-katalog-version');
	const file = {
		format: 'nis2-drejebogen/modenhedsvurdering',
		version: 2,
		katalogVersion: catalogue,
		maalniveau: 'opfyldt',
		eksporteret: '2026-11-02T09:00:00.000Z',
		opdateret: '2026-11-02T09:00:00.000Z',
		ryddet: 0,
		karantaene: [],
		udgaaede: {},
		vurderinger: {
			[first]: { ejer: 'Ejer fra filen' },
			[second]: { noter: 'Gamle noter fra filen' },
			[third]: { implementeret: true, noter: 'Kun i filen', maaldato: '2027-05-01' },
		},
		// The file's change to the first owner is newer than the browser's; its notes are older.
		tider: {
			[`${first}.ejer`]: Date.now() + 60_000,
			[`${second}.noter`]: Date.parse('2026-11-02T09:00:00Z'),
			[`${third}.implementeret`]: 1,
			[`${third}.noter`]: 1,
			[`${third}.maaldato`]: 1,
		},
	};

	await importFile(page, 'fil.json', file);
	const preview = page.locator('#modenhed-forhaandsvisning');
	await expect(preview).toBeVisible();
	await expect(preview).toContainText('Indhold af filen »fil.json«');
	await expect(preview.locator('[data-gemt]')).toContainText('2. november 2026');
	await expect(preview.locator('[data-katalog]')).toContainText('samme som nu');
	await expect(preview.locator('[data-svar]')).toHaveAttribute('data-svar', '5');
	await expect(preview.locator('[data-forskelle]')).toHaveAttribute('data-forskelle', '5');
	await expect(preview.locator('[data-forskel-liste]')).toContainText(`${first} ejer: nu »Nuværende ejer«, i filen »Ejer fra filen«`);

	await preview.getByRole('button', { name: 'Annullér' }).click();
	await expect(preview).toBeHidden();
	await expect(page.locator('#modenhed-besked')).toContainText('annulleret');
	expect(await storedVurdering(page)).toEqual(before);
	await expect(field(page, third, 'Noter')).toHaveValue('');

	await importFile(page, 'fil.json', file);
	await preview.getByRole('button', { name: 'Flet' }).click();
	await expect(page.locator('[data-importeret="flet"]')).toContainText('er flettet ind');
	await expect(field(page, first, 'Ejer')).toHaveValue('Ejer fra filen');
	await expect(field(page, second, 'Noter')).toHaveValue('Nuværende noter, nyere end filen');
	await expect(field(page, third, 'Noter')).toHaveValue('Kun i filen');
	await expect(field(page, third, 'Implementeret')).toBeChecked();
	const merged = await storedVurdering(page);

	await importFile(page, 'erstat.json', { ...file, vurderinger: { [third]: { ejer: 'Kun dette' } }, tider: {} });
	await preview.getByRole('button', { name: 'Erstat' }).click();
	await expect(page.locator('#modenhed-besked')).toContainText('erstattet med indholdet af »erstat.json«');
	await expect(field(page, first, 'Ejer')).toHaveValue('');
	await expect(field(page, second, 'Noter')).toHaveValue('');
	await expect(field(page, third, 'Ejer')).toHaveValue('Kun dette');
	await page.reload();
	await expect(field(page, third, 'Ejer')).toHaveValue('Kun dette');
	await expect(field(page, first, 'Ejer')).toHaveValue('');

	await page.getByRole('button', { name: 'Gendan sikkerhedskopien' }).click();
	await expect(page.locator('#modenhed-besked')).toContainText('er gendannet');
	await expect(field(page, first, 'Ejer')).toHaveValue('Ejer fra filen');
	await expect(field(page, second, 'Noter')).toHaveValue('Nuværende noter, nyere end filen');
	await expect(field(page, third, 'Ejer')).toHaveValue('');
	expect((await storedVurdering(page)).vurderinger).toEqual(merged.vurderinger);
});
