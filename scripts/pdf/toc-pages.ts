// Page numbers for the table of contents. Chromium's print engine cannot compute
// target-counter(), so the document is laid out twice: a layout-only rendering (everything
// visibility:hidden but a marker at every TOC target, untagged: cheap, since Chromium then writes
// almost nothing) tells through pdftotext on which page each marker landed, and the real print
// has the numbers filled in. The markers are absolutely positioned and visibility changes no
// box, so neither moves anything; the real print is checked against its named destinations.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

const run = promisify(execFile);

const MARKER_PREFIX = '@@toc:';
export const marker = (id: string) => `${MARKER_PREFIX}${id}@@`;

/** Page number (1-based) of each marker in text from pdftotext, whose pages are split by \f. */
export function findMarkerPages(text: string, ids: readonly string[]): Map<string, number> {
	const pages = text.split('\f');
	const found = new Map<string, number>();
	for (const id of ids) {
		const index = pages.findIndex((page) => page.includes(marker(id)));
		if (index >= 0) found.set(id, index + 1);
	}
	return found;
}

/** Whether poppler's pdftotext is installed; without it the TOC simply has no page numbers. */
export async function havePdftotext(): Promise<boolean> {
	try {
		await run('pdftotext', ['-v']);
		return true;
	} catch {
		return false;
	}
}

export async function pdfText(file: string): Promise<string> {
	return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** Adds the markers; returns the ids of the TOC entries. */
export function addMarkers(page: Page): Promise<string[]> {
	return page.evaluate((prefix) => {
		const ids: string[] = [];
		for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
			const id = slot.dataset.tocPage!;
			const target = document.getElementById(id);
			if (!target) continue;
			const mark = document.createElement('span');
			mark.className = 'nis2-toc-marker';
			mark.textContent = `${prefix}${id}@@`;
			mark.style.cssText = 'position:absolute;font-size:2px;line-height:1;color:#fff;white-space:nowrap;';
			(target.querySelector('h1,h2,h3,h4,h5,h6') ?? target).prepend(mark);
			ids.push(id);
		}
		return ids;
	}, MARKER_PREFIX);
}

const HIDE_ID = 'nis2-toc-layout-only';

/** Makes everything but the markers invisible (layout unchanged); returns the undo. */
export async function hideAllButMarkers(page: Page): Promise<() => Promise<void>> {
	await page.evaluate((id) => {
		const style = document.createElement('style');
		style.id = id;
		style.textContent = '* { visibility: hidden !important; } .nis2-toc-marker { visibility: visible !important; }';
		document.head.append(style);
	}, HIDE_ID);
	return () => page.evaluate((id) => document.getElementById(id)?.remove(), HIDE_ID);
}

export function removeMarkers(page: Page): Promise<void> {
	return page.evaluate(() => document.querySelectorAll('.nis2-toc-marker').forEach((m) => m.remove()));
}

/** The page numbers now written in the contents, by target id. */
export async function tocNumbers(page: Page): Promise<Map<string, number>> {
	const entries = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-toc-page]')].filter((s) => /^\d+$/.test(s.textContent ?? '')).map((s) => [s.dataset.tocPage!, Number(s.textContent)] as [string, number]),
	);
	return new Map(entries);
}

/** Page (1-based) of every named destination in a PDF, from poppler's `pdfinfo -dests`. */
export async function destinationPages(file: string): Promise<Map<string, number>> {
	const { stdout } = await run('pdfinfo', ['-dests', file], { maxBuffer: 64 * 1024 * 1024 });
	const pages = new Map<string, number>();
	for (const m of stdout.matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/gm)) pages.set(m[2], Number(m[1]));
	return pages;
}

export function fillNumbers(page: Page, numbers: Map<string, number>): Promise<void> {
	return page.evaluate((entries) => {
		document.querySelectorAll('.nis2-toc-marker').forEach((m) => m.remove());
		const byId = new Map(entries);
		for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
			const n = byId.get(slot.dataset.tocPage!);
			if (n) {
				slot.textContent = String(n);
				slot.setAttribute('aria-label', `side ${n}`);
			}
		}
	}, [...numbers]);
}
