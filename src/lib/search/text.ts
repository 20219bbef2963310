// Word handling shared by the build (search data, index keywords) and the search dialog, so both
// sides normalise, fold and stem a word the same way Pagefind does.

/** Pagefind's own diacritic folding (pagefind.js normalizeDiacritics): "å" → "a", "é" → "e"; "æ" and "ø" stay. */
const stripDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Characters Pagefind drops from a query before it searches (pagefind.js: \p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}). */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A query as the words Pagefind will search for: lower case, punctuation removed, split on spaces. */
export function pagefindWords(query: string): string[] {
	return query.toLocaleLowerCase('da').replace(DROPPED, '').split(/\s+/).filter(Boolean);
}

/** A word as readers may type it without æ, ø and å: "hændelse", "haendelse" and "handelse" share one key. */
export function foldKey(word: string): string {
	return stripDiacritics(
		word
			.toLocaleLowerCase('da')
			.replace(DROPPED, '')
			.replaceAll('æ', 'a')
			.replaceAll('ø', 'o')
			.replaceAll('å', 'a')
			.replace(/ae/g, 'a')
			.replace(/oe/g, 'o')
			.replace(/aa/g, 'a'),
	);
}

export const hasDanishLetter = (word: string) => /[æøå]/i.test(word);

// The Danish Snowball stemmer (snowballstem.org/algorithms/danish/stemmer.html), which Pagefind's
// indexer applies to Danish pages. Written out here because the only packaged port
// (snowball-stemmers) is 850 KB with every language, far too much for the search dialog.
const VOWELS = 'aeiouyæåø';
const S_ENDING = 'abcdfghjklmnoprtvyzå';
const STEP1 = [
	'erendes',
	'erende',
	'hedens',
	'ethed',
	'erede',
	'heden',
	'heder',
	'endes',
	'ernes',
	'erens',
	'erets',
	'ered',
	'ende',
	'erne',
	'eren',
	'erer',
	'heds',
	'enes',
	'eres',
	'eret',
	'hed',
	'ene',
	'ere',
	'ens',
	'ers',
	'ets',
	'en',
	'er',
	'es',
	'et',
	'e',
];
const STEP3 = ['elig', 'lig', 'els', 'ig'];

function r1(word: string): number {
	for (let i = 1; i < word.length; i++) {
		if (!VOWELS.includes(word[i]) && VOWELS.includes(word[i - 1])) return Math.max(3, i + 1);
	}
	return word.length;
}

export function stem(input: string): string {
	let word = input.toLocaleLowerCase('da');
	const p1 = r1(word);
	const inR1 = (suffix: string) => word.endsWith(suffix) && word.length - suffix.length >= p1;
	// Step 1: the longest inflection ending in R1; a final "s" after a valid s-ending.
	const s1 = STEP1.find(inR1);
	if (s1) word = word.slice(0, -s1.length);
	else if (inR1('s') && S_ENDING.includes(word[word.length - 2] ?? '')) word = word.slice(0, -1);
	// Step 2: gd, dt, gt, kt lose their last letter.
	const step2 = () => {
		if (['gd', 'dt', 'gt', 'kt'].some(inR1)) word = word.slice(0, -1);
	};
	step2();
	// Step 3: igst → ig; then ig, lig, elig, els (and step 2 again), or løst → løs.
	if (word.endsWith('igst')) word = word.slice(0, -2);
	const s3 = STEP3.find(inR1);
	if (s3) {
		word = word.slice(0, -s3.length);
		step2();
	} else if (inR1('løst')) word = word.slice(0, -1);
	// Step 4: a doubled consonant at the end of R1 loses one letter.
	const last = word[word.length - 1];
	if (word.length - 2 >= p1 && last && !VOWELS.includes(last) && word[word.length - 2] === last) word = word.slice(0, -1);
	return word;
}

/**
 * True when an indexed word really matches a query word: both have the same stem ("hændelserne"
 * and "hændelse"), or the word begins with everything typed so far ("hænd" while typing
 * "hændelse", "leverandør" in "leverandørstyring"). Pagefind also accepts any word that merely
 * begins with the query's stem, or, when no word does, its longest indexed prefix: "handelse"
 * (stem "hand") finds "handlingsplan", "hackerangreb" finds "h)". Those fail this test.
 */
export function isRealMatch(term: string, indexedWord: string): boolean {
	const typed = stripDiacritics(term.toLocaleLowerCase('da'));
	const want = stripDiacritics(stem(term));
	const lower = stripDiacritics(indexedWord.toLocaleLowerCase('da'));
	const candidates = [lower.replace(DROPPED, ''), ...lower.split(/[^\p{L}\p{N}]+/u)].filter(Boolean);
	return candidates.some((word) => word.startsWith(typed) || stripDiacritics(stem(word)) === want);
}

/** True when an indexed word begins with the query word exactly as typed ("kravene" in "kravene,"). */
export function isLiteralMatch(term: string, indexedWord: string): boolean {
	const typed = stripDiacritics(term.toLocaleLowerCase('da'));
	const lower = stripDiacritics(indexedWord.toLocaleLowerCase('da'));
	return [lower.replace(DROPPED, ''), ...lower.split(/[^\p{L}\p{N}]+/u)].some((word) => word !== '' && word.startsWith(typed));
}

/** True when an indexed word is a form of the query word itself, not a longer word it begins ("aktiv" in "aktiver", not in "aktivitet"). */
export function isWordFormMatch(term: string, indexedWord: string): boolean {
	const want = stripDiacritics(stem(term));
	const lower = stripDiacritics(indexedWord.toLocaleLowerCase('da'));
	return [lower.replace(DROPPED, ''), ...lower.split(/[^\p{L}\p{N}]+/u)].some((word) => word && stripDiacritics(stem(word)) === want);
}

/**
 * Words that carry no topic in a question ("hvad skal vi gøre ved …"), and "kommune", which every
 * page of a municipal playbook says. They are left out of the
 * search when other words remain, since Pagefind requires every word of a query on a page.
 */
export const QUESTION_WORDS = new Set(
	'hvad hvem hvor hvordan hvorfor hvornår hvilke hvilken hvilket hvis er og i på til af for om med skal kan må vi jeg man den det de der en et som at ikke har have være vores vor os min mit sig sin sit gælder gør gøre gøres hos fra ved eller så bør skulle kunne nogen noget alle andre mere meget også nu kommune kommunen kommuner kommunens kommunerne vide sige siger betyder betyde handler findes hedder bruge bruges lave laves få får kommer står'.split(
		' ',
	),
);
