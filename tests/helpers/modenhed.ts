// Shared steps for the self-assessment's browser tests (tools-modenhed*.spec.ts): waiting for the
// tool, listing its outcomes and measures, finding and filling their fields, reading what it stored
// and choosing a file to import.
import type { Page } from '@playwright/test';
import { readVurdering, type VurderingFil } from './modenhed-files.ts';

export const PAGE = '/vaerktoejer/modenhedsvurdering/';
export const STORAGE_KEY = 'nis2-drejebogen:modenhedsvurdering';

/** The tool has fetched its catalogue, built the form and loaded the stored assessment. */
export const ready = async (page: Page) => void (await page.locator('#modenhed[data-klar]').waitFor({ state: 'attached' }));

export const outcomeKeys = async (page: Page) => {
	await ready(page);
	return page.locator('fieldset[data-udfald]').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.udfald!));
};
export const measureIds = async (page: Page) => {
	await ready(page);
	return page.locator('fieldset[data-foranstaltning]').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.foranstaltning!));
};

/** The assessment in localStorage, parsed (null when none is stored). */
export const stored = async (page: Page): Promise<VurderingFil | null> => {
	const text = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
	return text === null ? null : readVurdering(text);
};

/** The assessment in localStorage, for a test that has just saved one: no assessment stored fails the test here. */
export const storedVurdering = async (page: Page): Promise<VurderingFil> => {
	const s = await stored(page);
	if (s === null) throw new Error(`No assessment under ${STORAGE_KEY} in localStorage`);
	return s;
};

/** The tool attaches its import handler once its catalogue has loaded: a file chosen before that is not read. */
export const importFile = async (page: Page, name: string, content: unknown) => {
	await ready(page);
	await page
		.getByLabel('Importér en tidligere eksporteret vurdering (JSON)')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) });
};

export const outcome = (page: Page, key: string) => page.locator(`fieldset[data-udfald="${key}"]`);
export const measure = (page: Page, id: string) => page.locator(`fieldset[data-foranstaltning="${id}"]`);
/** One field of a measure, by its visible label. */
export const field = (page: Page, id: string, label: 'Ejer' | 'Måldato' | 'Noter' | 'Dokumenteret' | 'Implementeret') => measure(page, id).getByLabel(label);
/** The grade picker of an outcome. */
export const grade = (page: Page, key: string) => outcome(page, key).getByLabel('Vurdering', { exact: true });

/** Fills every field of an outcome with values that differ by i and trip CSV, formula and Danish-letter handling. */
export async function fillOutcome(page: Page, key: string, i: number) {
	const fs = outcome(page, key);
	await grade(page, key).selectOption(['ikke-opfyldt', 'delvist-opfyldt', 'opfyldt'][i % 3]);
	const boxes = fs.locator('input[data-felt="indikatorer"]');
	await boxes.nth(0).check();
	await boxes.nth((await boxes.count()) - 1).check();
	await fs.getByLabel('Evidens (henvisning)').fill(`=HYPERLINK("x");dok-${i}; "citat"`);
	await fs.getByLabel('Ejer').fill(`Ejer ${i} – Ærø`);
	await fs.getByLabel('Måldato').fill(`2027-0${(i % 9) + 1}-1${i % 10}`);
	await fs.getByLabel('Noter').fill(`Noter for ${key}; semikolon;\nanden linje æøå`);
}
