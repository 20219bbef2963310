// What the self-assessment hands on: grades per requirement with "ikke vurderet" apart from
// "under målniveau", the action list and the CSV; the Excel workbook (read back with ExcelJS); the
// Word council status (unzipped); the print view; and the anonymised benchmark file.
import { test, expect } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadText, parseCsv } from '../helpers/tools.ts';
import { fillOutcome, outcome, outcomeKeys, PAGE } from '../helpers/modenhed.ts';
import { readBenchmark } from '../helpers/modenhed-files.ts';

/** The outcome sheet's columns, the same in the CSV and in the workbook's first sheet. */
const OUTCOME_COLUMNS = [
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
];

test.beforeEach(async ({ page }) => {
	await page.goto(PAGE);
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
	expect(header).toEqual(OUTCOME_COLUMNS);
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
	expect((ws.getRow(1).values as string[]).slice(1)).toEqual(OUTCOME_COLUMNS);
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
