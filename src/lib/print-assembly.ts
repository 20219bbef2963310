// How a printed document gets its sections after the build, without rendering any page twice.
//
// Every page carries its printable part (facts, text, relations) between two markers
// (src/components/starlight/MarkdownContent.astro). The print route writes, for each section, a
// placeholder naming the page (src/components/print/PrintSection.astro);
// config/integrations/finish-html.ts keeps each finished page's part, and print-documents.ts
// fills the placeholders with them, rewritten for the document (print-html.ts). Rendering every
// chapter a second time in the print route made the build load every page's module at its start
// and hold a whole chapter's rendered sections at once: 150-400 MB more peak memory at 1,000
// pages (issue 20). Some sections are still rendered by the print route (renderSectionHere
// below); a build test proves that both ways give the same document
// (tests/build/print-assembly.test.ts).
import { rewriteSectionHtml } from './print-html.ts';
import { iconsAsSvg } from './css-icons.ts';
import { ownCopy } from '../util/own-copy.ts';

export const PRINT_PART_START = '<!--nis2-print-part-->';
export const PRINT_PART_END = '<!--/nis2-print-part-->';

/** What the placeholders of one document need: its sections and the site address. */
export interface DocumentSections {
	/** Page path → section id, for every page of the document, e.g. "/krav/k-20/" → "krav-k-20". */
	sections: ReadonlyMap<string, string>;
	/** Site origin (and base) for absolute links, e.g. "https://nis2.example.dk". */
	site: string;
}

// Values are percent-encoded, hyphens and quotes included, so no page name can end the comment
// ("--") or the attribute.
const encode = (value: string) => encodeURIComponent(value).replaceAll('-', '%2D');
const INDEX = /<!--nis2-print-index site="([^"]*)" sections="([^"]*)"-->/;
const PLACEHOLDER = /<!--nis2-print-section path="([^"]*)"-->/g;

/** Written once per document by the print route: which pages it holds, under which ids. */
export function documentIndex({ sections, site }: DocumentSections): string {
	const pairs = [...sections].map(([path, id]) => `${encode(path)}=${encode(id)}`).join(' ');
	return `<!--nis2-print-index site="${encode(site)}" sections="${pairs}"-->`;
}

/** Written in place of a section's content that the build fills in from the page at `path`. */
export const sectionPlaceholder = (path: string) => `<!--nis2-print-section path="${encode(path)}"-->`;

/**
 * The printable part of a built page, as its markers enclose it, with the icons the page draws by
 * CSS (css-icons.ts) written back as the SVG the print route renders. A copy, so that keeping the
 * part does not keep the whole page alive (src/util/own-copy.ts).
 */
export function printablePart(pageHtml: string, path: string): string {
	const start = pageHtml.indexOf(PRINT_PART_START);
	const end = pageHtml.indexOf(PRINT_PART_END, start);
	if (start < 0 || end < 0) throw new Error(`The built page ${path} has no printable part (no ${PRINT_PART_START} … ${PRINT_PART_END}).`);
	return ownCopy(iconsAsSvg(pageHtml.slice(start + PRINT_PART_START.length, end)));
}

/** Fills a print document's placeholders; `partOf(path)` gives a page's printable part. */
export function fillSections(documentHtml: string, partOf: (path: string) => string): { html: string; sections: number } {
	const index = INDEX.exec(documentHtml);
	if (!index) {
		if (documentHtml.includes('<!--nis2-print-section ')) throw new Error('A print document has section placeholders but no index of its sections.');
		return { html: documentHtml, sections: 0 };
	}
	const site = decodeURIComponent(index[1]);
	// Every page of the document, rendered here or not: links between them become in-document anchors.
	const sections = new Map(
		index[2]
			.split(' ')
			.filter(Boolean)
			.map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
	);
	let filled = 0;
	const html = documentHtml.replace(INDEX, '').replace(PLACEHOLDER, (_, encoded: string) => {
		const path = decodeURIComponent(encoded);
		const prefix = sections.get(path);
		if (!prefix) throw new Error(`A print placeholder names ${path}, which the document's index does not list.`);
		filled++;
		return rewriteSectionHtml(partOf(path), { prefix, sections, site, headingShift: 1 });
	});
	return { html, sections: filled };
}

/** A finished page without the markers (they only serve the assembly). */
export const withoutPrintMarkers = (html: string) => html.replaceAll(PRINT_PART_START, '').replaceAll(PRINT_PART_END, '');

/**
 * Whether the print route renders a page's section itself instead of leaving a placeholder:
 * - when the page's text imports components (MDX `import` lines). Astro attaches a component's
 *   stylesheet to the document that renders it, so only rendering them here gives the printed
 *   document their styles (the RACI matrix, the timeline, link cards). Mostly overview pages:
 *   3 of the 1,000 sections in the benchmark's catalogue, 14 of the 144 in today's documents;
 * - under `astro dev`, which runs no build:done hook to fill placeholders;
 * - when NIS2_PRINT_SECTIONS=render, for the build test that compares both ways.
 */
export function renderSectionHere(entry: { body?: string }, dev: boolean): boolean {
	return dev || process.env.NIS2_PRINT_SECTIONS === 'render' || /^import\s/m.test(entry.body ?? '');
}
