// Our budgets, set from measurement (npm run test:budgets prints the current figures).
//
// Measured on the 39-page site (2026, after the sidebar trim and our own search dialog):
//   HTML per page   max 30.5 KB raw, 8.0 KB gzip (median 27.8 / 7.4 KB)
//   CSS per page    10.3 KB gzip (Starlight's stylesheet plus ours, the same file on every page)
//   JS per page     6.8 KB gzip: Starlight's page script, table of contents and our search dialog
//                   (Starlight's own search UI alone was 26.5 KB gzip)
// Limits: HTML at the target (50 KB raw / 12 KB gzip a page at any catalogue size); CSS
// and JS with room for one more component but far below what Starlight's defaults cost; a tool
// page may carry its own code on top, up to 40 KB gzip.
import type { Budgets } from './budgets.ts';

export const siteBudgets: Budgets = {
	htmlRaw: 50 * 1024,
	htmlGzip: 12 * 1024,
	cssGzip: 14 * 1024,
	jsGzip: 12 * 1024,
	toolJsGzip: 40 * 1024,
	contentScripts: [
		/^page\.js$/, // Starlight: prefetch, sidebar state
		/^Search\.astro_astro_type_script_index_\d+_lang\.js$/, // our search dialog
		/^(Mobile)?TableOfContents\.astro_astro_type_script_index_\d+_lang\.js$/, // Starlight's "På denne side"
		/^starlight-toc\.js$/,
		/^ec\.[\w-]+\.js$/, // Expressive Code's copy button, on pages with code blocks
	],
	toolPrefix: '/vaerktoejer/',
};
