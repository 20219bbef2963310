// The data the search dialog needs beside Pagefind's index, built with the site as /soegedata.json
// and fetched only when a reader opens the search (never inlined in pages, so page weight stays):
// - the search register (content/data/soegeord.yaml): each concept's words and pages,
// - a fold table for words typed without æ, ø and å ("handelse" → "hændelse"), from the site's own words,
// - suggestions for a query no page matches: the register's words and the page titles.
import { foldKey, hasDanishLetter, pagefindWords } from './text.ts';

export interface RegisterEntry {
	id: string;
	begreb: string;
	ord: string[];
	/** Page addresses as in the content tree, e.g. "krav/k-21-2-j". */
	sider: string[];
}

export interface SearchData {
	/** Register concepts: each phrase is a list of fold keys, pages are URL paths, most important first. */
	entries: { id: string; begreb: string; phrases: string[][]; pages: string[] }[];
	/** Fold key → the Danish form readers most likely meant (only keys that are not themselves a word on the site). */
	fold: Record<string, string>;
	/** Words and titles to suggest when nothing matches. */
	suggestions: string[];
}

export interface SiteText {
	title: string;
	/** Every text of the page that Pagefind indexes: title, description, keywords, body. */
	text: string;
	/** Reader text (not the contributor guide, whose ASCII ids and examples like "handelse" would block folds): suggested, and its words count. */
	reader: boolean;
}

/** Most fold-table entries kept (about 30 KB); the real catalogue has fewer. */
const MAX_FOLDS = 1500;

const pageUrl = (address: string) => (address === '' ? '/' : `/${address}/`);

export function buildSearchData(register: RegisterEntry[], pages: SiteText[]): SearchData {
	const entries = register.map((e) => ({
		id: e.id,
		begreb: e.begreb,
		phrases: [...new Set([e.begreb, ...e.ord])].map((p) => pagefindWords(p).map(foldKey)).filter((p) => p.length),
		pages: e.sider.map(pageUrl),
	}));

	// Count every word form on the site; keys that are themselves an ASCII word there ("for", "data")
	// are left out, since folding them would change a query that already means something.
	const danish = new Map<string, Map<string, number>>();
	const ascii = new Set<string>();
	const registerText = register.flatMap((e) => [e.begreb, ...e.ord]).join(' ');
	for (const { text, reader } of [...pages, { text: registerText, reader: true }]) {
		for (const raw of text.split(/[^\p{L}]+/u)) {
			if (raw.length < 3) continue;
			const word = raw.toLocaleLowerCase('da');
			if (!hasDanishLetter(word)) {
				if (reader) ascii.add(word);
				continue;
			}
			const key = foldKey(word);
			const forms = danish.get(key) ?? new Map<string, number>();
			forms.set(word, (forms.get(word) ?? 0) + 1);
			danish.set(key, forms);
		}
	}
	// Bounded so the file stays small at any catalogue size: forms in titles and the register
	// always, other forms by how often the site uses them.
	const always = new Set(
		[...pages.map((p) => p.title), registerText]
			.join(' ')
			.split(/[^\p{L}]+/u)
			.map(foldKey),
	);
	const total = (forms: Map<string, number>) => [...forms.values()].reduce((a, b) => a + b, 0);
	const kept = [...danish]
		.filter(([key, forms]) => !ascii.has(key) && (always.has(key) || total(forms) >= 2))
		.sort((a, b) => Number(always.has(b[0])) - Number(always.has(a[0])) || total(b[1]) - total(a[1]))
		.slice(0, MAX_FOLDS)
		.sort(([a], [b]) => a.localeCompare(b));
	const fold: Record<string, string> = {};
	for (const [key, forms] of kept) fold[key] = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];

	const suggestions = [...new Set([...register.flatMap((e) => [e.begreb, ...e.ord]), ...pages.filter((p) => p.reader).map((p) => p.title)])];
	return { entries, fold, suggestions };
}
