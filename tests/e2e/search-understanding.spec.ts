// How the dialog reads what municipal staff type: abbreviations and everyday words from the
// search register, words typed without æ/ø/å, questions with words no page has, legal references,
// no junk from Pagefind's prefix fallback, suggestions when nothing matches, and the contributor
// guide out of the default results. Each test is one class of query the plain index got wrong.
import { test, expect, type Page } from '@playwright/test';

async function open(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: /Søg/ }).first().click();
	return page.getByRole('dialog', { name: 'Søg i drejebogen' });
}

async function search(page: Page, query: string) {
	const dialog = await open(page);
	await dialog.getByRole('searchbox', { name: 'Søg i drejebogen' }).fill(query);
	await expect(dialog.locator('#nis2-search-results')).toHaveAttribute('data-rendered-for', query, { timeout: 10_000 });
	return dialog;
}

const hrefs = (dialog: ReturnType<Page['getByRole']>) =>
	dialog.locator('#nis2-search-results > li > a').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));

test('an abbreviation the pages do not use finds the concept: 2FA → multifactor authentication', async ({ page }) => {
	const top = (await hrefs(await search(page, '2FA'))).slice(0, 2);
	expect(top).toContain('/krav/k-21-2-j/');
	expect(top).toContain('/foranstaltninger/f-050/');
});

test('an everyday word finds the incident pages, not the prefix fallback "h)"', async ({ page }) => {
	const dialog = await search(page, 'hackerangreb');
	const top = (await hrefs(dialog)).slice(0, 3);
	expect(top).toContain('/krav/k-21-2-b/');
	await expect(dialog.locator('.nis2-search__excerpt mark', { hasText: /^h\)?$/ })).toHaveCount(0);
});

test('"hvad koster" leads to the economy page and the cost calculator', async ({ page }) => {
	const top = (await hrefs(await search(page, 'hvad koster det'))).slice(0, 3);
	expect(top).toEqual(expect.arrayContaining(['/konsekvenser/oekonomi/', '/vaerktoejer/omkostningsberegner/']));
});

test('a word typed without æ/ø/å is searched in its Danish form, and the reader is told', async ({ page }) => {
	const dialog = await search(page, 'leverandor');
	await expect(dialog.getByRole('status')).toContainText('Søgte efter »leverandør« (du skrev »leverandor«)');
	const top = (await hrefs(dialog)).slice(0, 3);
	expect(top.some((h) => ['/krav/k-21-2-d/', '/skabeloner/leverandoerkrav/', '/foranstaltninger/f-025/'].includes(h))).toBe(true);
});

test('a question whose every word is not on one page still answers, leaving out words no page has', async ({ page }) => {
	let dialog = await search(page, 'er vandværket omfattet');
	expect((await hrefs(dialog)).slice(0, 3)).toEqual(expect.arrayContaining(['/omfattet/']));
	dialog = await search(page, 'registrering zzkvmq');
	await expect(dialog.getByRole('status')).toContainText('Ingen sider nævner »zzkvmq«, så ordet er udeladt.');
	expect((await hrefs(dialog)).slice(0, 3)).toContain('/krav/k-registrering/');
});

test('a compound no page has is searched as its parts; a near miss of a known word is a typo instead', async ({ page }) => {
	const dialog = await search(page, 'leverandøraftale');
	await expect(dialog.getByRole('status')).toContainText('Ingen sider nævner »leverandøraftale«; søgte efter »leverandør« og »aftale«.');
	expect((await hrefs(dialog)).slice(0, 3)).toContain('/foranstaltninger/f-026/');
});

test('§ and article references go to the requirement pages that cite them', async ({ page }) => {
	const cases: [string, string][] = [
		['§ 6, stk. 2', '/krav/k-6-2/'],
		['§ 7', '/krav/k-20/'],
		['art. 23', '/krav/k-23/'],
		['artikel 21, stk. 2, litra c', '/krav/k-21-2-c/'],
		['litra j', '/krav/k-21-2-j/'],
		['bilag 11.7', '/krav/k-21-2-j/'],
	];
	for (const [query, first] of cases) {
		const top = await hrefs(await search(page, query));
		expect(top[0], query).toBe(first);
		// Every result cites the reference: a requirement or a measure, not any page with the number on it.
		for (const href of top) expect(href, query).toMatch(/^\/(krav|foranstaltninger)\//);
	}
});

test('a reference no page cites says so and offers the nearest cited ones', async ({ page }) => {
	const dialog = await search(page, '§ 99');
	await expect(dialog.getByRole('status')).toContainText('Ingen sider henviser til »§ 99«.');
	await expect(dialog.locator('#nis2-search-results > li > a')).toHaveCount(0);
	await expect(dialog.getByRole('button', { name: /^§ \d+$/ }).first()).toBeVisible();
});

test('a word no page has gives no junk results but suggestions, and a suggestion searches', async ({ page }) => {
	let dialog = await search(page, 'xylofonangreb');
	await expect(dialog.getByRole('status')).toContainText('Ingen sider nævner »xylofonangreb«.');
	await expect(dialog.locator('#nis2-search-results > li > a')).toHaveCount(0);
	dialog = await search(page, 'kryptring');
	await expect(dialog.getByRole('status')).toContainText('Ingen sider nævner »kryptring«. Prøv i stedet');
	await dialog.getByRole('button', { name: 'Kryptering', exact: true }).click();
	await expect(dialog.getByRole('searchbox')).toHaveValue('Kryptering');
	await expect(dialog.locator('#nis2-search-results')).toHaveAttribute('data-rendered-for', 'Kryptering');
	expect((await hrefs(dialog)).slice(0, 3)).toContain('/krav/k-21-2-h/');
});

test('contributor-guide pages are out of the default results; switched on, they rank below reader pages', async ({ page }) => {
	let dialog = await search(page, 'komponent');
	expect((await hrefs(dialog)).filter((h) => h.startsWith('/bidrag/'))).toEqual([]);
	await dialog.getByText('Filtre').click();
	await dialog.getByLabel(/Medtag bidragsguiden/).check();
	await expect(dialog.locator('#nis2-search-results > li > a[href^="/bidrag/"]').first()).toBeVisible({ timeout: 10_000 });
	// A word both parts use: reader pages first.
	dialog = await search(page, 'godkendelse');
	await dialog.getByText('Filtre').click();
	await dialog.getByLabel(/Medtag bidragsguiden/).check();
	await expect(dialog.locator('#nis2-search-results > li > a[href^="/bidrag/"]').first()).toBeVisible({ timeout: 10_000 });
	const all = await hrefs(dialog);
	expect(all.findIndex((h) => !h.startsWith('/bidrag/'))).toBeLessThan(all.findIndex((h) => h.startsWith('/bidrag/')));
});

test('table cells and facts are separate words in the index', async ({ page }) => {
	await page.goto('/');
	const contents = await page.evaluate(async () => {
		// The built site's Pagefind, loaded from a string-typed address so TypeScript does not look for
		// the module, and typed by the calls used here.
		const url = '/pagefind/pagefind.js' as string;
		const pf = (await import(/* @vite-ignore */ url)) as {
			search(term: string): Promise<{ results: { data(): Promise<{ content: string }> }[] }>;
		};
		const out: string[] = [];
		for (const q of ['grundniveau', 'handlingsplanen']) {
			const r = await pf.search(q);
			for (const x of r.results.slice(0, 10)) out.push((await x.data()).content);
		}
		return out;
	});
	const joined = contents.join('\n');
	expect(joined).not.toMatch(/KravAntalGrundniveau|FormålHandlingsplanen|Status:Udkast/);
	expect(joined).toMatch(/Formål Handlingsplanen/);
});

test('the register and fold table are fetched from our own origin only when the search opens', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto('/krav/k-20/');
	await page.waitForLoadState('networkidle');
	expect(requests).not.toContain('/soegedata.json');
	expect(await page.content()).not.toContain('totrinsbekræftelse');
	await page.keyboard.press('Control+k');
	await expect.poll(() => requests.includes('/soegedata.json')).toBe(true);
});
