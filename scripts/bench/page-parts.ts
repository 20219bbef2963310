// What the bytes of a built page are (labels in Danish, like the rest of the bench's output): every byte of the HTML is counted once, under the innermost
// part it belongs to (the sidebar, the two tables of contents, the search dialog, the content…),
// so the parts add up to the page. Parsed with parse5 (the HTML standard's parser, with source
// offsets) rather than patterns: parts nest, and a pattern cannot tell where an element ends.
import { parse } from 'parse5';
import { readFileSync } from 'node:fs';

interface Node {
	nodeName: string;
	tagName?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	content?: { childNodes: Node[] };
	sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

/** The parts, innermost first where they nest; the first that matches an element names its bytes. */
const PARTS: { name: string; matches: (el: Node) => boolean }[] = [
	{ name: 'indlejrede scripts', matches: (el) => el.tagName === 'script' && !attr(el, 'src') && !(attr(el, 'type') ?? '').includes('json') },
	{ name: 'indlejrede styles', matches: (el) => el.tagName === 'style' },
	{ name: 'indlejret SVG', matches: (el) => el.tagName === 'svg' },
	{ name: 'På denne side (telefon)', matches: (el) => el.tagName === 'mobile-starlight-toc' },
	{ name: 'På denne side (desktop)', matches: (el) => el.tagName === 'starlight-toc' },
	{ name: 'søgedialog', matches: (el) => el.tagName === 'site-search' },
	{ name: 'sidebar: links', matches: (el) => el.tagName === 'sl-sidebar-state-persist' },
	{ name: 'sidebar: menuknap, telefonens fod', matches: (el) => el.tagName === 'nav' && hasClass(el, 'sidebar') },
	{ name: 'sidehoved', matches: (el) => el.tagName === 'header' && hasClass(el, 'header') },
	{ name: 'sidefakta, gennemgangsstatus', matches: (el) => hasClass(el, 'nis2-facts') || hasClass(el, 'nis2-review') },
	{ name: 'relationer og kilder', matches: (el) => hasClass(el, 'nis2-relations') || hasClass(el, 'nis2-citations') },
	{ name: 'printfod', matches: (el) => hasClass(el, 'nis2-print-footer') },
	{ name: 'sidefod (ret, datoer, forrige/næste)', matches: (el) => el.tagName === 'footer' },
	{ name: 'indhold', matches: (el) => hasClass(el, 'sl-markdown-content') },
	{ name: 'head (meta, links)', matches: (el) => el.tagName === 'head' },
];
const FRAME = 'ramme (titel, layout)';

const attr = (el: Node, name: string) => el.attrs?.find((a) => a.name === name)?.value;
const hasClass = (el: Node, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const childrenOf = (node: Node): Node[] => [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])];

export interface PageParts {
	bytes: number;
	/** Bytes per part; they add up to `bytes`. */
	parts: Record<string, number>;
	/** The whole sidebar navigation (links, scripts and icons inside it), for its share of the page. */
	sidebar: number;
	/** Across all parts: bytes in class and style attributes, and in Astro's scoped classes alone. */
	attributes: { class: number; style: number; scopedClasses: number };
}

/** UTF-8 bytes of one UTF-16 code unit (a surrogate pair's two halves make four). */
const utf8Bytes = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3);

export function pageParts(html: string): PageParts {
	// Each character belongs to the innermost part whose element spans it: parts are painted over
	// the page parent first, children over their parents. (Not range arithmetic: the parser places
	// text after </html> inside <body>, outside the body's own range.)
	const names = [FRAME, ...PARTS.map((p) => p.name)];
	const owner = new Uint8Array(html.length);
	let sidebar = 0;
	const walk = (node: Node, part: number) => {
		const match = node.tagName ? PARTS.findIndex((p) => p.matches(node)) : -1;
		const own = match >= 0 ? match + 1 : part;
		const loc = node.sourceCodeLocation;
		if (loc && own !== part) owner.fill(own, loc.startOffset, loc.endOffset);
		if (loc && node.tagName === 'nav' && hasClass(node, 'sidebar')) sidebar = Buffer.byteLength(html.slice(loc.startOffset, loc.endOffset));
		for (const child of childrenOf(node)) walk(child, own);
	};
	walk(parse(html, { sourceCodeLocationInfo: true }), 0);
	const counts = new Array<number>(names.length).fill(0);
	for (let i = 0; i < html.length; i++) counts[owner[i]] += utf8Bytes(html.charCodeAt(i));
	const parts = Object.fromEntries(names.map((name, i): [string, number] => [name, counts[i]]).filter(([, n]) => n));
	const sum = (pattern: RegExp) => [...html.matchAll(pattern)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
	return {
		bytes: Buffer.byteLength(html),
		parts,
		sidebar,
		attributes: { class: sum(/ class="[^"]*"/g), style: sum(/ style="[^"]*"/g), scopedClasses: sum(/ ?\bastro-[a-z0-9]{8}\b/g) },
	};
}

export const pagePartsOfFile = (file: string) => pageParts(readFileSync(file, 'utf8'));

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** A table of the parts, largest first, with each part's share of the page. */
export function formatParts(p: PageParts): string {
	const rows = Object.entries(p.parts).sort((a, b) => b[1] - a[1]);
	const width = Math.max(...rows.map(([name]) => name.length));
	const line = (name: string, n: number) => `    ${name.padEnd(width)}  ${kib(n).padStart(9)}  ${((n / p.bytes) * 100).toFixed(1).padStart(5)} %`;
	return [
		...rows.map(([name, n]) => line(name, n)),
		line('= siden', p.bytes),
		`    heraf class-attributter ${kib(p.attributes.class)} (Astros scopede klasser ${kib(p.attributes.scopedClasses)}), style-attributter ${kib(p.attributes.style)}; hele sidebaren ${kib(p.sidebar)}`,
	].join('\n');
}

// `node scripts/bench/page-parts.ts dist/krav/k-20/index.html …`: the breakdown of built pages.
if (import.meta.main) {
	for (const file of process.argv.slice(2)) console.log(`${file}\n${formatParts(pagePartsOfFile(file))}`);
}
