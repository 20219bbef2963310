// The self-assessment never loses work: one test per way an assessment used to be lost (two tabs,
// an import, an over-long or mistyped field, a stored entry that is partly unreadable, storage full
// or blocked). Each runs in Chromium against the built site.
import { test, expect, type Page } from '@playwright/test';
import { downloadText } from '../helpers/tools.ts';
import { importFile, measureIds, outcomeKeys, PAGE, STORAGE_KEY, stored, storedVurdering } from '../helpers/modenhed.ts';
import { readVurdering } from '../helpers/modenhed-files.ts';

const field = (page: Page, id: string, label: 'Ejer' | 'Måldato' | 'Noter' | 'Dokumenteret' | 'Implementeret') =>
	page.locator(`fieldset[data-foranstaltning="${id}"]`).getByLabel(label);
const grade = (page: Page, key: string) => page.locator(`fieldset[data-udfald="${key}"]`).getByLabel('Vurdering', { exact: true });

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

test('limits where the user types: notes stop at 10,000 characters, a five-digit year is refused, and the next visit keeps everything', async ({ page }) => {
	await page.goto(PAGE);
	const [first, second] = await measureIds(page);
	await expect(field(page, first, 'Noter')).toHaveAttribute('maxlength', '10000');
	await expect(field(page, first, 'Ejer')).toHaveAttribute('maxlength', '200');
	await expect(field(page, first, 'Måldato')).toHaveAttribute('min', '1900-01-01');
	await expect(field(page, first, 'Måldato')).toHaveAttribute('max', '2100-12-31');

	await field(page, first, 'Implementeret').check();
	await field(page, first, 'Ejer').fill('IT-chef');
	await field(page, first, 'Noter').fill('æ'.repeat(10_050));
	await expect(field(page, first, 'Noter')).toHaveValue('æ'.repeat(10_000));
	await field(page, second, 'Måldato').fill('2027-03-01');
	// A mistyped year: the browser accepts up to six digits in a date field unless it is told otherwise.
	await field(page, second, 'Måldato').evaluate((el: HTMLInputElement) => {
		el.value = '20271-03-01';
		el.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await expect(page.locator(`#maaldato-${second}-fejl`)).toContainText('Måldatoen er ikke gemt: året skal ligge mellem 1900 og 2100');
	await expect(field(page, second, 'Måldato')).toHaveAttribute('aria-invalid', 'true');
	expect((await storedVurdering(page)).vurderinger[second].maaldato).toBe('2027-03-01');

	await page.reload();
	await expect(field(page, first, 'Implementeret')).toBeChecked();
	await expect(field(page, first, 'Ejer')).toHaveValue('IT-chef');
	await expect(field(page, first, 'Noter')).toHaveValue('æ'.repeat(10_000));
	await expect(field(page, second, 'Måldato')).toHaveValue('2027-03-01');
	await expect(page.locator('#modenhed-fejl')).toBeEmpty();
});

test('a stored assessment with broken fields loads field by field: each bad field is quarantined and named, the rest kept', async ({ page }) => {
	await page.goto(PAGE);
	const [first, second] = await measureIds(page);
	const catalogue = await page.locator('#modenhed').getAttribute('data-katalog-version');
	// What the old tool could leave behind: a 10,001-character note and a five-digit year.
	const broken = {
		format: 'nis2-drejebogen/modenhedsvurdering',
		version: 1,
		katalogVersion: catalogue,
		maalniveau: 4,
		opdateret: '2026-11-20T12:00:00.000Z',
		vurderinger: {
			[first]: { niveau: 2, ejer: 'Bevaret ejer', noter: 'x'.repeat(10_001), maaldato: '2027-01-01' },
			[second]: { niveau: 1, ejer: 'Anden ejer', noter: 'Bevarede noter', maaldato: '20271-01-01' },
		},
		udgaaede: {},
	};
	await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(broken)]);
	await page.reload();

	const alert = page.locator('#modenhed-fejl');
	await expect(alert).toContainText('2 felter i den gemte vurdering kunne ikke læses');
	await expect(alert).toContainText(`feltet »noter« for foranstaltning ${first} er længere end 10.000 tegn`);
	await expect(alert).toContainText(`feltet »måldato« for foranstaltning ${second}`);
	// The old 0–4 level is kept and shown with its measure.
	await expect(page.locator(`fieldset[data-foranstaltning="${first}"] [data-tidligere-niveau]`)).toContainText('niveau 2');
	await expect(field(page, first, 'Ejer')).toHaveValue('Bevaret ejer');
	await expect(field(page, first, 'Måldato')).toHaveValue('2027-01-01');
	await expect(field(page, second, 'Noter')).toHaveValue('Bevarede noter');
	await expect(field(page, second, 'Ejer')).toHaveValue('Anden ejer');
	// The bad values themselves are kept aside, shown, and exported.
	const quarantine = page.locator('#modenhed-karantaene');
	await expect(quarantine).toBeVisible();
	await expect(quarantine.locator('li')).toHaveCount(2);
	await expect(quarantine).toContainText('20271-01-01');
	expect(await page.evaluate((k) => localStorage.getItem(k), `${STORAGE_KEY}:ulaeselig`)).toBe(JSON.stringify(broken));
	const file = readVurdering((await downloadText(page, () => page.getByRole('button', { name: 'Eksportér (JSON)' }).click())).text);
	expect(file.karantaene.map((k) => k.raa)).toContain(JSON.stringify('20271-01-01'));
	// The tool's own export of it is accepted again.
	await page.reload();
	await importFile(page, 'egen.json', file);
	await expect(page.locator('#modenhed-forhaandsvisning')).toBeVisible();
});

test('storage full: a Danish message at once, the answers kept on the page, and the export equals the screen', async ({ page }) => {
	await page.goto(PAGE);
	const [first] = await measureIds(page);
	await field(page, first, 'Ejer').fill('Gemt før lageret blev fuldt');
	// Fill this site's localStorage to the browser's real quota.
	await page.evaluate(() => {
		let i = 0;
		for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
			for (;;) {
				try {
					localStorage.setItem(`fyld-${i++}`, 'x'.repeat(size));
				} catch {
					break;
				}
			}
		}
	});
	const long = 'Noter skrevet efter, at lageret blev fuldt. '.repeat(20);
	await field(page, first, 'Noter').fill(long);
	const problem = page.locator('#modenhed-lager [data-lagerproblem="fuldt"]');
	await expect(problem).toBeVisible();
	await expect(problem).toContainText('browserens lager for dette websted er fuldt');
	await expect(problem).toContainText('Dine svar er bevaret på denne side');
	const file = readVurdering((await downloadText(page, () => problem.getByRole('button', { name: 'Eksportér vurderingen nu (JSON)' }).click())).text);
	expect(file.vurderinger[first]).toMatchObject({ ejer: 'Gemt før lageret blev fuldt', noter: long });
	await expect(field(page, first, 'Noter')).toHaveValue(long);
	await expect(page.locator('#modenhed-status')).toContainText('0 af');
	// The report on screen follows the in-memory assessment too.
	const [outcome] = await outcomeKeys(page);
	await grade(page, outcome).selectOption('ikke-opfyldt');
	await expect(page.locator('#modenhed-status')).toContainText('1 af');
	const again = readVurdering((await downloadText(page, () => page.getByRole('button', { name: 'Eksportér (JSON)' }).click())).text);
	expect(again.udfald[outcome].karakter).toBe('ikke-opfyldt');

	// Once there is room again, the next change is saved and the message goes.
	await page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('fyld-'))
			.forEach((k) => localStorage.removeItem(k)),
	);
	await field(page, first, 'Dokumenteret').check();
	await expect(page.locator('#modenhed-lager')).toContainText('gemmes igen');
	expect((await storedVurdering(page)).vurderinger[first]).toMatchObject({ noter: long, dokumenteret: true });
	expect((await storedVurdering(page)).udfald[outcome].karakter).toBe('ikke-opfyldt');
});

test('storage blocked: the tool says so at once, works in memory and exports what is on screen', async ({ page }) => {
	// What Chromium does when site data is blocked: touching window.localStorage throws a SecurityError.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
			},
		});
	});
	await page.goto(PAGE);
	const problem = page.locator('#modenhed-lager [data-lagerproblem="blokeret"]');
	await expect(problem).toBeVisible();
	await expect(problem).toContainText('Browseren tillader ikke, at værktøjet gemmer');
	const [first] = await measureIds(page);
	const [outcome] = await outcomeKeys(page);
	await grade(page, outcome).selectOption('opfyldt');
	await field(page, first, 'Ejer').fill('Kun i hukommelsen');
	await expect(page.locator('#modenhed-status')).toContainText('1 af');
	const file = readVurdering((await downloadText(page, () => page.getByRole('button', { name: 'Eksportér (JSON)' }).click())).text);
	expect(file.vurderinger[first]).toMatchObject({ ejer: 'Kun i hukommelsen' });
	expect(file.udfald[outcome].karakter).toBe('opfyldt');
});

test('the messages, the quarantine and the import preview pass axe too', async ({ page }) => {
	test.setTimeout(150_000);
	const AxeBuilder = (await import('@axe-core/playwright')).default;
	await page.goto(PAGE);
	const [first] = await measureIds(page);
	const catalogue = await page.locator('#modenhed').getAttribute('data-katalog-version');
	const broken = {
		format: 'nis2-drejebogen/modenhedsvurdering',
		version: 2,
		katalogVersion: catalogue,
		vurderinger: { [first]: { noter: 'x'.repeat(10_001), ejer: 'Bevaret' } },
	};
	await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(broken)]);
	await page.reload();
	await expect(page.locator('#modenhed-karantaene')).toBeVisible();
	await importFile(page, 'fil.json', { ...broken, vurderinger: { [first]: { ejer: 'Fra filen' } } });
	await expect(page.locator('#modenhed-forhaandsvisning')).toBeVisible();
	await page
		.locator('#modenhed-karantaene details')
		.first()
		.evaluate((d: HTMLDetailsElement) => (d.open = true));
	const results = await new AxeBuilder({ page })
		.include('#modenhed-form > :not(#modenhed-udfald):not(#modenhed-foranstaltninger)')
		.include('#modenhed-rapport')
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a catalogue that cannot be fetched: a Danish message, and the stored assessment is not touched', async ({ page }) => {
	await page.goto(PAGE);
	const [first] = await measureIds(page);
	await field(page, first, 'Ejer').fill('Skal overleve');
	const before = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
	await page.route('**/vaerktoejer/modenhedsvurdering/katalog.json', (route) => route.abort('failed'));
	await page.reload();
	await expect(page.locator('#modenhed-fejl')).toContainText(
		'Skemaet kunne ikke indlæses. Kataloget kunne ikke hentes fra sitet. Genindlæs siden. Din gemte vurdering er ikke rørt.',
	);
	expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(before);
	await page.unroute('**/vaerktoejer/modenhedsvurdering/katalog.json');
	await page.reload();
	await expect(field(page, first, 'Ejer')).toHaveValue('Skal overleve');
});
