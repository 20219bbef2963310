// Turns a page's rendered HTML into one section of a printed document. Pages are concatenated,
// so every id gets the section's prefix (two pages both have #kilder-til-siden), links to pages
// in the same document become in-PDF anchors, and other site links become absolute addresses:
// a relative link in a PDF leads nowhere once the file is attached to a council agenda.
export interface RewriteOptions {
	/** Section id of the page being rewritten, e.g. "krav-k-20". */
	prefix: string;
	/** Page path ("/krav/k-20/") → section id, for every page in the same document. */
	sections: ReadonlyMap<string, string>;
	/** Site origin without trailing slash, e.g. "https://nis2.example.dk". */
	site: string;
	/** Demote headings by this many levels (max h6), so page headings nest under the section title. */
	headingShift?: number;
}

const ID_REFERENCE_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

export const prefixedId = (prefix: string, id: string) => `${prefix}--${id}`;

export function rewriteSectionHtml(html: string, options: RewriteOptions): string {
	const { prefix, sections, site, headingShift = 0 } = options;
	const level = (n: string) => Math.min(6, Number(n) + headingShift);
	return (
		html
			// Starlight's "link to this section" buttons are screen UI; on paper only their hidden label would show.
			.replace(/<a class="sl-anchor-link"[^>]*>[\s\S]*?<\/a>/g, '')
			.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, n: string) => `<${slash}h${level(n)}`)
			.replace(/(\sid=")([^"]+)"/g, (_, start: string, id: string) => `${start}${prefixedId(prefix, id)}"`)
			.replace(
				new RegExp(`\\s(${ID_REFERENCE_ATTRIBUTES.join('|')})="([^"]+)"`, 'g'),
				(_, name: string, ids: string) =>
					` ${name}="${ids
						.split(/\s+/)
						.map((id) => prefixedId(prefix, id))
						.join(' ')}"`,
			)
			.replace(/\shref="([^"]*)"/g, (whole, href: string) => {
				if (href.startsWith('#')) return href.length > 1 ? ` href="#${inSection(prefix, href.slice(1))}"` : whole;
				if (!href.startsWith('/') || href.startsWith('//')) return whole;
				const [pathAndQuery, hash = ''] = href.split('#', 2);
				const path = pathAndQuery.split('?')[0];
				const target = sections.get(path.endsWith('/') ? path : `${path}/`);
				if (target && path === pathAndQuery) return ` href="#${hash ? inSection(target, hash) : target}"`;
				return ` href="${site}${href}" data-site-link`;
			})
	);
}

/** Starlight's "#_top" means the page's own title, which is the section heading in print. */
const inSection = (prefix: string, id: string) => (id === '_top' ? prefix : prefixedId(prefix, id));
