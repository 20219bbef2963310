// The site in one screen: what it is built from. Structure lives in config/ (see config/README.md).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { starlightOptions } from './config/starlight.ts';
import { contentIntegrity } from './config/integrations/content-integrity.ts';
import { builtSiteChecks } from './config/integrations/built-site-checks.ts';
import { siteMap } from './config/integrations/sitemap.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://nis2-drejebogen.example.invalid',
	trailingSlash: 'always',
	// Fixture builds in tests use their own cache so they never disturb the real build's content store.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	integrations: [contentIntegrity(), starlight(starlightOptions), siteMap(), builtSiteChecks()],
	// Danish typography: smart punctuation would turn "…" into English curly quotes; editors type
	// »…« by hand. Dashes and ellipses stay smart.
	markdown: { processor: satteri({ features: { smartPunctuation: { quotes: false } } }) },
	// Stylesheets and scripts as files, never inlined: the same few KB in every page's HTML cost
	// more than a cached request (page weight, issue 20). Astro inlines scripts below Vite's
	// assetsInlineLimit; scripts marked is:inline (the theme, which must run before paint) stay.
	build: { inlineStylesheets: 'never' },
	vite: { server: { host: '127.0.0.1' }, build: { assetsInlineLimit: 0 } },
});
