// Starlight options: Danish-only site, our sidebar, our component overrides, search tuning.
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { sidebar } from './sidebar.ts';
import { overrides } from './overrides.ts';
import { searchRanking } from './search.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { editBaseUrl } from './edit-link.ts';

export const starlightOptions: StarlightUserConfig = {
	title: 'NIS2-drejebogen',
	description: 'Fælleskommunal NIS2-drejebog: krav, fortolkninger, foranstaltninger, økonomi og en trin-for-trin-plan for kommunerne.',
	defaultLocale: 'root',
	locales: { root: { label: 'Dansk', lang: 'da' } },
	favicon: '/favicon.svg',
	sidebar,
	components: overrides,
	routeMiddleware: ['./src/route/section-sidebar.ts', './src/route/page-meta.ts', './src/route/feeds.ts'],
	lastUpdated: true,
	editLink: { baseUrl: editBaseUrl },
	customCss: ['./src/styles/site.css', './src/styles/print.css', './src/styles/anchor-icon.css', './src/styles/css-icons.css', './src/styles/toc.css'],
	pagefind: { ranking: searchRanking },
	tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
	// Starlight only runs its Markdown plugins (asides such as :::caution) under src/content/docs by
	// default; our pages live in the top-level content tree.
	markdown: { processedDirs: [contentDir] },
};
