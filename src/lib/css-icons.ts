// Starlight writes each icon as inline SVG wherever it is used, so the same paths repeat in every
// page's HTML (sidebar group carets, select carets, the edit link, previous/next). The icons listed here are
// drawn by CSS instead (src/styles/css-icons.css: a mask over the file in public/icons/), and
// iconsAsCss() swaps their inline SVG for an empty span with the same classes and size;
// iconsAsSvg() turns such spans back into Starlight's SVG for the printed documents. The
// files in public/icons/ are the one home of the paths: an SVG whose path matches one of them is
// replaced, any other SVG is left as it is.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(process.cwd(), 'public/icons');

/** Path data → icon name, from public/icons/<name>.svg. */
export const cssIcons: ReadonlyMap<string, string> = new Map(
	readdirSync(dir)
		.filter((f) => f.endsWith('.svg'))
		.map((f) => [/\sd="([^"]+)"/.exec(readFileSync(join(dir, f), 'utf8'))![1], f.replace(/\.svg$/, '')]),
);

// Starlight's <Icon>: aria-hidden, classes, fixed attributes, an optional size, one path.
const ICON_SVG = /<svg aria-hidden="true" class="([^"]*)"[^>]*?(?: style="--sl-icon-size: ([^";]+);")?><path d="([^"]+)"\s*\/?>(?:<\/path>)?<\/svg>/g;

export function iconsAsCss(html: string): string {
	return html.replace(ICON_SVG, (svg, classes: string, size: string | undefined, d: string) => {
		const name = cssIcons.get(d);
		if (!name) return svg;
		return `<span aria-hidden="true" class="${classes} nis2-icon nis2-icon--${name}"${size ? ` style="--sl-icon-size: ${size}"` : ''}></span>`;
	});
}

const iconPaths: ReadonlyMap<string, string> = new Map([...cssIcons].map(([d, name]) => [name, d]));
const ICON_SPAN = /<span aria-hidden="true" class="([^"]*) nis2-icon nis2-icon--([\w-]+)"(?: style="--sl-icon-size: ([^"]+)")?><\/span>/g;

/**
 * The inverse of iconsAsCss(), for a page's part that goes into a printed document: paper keeps
 * the vector icon Starlight wrote (a CSS mask needs the icon file and prints as a background).
 * Writes the SVG exactly as Starlight's <Icon> does; a build test compares the result with the
 * print route's own rendering.
 */
export function iconsAsSvg(html: string): string {
	return html.replace(ICON_SPAN, (span, classes: string, name: string, size: string | undefined) => {
		const d = iconPaths.get(name);
		if (!d) return span;
		return `<svg aria-hidden="true" class="${classes}" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"${size ? ` style="--sl-icon-size: ${size};"` : ''}><path d="${d}"/></svg>`;
	});
}
