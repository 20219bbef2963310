// Our budgets, set from measurement (npm run test:budgets prints the current figures).
//
// Measured on the 39-page site (after the sidebar trim and our own search dialog):
//   HTML per page   median 27.8 KB raw / 7.4 KB gzip, max 30.5 / 8.0 KB
//   CSS per page    10.3 KB gzip (Starlight's stylesheet plus ours, the same file on every page)
//   JS per page     6.8 KB gzip: Starlight's page script, table of contents and our search dialog
//                   (Starlight's own search UI alone was 26.5 KB gzip)
// Re-measured on the 170-page site with overviews and tools (merged main, 30 Nov 2026):
//   HTML per page   median 40.6 KB raw / 10.0 KB gzip; max 98.4 / 16.7 KB (the maturity tool, the
//                   glossary, the RACI matrix: generated overviews are the largest pages)
//   CSS per page    median 11.1 KB, max 14.9 KB gzip;  JS: content 6.7 KB, tool pages up to 13.8 KB
// Re-measured after the page-weight work (issue 20: stylesheets and Starlight's small scripts as
// files, heading-link and sidebar-caret icons drawn by CSS), 210-page site, 1 Dec 2026:
//   HTML per page   median 28.5 KB raw / 6.9 KB gzip; max 94.1 / 14.6 KB (was 37.8 / 9.3 median)
//   CSS per page    median 11.9 KB, max 15.8 KB gzip;  JS: content 7.5 KB median, tool pages up to 14.6 KB
//   (at 1,000 synthetic pages, npm run bench: see the README's benchmark section)
// Re-measured after the lean sidebar and "På denne side" (no scoped class, depth style or span per
// entry) and the search, menu and theme-picker icons drawn by CSS, 227-page site, 1 Dec 2026:
//   HTML per page   median 25.5 KB raw / 7.0 KB gzip (was 33.0 / 8.0 KB); max 83.3 / 15.9 KB
//   CSS per page    median 12.8 KB, max 16.6 KB gzip;  JS: content 8.2 KB median, tool pages up to 21.8 KB
// Limits: the median page at issue 20's target (40 KB raw / 10 KB gzip at any catalogue size);
// any single page at about 1.3× the largest we have, which still catches a full sidebar (233 KB a
// page at 1,000 pages in plain Starlight); CSS and content JS with room for one more component;
// a tool page may carry its own code on top, up to 40 KB gzip.
import type { Budgets } from './budgets.ts';

export const siteBudgets: Budgets = {
	htmlRawMedian: 40 * 1024,
	htmlGzipMedian: 10 * 1024,
	htmlRaw: 128 * 1024,
	htmlGzip: 24 * 1024,
	cssGzip: 18 * 1024,
	jsGzip: 12 * 1024,
	toolJsGzip: 40 * 1024,
	contentScripts: [
		/^page\.js$/, // Starlight: prefetch, sidebar state
		/^Search\.astro_astro_type_script_index_\d+_lang\.js$/, // our search dialog
		/^(Mobile)?TableOfContents\.astro_astro_type_script_index_\d+_lang\.js$/, // Starlight's "På denne side"
		/^starlight-toc\.js$/,
		/^ec\.[\w-]+\.js$/, // Expressive Code's copy button, on pages with code blocks
		// Starlight's small component scripts, files since scripts are no longer inlined (page weight):
		/^(ThemeSelect|LanguageSelect|Page|PageFrame)\.astro_astro_type_script_index_\d+_lang\.js$/,
		/^PrintFooter\.astro_astro_type_script_index_\d+_lang\.js$/, // ours: opens <details> for Ctrl+P
	],
	toolPrefix: '/vaerktoejer/',
};
