// What readers meet, from a walk-through as politicians, IT chiefs and coordinators: tables that
// never split a word in the middle, a menu on the phone, one label for a playbook step, a table
// of contents that lists what the page shows.
import { test, expect, type Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/**
 * Every place where a table cell's text wraps to a new line in the middle of a word, as
 * "word before|after" (empty when none). A break is fine after a space, a hyphen or a soft
 * hyphen (where the browser shows a hyphen), and nowhere else.
 */
async function midWordBreaks(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((tables) => {
		const found: string[] = [];
		const range = document.createRange();
		for (const table of tables) {
			const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				const text = node.data;
				let lastTop: number | undefined;
				for (let i = 0; i < text.length; i++) {
					if (/\s|\u00AD/.test(text[i])) continue;
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					// A character that starts a line after a soft hyphen also reports a rectangle at the end
					// of the line before (where the hyphen is drawn); the last one is where it stands.
					const rects = range.getClientRects();
					const rect = rects[rects.length - 1];
					if (!rect) continue;
					if (lastTop !== undefined && rect.top > lastTop + 2) {
						const before = text[i - 1] ?? ' ';
						if (!/[\s\u00AD\-–/]/.test(before)) found.push(`${text.slice(Math.max(0, i - 12), i)}|${text.slice(i, i + 12)}`.replace(/\u00AD/g, ''));
					}
					lastTop = rect.top;
				}
			}
		}
		return found;
	});
}

for (const viewport of [PHONE, DESKTOP]) {
	for (const [path, selector] of [
		['/krav/k-23/', '.sl-markdown-content table'],
		['/drejebog/raci-matrix/', 'table[data-view]'],
		['/opslag/sporbarhed/', 'table[data-view="sporbarhed"]'],
	] as const) {
		test(`tables on ${path} break words only between syllables at ${viewport.width} px`, async ({ page }, testInfo) => {
			await page.setViewportSize(viewport);
			await page.goto(path);
			await page.locator(selector).first().scrollIntoViewIfNeeded();
			await testInfo.attach(`${path}-${viewport.width}.png`, { body: await page.screenshot(), contentType: 'image/png' });
			expect(await midWordBreaks(page, selector)).toEqual([]);
			// The page itself never scrolls sideways; a wide matrix scrolls in its own region.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
		});
	}
}

test('the home page on a phone has a visible menu button that opens the navigation', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	const menu = page.getByRole('button', { name: 'Menu' });
	await expect(menu).toBeVisible();
	await menu.click();
	await expect(page.getByRole('link', { name: 'Krav og fortolkninger' }).or(page.getByText('Krav og fortolkninger')).first()).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

test('the 404 page shows no dates', async ({ page }) => {
	await page.goto('/404.html');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
	await expect(page.getByText('Sidst ændret')).toHaveCount(0);
	await expect(page.getByText('Sidst gennemgået')).toHaveCount(0);
});

test('the contributor guide groups its component pages under their own section, not under a range label', async ({ page }) => {
	await page.goto('/bidrag/skrivevejledning/komponenter/raci-matrix/');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.locator('summary', { hasText: /^\s*Komponenter\s*$/ })).toBeVisible();
	await expect(sidebar.getByText(/Sådan bidrager du –/)).toHaveCount(0);
	await expect(sidebar.getByRole('link', { name: 'Komponent: RACI-matrix' }).or(sidebar.locator('a[aria-current="page"]'))).toBeVisible();
});

test('"På denne side" lists the headings that generated views and page components render', async ({ page }) => {
	await page.goto('/foranstaltninger/');
	const toc = page.locator('starlight-toc');
	await expect(toc.getByRole('link', { name: 'Håndtering af hændelser' })).toBeVisible();
	await page.goto('/krav/k-23/');
	await expect(toc.getByRole('link', { name: 'Sådan opfyldes kravet' })).toBeVisible();
	await expect(toc.getByRole('link', { name: 'Kilder' })).toBeVisible();
	// Every entry leads to a heading on the page.
	for (const href of await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
		if (href === '#_top') continue;
		await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
	}
});

test('a playbook step has one label everywhere: "Trin 6.2 – title", the id in small print', async ({ page }) => {
	await page.goto('/krav/k-23/');
	const step = page.locator('[data-relation="drejebog"] a').filter({ hasText: 'd-6-02' });
	await expect(step).toContainText(/^Trin 6\.2 – /);
	await page.goto('/drejebog/d-6-02/');
	await expect(page.locator('.nis2-facts')).toContainText('Trin 6.2 i fase 6');
	await page.goto('/drejebog/raci-matrix/');
	await expect(page.locator('tr[data-step="d-6-02"] th')).toContainText(/^Trin 6\.2 – /);
});

test('the traceability matrix names measures and steps, with their codes beside the names', async ({ page }) => {
	await page.goto('/opslag/sporbarhed/');
	const row = page.locator('tr[data-krav="k-23"]');
	// Cells carry soft hyphens (src/lib/hyphenate.ts); a reader sees the words whole.
	const text = (column: string) => row.locator(`[data-col="${column}"]`).evaluate((cell) => cell.textContent.replace(/\u00AD/g, ''));
	expect(await text('foranstaltninger')).toMatch(/Procedure for rapportering af væsentlige hændelser\s*F-015/);
	expect(await text('drejebog')).toMatch(/Trin 6\.2 – .+d-6-02/);
});

test('download links say type, size and pages, and the figures match the files', async ({ page, request }) => {
	await page.goto('/briefinger/nis2-for-kommunalbestyrelsen/');
	const pdf = page.locator('[data-download-facts$=".pdf"]');
	const pdfText = await pdf.textContent();
	expect(pdfText).toMatch(/^\(PDF, [\d,]+ (kB|MB), \d+ sider\)$/);
	const pdfBytes = (await (await request.get((await pdf.getAttribute('data-download-facts'))!)).body()).length;
	expect(pdfText).toContain(`${Math.round(pdfBytes / 1000)} kB`);
	await page.goto('/skabeloner/risikovurdering/');
	const docx = page.locator('[data-download-facts$=".docx"]');
	const docxBytes = (await (await request.get('/skabeloner/risikovurdering.docx')).body()).length;
	expect(await docx.textContent()).toBe(`(Word, ${Math.round(docxBytes / 1000)} kB)`);
});

test('the data exports are linked from the overviews and the contributor guide, with their sizes', async ({ page }) => {
	for (const path of ['/krav/', '/foranstaltninger/', '/bidrag/']) {
		await page.goto(path);
		await expect(page.locator('main a[href="/opslag/data/"]').first()).toBeVisible();
	}
	await page.goto('/opslag/data/');
	for (const file of ['krav.json', 'krav.csv', 'foranstaltninger.json', 'foranstaltninger.csv', 'drejebog.json', 'drejebog.csv', 'oscal-catalog.json']) {
		await expect(page.locator(`a[href="/data/${file}"]`)).toBeVisible();
		await expect(page.locator(`[data-download-facts="/data/${file}"]`)).toHaveText(/^\((JSON|CSV til Excel), [\d,]+ kB\)$/);
	}
});

// Where a reader needs a tool, the page links to it.
for (const [path, tool] of [
	['/krav/k-23/', 'haendelsesur'],
	['/drejebog/d-6-02/', 'haendelsesur'],
	['/foranstaltninger/f-015/', 'haendelsesur'],
	['/skabeloner/haendelsesrapport/', 'haendelsesur'],
	['/konsekvenser/oekonomi/', 'omkostningsberegner'],
	['/briefinger/nis2-for-kommunalbestyrelsen/', 'omkostningsberegner'],
	['/drejebog/d-2-03/', 'modenhedsvurdering'],
] as const) {
	test(`${path} links to the tool /vaerktoejer/${tool}/`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator(`main .sl-markdown-content a[href="/vaerktoejer/${tool}/"]`).first()).toBeVisible();
	});
}

test('the reading paths send the IT chief to the cost calculator and the coordinator to the self-assessment and the incident clock', async ({ page }) => {
	await page.goto('/laeseveje/');
	const section = (id: string) => page.locator(`h2#${id}`).locator('xpath=ancestor::div[contains(@class,"sl-heading-wrapper")][1]/following-sibling::ol[1]');
	await expect(section('it-chef').locator('a[href="/vaerktoejer/omkostningsberegner/"]')).toBeVisible();
	await expect(section('informationssikkerhedskoordinator').locator('a[href="/vaerktoejer/modenhedsvurdering/"]')).toBeVisible();
	await expect(section('informationssikkerhedskoordinator').locator('a[href="/vaerktoejer/haendelsesur/"]')).toBeVisible();
});

test('the home page puts "0 fortolkninger godkendt" in context', async ({ page }) => {
	await page.goto('/');
	const figure = page.locator('.nis2-figures li').filter({ hasText: 'fortolkninger godkendt' });
	await expect(figure.locator('.nis2-figures__note')).toContainText(/er udkast/);
});

// The tools' result tables, as a coordinator or an IT chief reads them on a phone and a desktop.
for (const viewport of [PHONE, DESKTOP]) {
	test(`the incident clock's deadlines and the calculator's totals fit at ${viewport.width} px, words whole`, async ({ page }, testInfo) => {
		await page.setViewportSize(viewport);
		await page.goto('/vaerktoejer/haendelsesur/');
		await page.getByLabel('Dato', { exact: true }).first().fill('2026-10-24');
		await page.getByLabel('Klokkeslæt', { exact: true }).first().fill('10:00');
		await page.getByRole('button', { name: 'Beregn frister' }).click();
		const deadlines = page.locator('#haendelsesur-resultat table');
		await expect(deadlines.locator('tbody tr')).toHaveCount(3);
		await deadlines.scrollIntoViewIfNeeded();
		await testInfo.attach(`haendelsesur-${viewport.width}.png`, { body: await page.screenshot(), contentType: 'image/png' });
		expect(await midWordBreaks(page, '#haendelsesur-resultat table')).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
		if (viewport === PHONE) await expect(deadlines.locator('td[data-label="Senest"]').first()).toBeVisible();

		await page.goto('/vaerktoejer/omkostningsberegner/');
		const totals = page.locator('#omkostninger-total');
		await expect(totals.locator('td[data-felt="engang"]').first()).not.toBeEmpty();
		await totals.scrollIntoViewIfNeeded();
		await testInfo.attach(`omkostningsberegner-${viewport.width}.png`, { body: await page.screenshot(), contentType: 'image/png' });
		expect(await midWordBreaks(page, '#omkostninger-total')).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
	});
}
