// "På denne side" from the headings a page really has. Starlight builds its table of contents
// from the Markdown headings of the page's source, so every heading a generated view or a page
// component renders (the measure groups on /foranstaltninger/, "Sådan opfyldes kravet", "Kilder",
// the field reference's page kinds) is missing from it. This rebuilds both tables of contents
// (desktop and phone) of a built page from the h2/h3 elements in its content, in page order.
// The lists are written lean (page weight, issue 20): plain nested <ul>/<li>/<a>, without the
// scoped class, the --depth style on every element and the span around every text that
// Starlight writes, since the page carries the list twice; src/styles/toc.css styles them as
// Starlight does, the depth from the nesting. Starlight's scroll-spy script only reads the links'
// hashes and sets aria-current. Starlight is pinned exactly (package.json); a test proves the
// rebuilt list on the built site.

interface Heading {
	depth: number;
	slug: string;
	text: string;
	children: Heading[];
}

const CONTENT_START = 'class="sl-markdown-content';
const HEADING = /<h([2-6])\b[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;
const TOC_MARKERS = ['<starlight-toc', '<mobile-starlight-toc'];

const plainText = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

function contentHeadings(html: string, min: number, max: number): Heading[] {
	const start = html.indexOf(CONTENT_START);
	const end = html.indexOf('</main>', start);
	if (start < 0 || end < 0) return [];
	const roots: Heading[] = [];
	for (const [, level, slug, inner] of html.slice(start, end).matchAll(HEADING)) {
		const depth = Number(level);
		if (depth < min || depth > max || slug.startsWith('starlight__')) continue;
		const heading = { depth, slug, text: plainText(inner), children: [] };
		const parent = roots.at(-1);
		if (parent && depth > parent.depth) parent.children.push(heading);
		else roots.push(heading);
	}
	return roots;
}

/** The end of the element that opens at `start` (a <ul> that may hold nested <ul>s). */
function closingIndex(html: string, start: number, tag: string): number {
	const pattern = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
	pattern.lastIndex = start;
	let open = 0;
	for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
		open += m[0].startsWith('</') ? -1 : 1;
		if (open === 0) return m.index + m[0].length;
	}
	return -1;
}

function listHtml(items: Heading[]): string {
	const li = (h: Heading) => `<li><a href="#${h.slug}">${h.text}</a>${h.children.length ? listHtml(h.children) : ''}</li>`;
	return `<ul>${items.map(li).join('')}</ul>`;
}

export function rebuildToc(html: string): string {
	let out = html;
	for (const marker of TOC_MARKERS) {
		const at = out.indexOf(marker);
		if (at < 0) continue;
		const tag = out.slice(at, out.indexOf('>', at));
		const min = Number(/data-min-h="(\d)"/.exec(tag)?.[1] ?? 2);
		const max = Number(/data-max-h="(\d)"/.exec(tag)?.[1] ?? 3);
		const ulStart = out.slice(at).search(/<ul[\s>]/) + at;
		const ulEnd = closingIndex(out, ulStart, 'ul');
		if (ulStart < at || ulEnd < 0) continue;
		// The first entry is the page title ("Oversigt", Starlight's own label): kept, as its text.
		const first = /<li\b[^>]*><a href="#_top"[^>]*>([\s\S]*?)<\/a>/.exec(out.slice(ulStart, ulEnd));
		if (!first) continue;
		const headings = contentHeadings(out, min, max);
		const top = `<li><a href="#_top">${plainText(first[1])}</a></li>`;
		const rebuilt = listHtml(headings).replace(/^<ul>/, `<ul>${top}`);
		out = out.slice(0, ulStart) + rebuilt + out.slice(ulEnd);
	}
	return out;
}
