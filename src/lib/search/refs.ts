// Legal references as search keys. The build reads every requirement page's own citations
// (kilder[].henvisning, e.g. "art. 21, stk. 2, litra j" or "§ 26, stk. 1, og § 27, stk. 2") into
// keys such as "art. 21", "art. 21 stk. 2", "art. 21 stk. 2 litra j" and "litra j", which become a
// Pagefind filter on the page. The search dialog reads "§ 6, stk. 2", "artikel 23" or "litra j"
// in a query into the same keys, so a reference finds the pages that cite it: Pagefind itself drops
// "§" and would rank the bare number on every page that mentions it.

type Top = '§' | 'art.' | 'bilag';
type Level = 'top' | 'stk' | 'sub';

interface Chain {
	top?: { kind: Top; value: string };
	stk?: string;
	sub?: { kind: 'nr.' | 'litra'; value: string };
}

const TOP_WORDS: Record<string, Top> = {
	'§': '§',
	'§§': '§',
	paragraf: '§',
	paragraffen: '§',
	art: 'art.',
	artikel: 'art.',
	artiklerne: 'art.',
	artikler: 'art.',
	bilag: 'bilag',
	bilaget: 'bilag',
};
const NUMBER = /^\d+(\.\d+)*$/;
const RANGE = /^(\d+)[–-](\d+)$/;
const LETTER = /^[a-zæøå]$/;

interface Token {
	text: string;
	/** Index of the token in the query, to leave the rest of the query for the word search. */
	index: number;
}

function tokenize(text: string): Token[] {
	const spaced = text
		.toLocaleLowerCase('da')
		// "21(2)(j)" as written in English texts → "21, stk. 2, litra j"
		.replace(/(\d+)\s*\((\d+)\)\s*\(([a-z])\)/g, '$1, stk. $2, litra $3')
		.replace(/(\d+)\s*\((\d+)\)/g, '$1, stk. $2')
		.replace(/§/g, ' § ')
		.replace(/\b(art|stk|nr)\.(?=\d)/g, '$1. ')
		.replace(/(\d)\s*[–-]\s*(\d)/g, '$1–$2');
	// A number alone ("21", "11.7", "1–2") is a reference value; anything with a letter in it stays
	// one word with its inner punctuation ("2fa", "nis2", "virk.dk", "to-faktor") for the word search.
	const TOKEN = /§|\d+(?:\.\d+)*(?:–\d+)?(?![\p{L}\p{N}/.-])|[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*|[,;()]/gu;
	return (spaced.match(TOKEN) ?? []).map((t, index) => ({ text: t, index }));
}

/** Walks a citation or a query; calls `emit` with each chain it completes and the tokens it used. */
function walk(text: string, emit: (chain: Chain, used: number[]) => void) {
	const tokens = tokenize(text);
	let chain: Chain = {};
	let pending: Level | undefined;
	let pendingSub: 'nr.' | 'litra' | undefined;
	let last: Level | undefined;
	let used: number[] = [];
	const values = (raw: string) => {
		const range = RANGE.exec(raw.replace('-', '–'));
		if (!range) return [raw];
		const [from, to] = [Number(range[1]), Number(range[2])];
		return to > from && to - from < 20 ? Array.from({ length: to - from + 1 }, (_, i) => String(from + i)) : [raw];
	};
	const assign = (level: Level, raw: string, index: number) => {
		for (const value of values(raw)) {
			if (level === 'top') chain = { top: { kind: chain.top!.kind, value } };
			else if (level === 'stk') chain = { top: chain.top, stk: value };
			else chain = { top: chain.top, stk: chain.stk, sub: { kind: pendingSub ?? chain.sub?.kind ?? 'nr.', value } };
			emit(chain, [...used, index]);
		}
		used = [];
		last = level;
		pending = undefined;
	};
	for (const { text: t, index } of tokens) {
		const isValue = NUMBER.test(t) || RANGE.test(t);
		if (t in TOP_WORDS) {
			chain = { top: { kind: TOP_WORDS[t], value: '' } };
			pending = 'top';
			pendingSub = undefined;
			used = [index];
		} else if (t === 'afsnit' && chain.top?.kind === 'bilag') {
			pending = 'top';
			used.push(index);
		} else if (t === 'stk' && chain.top) {
			pending = 'stk';
			used = [index];
		} else if ((t === 'nr' || t === 'litra') && (chain.top || t === 'litra')) {
			pending = 'sub';
			pendingSub = t === 'nr' ? 'nr.' : 'litra';
			used = [index];
		} else if (pending === 'sub' && pendingSub === 'litra' && LETTER.test(t)) {
			assign('sub', t, index);
		} else if (pending && pending !== 'sub' && isValue && (pending !== 'top' || chain.top)) {
			assign(pending, t, index);
		} else if (pending === 'sub' && pendingSub === 'nr.' && isValue) {
			assign('sub', t, index);
		} else if (!pending && last && (t === 'og' || t === ',')) {
			used.push(index);
		} else if (!pending && last && (isValue || (last === 'sub' && chain.sub?.kind === 'litra' && LETTER.test(t)))) {
			// "stk. 1, 3 og 4", "art. 33 og 34", "litra a og b": more values at the same level.
			pendingSub = chain.sub?.kind;
			assign(last, t, index);
		} else if (!pending && !last && chain.top?.kind === 'bilag' && NUMBER.test(t)) {
			// "bilag, afsnit 11, herunder 11.7": a section number later in the same citation.
			assign('top', t, index);
		} else {
			pending = undefined;
			last = undefined;
			used = [];
		}
	}
}

function keysOf(chain: Chain): string[] {
	const keys: string[] = [];
	if (chain.top?.value) {
		const top = `${chain.top.kind} ${chain.top.value}`;
		keys.push(top);
		// An annex section also belongs to its parent section: "bilag 11.7" is in "bilag 11".
		if (chain.top.kind === 'bilag') for (let v = chain.top.value; v.includes('.');) keys.push(`bilag ${(v = v.slice(0, v.lastIndexOf('.')))}`);
		if (chain.stk) keys.push(`${top} stk. ${chain.stk}`);
		if (chain.sub) {
			if (chain.stk) keys.push(`${top} stk. ${chain.stk} ${chain.sub.kind} ${chain.sub.value}`);
			keys.push(`${top} ${chain.sub.kind} ${chain.sub.value}`);
		}
	}
	if (chain.sub?.kind === 'litra') keys.push(`litra ${chain.sub.value}`);
	return keys;
}

/** Every reference key a citation names, from the broadest ("§ 6") to the most specific ("§ 6 stk. 2"). */
export function citationKeys(henvisning: string): string[] {
	const keys = new Set<string>();
	walk(henvisning, (chain) => keysOf(chain).forEach((k) => keys.add(k)));
	return [...keys];
}

/** The most specific key of a chain: what a reader who typed it means. */
function mostSpecific(chain: Chain): string | undefined {
	const keys = keysOf(chain);
	if (chain.top?.value && chain.sub && !chain.stk) return `${chain.top.kind} ${chain.top.value} ${chain.sub.kind} ${chain.sub.value}`;
	return keys.find((k) => k.split(' ').length === Math.max(...keys.map((x) => x.split(' ').length)));
}

export interface QueryRefs {
	/** The references in the query, most specific key each, e.g. ["§ 6 stk. 2", "litra j"]. */
	keys: string[];
	/** The query without the references, for the word search. */
	rest: string;
}

/** Finds legal references in a query ("§ 6, stk. 2", "art. 23", "artikel 21 litra j", "bilag 11.7"). */
export function queryRefs(query: string): QueryRefs {
	const tokens = tokenize(query);
	const found: { key: string; used: number[]; depth: number }[] = [];
	walk(query, (chain, used) => {
		const key = mostSpecific(chain);
		if (!key) return;
		// A deeper level of the same reference ("§ 6" then "§ 6, stk. 2") replaces the shallower one.
		const previous = found.at(-1);
		if (previous && key.startsWith(`${previous.key} `)) found.pop();
		found.push({ key, used: [...(previous && key.startsWith(`${previous.key} `) ? previous.used : []), ...used], depth: key.split(' ').length });
	});
	const usedIndexes = new Set(found.flatMap((f) => f.used));
	const rest = tokens
		.filter((t) => !usedIndexes.has(t.index) && !/^[,;()]$/.test(t.text))
		.map((t) => t.text)
		.join(' ');
	return { keys: [...new Set(found.map((f) => f.key))], rest };
}
