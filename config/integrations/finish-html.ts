// After Pagefind has indexed the pages, the last touches to every built HTML file (the print
// documents included), done on the files because only the finished page has what they need:
// - "På denne side" lists the headings generated views and page components render, which
//   Starlight's table of contents never sees (src/lib/page-toc.ts);
// - Danish soft hyphens in table cells (src/lib/hyphenate.ts). After indexing, so the search
//   index keeps whole words: Pagefind reads soft hyphens as part of the text, and
//   "hændelsesunderretning" would no longer find the table that names it.
// Starlight runs Pagefind in its own astro:build:done hook, so this integration must come after it.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hyphenateTableCells } from '../../src/lib/hyphenate.ts';
import { rebuildToc } from '../../src/lib/page-toc.ts';

export function finishHtml(): AstroIntegration {
	return {
		name: 'nis2-finish-html',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let changed = 0;
				for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
					if (!file.endsWith('.html')) continue;
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const finished = hyphenateTableCells(rebuildToc(html));
					if (finished !== html) {
						writeFileSync(path, finished);
						changed++;
					}
				}
				logger.info(`Indholdsfortegnelser og orddeling i tabeller færdiggjort på ${changed} sider.`);
			},
		},
	};
}
