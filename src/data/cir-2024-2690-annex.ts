// The 13 sections of the annex to Commission Implementing Regulation (EU) 2024/2690, with the
// letter of NIS2 art. 21(2) each corresponds to (matched on titles, see the mapping page). The
// English titles are the regulation's; the Danish ones are the editors' own short renderings.
export interface CirSection {
	nummer: string;
	titel: string;
	engelsk: string;
	litra: string[];
}

export const CIR_SECTIONS: readonly CirSection[] = [
	{
		nummer: '1',
		titel: 'Politik for sikkerheden i net- og informationssystemer',
		engelsk: 'Policy on the security of network and information systems',
		litra: ['a'],
	},
	{ nummer: '2', titel: 'Politik for risikostyring', engelsk: 'Risk management policy', litra: ['a'] },
	{ nummer: '3', titel: 'Håndtering af hændelser', engelsk: 'Incident handling', litra: ['b'] },
	{ nummer: '4', titel: 'Driftskontinuitet og krisestyring', engelsk: 'Business continuity and crisis management', litra: ['c'] },
	{ nummer: '5', titel: 'Sikkerhed i forsyningskæden', engelsk: 'Supply chain security', litra: ['d'] },
	{
		nummer: '6',
		titel: 'Sikkerhed ved anskaffelse, udvikling og vedligeholdelse',
		engelsk: 'Security in network and information systems acquisition, development and maintenance',
		litra: ['e'],
	},
	{
		nummer: '7',
		titel: 'Vurdering af foranstaltningernes effektivitet',
		engelsk: 'Policies and procedures to assess the effectiveness of cybersecurity risk-management measures',
		litra: ['f'],
	},
	{ nummer: '8', titel: 'Grundlæggende cyberhygiejne og sikkerhedsuddannelse', engelsk: 'Basic cyber hygiene practices and security training', litra: ['g'] },
	{ nummer: '9', titel: 'Kryptografi', engelsk: 'Cryptography', litra: ['h'] },
	{ nummer: '10', titel: 'Personalesikkerhed', engelsk: 'Human resources security', litra: ['i'] },
	{ nummer: '11', titel: 'Adgangskontrol', engelsk: 'Access control', litra: ['i', 'j'] },
	{ nummer: '12', titel: 'Forvaltning af aktiver', engelsk: 'Asset management', litra: ['i'] },
	{ nummer: '13', titel: 'Fysisk og miljømæssig sikkerhed', engelsk: 'Environmental and physical security', litra: [] },
];

/** The top-level section a reference like "11.2" belongs to. */
export const cirTopSection = (ref: string) => ref.split('.')[0];

/**
 * How many numbered points each sub-section of the annex has ("3.2": 7 means 3.2.1 to 3.2.7; 0
 * means the sub-section has no numbered points under it, as in sections 7 and 9, whose points are
 * 7.1–7.3 and 9.1–9.3). Counted from the annex as published in OJ L, 2024/2690, 18.10.2024.
 */
const POINTS_PER_SUBSECTION: Readonly<Record<string, number>> = {
	'1.1': 2,
	'1.2': 6,
	'2.1': 4,
	'2.2': 3,
	'2.3': 4,
	'3.1': 3,
	'3.2': 7,
	'3.3': 2,
	'3.4': 2,
	'3.5': 5,
	'3.6': 3,
	'4.1': 4,
	'4.2': 6,
	'4.3': 4,
	'5.1': 7,
	'5.2': 1,
	'6.1': 3,
	'6.2': 4,
	'6.3': 3,
	'6.4': 4,
	'6.5': 3,
	'6.6': 2,
	'6.7': 3,
	'6.8': 3,
	'6.9': 2,
	'6.10': 4,
	'7.1': 0,
	'7.2': 0,
	'7.3': 0,
	'8.1': 3,
	'8.2': 5,
	'9.1': 0,
	'9.2': 0,
	'9.3': 0,
	'10.1': 3,
	'10.2': 3,
	'10.3': 2,
	'10.4': 2,
	'11.1': 3,
	'11.2': 3,
	'11.3': 3,
	'11.4': 2,
	'11.5': 4,
	'11.6': 4,
	'11.7': 2,
	'12.1': 3,
	'12.2': 3,
	'12.3': 3,
	'12.4': 3,
	'12.5': 1,
	'13.1': 3,
	'13.2': 3,
	'13.3': 3,
};

/** Every section, sub-section and point of the annex a reference may name: "3", "3.2", "3.2.1", … */
export const CIR_REFERENCES: ReadonlySet<string> = new Set([
	...CIR_SECTIONS.map((s) => s.nummer),
	...Object.entries(POINTS_PER_SUBSECTION).flatMap(([sub, points]) => [sub, ...Array.from({ length: points }, (_, i) => `${sub}.${i + 1}`)]),
]);
