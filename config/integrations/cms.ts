// Adds the form-based editor at /admin/ to the built site (src/cms/): Decap CMS copied from
// node_modules and a configuration generated from the schemas and the content that exists.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { writeAdmin } from '../../src/cms/admin-site.ts';
import { backendFromEnv, buildCmsConfig } from '../../src/cms/config.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { takeCheckedContent } from './checked-content.ts';

export function cmsEditor(): AstroIntegration {
	// Made at the start of a build from the content the check has just validated (which is then
	// free to go), written at the end. Without a checked copy (taken already), it reads the tree itself.
	const makeConfig = () => buildCmsConfig({ root: process.cwd(), contentDir, backend: backendFromEnv(), content: takeCheckedContent() });
	let config: Record<string, unknown> | undefined;
	return {
		name: 'nis2-cms-editor',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build') config = makeConfig();
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = join(fileURLToPath(dir), 'admin');
				const { files, bytes } = writeAdmin(out, config ?? makeConfig());
				logger.info(`Redigeringen på /admin/ er skrevet (${files} filer fra decap-cms, ${(bytes / 1e6).toFixed(1)} MB).`);
			},
		},
	};
}
