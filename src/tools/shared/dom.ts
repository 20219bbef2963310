// Small DOM helpers shared by the tools' browser code. Nothing here talks to the network: data
// comes from JSON embedded in the page at build time, and files are made and read locally.

/** The JSON the page embedded at build time in <script type="application/json" id=…>. */
export function embedded<T>(id: string): T {
	const node = document.getElementById(id);
	if (!node?.textContent) throw new Error(`missing embedded data #${id}`);
	return JSON.parse(node.textContent) as T;
}

export function $(root: ParentNode, selector: string): HTMLElement {
	const found = root.querySelector<HTMLElement>(selector);
	if (!found) throw new Error(`missing element ${selector}`);
	return found;
}

type Child = Node | string | false | null | undefined | Child[];

/** Builds an element; text is always set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string | boolean | undefined> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) {
		if (v === false || v === undefined) continue;
		node.setAttribute(k, v === true ? '' : v);
	}
	const add = (c: Child): void => {
		if (Array.isArray(c)) c.forEach(add);
		else if (c !== false && c !== null && c !== undefined) node.append(c);
	};
	children.forEach(add);
	return node;
}

/** Offers text or bytes as a file download, made in the browser from a blob URL. */
export function download(filename: string, data: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const a = h('a', { href: url, download: filename });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today's date on the Danish clock, for file names: 2026-11-30. */
export const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

const kr = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const fte = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
export const formatKr = (n: number) => `${kr.format(n)} kr.`;
export const formatFte = (n: number) => fte.format(n);

/** Print buttons: every tool has one, and printing needs no state. */
export function bindPrint(root: ParentNode): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print]')) button.addEventListener('click', () => window.print());
}
