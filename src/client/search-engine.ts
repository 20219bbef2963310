// What the search dialog does with a query, on top of Pagefind's JS API. Pagefind 1.6 has no
// synonyms, no typo tolerance, no compound splitting and requires every word on a page, so:
// - legal references ("§ 6, stk. 2", "art. 23", "litra j") go to the pages that cite them, through
//   the "henvisning" filter the build derives from each page's own citations;
// - search-register phrases ("2FA", "hvad koster") bring the register's pages forward, through the
//   "emne" filter the build puts on the pages the register names;
// - words typed without æ, ø and å are searched in their Danish form (src/lib/search/plan.ts);
// - a match is only kept when a matched word really is a form of a query word, never Pagefind's
//   fallback to the longest indexed prefix ("hackerangreb" → "h)");
// - when a query of several words finds (almost) nothing, words no page has are left out, and the
//   reader is told; if the rest still never meet on one page, pages with some of the words are shown.
// How results are checked and ordered (real matches, weights, union, reference order) is in
// search-ranking.ts.
import { planQuery, typoOf, type QueryPlan } from '../lib/search/plan.ts';
import type { SearchData } from '../lib/search/search-data.ts';
import { isLiteralMatch, isRealMatch, isWordFormMatch } from '../lib/search/text.ts';
import type { FilterCounts, Filters, Pagefind } from './pagefind-api.ts';
import { EXACT_FORM, GUIDE_PAGE, exactFor, isGuide, rankByReference, realFor, union, type Hit, type WordSearch } from './search-ranking.ts';

// The dialog (site-search.ts) reads hits from here; their shape belongs to the ranking.
export type { Hit } from './search-ranking.ts';

export interface Outcome {
	hits: Hit[];
	/** Sentences for the reader about what was searched instead ("Ingen sider nævner »er«…"). */
	notes: string[];
	/** Facet counts for the word search (or the first search that ran). */
	counts: FilterCounts;
	/** True when nothing at all matched. */
	empty: boolean;
	/** For a reference no page cites: the nearest references that pages do cite. */
	refSuggestions: string[];
}

/** Results whose matched words are checked first (each needs its fragment); more only if many fail. */
const VERIFY = 10;
/** A word search with fewer real results than this is retried without the words that match nothing. */
const FEW = 3;

const quote = (words: string[]) =>
	words
		.map((w) => `»${w}«`)
		.join(words.length > 2 ? ', ' : ' og ')
		.replace(/, (»[^»]*«)$/, ' og $1');
const prettyRef = (key: string) => key.replace(/ (stk\.|litra|nr\.)/g, ', $1');

export class SearchEngine {
	constructor(
		private pf: Pagefind,
		private data: SearchData,
	) {}

	plan(raw: string): QueryPlan {
		return planQuery(raw, this.data);
	}

	/** Runs a query; `stale()` turns true when a newer query has started, so work can stop early. */
	async run(raw: string, filters: Filters, stale: () => boolean): Promise<Outcome | undefined> {
		const term = raw.trim();
		if (!term) {
			const r = await this.pf.search(null, { filters });
			return {
				hits: r.results.map((result) => ({ result, score: result.score })),
				notes: [],
				counts: r.filters,
				empty: r.results.length === 0,
				refSuggestions: [],
			};
		}
		const plan = this.plan(term);
		const notes: string[] = [];
		const scores = new Map<string, Hit>();
		const add = (hit: Hit, bonus: number) => {
			const known = scores.get(hit.result.id);
			if (known) {
				known.score += bonus;
				known.data ??= hit.data;
			} else scores.set(hit.result.id, { ...hit, score: bonus });
		};
		let counts: FilterCounts | undefined;
		const refSuggestions: string[] = [];

		// 1. References: the pages citing the most specific key any page cites.
		for (const chain of plan.refs) {
			let found = false;
			for (const key of chain) {
				const r = await this.pf.search(null, { filters: { ...filters, henvisning: { any: [key] } } });
				if (stale()) return;
				if (!r.results.length) continue;
				const ranked = await rankByReference(r.results, key);
				ranked.forEach((hit, i) => add(hit, 3 - i * 0.05));
				if (key !== chain[0]) notes.push(`Ingen sider henviser til »${prettyRef(chain[0])}«; viser sider, der henviser til »${prettyRef(key)}«.`);
				counts ??= r.filters;
				found = true;
				break;
			}
			if (!found) {
				notes.push(`Ingen sider henviser til »${prettyRef(chain[0])}«.`);
				refSuggestions.push(...(await this.nearestRefs(chain.at(-1)!)));
			}
		}

		// 2. Register concepts: their pages in the register's order, weighted by how much of the query they cover.
		for (const { entry, covered } of plan.entries) {
			const r = await this.pf.search(null, { filters: { ...filters, emne: { any: [entry.id] } } });
			if (stale()) return;
			const loaded = await Promise.all(r.results.map(async (result) => ({ result, data: await result.data(), score: 0 })));
			// A concept covering half the query still counts for much: its other words are often filler.
			const coverage = Math.sqrt(Math.min(1, covered / Math.max(1, plan.words.length)));
			for (const hit of loaded) {
				const at = entry.pages.indexOf(hit.data.url.replace(/[?#].*$/, ''));
				add(hit, 1.2 * coverage * (1 - 0.1 * Math.max(0, at)) * (isGuide(hit.data) ? GUIDE_PAGE : 1));
			}
			counts ??= r.filters;
		}

		// 3. The words themselves. A folded word is only used when no page has the word as typed
		// ("kravene" stays, not "krævene"; "handelse" only shares the stem "hand" with "hånd", so it
		// becomes "hændelse").
		let words = plan.words;
		const folded: [string, string][] = [];
		for (const [from, to] of plan.folded) {
			const asTyped = await this.words([from], filters, stale, isLiteralMatch);
			if (!asTyped || stale()) return;
			if (asTyped.real) words = words.map((w) => (w === to ? from : w));
			else folded.push([from, to]);
		}
		if (folded.length) notes.push(`Søgte efter ${quote(folded.map(([, to]) => to))} (du skrev ${quote(folded.map(([from]) => from))}).`);
		if (words.length) {
			let main = await this.words(words, filters, stale);
			if (!main || stale()) return;
			if (main.real === 0 && words.length === 1 && !typoOf(words[0], this.data)) {
				// One word no page has may be a compound of words pages do have: "aktivliste". A near
				// miss of a known word ("kryptring") is a typo instead, answered with suggestions.
				const parts = await this.split(words[0], filters, stale);
				if (stale()) return;
				if (parts) {
					const split = await this.words(parts, filters, stale);
					if (!split || stale()) return;
					if (split.real) {
						notes.push(`Ingen sider nævner ${quote(words)}; søgte efter ${quote(parts)}.`);
						main = split;
						words = parts;
					}
				}
			}
			if (main.real < FEW && words.length > 1) {
				const searches = await Promise.all(words.map((w) => this.words([w], filters, stale)));
				if (stale()) return;
				const alone = searches as WordSearch[];
				const missing = words.filter((_, i) => alone[i].real === 0);
				const remaining = words.filter((_, i) => alone[i].real > 0);
				if (missing.length) notes.push(`Ingen sider nævner ${quote(missing)}, så ${missing.length === 1 ? 'ordet er' : 'ordene er'} udeladt.`);
				if (missing.length && remaining.length) {
					const retried = remaining.length === 1 ? alone[words.indexOf(remaining[0])] : await this.words(remaining, filters, stale);
					if (!retried || stale()) return;
					main = retried;
				} else if (!remaining.length) main = { hits: [], real: 0, counts: main.counts };
				if (main.real === 0 && remaining.length > 1) {
					notes.push(`Ingen side nævner alle ordene ${quote(remaining)}; viser sider, der nævner nogle af dem.`);
					main = union(alone.filter((a) => a.real > 0));
				}
			} else if (main.real === 0 && !scores.size) {
				notes.push(`Ingen sider nævner ${quote(words)}.`);
			}
			const top = main.hits[0]?.score || 1;
			for (const hit of main.hits) add(hit, hit.score / top);
			counts = main.counts;
		}

		const hits = [...scores.values()].sort((a, b) => b.score - a.score);
		return { hits, notes, counts: counts ?? {}, empty: hits.length === 0, refSuggestions };
	}

	/** The cited references of the same kind with the nearest numbers: "§ 99" → "§ 32", "§ 27", "§ 26". */
	private async nearestRefs(key: string): Promise<string[]> {
		const [kind, number] = key.split(' ');
		const cited = Object.keys((await this.pf.filters()).henvisning ?? {}).filter((k) => k.split(' ').length === 2 && k.startsWith(`${kind} `));
		const distance = (k: string) => Math.abs(parseFloat(k.split(' ')[1]) - parseFloat(number ?? '0'));
		return cited
			.sort((a, b) => distance(a) - distance(b) || a.localeCompare(b, 'da', { numeric: true }))
			.slice(0, 3)
			.map(prettyRef);
	}

	/** A word search whose first results are checked for real matches and re-scored. */
	private async words(words: string[], filters: Filters, stale: () => boolean, match = isRealMatch): Promise<WordSearch | undefined> {
		const r = await this.pf.search(words.join(' '), { filters });
		// Typing fast starts a search per keystroke; an outdated one stops before loading fragments.
		if (stale()) return;
		const check = async (from: number, to: number) =>
			(await Promise.all(r.results.slice(from, to).map(async (result) => ({ result, data: await result.data() })))).filter((h) =>
				realFor(h.data, words, match),
			);
		let checked = VERIFY;
		let real = await check(0, VERIFY);
		// Mostly junk at the top: look one step further before judging.
		if (real.length < VERIFY / 2 && r.results.length > VERIFY && !stale()) {
			real = [...real, ...(await check(VERIFY, 2 * VERIFY))];
			checked = 2 * VERIFY;
		}
		if (stale()) return;
		const scored = real
			.map((h) => ({ ...h, score: h.result.score * (exactFor(h.data, words) ? EXACT_FORM : 1) * (isGuide(h.data) ? GUIDE_PAGE : 1) }))
			.sort((a, b) => b.score - a.score);
		if (!scored.length) return { hits: [], real: 0, counts: r.filters };
		// Past the checked head Pagefind's order stands, scaled below the checked ones.
		const lowest = scored.at(-1)!.score;
		const tail = r.results.slice(checked).map((result, i) => ({ result, score: Math.min(result.score, lowest) * (1 - i / (r.results.length + 1)) }));
		return { hits: [...scored, ...tail], real: scored.length, counts: r.filters };
	}

	/**
	 * Splits a compound Pagefind cannot split ("aktivliste" → "aktiv", "liste"; "sikkerhedsplan" →
	 * "sikkerhed", "plan" with the linking "s" dropped) into two words that each occur on pages.
	 * Longest first part first; only a few tries, since this runs when nothing else matched.
	 */
	private async split(word: string, filters: Filters, stale: () => boolean): Promise<string[] | undefined> {
		const tries: [string, string][] = [];
		for (let i = word.length - 4; i >= 4 && tries.length < 8; i--) {
			const [head, tail] = [word.slice(0, i), word.slice(i)];
			tries.push([head, tail]);
			if (/[se]$/.test(head) && head.length > 4) tries.push([head.slice(0, -1), tail]);
		}
		for (const [head, tail] of tries) {
			// Each part must occur as a word of its own, not as the start of a longer word ("krypt").
			const first = await this.words([head], filters, stale, isWordFormMatch);
			if (!first || stale()) return;
			if (!first.real) continue;
			const second = await this.words([tail], filters, stale, isWordFormMatch);
			if (!second || stale()) return;
			if (second.real) return [head, tail];
		}
		return undefined;
	}
}
