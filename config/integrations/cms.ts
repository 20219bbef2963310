// Adds the form-based editor at /admin/ to the built site (src/cms/): Decap CMS copied from
// node_modules and a configuration generated from the schemas and the content that exists.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { writeAdmin } from '../../src/cms/admin-site.ts';
import { backendFromEnv } from '../../src/cms/config.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { checkedContent } from './checked-content.ts';

export function cmsEditor(): AstroIntegration {
	return {
		name: 'nis2-cms-editor',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = join(fileURLToPath(dir), 'admin');
				const { files, bytes } = writeAdmin(out, { root: process.cwd(), contentDir, backend: backendFromEnv(), content: checkedContent() });
				logger.info(`Redigeringen på /admin/ er skrevet (${files} filer fra decap-cms, ${(bytes / 1e6).toFixed(1)} MB).`);
			},
		},
	};
}
