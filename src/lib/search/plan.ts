// Reads a reader's query before Pagefind sees it: legal references, search-register phrases,
// question words and words typed without æ, ø and å. Pure, so the unit tests run it as the dialog does.
import type { SearchData } from './search-data.ts';
import { queryRefs } from './refs.ts';
import { foldKey, hasDanishLetter, pagefindWords, QUESTION_WORDS } from './text.ts';
import { editDistance } from '../../util/edit-distance.ts';

export interface QueryPlan {
	/** Reference keys ("§ 6 stk. 2") with broader keys to fall back on ("§ 6"). */
	refs: string[][];
	/** Register concepts the query names, best match first, with how many query words their phrase covers. */
	entries: { entry: SearchData['entries'][number]; covered: number }[];
	/** The words to give Pagefind, after folding. */
	words: string[];
	/** Words changed by folding: [as typed, as searched]. */
	folded: [string, string][];
}

/** Endings a Danish word may carry beyond the register's form ("vandværk" → "vandværket", "-erne"). */
const INFLECTIONS = ['', 'e', 'en', 'et', 'er', 'ene', 'erne', 'ens', 'ets', 'es', 's', 'r', 'n', 't', 'ne'];

const matchesAt = (keys: string[], at: number, phrase: string[]) => {
	if (at + phrase.length > keys.length) return false;
	return phrase.every((p, i) => {
		const k = keys[at + i];
		return k === p || (k.startsWith(p) && INFLECTIONS.includes(k.slice(p.length)) && p.length >= 3);
	});
};

/** The Danish form of a word typed without æ, ø and å, or undefined when it needs none. */
export function foldWord(word: string, fold: SearchData['fold']): string | undefined {
	if (hasDanishLetter(word) || !/[aeo]/.test(word)) return undefined;
	const whole = fold[foldKey(word)];
	if (whole) return whole;
	// A compound or an inflected form the site does not have as a whole: "handelsesrapportering"
	// → the longest known beginning, "hændelses", then the rest as typed.
	for (let i = word.length - 1; i >= 5; i--) {
		const head = fold[foldKey(word.slice(0, i))];
		if (head) return head + word.slice(i);
	}
	return undefined;
}

export function planQuery(raw: string, data: SearchData): QueryPlan {
	const { keys: refKeys, rest } = queryRefs(raw);
	const refs = refKeys.map((key) => {
		const parts = key.split(' ');
		const broader: string[] = [];
		// "§ 6 stk. 2 nr. 10" → also "§ 6 stk. 2" and "§ 6" if no page cites the deepest one.
		for (let n = parts.length; n >= 2; n -= 2) broader.push(parts.slice(0, n).join(' '));
		return broader;
	});

	const words = pagefindWords(rest);
	const keys = words.map(foldKey);
	// Longest register phrases first, so "ledelsens ansvar" wins over "ansvar".
	const used = new Set<number>();
	const found: { entry: SearchData['entries'][number]; length: number; at: number }[] = [];
	for (const entry of data.entries) {
		let best: { length: number; at: number } | undefined;
		for (const phrase of entry.phrases) {
			for (let at = 0; at < keys.length; at++) {
				if (matchesAt(keys, at, phrase) && (!best || phrase.length > best.length)) best = { length: phrase.length, at };
			}
		}
		if (best) found.push({ entry, ...best });
	}
	found.sort((a, b) => b.length - a.length || a.at - b.at);
	const entries: QueryPlan['entries'] = [];
	for (const f of found) {
		const span = Array.from({ length: f.length }, (_, i) => f.at + i);
		if (span.some((i) => used.has(i))) continue;
		span.forEach((i) => used.add(i));
		entries.push({ entry: f.entry, covered: f.length });
	}

	// Register words stay in the word search too: the build made them keywords on the pages the
	// register names, and the text may use them elsewhere. Question words go when a word with a
	// topic remains, since Pagefind needs every word of a query on one page.
	let kept = words;
	const topical = kept.filter((w) => !QUESTION_WORDS.has(w));
	if (topical.length || entries.length || refs.length) kept = topical;
	const folded: [string, string][] = [];
	const searched = kept.map((w) => {
		const danish = foldWord(w, data.fold);
		if (danish && danish !== w) {
			folded.push([w, danish]);
			return danish;
		}
		return w;
	});
	return { refs, entries, words: searched, folded };
}

/** Up to `count` suggestions close to what was typed: register words and page titles. */
export function suggest(query: string, data: SearchData, count = 4): string[] {
	const want = foldKey(query.replace(/\s+/g, ''));
	if (want.length < 3 || !/\p{L}/u.test(want)) return [];
	const limit = want.length <= 4 ? 1 : Math.max(2, want.length / 3);
	const scored = data.suggestions
		.map((s) => {
			const words = pagefindWords(s).map(foldKey);
			const whole = foldKey(s.replace(/\s+/g, ''));
			const d = Math.min(editDistance(want, whole), ...words.map((w) => editDistance(want, w) + (w === whole ? 0 : 0.5)));
			const prefix = words.some((w) => w.startsWith(want.slice(0, Math.max(3, Math.ceil(want.length / 2))))) ? -0.5 : 0;
			return { s, score: d + prefix };
		})
		.filter((x) => x.score <= limit)
		.sort((a, b) => a.score - b.score || a.s.length - b.s.length);
	const seen = new Set<string>();
	return scored
		.map((x) => x.s)
		.filter((s) => !seen.has(foldKey(s)) && seen.add(foldKey(s)))
		.slice(0, count);
}

/** A known word one or two letters from a word nothing matched ("kryptring" → "kryptering"): a typo, not a compound. */
export function typoOf(word: string, data: SearchData): string | undefined {
	const want = foldKey(word);
	const limit = want.length >= 8 ? 2 : 1;
	for (const s of data.suggestions) {
		for (const w of pagefindWords(s)) {
			const key = foldKey(w);
			if (key !== want && Math.abs(key.length - want.length) <= limit && editDistance(key, want) <= limit) return w;
		}
	}
	return undefined;
}
