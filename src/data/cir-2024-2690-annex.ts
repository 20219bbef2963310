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
	{ nummer: '1', titel: 'Politik for sikkerheden i net- og informationssystemer', engelsk: 'Policy on the security of network and information systems', litra: ['a'] },
	{ nummer: '2', titel: 'Politik for risikostyring', engelsk: 'Risk management policy', litra: ['a'] },
	{ nummer: '3', titel: 'Håndtering af hændelser', engelsk: 'Incident handling', litra: ['b'] },
	{ nummer: '4', titel: 'Driftskontinuitet og krisestyring', engelsk: 'Business continuity and crisis management', litra: ['c'] },
	{ nummer: '5', titel: 'Sikkerhed i forsyningskæden', engelsk: 'Supply chain security', litra: ['d'] },
	{ nummer: '6', titel: 'Sikkerhed ved anskaffelse, udvikling og vedligeholdelse', engelsk: 'Security in network and information systems acquisition, development and maintenance', litra: ['e'] },
	{ nummer: '7', titel: 'Vurdering af foranstaltningernes effektivitet', engelsk: 'Policies and procedures to assess the effectiveness of cybersecurity risk-management measures', litra: ['f'] },
	{ nummer: '8', titel: 'Grundlæggende cyberhygiejne og sikkerhedsuddannelse', engelsk: 'Basic cyber hygiene practices and security training', litra: ['g'] },
	{ nummer: '9', titel: 'Kryptografi', engelsk: 'Cryptography', litra: ['h'] },
	{ nummer: '10', titel: 'Personalesikkerhed', engelsk: 'Human resources security', litra: ['i'] },
	{ nummer: '11', titel: 'Adgangskontrol', engelsk: 'Access control', litra: ['i', 'j'] },
	{ nummer: '12', titel: 'Forvaltning af aktiver', engelsk: 'Asset management', litra: ['i'] },
	{ nummer: '13', titel: 'Fysisk og miljømæssig sikkerhed', engelsk: 'Environmental and physical security', litra: [] },
];

/** The top-level section a reference like "11.2" belongs to. */
export const cirTopSection = (ref: string) => ref.split('.')[0];
