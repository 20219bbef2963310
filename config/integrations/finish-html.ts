// After Pagefind has indexed the pages, the last touches to every built HTML file (the print
// documents included), done on the files because only the finished page has what they need:
// - "På denne side" lists the headings generated views and page components render, which
//   Starlight's table of contents never sees (src/lib/page-toc.ts);
// - Danish soft hyphens in table cells (src/lib/hyphenate.ts). After indexing, so the search
//   index keeps whole words: Pagefind reads soft hyphens as part of the text, and
//   "hændelsesunderretning" would no longer find the table that names it;
// - type and size on download links to files the build wrote (Word templates, data exports;
//   src/lib/download-facts.ts). PDFs come later and are filled in by `npm run pdf`;
// - each page's printable part, finished, is kept for the print documents (print-documents.ts
//   fills them next), and the markers around it go (src/lib/print-assembly.ts).
// Starlight runs Pagefind in its own astro:build:done hook, so this integration must come after it.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hyphenateTableCells } from '../../src/lib/hyphenate.ts';
import { rebuildToc } from '../../src/lib/page-toc.ts';
import { downloadFacts, fillDownloadFacts } from '../../src/lib/download-facts.ts';
import { printablePart, PRINT_PART_START, withoutPrintMarkers } from '../../src/lib/print-assembly.ts';
import { builtPagePath } from '../../src/util/built-page-path.ts';
import { keepPrintablePart } from './printable-parts.ts';

export function finishHtml(): AstroIntegration {
	return {
		name: 'nis2-finish-html',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let changed = 0;
				const facts = (href: string) => {
					const file = join(root, decodeURIComponent(href.split('?')[0]));
					return !href.startsWith('/pdf/') && existsSync(file) ? downloadFacts(href, statSync(file).size) : undefined;
				};
				for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
					if (!file.endsWith('.html')) continue;
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const done = fillDownloadFacts(hyphenateTableCells(rebuildToc(html)), facts);
					if (done.includes(PRINT_PART_START)) keepPrintablePart(builtPagePath(file), printablePart(done, builtPagePath(file)));
					const finished = withoutPrintMarkers(done);
					// Counted before the markers go: removing them changes every page.
					if (done !== html) changed++;
					if (finished !== html) writeFileSync(path, finished);
				}
				logger.info(`Indholdsfortegnelser, orddeling i tabeller og filstørrelser færdiggjort på ${changed} sider.`);
			},
		},
	};
}
