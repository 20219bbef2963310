// The questions of "Er vi omfattet?", asked one after another; whether a question is asked
// depends on the answers so far (answers.ts).

import { enhedOf, isEnhed, inSektor, isSelvstaendigt } from './answers.ts';
import type { EnhedId, Spoergsmaal, Valg } from './types.ts';

const ENHEDER: { id: EnhedId; navn: string; selskab: boolean }[] = [
	{ id: 'kommune', navn: 'Kommunen som myndighed', selskab: false },
	{ id: 'vand', navn: 'Vandforsyning (drikkevand)', selskab: true },
	{ id: 'spildevand', navn: 'Spildevandsforsyning', selskab: true },
	{ id: 'affald', navn: 'Affaldsselskab', selskab: true },
	{ id: 'fjernvarme', navn: 'Fjernvarme eller fjernkøling', selskab: true },
	{ id: 'havn', navn: 'Havn', selskab: true },
	{ id: 'sundhed', navn: 'Sundhedsydelser (fx hjemmesygepleje, genoptræning)', selskab: true },
];

const SEKTORSPOERGSMAAL: Record<string, { enhed: EnhedId; tekst: string; hjaelp: string; ja: string; nej: string }> = {
	'sektor-vand': {
		enhed: 'vand',
		tekst: 'Leverer eller distribuerer selskabet drikkevand som en selvstændig aktivitet?',
		hjaelp: 'Direktivet undtager distribution af drikkevand, der kun er en uvæsentlig del af en bredere distribution af andre varer.',
		ja: 'Ja, drikkevand er en selvstændig aktivitet',
		nej: 'Nej, kun som en uvæsentlig del af distribution af andre varer',
	},
	'sektor-spildevand': {
		enhed: 'spildevand',
		tekst: 'Indsamler, bortskaffer eller renser selskabet spildevand fra byer, husholdninger eller industri som en selvstændig aktivitet?',
		hjaelp: 'Direktivet undtager spildevandshåndtering, der kun er en uvæsentlig del af en bredere aktivitet.',
		ja: 'Ja, spildevand er en selvstændig aktivitet',
		nej: 'Nej, kun som en uvæsentlig del af en anden aktivitet',
	},
	'sektor-affald': {
		enhed: 'affald',
		tekst: 'Er affaldshåndtering selskabets vigtigste økonomiske aktivitet?',
		hjaelp: 'Affaldshåndtering er kun omfattet, hvor den er enhedens hovedaktivitet.',
		ja: 'Ja, affaldshåndtering er hovedaktiviteten',
		nej: 'Nej, affald er en biaktivitet',
	},
	'sektor-havn': {
		enhed: 'havn',
		tekst: 'Er selskabet det organ, der forvalter havnen (havnemyndighed eller havneselskab)?',
		hjaelp: 'Bilag I omfatter havneforvaltningsorganer og operatører af skibstrafiktjenester.',
		ja: 'Ja, selskabet forvalter havnen',
		nej: 'Nej, selskabet driver kun aktiviteter i havnen',
	},
	'sektor-sundhed': {
		enhed: 'sundhed',
		tekst: 'Yder enheden sundhedsydelser til patienter (fx sygepleje eller genoptræning)?',
		hjaelp: 'Bilag I omfatter sundhedstjenesteydere. Om kommunale sundhedsydelser gør en enhed til sundhedstjenesteyder efter dansk ret, er ikke afklaret.',
		ja: 'Ja, enheden yder sundhedsydelser',
		nej: 'Nej',
	},
};

const JA_NEJ = (ja: string, nej: string): Valg[] => [
	{ vaerdi: 'ja', tekst: ja },
	{ vaerdi: 'nej', tekst: nej },
];

export const SPOERGSMAAL: Spoergsmaal[] = [
	{
		id: 'enhed',
		tekst: 'Hvad vil I vurdere?',
		type: 'radio',
		valg: ENHEDER.map((e) => ({ vaerdi: e.id, tekst: e.navn })),
		stilles: () => true,
	},
	{
		id: 'aktiviteter',
		tekst: 'Hvilke af disse opgaver løser kommunen selv, i sin egen forvaltning?',
		hjaelp: 'Sæt kun kryds ved opgaver, der ikke ligger i et selvstændigt selskab. Selskaber vurderes hver for sig.',
		type: 'afkryds',
		valg: [
			{ vaerdi: 'sundhed', tekst: 'Sundhedsydelser, fx hjemmesygepleje eller genoptræning' },
			{ vaerdi: 'vej', tekst: 'Vejmyndighed med trafikstyring eller intelligente transportsystemer' },
			{ vaerdi: 'havn', tekst: 'Drift og forvaltning af en havn' },
			{ vaerdi: 'vand', tekst: 'Drikkevandsforsyning' },
			{ vaerdi: 'spildevand', tekst: 'Spildevandshåndtering' },
			{ vaerdi: 'affald', tekst: 'Affaldshåndtering' },
			{ vaerdi: 'fjernvarme', tekst: 'Fjernvarme eller fjernkøling' },
		],
		stilles: isEnhed('kommune'),
	},
	{
		id: 'organisering',
		tekst: 'Hvordan er aktiviteten organiseret?',
		type: 'radio',
		valg: [
			{ vaerdi: 'selskab', tekst: 'Som et selvstændigt selskab (egen juridisk person, fx et aktieselskab)' },
			{ vaerdi: 'kommunen', tekst: 'I kommunens egen forvaltning' },
		],
		stilles: isEnhed('vand', 'spildevand', 'affald', 'havn', 'sundhed'),
	},
	...Object.entries(SEKTORSPOERGSMAAL).map(([id, s]): Spoergsmaal => ({
		id,
		tekst: s.tekst,
		hjaelp: s.hjaelp,
		type: 'radio',
		valg: JA_NEJ(s.ja, s.nej),
		stilles: (svar) => isSelvstaendigt(svar) && enhedOf(svar) === s.enhed,
	})),
	{
		id: 'ansatte',
		tekst: 'Hvor mange ansatte har selskabet (årsværk)?',
		type: 'radio',
		valg: [
			{ vaerdi: 'under-50', tekst: 'Under 50' },
			{ vaerdi: '50-249', tekst: '50 til 249' },
			{ vaerdi: '250+', tekst: '250 eller flere' },
		],
		stilles: inSektor,
	},
	{
		id: 'oekonomi',
		tekst: 'Hvad er selskabets årlige omsætning og samlede balance?',
		hjaelp: 'Tærsklerne er gengivet efter sekundære kilder.',
		type: 'radio',
		valg: [
			{ vaerdi: 'lille', tekst: 'Omsætningen eller balancen er højst 10 mio. euro' },
			{ vaerdi: 'mellem', tekst: 'Både omsætning og balance er over 10 mio. euro, men ikke begge på det store niveau' },
			{ vaerdi: 'stor', tekst: 'Omsætningen er mindst 50 mio. euro, og balancen er mindst 43 mio. euro' },
		],
		stilles: inSektor,
	},
	{
		id: 'saerlige',
		tekst: 'Gælder noget af dette for selskabet?',
		hjaelp: 'Sæt kun kryds, hvis en myndighed har truffet afgørelse om det.',
		type: 'afkryds',
		valg: [
			{ vaerdi: 'cer', tekst: 'Udpeget som kritisk enhed efter CER-loven' },
			{
				vaerdi: 'udpeget',
				tekst: 'Udpeget af en myndighed, fx som eneste udbyder af en væsentlig tjeneste eller på grund af særlig betydning nationalt eller regionalt',
			},
		],
		stilles: isSelvstaendigt,
	},
	{
		id: 'energi',
		tekst: 'Har selskabet også aktiviteter inden for el, gas eller fjernvarme (multiforsyning)?',
		type: 'radio',
		valg: JA_NEJ('Ja', 'Nej'),
		stilles: (svar) => isSelvstaendigt(svar) && isEnhed('vand', 'spildevand', 'affald')(svar),
	},
];
