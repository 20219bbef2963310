// The self-assessment never loses work: one test per way an assessment used to be lost (an
// over-long or mistyped field, a stored entry that is partly unreadable, storage full or blocked, a
// catalogue that cannot be fetched), and the messages pass axe. Two tabs and imports are in
// tools-modenhed-flet.spec.ts. Each runs in Chromium against the built site.
import { test, expect } from '@playwright/test';
import { downloadText } from '../helpers/tools.ts';
import { field, grade, importFile, measureIds, outcomeKeys, PAGE, STORAGE_KEY, storedVurdering } from '../helpers/modenhed.ts';
import { readVurdering } from '../helpers/modenhed-files.ts';

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
