// Values that go into an inline <style> or <script> element are not HTML-escaped by Astro
// (set:html), and "</style>" or "</script>" inside them would end the element and let the rest
// run as markup. These helpers escape for the element's own language as well as for that.

/** A CSS string literal that cannot end its <style> element: quotes, backslashes and "<" escaped. */
export function cssString(text: string): string {
	return `"${text
		.replace(/\\/g, '\\\\')
		.replace(/"/g, '\\"')
		.replace(/[\r\n]+/g, ' ')
		.replace(/</g, '\\3c ')
		.replace(/>/g, '\\3e ')}"`;
}

/** JSON for a <script type="application/json"> element: "<", ">", "&" and line separators escaped. */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
