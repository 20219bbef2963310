// Graded outcomes (front matter `udfald`): every core requirement page shows them as accessible
// CAF-like tables, the chapter's print route carries the same tables, and the JSON and CSV exports
// hold the same outcomes under their global keys ("k-21-2-j:u1").
import { test, expect } from '@playwright/test';
import { parseCsv } from '../helpers/tools.ts';
import { OUTCOME_RULES } from '../../src/lib/coverage-rules.ts';

interface Outcome {
	noegle: string;
	id: string;
	titel: string;
	indikatorer: Record<'ikkeOpfyldt' | 'delvistOpfyldt' | 'opfyldt', string[]>;
	cir: string[];
	foranstaltninger: string[];
}
interface KravRow {
	id: string;
	url: string;
	udfald: Outcome[];
}

const CORE = [...OUTCOME_RULES.keys()];

test('every core requirement page shows its outcomes as tables with a caption and one column per grade', async ({ page, request }) => {
	const rows = (await (await request.get('/data/krav.json')).json()) as KravRow[];
	for (const id of CORE) {
		const row = rows.find((r) => r.id === id)!;
		expect(row.udfald.length, id).toBeGreaterThanOrEqual(2);
		expect(row.udfald.length, id).toBeLessThanOrEqual(5);
		await page.goto(row.url);
		const section = page.getByRole('region', { name: 'Udfald og kendetegn' });
		await expect(section.getByRole('heading', { level: 2, name: 'Udfald og kendetegn' })).toBeVisible();
		const tables = section.getByRole('table');
		await expect(tables).toHaveCount(row.udfald.length);
		for (const [i, u] of row.udfald.entries()) {
			expect(u.noegle).toBe(`${id}:${u.id}`);
			const table = tables.nth(i);
			await expect(table.locator('caption')).toHaveText(`Kendetegn for udfald ${u.id.toUpperCase()}: ${u.titel}`);
			await expect(table.getByRole('columnheader')).toHaveText(['Ikke opfyldt', 'Delvist opfyldt', 'Opfyldt']);
			await expect(table.locator('td[data-grade="opfyldt"] li')).toHaveText(u.indikatorer.opfyldt);
			await expect(table.locator('td[data-grade="ikke-opfyldt"] li')).toHaveText(u.indikatorer.ikkeOpfyldt);
			const outcome = section.locator(`[data-udfald="${u.noegle}"]`);
			for (const f of u.foranstaltninger) await expect(outcome.locator(`a[href="/foranstaltninger/${f}/"]`)).toHaveCount(1);
		}
	}
});

test('the requirements chapter in print carries the outcome tables of every core requirement', async ({ page, request }) => {
	const rows = (await (await request.get('/data/krav.json')).json()) as KravRow[];
	await page.goto('/print/krav/');
	for (const id of CORE) {
		const row = rows.find((r) => r.id === id)!;
		for (const u of row.udfald) {
			const outcome = page.locator(`[data-udfald="${u.noegle}"]`);
			await expect(outcome, u.noegle).toHaveCount(1);
			await expect(outcome.locator('caption')).toHaveText(`Kendetegn for udfald ${u.id.toUpperCase()}: ${u.titel}`);
			await expect(outcome.locator('th[scope="col"]')).toHaveCount(3);
		}
	}
});

test('krav.csv carries the same outcomes as krav.json, as numbered columns', async ({ request }) => {
	const rows = (await (await request.get('/data/krav.json')).json()) as KravRow[];
	const [header, ...lines] = parseCsv((await (await request.get('/data/krav.csv')).body()).toString('utf8').slice(1));
	const cell = (line: string[], column: string) => line[header.indexOf(column)] ?? '';
	for (const row of rows) {
		const line = lines.find((l) => l[0] === row.id)!;
		for (const [i, u] of row.udfald.entries()) {
			const n = i + 1;
			expect(cell(line, `udfald.${n}.noegle`)).toBe(u.noegle);
			expect(cell(line, `udfald.${n}.titel`)).toBe(u.titel);
			expect(cell(line, `udfald.${n}.indikatorer.delvistOpfyldt`)).toBe(u.indikatorer.delvistOpfyldt.join(' | '));
			expect(cell(line, `udfald.${n}.foranstaltninger`)).toBe(u.foranstaltninger.join(' | '));
		}
		expect(header.includes(`udfald.${row.udfald.length + 1}.noegle`) ? cell(line, `udfald.${row.udfald.length + 1}.noegle`) : '').toBe('');
	}
});

test('a measure page lists the outcomes it serves, each linking to the outcome on its requirement page', async ({ page, request }) => {
	const rows = (await (await request.get('/data/krav.json')).json()) as KravRow[];
	const served = rows.flatMap((r) => r.udfald.filter((u) => u.foranstaltninger.includes('f-050')).map((u) => ({ r, u })));
	expect(served.length).toBeGreaterThan(0);
	await page.goto('/foranstaltninger/f-050/');
	const list = page.getByRole('region', { name: 'Udfald, foranstaltningen tjener' }).locator('[data-relation="udfald"] > li');
	await expect(list).toHaveCount(served.length);
	const { r, u } = served[0];
	await list.first().getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`${r.url}#udfald-${u.id}$`));
	await expect(page.locator(`#udfald-${u.id}`)).toHaveText(`${u.id.toUpperCase()}. ${u.titel}`);
});
