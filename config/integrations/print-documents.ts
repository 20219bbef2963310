// Fills the printed documents' sections from the built pages (src/lib/print-assembly.ts says why).
// Must run before every hook that rewrites the built HTML (search text, finish HTML), so that a
// section is exactly the page's part as Astro wrote it, and both then pass through those hooks
// alike, as when the print route rendered its sections itself.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillSections, printablePart } from '../../src/lib/print-assembly.ts';

export function printDocuments(): AstroIntegration {
	return {
		name: 'nis2-print-documents',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const printRoot = join(root, 'print');
				if (!existsSync(printRoot)) return;
				let documents = 0;
				let sections = 0;
				const partOf = (path: string) => {
					const file = join(root, decodeURI(path), 'index.html');
					if (!existsSync(file)) throw new Error(`A printed document names ${path}, but the build wrote no ${file}.`);
					return printablePart(readFileSync(file, 'utf8'), path);
				};
				for (const file of readdirSync(printRoot, { recursive: true, encoding: 'utf8' })) {
					if (!file.endsWith('index.html')) continue;
					const path = join(printRoot, file);
					const filled = fillSections(readFileSync(path, 'utf8'), partOf);
					writeFileSync(path, filled.html);
					documents++;
					sections += filled.sections;
				}
				logger.info(`Udskriftsdokumenter samlet: ${documents} dokumenter, ${sections} afsnit hentet fra de byggede sider.`);
			},
		},
	};
}
