// Shared steps for the self-assessment's browser tests (tools-modenhed*.spec.ts): waiting for the
// tool, listing its outcomes and measures, reading what it stored and choosing a file to import.
import type { Page } from '@playwright/test';

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
export const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)) ?? 'null');

/** The tool attaches its import handler once its catalogue has loaded: a file chosen before that is not read. */
export const importFile = async (page: Page, name: string, content: unknown) => {
	await ready(page);
	await page
		.getByLabel('Importér en tidligere eksporteret vurdering (JSON)')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) });
};
