// How the search dialog checks and orders Pagefind's results (used by search-engine.ts): whether a
// result really contains the query's words, the weights for exact forms and guide pages, the union
// of several word searches, and the order of the pages citing a legal reference.
import { isRealMatch, pagefindWords } from '../lib/search/text.ts';
import { searchScope } from '../../config/search.ts';
import type { FilterCounts, PagefindResult, ResultData } from './pagefind-api.ts';

export interface Hit {
	result: PagefindResult;
	data?: ResultData;
	score: number;
}

/** One word search: its hits, how many of them were checked as real matches, and its facet counts. */
export interface WordSearch {
	hits: Hit[];
	real: number;
	counts: FilterCounts;
}

/** An exact word form beats other forms of the same stem, which Pagefind scores alike. */
export const EXACT_FORM = 1.1;
/** Contributor-guide pages, when the reader includes them, rank below reader pages. */
export const GUIDE_PAGE = 0.5;

/** True when every query word really occurs in the result (text at the hit locations, title or keywords). */
export function realFor(data: ResultData, words: string[], match = isRealMatch): boolean {
	const text = data.content.split(/\s+/);
	const seen = [...data.locations.map((l) => text[l] ?? ''), ...(data.meta.title ?? '').split(/\s+/), ...(data.meta.soegeord ?? '').split(/[\s,]+/)];
	return words.every((w) => seen.some((s) => match(w, s)));
}

export function exactFor(data: ResultData, words: string[]): boolean {
	const text = data.content.split(/\s+/);
	const forms = new Set(data.locations.map((l) => pagefindWords(text[l] ?? '')[0]));
	return words.some((w) => forms.has(w));
}

export const isGuide = (data: ResultData) => data.filters[searchScope.filter]?.includes(searchScope.guide) ?? false;

/** Pages with some of the words: more words first, then the summed scores. */
export function union(searches: WordSearch[]): WordSearch {
	const merged = new Map<string, Hit & { n: number }>();
	for (const s of searches) {
		const top = s.hits[0]?.score || 1;
		for (const hit of s.hits) {
			const known = merged.get(hit.result.id);
			if (known) {
				known.n++;
				known.score += hit.score / top;
			} else merged.set(hit.result.id, { ...hit, score: hit.score / top, n: 1 });
		}
	}
	const hits = [...merged.values()].map((h) => ({ ...h, score: h.n + h.score / 10 })).sort((a, b) => b.score - a.score);
	return { hits, real: hits.length, counts: searches[0]?.counts ?? {} };
}

/**
 * Pages citing a reference: requirement pages first; then pages citing exactly this reference
 * (no "stk." or "litra" under it); then pages citing more of its parts (a page on all of
 * art. 21 before one on a single paragraph); then pages with fewer citations in all.
 */
export async function rankByReference(results: PagefindResult[], key: string): Promise<Hit[]> {
	const loaded = await Promise.all(results.map(async (result) => ({ result, data: await result.data(), score: 0 })));
	const rank = (h: (typeof loaded)[number]) => {
		const refs = h.data.filters.henvisning ?? [];
		const parts = new Set(
			refs
				.filter((r) => r.startsWith(`${key} `))
				.map((r) =>
					r
						.slice(key.length + 1)
						.split(' ')
						.slice(0, 2)
						.join(' '),
				),
		);
		// 'Krav' is PAGE_KIND_LABELS.krav (src/schemas/index.ts, not imported: it would bring Zod into the dialog).
		return [h.data.filters.type?.includes('Krav') ? 0 : 1, parts.size ? 1 : 0, -parts.size, refs.length];
	};
	return loaded.sort((a, b) => {
		const [x, y] = [rank(a), rank(b)];
		return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3] || a.data.url.localeCompare(b.data.url);
	});
}
