// Fills the printed documents' sections with the pages' printable parts (src/lib/print-assembly.ts
// says why). Runs right after finish-html, which finishes every file, the print documents'
// own cover, contents and shells included, and keeps each page's finished part for this hook
// (printable-parts.ts): so the search text's spaces, the soft hyphens in tables and the download
// facts are in the parts already, and the big documents (5 MB each at 1,000 pages) are read and
// written once instead of in every hook: each pass over one made copies of several MB, which V8
// keeps in its large-object space until a full collection, at the end of the build where its
// memory peaks.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillSections } from '../../src/lib/print-assembly.ts';
import { takePrintableParts } from './printable-parts.ts';

export function printDocuments(): AstroIntegration {
	return {
		name: 'nis2-print-documents',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const printRoot = join(root, 'print');
				const parts = takePrintableParts();
				if (!existsSync(printRoot)) return;
				let documents = 0;
				let sections = 0;
				const partOf = (path: string) => {
					const part = parts.get(path);
					if (part === undefined) throw new Error(`A printed document names ${path}, but the build wrote no page with a printable part there.`);
					return part;
				};
				for (const file of readdirSync(printRoot, { recursive: true, encoding: 'utf8' })) {
					if (!file.endsWith('index.html')) continue;
					const path = join(printRoot, file);
					let filled: ReturnType<typeof fillSections>;
					try {
						filled = fillSections(readFileSync(path, 'utf8'), partOf);
					} catch (error) {
						// A fault in the build's own code, not in the content: say so in Danish, keep the detail for developers.
						const failure = new Error(
							`Udskriftsdokumentet dist/print/${file} kunne ikke samles (${(error as Error).message}).\n    Sådan retter du det: indholdet er ikke årsagen; giv fejlen videre til udviklerne.`,
						);
						failure.stack = '';
						throw failure;
					}
					writeFileSync(path, filled.html);
					documents++;
					sections += filled.sections;
				}
				logger.info(`Udskriftsdokumenter samlet: ${documents} dokumenter, ${sections} afsnit hentet fra de byggede sider.`);
			},
		},
	};
}
