// Collections: every page lives in the top-level content/ folder (editors never need to open src/).
// NIS2_CONTENT_DIR points the build at another tree; tests use it for bad-content fixtures.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { pageSchema } from './schemas/index.ts';
import { contentDir } from './lib/content-dir.ts';

export const collections = {
	docs: defineCollection({
		loader: glob({ base: contentDir, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
