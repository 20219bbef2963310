// Shared steps for the tool tests: keyboard navigation and reading downloads.
import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Presses Tab until the focused element matches, as a keyboard-only user would. */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a visible outline (our :focus-visible style or the browser's). */
export async function expectVisibleFocus(page: Page): Promise<void> {
	const outline = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const s = getComputedStyle(el);
		return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
	});
	expect((outline.style !== 'none' && outline.width > 0) || outline.shadow !== 'none', JSON.stringify(outline)).toBeTruthy();
}

export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ text: string; bytes: Buffer; name: string }> {
	const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
	const bytes = await readFile(await download.path());
	return { text: bytes.toString('utf8'), bytes, name: download.suggestedFilename() };
}

export { parseCsv } from './csv.ts';
