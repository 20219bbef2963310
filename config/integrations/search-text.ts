// Before Pagefind indexes the built pages: block boundaries get a space, so the index text keeps
// table cells, definition terms and list items apart. Pagefind joins the text of adjacent elements
// as it stands in the HTML, and Astro writes components without whitespace between tags, so a
// facts box "<dt>Formål</dt><dd>Handlingsplanen…" was indexed as one word "FormålHandlingsplanen"
// a generated table as "KravAntalGrundniveau", and a link card's title ran into its description. Whitespace between these elements does not
// change how the page looks. Must be listed before Starlight, whose build:done hook runs Pagefind.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BLOCKS =
	'td|th|tr|thead|tbody|tfoot|table|caption|dt|dd|dl|li|ul|ol|p|div|section|aside|header|footer|nav|article|h[1-6]|figcaption|figure|summary|details|blockquote';
/** Elements whose text is left exactly as written (code keeps its layout, scripts their meaning), or a block boundary. */
const PATTERN = new RegExp(`<(pre|script|style|textarea)\\b[\\s\\S]*?</\\1>|(</(?:${BLOCKS})>|<(?:br|hr)\\b[^>]*>|</a>(?=<(?:span|div|p)\\b))(?=<)`, 'g');

export function spaceBlocks(html: string): string {
	return html.replace(PATTERN, (match, _raw: string | undefined, boundary: string | undefined) => (boundary ? `${boundary} ` : match));
}

function* htmlFiles(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* htmlFiles(path);
		else if (name.endsWith('.html')) yield path;
	}
}

export function searchText(): AstroIntegration {
	return {
		name: 'nis2-search-text',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const spaced = spaceBlocks(html);
					if (spaced !== html) writeFileSync(file, spaced);
				}
			},
		},
	};
}
