// What the result of "Er vi omfattet?" says: a heading and text per outcome, and the next steps
// shown with every "omfattet" result.

import type { Henvisning, Sikkerhed, Udfald } from './types.ts';

export const UDFALD_TEKST: Record<Udfald, { overskrift: string; tekst: string }> = {
	energilov: {
		overskrift: 'Omfattet af energisektorens regler – ikke af NIS 2-loven',
		tekst: 'Fjernvarme og fjernkøling reguleres af lov om styrket beredskab i energisektoren med Energistyrelsen som myndighed.',
	},
	'del-af-kommunen': {
		overskrift: 'Vurderes som en del af kommunen',
		tekst: 'Aktiviteten er ikke en selvstændig enhed. Den indgår i vurderingen af kommunen.',
	},
	'omfattet-vaesentlig': { overskrift: 'Omfattet – væsentlig enhed', tekst: 'Selskabet er efter jeres svar omfattet af NIS 2-loven som væsentlig enhed.' },
	'omfattet-vigtig': { overskrift: 'Omfattet – vigtig enhed', tekst: 'Selskabet er efter jeres svar omfattet af NIS 2-loven som vigtig enhed.' },
	omfattet: { overskrift: 'Omfattet', tekst: 'Enheden er efter jeres svar omfattet af NIS 2-loven.' },
	'sandsynligvis-omfattet': {
		overskrift: 'Sandsynligvis omfattet – retsgrundlaget er ikke afklaret',
		tekst: 'Udmeldingerne peger på, at kommunen er omfattet, men det præcise retsgrundlag er ikke bekræftet.',
	},
	'ikke-omfattet-sektor': { overskrift: 'Ikke omfattet på grund af denne aktivitet', tekst: 'Aktiviteten falder uden for de sektorer, loven nævner.' },
	'ikke-omfattet-stoerrelse': {
		overskrift: 'Som udgangspunkt ikke omfattet (under størrelsestærsklen)',
		tekst: 'Selskabet er for lille til at være omfattet, medmindre en myndighed udpeger det.',
	},
};

/** What a covered entity must do next; shown with every "omfattet" result. */
export const NAESTE_SKRIDT: { tekst: string; krav: string; sikkerhed: Sikkerhed; kilder: Henvisning[] }[] = [
	{
		tekst: 'Registrer enheden via virk.dk senest to uger efter, at den er blevet omfattet (fristen for de første registreringer var 1. oktober 2025).',
		krav: 'k-registrering',
		sikkerhed: 'V',
		kilder: [
			{ kilde: 'nis2-loven', henvisning: '§ 10' },
			{ kilde: 'digst-registrering', henvisning: 'registrering via virk.dk' },
		],
	},
	{
		tekst: 'Få ledelsesorganet til at godkende foranstaltningerne og følge gennemførelsen.',
		krav: 'k-20',
		sikkerhed: 'V',
		kilder: [{ kilde: 'nis2-loven', henvisning: '§ 7' }],
	},
	{
		tekst: 'Gennemfør passende og forholdsmæssige foranstaltninger på de ti områder i loven.',
		krav: 'k-21-1',
		sikkerhed: 'V',
		kilder: [{ kilde: 'nis2-loven', henvisning: '§ 6, stk. 1' }],
	},
	{
		tekst: 'Vær klar til at rapportere væsentlige hændelser via virk.dk inden for 24 og 72 timer.',
		krav: 'k-23',
		sikkerhed: 'V',
		kilder: [{ kilde: 'digst-registrering', henvisning: 'rapportering via virk.dk' }],
	},
];
