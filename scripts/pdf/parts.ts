// Splitting a print page into parts that Chromium prints separately. Chromium's printing of one
// huge document is strongly superlinear (measured at 1,000 synthetic pages: 0.24 s per page for
// a 1,500-page document against 0.03 s for a 100-page one), and one changed page reprinted its
// whole document. A part is the front matter (cover and contents) or a run of whole sections:
// every section starts on a new page (break-before: page in print-document/sections.css), so a section
// lays out the same alone as in the whole document, and the parts' pages concatenate into the
// document's pages (merge.ts).
//
// Cut points depend on the sections themselves, not on running byte counts alone: a part ends
// once it holds at least half the target size and the next section's id hashes to a cut, or once
// it reaches twice the target. So a longer or shorter page moves at most the cut next to it, and
// after a one-page change the other parts keep their HTML and come from the cache.
//
// String level on purpose: the print page is our own generated markup (src/pages/print/), with
// one `<main>` whose children are the cover, the contents and the `nis2-print-section`s, so a
// DOM parse of a 10 MB page would only cost time.
import { createHash } from 'node:crypto';

/** One printable part of a document. */
export interface Part {
	/** "front" or "body-<n>" (n from 1), for reports. */
	name: string;
	/** The part's own HTML: the print page's head and body wrapper around its share of `<main>`. */
	html: string;
	/** Ids of the elements this part really contains (its named destinations are the document's). */
	ids: Set<string>;
}

export interface SplitDocument {
	/** Front matter with empty contents page slots; numbered by withTocNumbers(). */
	front: Part;
	body: Part[];
	/** Contents targets in order (the `data-toc-page` slots). */
	tocIds: string[];
}

/**
 * Default target size of a body part (parts come out at 0.5–2 times it, mostly below 1): at
 * ≈ 3.8 KB of HTML a printed page, mostly 50–100 pages, where Chromium still prints at its
 * small-document rate. Smaller parts cost more than they save: each is a page load and a print
 * of its own (measured on the real site: 200 KB parts took longer than 400 KB ones).
 */
export const DEFAULT_PART_BYTES = 400_000;

// The page-number box is stamped by page-numbers.ts after merging (a part cannot know its page
// offset or the document's total): switched off here, wherever the print stylesheet sets it.
const PART_STYLE = '<style>@page { @bottom-right { content: none; } }</style>';

const SECTION = /<section class="nis2-print-section"[^>]*?\sid="([^"]+)"/g;
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const linkTargets = (html: string) => new Set([...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => decodeAttr(m[1])));
const decodeAttr = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
const encodeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Deterministic 32-bit hash of a section id: where a cut may fall. */
const cutHash = (id: string) => createHash('sha1').update(id).digest().readUInt32BE(0);

/**
 * Chromium writes a link (and its named destination) only when the target is in the same
 * document, and a destination only for a target some link in the document points at. So each
 * part gets (a) an empty, zero-size element for every target it links to but does not contain,
 * whose destination the merge discards, and (b) an unrendered link to every element it contains
 * that another part links to, so its destination is written here, where the element is.
 */
function anchorsFor(ownIds: Set<string>, ownLinks: Set<string>, linkedAnywhere: Set<string>): string {
	const stubs = [...ownLinks].filter((id) => !ownIds.has(id));
	const wanted = [...linkedAnywhere].filter((id) => ownIds.has(id) && !ownLinks.has(id));
	if (stubs.length === 0 && wanted.length === 0) return '';
	return (
		`<div aria-hidden="true" style="position:absolute;top:0;left:0;width:0;height:0;overflow:hidden">` +
		stubs.map((id) => `<span id="${encodeAttr(id)}"></span>`).join('') +
		`</div>` +
		(wanted.length ? `<div style="display:none">${wanted.map((id) => `<a href="#${encodeAttr(id)}" tabindex="-1"></a>`).join('')}</div>` : '')
	);
}

export class UnexpectedPrintPage extends Error {}

/** Splits a print page; `partBytes` is the target size of a body part in bytes of HTML. */
export function splitDocument(html: string, partBytes = DEFAULT_PART_BYTES): SplitDocument {
	const mainOpen = html.indexOf('<main>');
	const mainClose = html.lastIndexOf('</main>');
	const starts = [...html.matchAll(SECTION)].map((m) => ({ at: m.index, id: m[1] }));
	if (mainOpen < 0 || mainClose < mainOpen || starts.length === 0 || starts[0].at < mainOpen) {
		throw new UnexpectedPrintPage('the print page has no <main> with nis2-print-section elements (src/pages/print/ changed?)');
	}
	const headEnd = html.indexOf('</head>');
	const before = html.slice(0, headEnd) + PART_STYLE + html.slice(headEnd, mainOpen + '<main>'.length);
	const after = html.slice(mainClose);

	// Sections grouped into chunks at content-defined cut points.
	const chunks: string[] = [];
	let chunkStart = starts[0].at;
	for (let i = 1; i <= starts.length; i++) {
		const end = i < starts.length ? starts[i].at : mainClose;
		const size = end - chunkStart;
		if (i === starts.length) {
			chunks.push(html.slice(chunkStart, end));
			break;
		}
		const cut = size >= 2 * partBytes || (size >= partBytes / 2 && cutHash(starts[i].id) % 4 === 0);
		if (cut) {
			chunks.push(html.slice(chunkStart, end));
			chunkStart = end;
		}
	}

	const frontHtml = html.slice(mainOpen + '<main>'.length, starts[0].at);
	const pieces = [frontHtml, ...chunks];
	const linkedAnywhere = new Set(pieces.flatMap((p) => [...linkTargets(p)]));
	const make = (name: string, piece: string): Part => {
		const ids = idsOf(piece);
		// Inside the part's first element (the cover, or a section): anywhere else the stand-ins'
		// box would sit before that element's page break or after the last one, and make a page.
		const at = piece.indexOf('>', piece.indexOf('<')) + 1;
		return { name, ids, html: before + piece.slice(0, at) + anchorsFor(ids, linkTargets(piece), linkedAnywhere) + piece.slice(at) + after };
	};
	return {
		front: make('front', frontHtml),
		body: chunks.map((chunk, i) => make(`body-${i + 1}`, chunk)),
		tocIds: [...frontHtml.matchAll(/data-toc-page="([^"]+)"/g)].map((m) => decodeAttr(m[1])),
	};
}

/** The front matter with its contents page numbers filled in (ids without a number stay empty). */
export function withTocNumbers(front: Part, numbers: ReadonlyMap<string, number>): Part {
	const html = front.html.replace(/(<span class="nis2-print-toc__page" data-toc-page="([^"]+)")(><\/span>)/g, (all, open: string, id: string) => {
		const n = numbers.get(decodeAttr(id));
		return n === undefined ? all : `${open} aria-label="side ${n}">${n}</span>`;
	});
	return { ...front, html };
}
