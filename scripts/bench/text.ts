// Deterministic Danish-looking prose for the benchmark corpora: real inflected nouns (so stemmed
// queries such as "hændelserne" have something to find), thousands of generated compounds (so the
// vocabulary grows with the corpus as real text does: ~11k distinct words at 200 pages in the
// baseline), and ordinary function words. About 800 words a page, like the baseline corpora.

export function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
export type Rand = ReturnType<typeof rng>;
export const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];

/** Nouns with their inflections: base, definite, plural, definite plural. */
export const NOUNS = [
	['hændelse', 'hændelsen', 'hændelser', 'hændelserne'],
	['leverandør', 'leverandøren', 'leverandører', 'leverandørerne'],
	['system', 'systemet', 'systemer', 'systemerne'],
	['krav', 'kravet', 'krav', 'kravene'],
	['risiko', 'risikoen', 'risici', 'risiciene'],
	['medarbejder', 'medarbejderen', 'medarbejdere', 'medarbejderne'],
	['kontrol', 'kontrollen', 'kontroller', 'kontrollerne'],
	['politik', 'politikken', 'politikker', 'politikkerne'],
	['beredskab', 'beredskabet', 'beredskaber', 'beredskaberne'],
	['sårbarhed', 'sårbarheden', 'sårbarheder', 'sårbarhederne'],
	['forsikring', 'forsikringen', 'forsikringer', 'forsikringerne'],
	['adgang', 'adgangen', 'adgange', 'adgangene'],
	['kommune', 'kommunen', 'kommuner', 'kommunerne'],
	['myndighed', 'myndigheden', 'myndigheder', 'myndighederne'],
	['afdeling', 'afdelingen', 'afdelinger', 'afdelingerne'],
	['aftale', 'aftalen', 'aftaler', 'aftalerne'],
	['plan', 'planen', 'planer', 'planerne'],
	['test', 'testen', 'test', 'testene'],
	['rapport', 'rapporten', 'rapporter', 'rapporterne'],
	['ledelse', 'ledelsen', 'ledelser', 'ledelserne'],
] as const;

const PREFIXES = [
	'drifts',
	'sikkerheds',
	'data',
	'netværks',
	'adgangs',
	'leverandør',
	'hændelses',
	'risiko',
	'beredskabs',
	'kontrol',
	'bruger',
	'system',
	'lednings',
	'borger',
	'skole',
	'løn',
	'sags',
	'arkiv',
	'backup',
	'kryptering',
	'log',
	'mail',
	'telefon',
	'cloud',
	'server',
	'klient',
	'print',
	'fag',
	'udbuds',
	'kontrakt',
	'budget',
	'revisions',
	'tilsyns',
	'uddannelses',
	'politik',
	'proces',
	'nød',
	'strøm',
	'vand',
	'varme',
];
const HEADS = [
	'plan',
	'styring',
	'ansvar',
	'overblik',
	'vurdering',
	'rapport',
	'test',
	'kopi',
	'aftale',
	'krav',
	'model',
	'proces',
	'register',
	'analyse',
	'rutine',
	'instruks',
	'kontrol',
	'opgave',
	'løsning',
	'platform',
	'miljø',
	'leverance',
	'måling',
	'opfølgning',
	'gennemgang',
	'beskrivelse',
	'oversigt',
	'strategi',
	'indsats',
	'ordning',
	'forløb',
	'møde',
	'pulje',
	'kanal',
	'niveau',
	'grænse',
	'frist',
	'regel',
	'metode',
	'værktøj',
];
const ENDINGS = ['', 'en', 'er', 'erne', 'et', 'ens', 'ernes'];
const VERBS = ['skal', 'bør', 'kan', 'vil', 'må'];
const MAIN_VERBS = [
	'vurdere',
	'godkende',
	'dokumentere',
	'teste',
	'opdatere',
	'beskrive',
	'følge op på',
	'rapportere',
	'afgrænse',
	'prioritere',
	'sikre',
	'gennemgå',
	'planlægge',
	'kontrollere',
	'forankre',
];
const ADJ = ['væsentlig', 'kritisk', 'fælles', 'kommunal', 'digital', 'ny', 'samlet', 'løbende', 'skriftlig', 'relevant', 'tydelig', 'årlig'];
const FILLERS = ['og', 'i', 'på', 'for', 'med', 'til', 'af', 'at', 'som', 'der', 'det', 'den', 'de', 'når', 'hvis', 'også', 'derfor', 'så', 'inden', 'efter'];

/** One generated compound, e.g. "driftsplanerne"; the pool grows as more seeds are drawn. */
const compound = (r: Rand) => `${pick(r, PREFIXES)}${pick(r, PREFIXES).replace(/s$/, '')}${pick(r, HEADS)}${pick(r, ENDINGS)}`;

export function sentence(r: Rand): string {
	const words: string[] = [];
	const noun = pick(r, NOUNS);
	words.push(pick(r, ['Kommunen', 'Ledelsen', 'Den ansvarlige', 'Organisationen', 'Forvaltningen', 'Hver afdeling']));
	words.push(pick(r, VERBS), pick(r, MAIN_VERBS), pick(r, ['den', 'det', 'de']), pick(r, ADJ) + pick(r, ['', 'e']), noun[Math.floor(r() * 4)]);
	const extra = 6 + Math.floor(r() * 10);
	for (let i = 0; i < extra; i++) {
		const x = r();
		words.push(x < 0.45 ? pick(r, FILLERS) : x < 0.7 ? pick(r, NOUNS)[Math.floor(r() * 4)] : x < 0.85 ? compound(r) : pick(r, ADJ));
	}
	return `${words.join(' ')}.`;
}

export function paragraph(r: Rand, sentences = 4 + Math.floor(r() * 3)): string {
	return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

export const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A page body: ~800 words in sections, with the given links woven into the text. */
export function body(r: Rand, links: { text: string; href: string }[]): string {
	const headings = [
		'Hvad det handler om',
		'Fortolkning for kommuner',
		'Sådan kommer I i gang',
		'Typiske faldgruber',
		'Dokumentation',
		'Sammenhæng med andre krav',
	];
	const out: string[] = [];
	let l = 0;
	for (const h of headings) {
		out.push(`## ${h}`);
		for (let p = 0; p < 2; p++) {
			let text = paragraph(r);
			if (l < links.length && r() < 0.7) {
				const link = links[l++];
				text += ` Se også [${link.text}](${link.href}).`;
			}
			out.push(text);
		}
	}
	while (l < links.length) {
		const link = links[l++];
		out.push(`Se også [${link.text}](${link.href}).`);
	}
	return out.join('\n\n');
}

export function title(r: Rand): string {
	return titleCase(`${pick(r, ADJ)}e ${compound(r).replace(/(en|er|erne|et|ens|ernes)$/, '')} og ${pick(r, NOUNS)[0]}`);
}
