// The self-assessment by graded outcome: filled, exported, cleared and re-imported field by field;
// bad files rejected without touching the current assessment; older assessments migrated, not
// dropped; grades per requirement with "ikke vurderet" apart from "under målniveau"; the CSV, the
// Excel workbook (read back with ExcelJS), the Word council status (unzipped), the print view and
// the benchmark file. The data-loss paths are in tools-modenhed-datatab.spec.ts.
import { test, expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadText, parseCsv } from '../helpers/tools.ts';
import { measureIds, outcomeKeys, ready, STORAGE_KEY } from '../helpers/modenhed.ts';
import { readBenchmark, readVurdering } from '../helpers/modenhed-files.ts';

const outcome = (page: Page, key: string) => page.locator(`fieldset[data-udfald="${key}"]`);
const measure = (page: Page, id: string) => page.locator(`fieldset[data-foranstaltning="${id}"]`);

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

async function fillOutcome(page: Page, key: string, i: number) {
	const fs = outcome(page, key);
	await fs.getByLabel('Vurdering', { exact: true }).selectOption(['ikke-opfyldt', 'delvist-opfyldt', 'opfyldt'][i % 3]);
	const boxes = fs.locator('input[data-felt="indikatorer"]');
	await boxes.nth(0).check();
	await boxes.nth((await boxes.count()) - 1).check();
	await fs.getByLabel('Evidens (henvisning)').fill(`=HYPERLINK("x");dok-${i}; "citat"`);
	await fs.getByLabel('Ejer').fill(`Ejer ${i} – Ærø`);
	await fs.getByLabel('Måldato').fill(`2027-0${(i % 9) + 1}-1${i % 10}`);
	await fs.getByLabel('Noter').fill(`Noter for ${key}; semikolon;\nanden linje æøå`);
}

test.beforeEach(async ({ page }) => {
	await page.goto('/vaerktoejer/modenhedsvurdering/');
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

test('grades per requirement: "ikke vurderet" is counted apart and never as "under målniveau"; actions and CSV follow', async ({ page }) => {
	const keys = await outcomeKeys(page);
	const kravOf = (k: string) => k.split(':')[0];
	const row = (k: string) => page.locator(`#modenhed-tabel tr[data-krav="${kravOf(k)}"]`);
	const total = keys.filter((k) => kravOf(k) === kravOf(keys[0])).length;
	await expect(row(keys[0]).locator('[data-ikke-vurderet]')).toHaveText(String(total));
	await expect(row(keys[0]).locator('[data-under-maal]')).toHaveText('0');
	await expect(page.locator('#modenhed-status')).toContainText(`0 af ${keys.length} udfald er vurderet. 0 er under målniveau`);

	await outcome(page, keys[0]).getByLabel('Vurdering', { exact: true }).selectOption('ikke-opfyldt');
	await outcome(page, keys[0]).getByLabel('Ejer').fill('IT-chef; Økonomi');
	await expect(row(keys[0]).locator('[data-under-maal]')).toHaveText('1');
	await expect(row(keys[0]).locator('[data-ikke-vurderet]')).toHaveText(String(total - 1));
	await expect(page.locator(`#modenhed-handlinger li[data-udfald="${keys[0]}"]`)).toContainText('ikke opfyldt; ejer: IT-chef; Økonomi');
	await expect(page.locator(`#modenhed-ikke-vurderet li[data-udfald="${keys[0]}"]`)).toHaveCount(0);
	await expect(page.locator(`#modenhed-ikke-vurderet li[data-udfald="${keys[1]}"]`)).toHaveCount(1);
	// Lowering the target to "delvist opfyldt" keeps "ikke opfyldt" under it; "delvist opfyldt" is then on target.
	await outcome(page, keys[1]).getByLabel('Vurdering', { exact: true }).selectOption('delvist-opfyldt');
	await page.getByLabel('Målniveau for alle udfald').selectOption('delvist-opfyldt');
	await expect(page.locator('#modenhed-status')).toContainText(`2 af ${keys.length} udfald er vurderet. 1 er under målniveau`);

	const csv = await downloadText(page, () => page.getByRole('button', { name: 'Eksportér til Excel (CSV)' }).click());
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const [header, ...rows] = parseCsv(csv.text.slice(1));
	expect(header).toEqual([
		'Udfald',
		'Krav',
		'Titel',
		'Vurdering',
		'Målniveau',
		'Under målniveau',
		'Kendetegn, der passer',
		'Evidens',
		'Ejer',
		'Måldato',
		'Noter',
		'Foranstaltninger',
		'Adresse',
	]);
	expect(rows.map((r) => r[0])).toEqual(keys);
	expect(rows[0].slice(3, 6)).toEqual(['Ikke opfyldt', 'Delvist opfyldt', 'ja']);
	expect(rows[1].slice(3, 6)).toEqual(['Delvist opfyldt', 'Delvist opfyldt', 'nej']);
	expect(rows[2][5]).toBe('ikke vurderet');
	expect(rows[0][8]).toBe('IT-chef; Økonomi');
});

test('the Excel workbook opens with Danish headers, a frozen header row, filters and widths', async ({ page }) => {
	const keys = await outcomeKeys(page);
	await fillOutcome(page, keys[0], 0);
	const file = await downloadText(page, () => page.getByRole('button', { name: 'Hent som Excel-projektmappe (.xlsx)' }).click());
	expect(file.name).toMatch(/^modenhedsvurdering-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
	expect(book.worksheets.map((w) => w.name)).toEqual(['Udfald', 'Foranstaltninger', 'Handlingsliste']);
	const ws = book.getWorksheet('Udfald')!;
	expect((ws.getRow(1).values as string[]).slice(1)).toEqual([
		'Udfald',
		'Krav',
		'Titel',
		'Vurdering',
		'Målniveau',
		'Under målniveau',
		'Kendetegn, der passer',
		'Evidens',
		'Ejer',
		'Måldato',
		'Noter',
		'Foranstaltninger',
		'Adresse',
	]);
	expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
	expect(ws.autoFilter).toBeTruthy();
	expect(ws.rowCount).toBe(keys.length + 1);
	expect(ws.getRow(2).getCell(1).value).toBe(keys[0]);
	expect(ws.getRow(2).getCell(4).value).toBe('Ikke opfyldt');
	// A formula-looking text stays text in the workbook.
	expect(ws.getRow(2).getCell(8).value).toBe('=HYPERLINK("x");dok-0; "citat"');
	for (const c of ws.columns) expect(c.width).toBeGreaterThanOrEqual(8);
	const actions = book.getWorksheet('Handlingsliste')!;
	expect(actions.getRow(2).getCell(2).value).toBe(keys[0]);
	expect(book.getWorksheet('Foranstaltninger')!.getRow(1).getCell(4).value).toBe('Dokumenteret');
});

test('the Word council status holds the summary, the grades per requirement and the catalogue edition', async ({ page }) => {
	const keys = await outcomeKeys(page);
	await page.getByLabel('Kommunens størrelse (til omkostninger og benchmark)').selectOption('lille');
	await outcome(page, keys[0]).getByLabel('Vurdering', { exact: true }).selectOption('ikke-opfyldt');
	await outcome(page, keys[1]).getByLabel('Vurdering', { exact: true }).selectOption('opfyldt');
	const file = await downloadText(page, () => page.getByRole('button', { name: 'Hent årlig status (Word)' }).click());
	const dir = mkdtempSync(join(tmpdir(), 'raadsstatus-'));
	const path = join(dir, 'status.docx');
	writeFileSync(path, file.bytes);
	const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
	const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
	expect(text).toContain('Årlig NIS2-status til kommunalbestyrelsen');
	expect(text).toContain('Resumé');
	expect(text).toContain(`Kommunen har vurderet 2 af ${keys.length} udfald`);
	expect(text).toContain('Vurderinger pr. krav');
	const edition = (await page.locator('[data-udgave]').textContent())!.split('. Udskrevet')[0];
	expect(edition).toMatch(/^Katalogudgave /);
	expect(text).toContain(edition);
	expect(text).toContain('Kommunalbestyrelsen bedes beslutte');
	expect(text).toContain('Handlingsliste');
	expect(text).toMatch(/lille kommune skønsmæssigt [\d.]+ kr\. én gang/);
	// The grade table has one row per requirement with outcomes, with the counts the page shows.
	const firstRow = page.locator(`#modenhed-tabel tr[data-krav="${keys[0].split(':')[0]}"]`);
	const title = (await firstRow.locator('th').textContent())!;
	expect(text).toContain(title);
});

test('"Udskriv rapport" prints the council status: the summary on page one, then the action list, no form', async ({ page }) => {
	const keys = await outcomeKeys(page);
	for (const key of keys.slice(0, 8)) await outcome(page, key).getByLabel('Vurdering', { exact: true }).selectOption('ikke-opfyldt');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#modenhed-form')).toBeHidden();
	await expect(page.locator('#modenhed-rapport')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	const dir = mkdtempSync(join(tmpdir(), 'raadsstatus-'));
	writeFileSync(join(dir, 'r.pdf'), pdf);
	const pages = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).split('\f');
	expect(pages[0]).toContain('Årlig NIS2-status til kommunalbestyrelsen');
	expect(pages[0]).toContain('Resumé');
	expect(pages[0]).toContain('Kommunalbestyrelsen bedes beslutte');
	expect(pages[0]).not.toContain('Handlingsliste');
	expect(pages.slice(1).join('\n')).toContain('Handlingsliste');
	const all = pages.join('\n');
	expect(all).not.toContain('Vurdering pr. udfald');
	expect(all).not.toContain('Importér en tidligere');
	expect(all).toContain('Katalogudgave');
});

test('the benchmark file holds grades per outcome, size class and edition, and nothing else', async ({ page }) => {
	const keys = await outcomeKeys(page);
	await page.getByLabel('Kommunens størrelse (til omkostninger og benchmark)').selectOption('stor');
	await fillOutcome(page, keys[0], 2);
	await outcome(page, keys[1]).getByLabel('Ejer').fill('Kun ejer, ingen vurdering');
	const file = await downloadText(page, () => page.getByRole('button', { name: 'Hent anonymiseret benchmark-fil' }).click());
	const json = readBenchmark(file.text);
	expect(Object.keys(json).sort()).toEqual(['format', 'karakterer', 'katalogUdgave', 'katalogVersion', 'stoerrelse', 'version']);
	expect(json.karakterer).toEqual({ [keys[0]]: 'opfyldt' });
	expect(json.stoerrelse).toBe('stor');
	for (const secret of ['Ejer', 'Noter', 'dok-2', 'Ærø', '2027']) expect(file.text).not.toContain(secret);
});
