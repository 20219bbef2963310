// After the build: every internal link and anchor in the generated HTML must resolve.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkBuiltLinks } from '../../src/checks/links.ts';
import { ContentError } from '../../src/checks/content/index.ts';
import { contentDir } from '../../src/lib/content-dir.ts';

export function builtSiteChecks(): AstroIntegration {
	return {
		name: 'nis2-built-site-checks',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { problems, pagesChecked, linksChecked } = checkBuiltLinks(fileURLToPath(dir), process.cwd(), contentDir);
				if (problems.length) throw new ContentError(problems);
				logger.info(`Links kontrolleret: ${linksChecked} interne links på ${pagesChecked} sider, ingen brudte.`);
			},
		},
	};
}
