// The site in one screen: what it is built from. Structure lives in config/ (see config/README.md).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl } from './src/lib/site-address.ts';
import { starlightOptions } from './config/starlight.ts';
import { contentIntegrity } from './config/integrations/content-integrity.ts';
import { builtSiteChecks } from './config/integrations/built-site-checks.ts';
import { siteMap } from './config/integrations/sitemap.ts';
import { finishHtml } from './config/integrations/finish-html.ts';
import { searchText } from './config/integrations/search-text.ts';
import { cmsEditor } from './config/integrations/cms.ts';
import { printDocuments } from './config/integrations/print-documents.ts';

export default defineConfig({
	// SITE_URL in production; otherwise the local preview's own address (src/lib/site-address.ts).
	site: siteUrl,
	trailingSlash: 'always',
	// Fixture builds in tests use their own cache so they never disturb the real build's content store.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	// searchText before starlight: it spaces the HTML that Starlight's build:done hook then indexes with Pagefind.
	// finishHtml after starlight: it rewrites the HTML once Pagefind has indexed it, and keeps each
	// page's finished printable part for printDocuments, right after it.
	integrations: [contentIntegrity(), searchText(), starlight(starlightOptions), siteMap(), finishHtml(), printDocuments(), cmsEditor(), builtSiteChecks()],
	// Danish typography: smart punctuation would turn "…" into English curly quotes; editors type
	// »…« by hand. Dashes and ellipses stay smart.
	markdown: { processor: satteri({ features: { smartPunctuation: { quotes: false } } }) },
	// Stylesheets and scripts as files, never inlined: the same few KB in every page's HTML cost
	// more than a cached request (page weight, issue 20). Astro inlines scripts below Vite's
	// assetsInlineLimit; scripts marked is:inline (the theme, which must run before paint) stay.
	build: { inlineStylesheets: 'never' },
	vite: { server: { host: '127.0.0.1' }, build: { assetsInlineLimit: 0 } },
});
