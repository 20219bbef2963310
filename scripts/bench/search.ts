// Search latency in Chromium, two ways:
// - engine: the `pagefind.search()` call alone (cold = the first query on a fresh page, which also
//   loads the WebAssembly and index chunks; warm = the median of later queries), and
// - what the reader sees: the last keystroke until the first result for the whole query is on the
//   screen, in our Search dialog and in plain Starlight's Pagefind UI (which waits 300 ms first).
// Queries are inflected Danish forms whose base forms are in the corpus.
import type { Browser, Page } from '@playwright/test';
import { serveStatic } from '../static-server.ts';
import { launchChromium } from '../launch-chromium.ts';
import { median } from './median.ts';

export const QUERIES = ['hændelserne', 'leverandørerne', 'systemerne', 'kravene', 'medarbejderne', 'forsikringerne', 'sårbarhederne', 'politikkerne'];

export interface SearchTimes {
	engineColdMs: number;
	engineWarmMedianMs: number;
	uiColdMs: number;
	uiWarmMedianMs: number;
}

async function engineTimes(page: Page): Promise<{ cold: number; warm: number[] }> {
	return page.evaluate(async (queries) => {
		// The built site's Pagefind, loaded from a string-typed address so TypeScript does not look for
		// the module, and typed by the one call used here.
		const url = '/pagefind/pagefind.js' as string;
		const pf = (await import(/* @vite-ignore */ url)) as { search(term: string): Promise<unknown> };
		let t = performance.now();
		await pf.search(queries[0]);
		const cold = performance.now() - t;
		for (const q of queries) await pf.search(q); // load every query's chunks once
		const warm: number[] = [];
		for (const q of queries) {
			t = performance.now();
			await pf.search(q);
			warm.push(performance.now() - t);
		}
		return { cold, warm };
	}, QUERIES);
}

type Ui = 'ours' | 'plain';
const SELECTORS: Record<Ui, { open: string; input: string }> = {
	ours: { open: 'button[data-open-modal]', input: '#nis2-search-input' },
	plain: { open: 'button[data-open-modal]', input: '#starlight__search input' },
};

/** Types `query` and returns ms from its last keydown to the first result for the full query. */
async function keystrokeToResult(page: Page, ui: Ui, query: string, cold = false): Promise<number> {
	const input = page.locator(SELECTORS[ui].input);
	if (!cold) {
		await input.fill('');
		await page.waitForTimeout(400); // let a pending debounce or render of the cleared field settle
	}
	await page.evaluate(
		({ ui, query }) => {
			const w = window as unknown as { __bench: { key?: number; done?: number } };
			w.__bench = {};
			const inputEl = document.querySelector<HTMLInputElement>(ui === 'ours' ? '#nis2-search-input' : '#starlight__search input')!;
			inputEl.addEventListener('keydown', () => (w.__bench.key = performance.now()));
			const ready = () => {
				if (ui === 'ours')
					return (
						document.querySelector<HTMLElement>('#nis2-search-results')?.dataset.renderedFor === query &&
						!!document.querySelector('#nis2-search-results > li')
					);
				const msg = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
				return msg.includes(query) && !!document.querySelector('#starlight__search .pagefind-ui__result-link');
			};
			const root = document.querySelector(ui === 'ours' ? 'site-search' : '#starlight__search')!;
			new MutationObserver(() => {
				if (w.__bench.done === undefined && w.__bench.key !== undefined && inputEl.value === query && ready()) w.__bench.done = performance.now();
			}).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
		},
		{ ui, query },
	);
	await input.pressSequentially(query, { delay: 40 });
	await page.waitForFunction(() => (window as unknown as { __bench: { done?: number } }).__bench.done !== undefined, null, { timeout: 30_000 });
	return page.evaluate(() => {
		const b = (window as unknown as { __bench: { key: number; done: number } }).__bench;
		return b.done - b.key;
	});
}

export async function measureSearch(dist: string, ui: Ui): Promise<SearchTimes> {
	const server = await serveStatic(dist);
	const browser: Browser = await launchChromium();
	try {
		// Engine, on a fresh page.
		let context = await browser.newContext({ baseURL: server.origin });
		let page = await context.newPage();
		await page.goto('/');
		const engine = await engineTimes(page);
		await context.close();
		// The reader's view, cold: a fresh page, open the dialog, type at once.
		context = await browser.newContext({ baseURL: server.origin });
		page = await context.newPage();
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await page.click(SELECTORS[ui].open);
		const uiCold = await keystrokeToResult(page, ui, QUERIES[0], true);
		const warm: number[] = [];
		for (const q of QUERIES.slice(1)) warm.push(await keystrokeToResult(page, ui, q));
		await context.close();
		return { engineColdMs: engine.cold, engineWarmMedianMs: median(engine.warm), uiColdMs: uiCold, uiWarmMedianMs: median(warm) };
	} finally {
		await browser.close();
		await server.close();
	}
}
