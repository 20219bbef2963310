// What each report must contain. Paraphrased in our own words from NIS2 art. 23, stk. 4, and
// GDPR art. 33, stk. 3; the sources are shown with each list.
import type { FristId } from './frister.ts';

export interface Tjekliste {
	frist: FristId;
	punkter: string[];
	kilde: { kilde: string; henvisning: string };
}

export const TJEKLISTER: Tjekliste[] = [
	{
		frist: 'tidlig-varsling',
		punkter: [
			'At der er sket en væsentlig hændelse, og hvornår kommunen fik kendskab til den.',
			'Om hændelsen formodes at skyldes en ulovlig eller ondsindet handling.',
			'Om hændelsen kan få grænseoverskridende virkninger.',
		],
		kilde: { kilde: 'nis2-direktivet', henvisning: 'art. 23, stk. 4, litra a' },
	},
	{
		frist: 'haendelsesunderretning',
		punkter: [
			'En opdatering af oplysningerne i den tidlige varsling.',
			'En første vurdering af hændelsens alvor og virkninger.',
			'Kompromitteringsindikatorer (fx IP-adresser, filnavne eller hashværdier), hvis de kendes.',
		],
		kilde: { kilde: 'nis2-direktivet', henvisning: 'art. 23, stk. 4, litra b' },
	},
	{
		frist: 'endelig-rapport',
		punkter: [
			'En detaljeret beskrivelse af hændelsen, herunder alvor og virkninger.',
			'Hvilken type trussel eller grundlæggende årsag, der sandsynligvis udløste hændelsen.',
			'De afhjælpende foranstaltninger, der er gennemført, og dem, der stadig er i gang.',
			'Eventuelle grænseoverskridende virkninger.',
			'Er hændelsen ikke afsluttet ved fristen: send i stedet en statusrapport, og send den endelige rapport senest en måned efter, at hændelsen er håndteret.',
		],
		kilde: { kilde: 'nis2-direktivet', henvisning: 'art. 23, stk. 4, litra d og e' },
	},
	{
		frist: 'datatilsynet',
		punkter: [
			'Hvilken slags brud der er tale om, og omtrent hvor mange registrerede og registreringer der er berørt.',
			'Navn og kontaktoplysninger på databeskyttelsesrådgiveren eller en anden kontaktperson.',
			'De sandsynlige konsekvenser af bruddet.',
			'De foranstaltninger, kommunen har truffet eller vil træffe for at håndtere bruddet og begrænse skaden.',
			'Kan anmeldelsen ikke nås inden for 72 timer, skal den ledsages af en begrundelse for forsinkelsen.',
		],
		kilde: { kilde: 'gdpr', henvisning: 'art. 33, stk. 1 og 3' },
	},
];
