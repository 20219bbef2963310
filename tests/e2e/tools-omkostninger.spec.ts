// The cost calculator's totals are exactly the sum of the per-measure figures in the published export.
import { test, expect } from '@playwright/test';
import { downloadText, parseCsv } from '../helpers/tools.ts';

interface Cost {
	engang: number;
	aarlig: number;
	aarsvaerk: number;
}
interface Measure {
	id: string;
	omkostninger: Record<'lille' | 'mellem' | 'stor', Cost>;
}

const sum = (list: Measure[], size: 'lille' | 'mellem' | 'stor') => {
	const t = list.reduce(
		(a, m) => ({
			engang: a.engang + m.omkostninger[size].engang,
			aarlig: a.aarlig + m.omkostninger[size].aarlig,
			aarsvaerk: a.aarsvaerk + m.omkostninger[size].aarsvaerk,
		}),
		{ engang: 0, aarlig: 0, aarsvaerk: 0 },
	);
	return { ...t, aarsvaerk: Math.round(t.aarsvaerk * 100) / 100 };
};

test('totals equal the sum of /data/foranstaltninger.json for every size, with and without measures in place', async ({ page }) => {
	const measures = (await (await page.request.get('/data/foranstaltninger.json')).json()) as Measure[];
	await page.goto('/vaerktoejer/omkostningsberegner/');
	const row = (name: string) => page.locator(`#omkostninger-total tr[data-raekke="${name}"]`);
	const read = async (name: string) => ({
		engang: Number(await row(name).getAttribute('data-engang')),
		aarlig: Number(await row(name).getAttribute('data-aarlig')),
		aarsvaerk: Number(await row(name).getAttribute('data-aarsvaerk')),
	});
	for (const size of ['lille', 'mellem', 'stor'] as const) {
		await page.locator(`#klasse-${size}`).check();
		expect(await read('alle')).toEqual(sum(measures, size));
		expect(await read('mangler')).toEqual(sum(measures, size));
	}
	await page.locator(`#i-brug-${measures[0].id}`).check();
	expect(await read('mangler')).toEqual(sum(measures.slice(1), 'stor'));
	await expect(page.locator('#omkostninger-status')).toContainText(`${measures.length - 1} af ${measures.length} foranstaltninger mangler`);

	// The CSV's total row agrees with the page.
	const csv = await downloadText(page, () => page.getByRole('button', { name: 'Hent som CSV (til budgetforslag)' }).click());
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const rows = parseCsv(csv.text.slice(1));
	const total = rows.at(-1)!;
	const expected = sum(measures.slice(1), 'stor');
	expect(total[0]).toBe('I alt');
	expect(total.slice(4, 7)).toEqual([String(expected.engang), String(expected.aarlig), String(expected.aarsvaerk).replace('.', ',')]);
	expect(rows.slice(1, -1).map((r) => r[0])).toEqual(measures.map((m) => m.id));
});

test('the inhabitant count picks the size class, and a diverging staff count is pointed out', async ({ page }) => {
	await page.goto('/vaerktoejer/omkostningsberegner/');
	await page.getByLabel('Antal indbyggere').fill('45000');
	await expect(page.locator('#klasse-mellem')).toBeChecked();
	await page.getByLabel('Antal ansatte').fill('16000');
	await expect(page.locator('#klasse-note')).toContainText('ligner mere en stor kommune');
	await page.getByLabel('Antal indbyggere').fill('120000');
	await expect(page.locator('#klasse-stor')).toBeChecked();
});

test('Danish numbers: "100.000" is a hundred thousand, "1.500,5" is read, and a bad number is named in Danish', async ({ page }) => {
	await page.goto('/vaerktoejer/omkostningsberegner/');
	const inhabitants = page.getByLabel('Antal indbyggere');
	await inhabitants.fill('100.000');
	await expect(page.locator('#klasse-stor')).toBeChecked();
	await expect(page.locator('#klasse-note')).toContainText('Med 100.000 indbyggere');
	await inhabitants.fill('45.000');
	await expect(page.locator('#klasse-mellem')).toBeChecked();
	await page.getByLabel('Antal ansatte').fill('1.500,5');
	await expect(page.locator('#ansatte-fejl')).toHaveCount(0);
	await expect(page.locator('#klasse-note')).toContainText('ligner mere en lille kommune');

	await inhabitants.fill('-5');
	await expect(page.locator('#indbyggere-fejl')).toHaveText('Antal indbyggere kan ikke være negativt (du skrev »-5«).');
	await expect(inhabitants).toHaveAttribute('aria-invalid', 'true');
	await inhabitants.fill('mange');
	await expect(page.locator('#indbyggere-fejl')).toHaveText('Antal indbyggere skal være et tal, fx 45.000 (du skrev »mange«).');
	await inhabitants.fill('12000');
	await expect(page.locator('#indbyggere-fejl')).toHaveCount(0);
	await expect(inhabitants).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#klasse-lille')).toBeChecked();
});

test('the CSV for the budget has Danish column names', async ({ page }) => {
	await page.goto('/vaerktoejer/omkostningsberegner/');
	const csv = await downloadText(page, () => page.getByRole('button', { name: 'Hent som CSV (til budgetforslag)' }).click());
	expect(parseCsv(csv.text.slice(1))[0]).toEqual([
		'Id',
		'Foranstaltning',
		'Niveau',
		'Status',
		'Engangsudgift (kr.)',
		'Årlig udgift (kr.)',
		'Årsværk',
		'Antagelser',
		'Adresse',
	]);
});

for (const [name, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 390, height: 844 }],
] as const) {
	test(`the running total stays in view while measures are ticked (${name})`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/vaerktoejer/omkostningsberegner/');
		const boxes = page.locator('input[name="i-brug"]');
		const total = page.locator('#omkostninger-loebende');
		const inView = async () => {
			const box = (await total.boundingBox())!;
			return box.y >= 0 && box.y + box.height <= viewport.height + 1;
		};
		for (const i of [0, Math.floor((await boxes.count()) / 2), (await boxes.count()) - 1]) {
			await boxes.nth(i).scrollIntoViewIfNeeded();
			await boxes.nth(i).check();
			expect(await inView(), `total in view after ticking measure ${i}`).toBe(true);
			const engang = Number(await page.locator('#omkostninger-total tr[data-raekke="mangler"]').getAttribute('data-engang'));
			await expect(total).toContainText(`${engang.toLocaleString('da-DK')} kr. én gang`);
		}
	});
}
