// The site's links to the printed documents, handled once the PDFs exist: the check that every
// "Hent som PDF" link has its file (the built-site link check skips /pdf/, because the files do
// not exist yet at build time), and the download facts ("PDF, 136 kB, 5 sider") written beside
// each link, which only the printed file can give (src/lib/download-facts.ts).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { downloadFacts, fillDownloadFacts } from '../../src/lib/download-facts.ts';
import type { Result } from './documents.ts';

/** The site's pages in `dist` (not the print documents), as paths relative to it. */
const sitePages = (dist: string) =>
	readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
		(file) => file.endsWith('.html') && !file.startsWith(`print${sep}`) && !file.startsWith(`pdf${sep}`),
	);

/** PDF links on the site's pages, as paths like /pdf/krav.pdf, with the pages linking to each. */
function linkedPdfs(dist: string): Map<string, string[]> {
	const links = new Map<string, string[]>();
	for (const file of sitePages(dist)) {
		for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/href="(\/pdf\/[^"#?]+\.pdf)"/g)) {
			links.set(m[1], [...(links.get(m[1]) ?? []), `/${file.split(sep).join('/')}`]);
		}
	}
	return links;
}

/** A problem for every linked PDF that was not produced (or is empty). */
export function missingPdfs(dist: string): string[] {
	const problems: string[] = [];
	for (const [href, pages] of linkedPdfs(dist)) {
		const file = join(dist, href);
		if (!existsSync(file) || statSync(file).size === 0)
			problems.push(
				`${href} is linked from ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}, but was not produced.`,
			);
	}
	return problems;
}

/** "PDF, 136 kB, 5 sider" beside every link to a printed document. */
export function fillPdfLinkFacts(dist: string, results: Result[]): void {
	const byHref = new Map(results.map((r) => [`/pdf/${r.key}.pdf`, downloadFacts(r.file, r.bytes, r.pages)]));
	for (const file of sitePages(dist)) {
		const path = join(dist, file);
		const html = readFileSync(path, 'utf8');
		const filled = fillDownloadFacts(html, (href) => byHref.get(href));
		if (filled !== html) writeFileSync(path, filled);
	}
}
