// The maturity scale. The editors' own five-step scale (0–4), in the spirit of the maturity
// measurements peers use; it is not taken from a standard.
export interface Niveau {
	niveau: number;
	navn: string;
	beskrivelse: string;
}

export const NIVEAUER: Niveau[] = [
	{ niveau: 0, navn: 'Ikke på plads', beskrivelse: 'Intet er gjort, eller vi ved ikke, om det er gjort.' },
	{ niveau: 1, navn: 'Påbegyndt', beskrivelse: 'Enkelte tiltag findes, men de afhænger af bestemte personer og er ikke beskrevet.' },
	{ niveau: 2, navn: 'Delvist gennemført', beskrivelse: 'Gennemført i dele af kommunen eller for nogle systemer; delvist beskrevet.' },
	{ niveau: 3, navn: 'Gennemført', beskrivelse: 'Gennemført i hele kommunen, beskrevet og godkendt; dokumentationen kan fremvises ved tilsyn.' },
	{ niveau: 4, navn: 'Styret og forbedret', beskrivelse: 'Effekten måles og følges op med faste mellemrum, og foranstaltningen forbedres ud fra resultaterne.' },
];

export const MAX_NIVEAU = 4;
export const niveauNavn = (n: number | null) => (n === null ? 'Ikke vurderet' : (NIVEAUER[n]?.navn ?? String(n)));
