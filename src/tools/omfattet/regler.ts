// The decision rules of "Er vi omfattet?", as data. Every rule carries its sources and how sure the
// fact behind it is (V: checked in the legal text; S: secondary source only; U: unverified or
// contested), taken from the editors' fact sheet. A rule that rests on something unsettled says so,
// and names the open question if the reference group has one. The questions are in spoergsmaal.ts,
// the outcome texts in udfald.ts.

import { enhedOf, isEnhed, hasValgt, inSektor, hasKommuneAktivitet, hasSaerlig, isSelvstaendigt, stoerrelseOf } from './answers.ts';
import type { EnhedId, Henvisning, Regel } from './types.ts';

const BILAG_I: EnhedId[] = ['vand', 'spildevand', 'havn', 'sundhed'];
const BILAG: Partial<Record<EnhedId, Henvisning>> = {
	vand: { kilde: 'nis2-direktivet', henvisning: 'bilag I, punkt 6 (drikkevand)' },
	spildevand: { kilde: 'nis2-direktivet', henvisning: 'bilag I, punkt 7 (spildevand)' },
	havn: { kilde: 'nis2-direktivet', henvisning: 'bilag I, punkt 2, litra c (vandtransport)' },
	sundhed: { kilde: 'nis2-direktivet', henvisning: 'bilag I, punkt 5 (sundhed)' },
	affald: { kilde: 'nis2-direktivet', henvisning: 'bilag II, punkt 2 (affaldshåndtering)' },
};

export const REGLER: Regel[] = [
	// District heating first: it is outside NIS 2-loven whatever else is true.
	{
		id: 'fjernvarme-energilov',
		gaelder: isEnhed('fjernvarme'),
		udfald: 'energilov',
		begrundelse:
			'Operatører af fjernvarme og fjernkøling er omfattet af lov om styrket beredskab i energisektoren, ikke af NIS 2-loven. NIS 2-loven gælder ikke for enheder i det omfang, de er omfattet af energisektorens lov. Tilsynet ligger hos Energistyrelsen.',
		sikkerhed: 'V',
		kilder: [
			{ kilde: 'energiberedskabsloven', henvisning: '§ 2, nr. 8' },
			{ kilde: 'nis2-loven', henvisning: '§ 1, stk. 2' },
		],
	},
	{
		id: 'fjernvarme-lovnummer',
		gaelder: isEnhed('fjernvarme'),
		begrundelse:
			'Energisektorens lov er gengivet efter lovforslaget (L 111). Lovens nummer, ikrafttræden og dens egne tærskler for, hvilke operatører der er omfattet, er ikke gennemgået her. Spørg Energistyrelsen, hvis I er i tvivl.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'energiberedskabsloven', henvisning: 'lovforslaget efter 2. behandling' }],
	},
	{
		id: 'i-kommunens-forvaltning',
		gaelder: (svar) => isEnhed('vand', 'spildevand', 'affald', 'havn', 'sundhed')(svar) && svar.organisering === 'kommunen',
		udfald: 'del-af-kommunen',
		begrundelse:
			'Når opgaven løses i kommunens egen forvaltning, er det kommunen, der er enheden. En kommune, der udfører en aktivitet i lovens bilag, er omfattet på lige fod med private enheder, og så gælder kravene for alle de net- og informationssystemer, kommunen bruger. Vælg »Kommunen som myndighed« for at se vurderingen for kommunen.',
		sikkerhed: 'S',
		kilder: [
			{ kilde: 'jura360-fremsat', henvisning: 'om kommuner og afgrænsningen af systemer i lovforslaget' },
			{ kilde: 'nis2-loven', henvisning: '§ 1, stk. 1' },
		],
	},
	// The municipality itself.
	{
		id: 'kommune-aktivitet',
		gaelder: (svar) => isEnhed('kommune')(svar) && hasKommuneAktivitet(svar),
		udfald: 'omfattet',
		begrundelse:
			'Kommunen udfører mindst én aktivitet, der er nævnt i lovens bilag. Ifølge analyser af lovforslaget er kommuner i så fald omfattet på lige fod med private enheder, og kravene gælder for alle de net- og informationssystemer, kommunen bruger i sin drift og til at levere ydelser – ikke kun systemerne bag den nævnte aktivitet.',
		sikkerhed: 'S',
		kilder: [
			{ kilde: 'nis2-loven', henvisning: '§ 1, stk. 1, og bilag 1 og 2' },
			{ kilde: 'jura360-fremsat', henvisning: 'om kommuner og afgrænsningen af systemer i lovforslaget' },
		],
		krav: ['k-21-1'],
	},
	{
		id: 'kommune-udmelding',
		gaelder: isEnhed('kommune'),
		udfald: 'sandsynligvis-omfattet',
		begrundelse:
			'KL og ministeren meldte i februar 2025 ud, at kommunerne er fuldt omfattet af NIS 2-loven. Udmeldingen er kendt fra fagpressen; vi har ikke set den bestemmelse, der eventuelt udvider loven til kommuner uden aktiviteter i bilagene.',
		sikkerhed: 'S',
		kilder: [{ kilde: 'itchefer-2025-02-28', henvisning: 'artikel af 28. februar 2025' }],
	},
	{
		id: 'kommune-hjemmel',
		gaelder: isEnhed('kommune'),
		begrundelse:
			'Lovforslaget gav mulighed for ved bekendtgørelse at lade loven gælde for offentlige forvaltningsenheder på lokalt niveau, som direktivet tillader. Om en sådan bekendtgørelse er udstedt, og hvad den i givet fald siger, er ikke bekræftet.',
		sikkerhed: 'U',
		kilder: [
			{ kilde: 'nis2-direktivet', henvisning: 'art. 2, stk. 5, litra a' },
			{ kilde: 'l141-fremsat', henvisning: '§ 1 om offentlige forvaltningsenheder på lokalt niveau' },
		],
		aabentSpoergsmaal: 'sp-05',
	},
	{
		id: 'kommune-sundhed',
		gaelder: (svar) => isEnhed('kommune')(svar) && hasValgt(svar, 'aktiviteter', 'sundhed'),
		begrundelse:
			'Om kommunale sundhedsydelser som hjemmesygepleje og genoptræning gør kommunen til sundhedstjenesteyder efter NIS 2-loven, er ikke afklaret.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'bilag I, punkt 5' }],
		aabentSpoergsmaal: 'sp-11',
	},
	{
		id: 'kommune-vej',
		gaelder: (svar) => isEnhed('kommune')(svar) && hasValgt(svar, 'aktiviteter', 'vej'),
		begrundelse:
			'Vejmyndigheder med ansvar for trafikstyring er nævnt i bilag I, men bilaget undtager offentlige enheder, for hvem trafikstyring ikke er en væsentlig del af deres virksomhed. Undtagelsens præcise ordlyd er ikke gennemgået.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'bilag I, punkt 2, litra d' }],
		aabentSpoergsmaal: 'sp-11',
	},
	{
		id: 'kommune-fjernvarme',
		gaelder: (svar) => isEnhed('kommune')(svar) && hasValgt(svar, 'aktiviteter', 'fjernvarme'),
		begrundelse:
			'Fjernvarme og fjernkøling hører under energisektorens lov og Energistyrelsen, ikke under NIS 2-loven. Den aktivitet gør ikke i sig selv kommunen omfattet af NIS 2-loven.',
		sikkerhed: 'V',
		kilder: [
			{ kilde: 'energiberedskabsloven', henvisning: '§ 2, nr. 8' },
			{ kilde: 'nis2-loven', henvisning: '§ 1, stk. 2' },
		],
	},
	{
		id: 'kommune-klassifikation',
		gaelder: isEnhed('kommune'),
		begrundelse:
			'Om en kommune er en væsentlig eller en vigtig enhed efter dansk ret, er ikke bekræftet. Efter direktivet er en stor enhed i en bilag I-sektor væsentlig, og de fleste kommuner har over 250 ansatte – men det er en slutning, ikke en kilde.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'art. 3, stk. 1, litra a, og stk. 2' }],
		aabentSpoergsmaal: 'sp-02',
	},
	{
		id: 'kommune-ledelsesorgan',
		gaelder: isEnhed('kommune'),
		begrundelse:
			'Er kommunen omfattet, skal ledelsesorganet godkende foranstaltningerne og føre tilsyn med dem. Hvem der er kommunens ledelsesorgan, er et åbent spørgsmål.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'nis2-loven', henvisning: '§ 7' }],
		krav: ['k-20'],
		aabentSpoergsmaal: 'sp-01',
	},
	{
		id: 'kommune-sanktioner',
		gaelder: isEnhed('kommune'),
		begrundelse:
			'Midlertidigt forbud mod at udøve ledelsesfunktioner og suspension af certificeringer kan ikke bruges over for offentlige forvaltningsenheder.',
		sikkerhed: 'V',
		kilder: [{ kilde: 'nis2-loven', henvisning: '§ 23, stk. 4' }],
		krav: ['k-sanktioner'],
	},
	// Companies assessed on their own.
	{
		id: 'uden-for-sektor',
		gaelder: (svar) => isSelvstaendigt(svar) && svar[`sektor-${enhedOf(svar)}`] === 'nej' && !hasSaerlig(svar, 'cer'),
		udfald: 'ikke-omfattet-sektor',
		begrundelse:
			'Selskabets aktivitet falder efter jeres svar uden for den sektorbeskrivelse, der gør enheder omfattet. Selskabet er derfor ikke omfattet på grund af denne aktivitet. Har det andre aktiviteter, skal de vurderes for sig.',
		sikkerhed: 'S',
		kilder: [{ kilde: 'nis2-loven', henvisning: '§ 1, stk. 1, og bilag 1 og 2' }],
	},
	{
		id: 'cer-kritisk',
		gaelder: (svar) => isSelvstaendigt(svar) && hasSaerlig(svar, 'cer'),
		udfald: 'omfattet-vaesentlig',
		begrundelse: 'En enhed, der er udpeget som kritisk enhed efter CER-reglerne, er omfattet uanset størrelse og er en væsentlig enhed efter direktivet.',
		sikkerhed: 'V',
		kilder: [
			{ kilde: 'nis2-direktivet', henvisning: 'art. 2, stk. 3, og art. 3, stk. 1, litra f' },
			{ kilde: 'cer-loven', henvisning: 'udpegning af kritiske enheder' },
		],
		krav: ['k-cer'],
	},
	{
		id: 'udpeget',
		gaelder: (svar) => inSektor(svar) && hasSaerlig(svar, 'udpeget') && stoerrelseOf(svar) === 'lille',
		udfald: 'omfattet',
		begrundelse:
			'En myndighed kan udpege en enhed uanset størrelse, fx hvis den er eneste udbyder af en væsentlig tjeneste, eller hvis en afbrydelse kan få betydelige følger. Udpegningen afgør, om enheden er væsentlig eller vigtig.',
		sikkerhed: 'V',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'art. 2, stk. 2, litra b-e, og art. 3, stk. 1, litra e' }],
	},
	{
		id: 'stor-bilag-i',
		gaelder: (svar) => inSektor(svar) && BILAG_I.includes(enhedOf(svar)!) && stoerrelseOf(svar) === 'stor',
		udfald: 'omfattet-vaesentlig',
		begrundelse:
			'Selskabet er en stor virksomhed i en sektor i bilag I (sektorer af særlig kritisk betydning). Det gør det til en væsentlig enhed. At kommunen ejer selskabet, ændrer ikke størrelsesvurderingen.',
		sikkerhed: 'V',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'art. 2, stk. 1, og art. 3, stk. 1, litra a' }],
	},
	{
		id: 'mellem-bilag-i',
		gaelder: (svar) => inSektor(svar) && BILAG_I.includes(enhedOf(svar)!) && stoerrelseOf(svar) === 'mellem',
		udfald: 'omfattet-vigtig',
		begrundelse:
			'Selskabet er en mellemstor virksomhed i en sektor i bilag I. Det gør det til en vigtig enhed. At kommunen ejer selskabet, ændrer ikke størrelsesvurderingen.',
		sikkerhed: 'V',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'art. 2, stk. 1, og art. 3, stk. 2' }],
	},
	{
		id: 'bilag-ii',
		gaelder: (svar) => inSektor(svar) && enhedOf(svar) === 'affald' && stoerrelseOf(svar) !== 'lille',
		udfald: 'omfattet-vigtig',
		begrundelse:
			'Affaldshåndtering er en sektor i bilag II (andre kritiske sektorer). Mellemstore og store enheder i bilag II er vigtige enheder, medmindre en myndighed har udpeget dem som væsentlige.',
		sikkerhed: 'V',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'art. 2, stk. 1, og art. 3, stk. 2' }],
	},
	{
		id: 'under-taerskel',
		gaelder: (svar) => inSektor(svar) && stoerrelseOf(svar) === 'lille',
		udfald: 'ikke-omfattet-stoerrelse',
		begrundelse:
			'Selskabet er under tærsklen for mellemstore virksomheder og er derfor som udgangspunkt ikke omfattet. En myndighed kan dog udpege det, og det kan være omfattet af andre grunde.',
		sikkerhed: 'S',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'art. 2, stk. 1 og 2' }],
	},
	...(Object.entries(BILAG) as [EnhedId, Henvisning][]).map(([e, h]): Regel => ({
		id: `bilag-${e}`,
		gaelder: (svar) => inSektor(svar) && enhedOf(svar) === e,
		begrundelse: `Aktiviteten er beskrevet i direktivets ${h.henvisning}. NIS 2-lovens bilag 1 og 2 svarer til direktivets bilag I og II.`,
		// The fact sheet has verified the Annex II waste wording; the Annex I rows rest on summaries.
		sikkerhed: e === 'affald' ? 'V' : 'S',
		kilder: [h, { kilde: 'nis2-loven', henvisning: 'bilag 1 og 2' }],
	})),
	{
		id: 'taerskler-usikre',
		gaelder: (svar) => inSektor(svar),
		begrundelse:
			'Tærsklerne for ansatte, omsætning og balance er gengivet efter sekundære kilder. Den præcise ordlyd i Kommissionens henstilling 2003/361/EF om mikrovirksomheder og små og mellemstore virksomheder er ikke gennemgået.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'art. 2, stk. 1' }],
	},
	{
		id: 'sundhed-usikker',
		gaelder: (svar) => isSelvstaendigt(svar) && enhedOf(svar) === 'sundhed',
		begrundelse: 'Hvordan kommunale sundhedsydelser placeres i sektoren sundhed efter dansk ret, er ikke afklaret.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'bilag I, punkt 5' }],
		aabentSpoergsmaal: 'sp-11',
	},
	{
		id: 'multiforsyning',
		gaelder: (svar) => isSelvstaendigt(svar) && svar.energi === 'ja',
		begrundelse:
			'Selskabets energiaktiviteter hører under energisektorens lov og Energistyrelsen. Vand-, spildevands- og affaldsaktiviteterne vurderes efter NIS 2-loven.',
		sikkerhed: 'S',
		kilder: [
			{ kilde: 'energiberedskabsloven', henvisning: '§ 2' },
			{ kilde: 'nis2-loven', henvisning: '§ 1, stk. 2' },
			{ kilde: 'danva-hoeringssvar-nis2', henvisning: 'om multiforsyninger' },
		],
	},
	{
		id: 'tilsynsmyndighed',
		gaelder: (svar) => isEnhed('kommune')(svar) || (isSelvstaendigt(svar) && (inSektor(svar) || hasSaerlig(svar, 'cer'))),
		begrundelse:
			'Hvilken myndighed der fører tilsyn med den enkelte sektor, fastsættes i en bekendtgørelse om kompetente myndigheder. Udpegningerne for sundhed, transport, drikkevand, spildevand, affald og offentlig forvaltning er ikke bekræftet her.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'digst-regelgrundlag', henvisning: 'bekendtgørelse om udpegning af kompetente myndigheder' }],
		aabentSpoergsmaal: 'sp-03',
	},
	{
		id: 'klassifikation-dansk',
		gaelder: (svar) => isSelvstaendigt(svar) && (inSektor(svar) || hasSaerlig(svar, 'cer')),
		begrundelse: 'Opdelingen i væsentlige og vigtige enheder følger direktivets art. 3. De tilsvarende bestemmelser i NIS 2-loven er ikke gennemgået her.',
		sikkerhed: 'U',
		kilder: [{ kilde: 'nis2-direktivet', henvisning: 'art. 3' }],
	},
];
