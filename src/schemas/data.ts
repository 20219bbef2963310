// Data collections: YAML lists in content/data/. Each entry has an id that pages refer to.
import { z } from 'astro/zod';
import { beslutningId, httpsUrl, kildeId, ordId, pastDate, sizeClass, slugId, spoergsmaalId, workDate } from './common.ts';
import { kravId } from './krav.ts';
import { faseNummer, rolleId } from './drejebog.ts';
import { definition, reference } from './references.ts';
import { plausible } from './plausible.ts';

/** A source document: the directive, a law, a regulation, a guidance note. */
export const kildeSchema = z.strictObject({
	id: definition(kildeId).describe('entydigt id, som sidernes kilder: henviser til'),
	titel: z.string().min(3).describe('dokumentets fulde titel'),
	kortTitel: z.string().min(2).describe('kort navn brugt i henvisninger, fx "NIS 2-loven"'),
	udgiver: z.string().min(2).describe('myndighed eller organisation, der har udgivet dokumentet'),
	version: z.string().min(1).describe('udgave, nummer eller "konsolideret"'),
	dato: pastDate.describe('udgivelses- eller vedtagelsesdato'),
	url: httpsUrl.describe('adresse på den officielle udgave (EUR-Lex, retsinformation.dk, myndighedens side)'),
	art: z.enum(['eu-retsakt', 'dansk-lov', 'bekendtgoerelse', 'vejledning', 'standard', 'andet']).describe('hvilken slags dokument det er'),
});

/** A glossary term. */
export const ordSchema = z.strictObject({
	id: definition(ordId).describe('entydigt id; bruges som anker: /opslag/ordliste/#<id>'),
	term: z.string().min(2).describe('ordet, som det skrives'),
	definition: z.string().min(10).describe('forklaring med egne ord'),
	engelsk: z.string().optional().describe('det engelske udtryk i direktivet'),
	kilde: z
		.strictObject({ kilde: kildeId.describe('id i content/data/kilder.yaml'), henvisning: z.string().min(1).describe('hvor i dokumentet') })
		.optional()
		.describe('hvor definitionen stammer fra'),
	se: z.array(ordId).default([]).describe('relaterede termer (id)'),
});

/**
 * A search-register entry: the words readers type for one concept (abbreviations, English terms,
 * everyday words, other spellings) and the pages that answer it. The build adds the words to those
 * pages' search keywords, and the search dialog sends a query with one of the words to the pages.
 */
export const soegeordSchema = z.object({
	id: slugId('s-', 's-multifaktor').describe('entydigt id for begrebet: "s-" og et kort navn'),
	begreb: z.string().min(2).describe('begrebet, som drejebogen skriver det, fx "Multifaktorautentifikation"'),
	ord: z
		.array(z.string().trim().min(2, { error: 'et søgeord skal have mindst to tegn' }))
		.min(1, { error: 'angiv mindst ét ord, som læserne skriver' })
		.describe('ord og udtryk, som læserne skriver: forkortelser, engelske ord, hverdagsord, andre stavemåder (fx "2FA", "to-faktor")'),
	sider: z
		.array(
			reference(
				'side',
				z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, {
					error: 'skal være en sides adresse uden skråstreg foran og bagved, fx "krav/k-21-2-j" eller "omfattet"',
				}),
			),
		)
		.min(1, { error: 'angiv mindst én side, der svarer på begrebet' })
		.describe('siderne, der svarer på begrebet, vigtigste først, skrevet som adressen uden skråstreger (fx "krav/k-21-2-j")'),
});

/** A decision by the reference group. */
export const beslutningSchema = z.strictObject({
	id: definition(beslutningId).describe('entydigt id: "b-", året og et løbenummer'),
	dato: workDate.describe('mødedato for beslutningen (ÅÅÅÅ-MM-DD)'),
	titel: z.string().min(5).describe('kort titel på beslutningen'),
	resume: z.string().min(10).describe('hvad referencegruppen besluttede, med egne ord'),
	krav: z.array(kravId).default([]).describe('krav, beslutningen godkender eller ændrer'),
	spoergsmaal: z.array(spoergsmaalId).default([]).describe('åbne spørgsmål, beslutningen besvarer'),
});

/** An open legal or practical question the reference group must settle. */
export const spoergsmaalSchema = z.strictObject({
	id: definition(spoergsmaalId).describe('entydigt id: "sp-" og et løbenummer'),
	spoergsmaal: z.string().min(10).describe('spørgsmålet, formuleret så det kan besvares'),
	hvadViVed: z.string().min(10).describe('hvad vi ved indtil videre, og hvorfor det er uafklaret'),
	hvemKanSvare: z.string().min(3).describe('hvem der kan afklare spørgsmålet (myndighed, arbejdsgruppe)'),
	status: z.enum(['aaben', 'besvaret']).describe('aaben eller besvaret'),
	besvaretAf: beslutningId.optional().describe('beslutningen, der besvarede spørgsmålet'),
	kilder: z
		.array(z.strictObject({ kilde: kildeId.describe('id i content/data/kilder.yaml'), henvisning: z.string().min(1).describe('hvor i dokumentet') }))
		.default([])
		.describe('kilder, spørgsmålet bygger på'),
});

/** A phase of the playbook. */
export const faseSchema = z.strictObject({
	nummer: definition(faseNummer).describe('fasens nummer, 0 til 9'),
	titel: z.string().min(3).describe('fasens navn'),
	formaal: z.string().min(10).describe('hvad fasen skal nå'),
});

/** A role in the RACI matrix. */
export const rolleSchema = z.strictObject({
	id: definition(rolleId).describe('entydigt id, som drejebogens raci: og timer: henviser til'),
	navn: z.string().min(2).describe('rollens navn'),
	beskrivelse: z.string().min(5).describe('hvad rollen dækker i en kommune'),
});

/** A house term for the writing guide: the form we write and the forms `npm run lint:terms` rejects. */
export const termSchema = z.strictObject({
	id: slugId('', 'nis2-direktivet').describe('entydigt id for termen'),
	brug: z.string().min(2).describe('den form, vi skriver'),
	undgaa: z
		.array(z.string().min(2))
		.min(1, { error: 'angiv mindst én form, der skal undgås' })
		.describe('former, der ikke må bruges; skrevet med små bogstaver fanges de uanset store og små bogstaver'),
	begrundelse: z.string().min(10).describe('hvorfor vi skriver sådan, gerne med kilde'),
	kunSammenMed: z
		.array(z.string().min(2))
		.default([])
		.describe(
			'kun forkert i et afsnit, der også nævner et af disse ord (fx "§ 6" eller "NIS 2-loven"), fordi det dér er lovens ordlyd, der menes; tom liste = forkert overalt',
		),
	undtagenSammenMed: z
		.array(z.string().min(2))
		.default([])
		.describe('tilladt i et afsnit, der nævner et af disse ord (fx "GDPR"), fordi en anden regel selv bruger formen'),
});

/** A plausible range for a rate: a figure outside it is almost always a typo (a zero too many or too few). */
const plausibleRange = (what: string) =>
	z
		.strictObject({ fra: z.number().positive().describe(`laveste plausible ${what}`), til: z.number().positive().describe(`højeste plausible ${what}`) })
		.refine((r) => r.fra <= r.til, { error: '"fra" skal være mindre end eller lig med "til"' });

/**
 * Upper bounds for every cost, hour and staff figure in the content: the one place they are set, beside
 * the rates. The content check stops the build when a figure exceeds its bound, since a council
 * briefing printed with 10 kr. instead of 10.000 kr. (or 1,000 times too much) loses the reader's trust.
 */
const graenserSchema = z.strictObject({
	engang: z.number().positive().describe('højeste plausible engangsudgift i kr. for én foranstaltning i én kommunestørrelse'),
	aarlig: z.number().positive().describe('højeste plausible årlige udgift i kr. for én foranstaltning i én kommunestørrelse'),
	aarsvaerk: z.number().positive().describe('højeste plausible personaleforbrug i årsværk for én foranstaltning i én kommunestørrelse'),
	timerPrRolle: z.number().positive().describe('højeste plausible antal timer for én rolle i ét drejebogstrin'),
	pris: z.number().positive().describe('højeste plausible pris i kr. i et prisinterval (prisintervaller: fra, til, brugt)'),
	timepris: plausibleRange('timepris i kr.'),
	konsulentTimepris: plausibleRange('konsulenttimepris i kr.'),
	aarsvaerkKr: plausibleRange('pris i kr. for ét årsværk'),
});

/** The cost model's shared assumptions: size classes, rates. Per-measure figures live on each measure. */
export const omkostningsmodelSchema = z.strictObject({
	version: z.string().min(1).describe('modellens udgave, fx "2026.1"'),
	graenser: graenserSchema.describe('øvre grænser (og for satserne et interval), som alle beløb, timer og årsværk i indholdet kontrolleres mod'),
	timepris: plausible('timepris', z.number().positive()).describe('kr. pr. intern time inkl. overhead'),
	aarsvaerkKr: plausible('aarsvaerkKr', z.number().positive()).describe('kr. pr. årsværk'),
	konsulentTimepris: plausible('konsulentTimepris', z.number().positive()).describe('kr. pr. konsulenttime'),
	stoerrelser: z
		.array(
			z.strictObject({
				id: sizeClass,
				navn: z.string(),
				indbyggere: z.string().describe('fx "under 30.000"'),
				indbyggereFra: z.number().int().min(0).describe('mindste indbyggertal i klassen; omkostningsberegneren vælger klasse ud fra det (fx 30000)'),
				ansatte: z.number().int().positive().describe('antaget antal ansatte'),
				itBrugere: z.number().int().positive().describe('antaget antal brugere med en personlig it-konto'),
				endepunkter: z.number().int().positive().optional().describe("antaget antal pc'er, servere og andre endepunkter, som licenser tælles på"),
				privilegeredeKonti: z.number().int().positive().optional().describe('antaget antal administrator- og servicekonti med udvidede rettigheder'),
				ledelseskreds: z
					.number()
					.int()
					.positive()
					.optional()
					.describe('antaget antal personer i den ledelseskreds, der skal uddannes efter NIS 2-loven § 7, stk. 2'),
			}),
		)
		.length(3, { error: 'der skal være præcis tre kommunestørrelser: lille, mellem og stor' })
		.describe('kommunestørrelserne i rækkefølgen lille, mellem, stor'),
	antagelser: z.array(z.string().min(10)).min(1).describe('de antagelser, modellen bygger på'),
	prisintervaller: z
		.array(
			z.strictObject({
				id: slugId('', 'edr-licens').describe('entydigt id for prisen'),
				navn: z.string().min(3).describe('hvad prisen gælder, fx "EDR-licens"'),
				fra: plausible('pris', z.number().min(0)).describe('laveste skønnede pris i kr.'),
				til: plausible('pris', z.number().min(0)).describe('højeste skønnede pris i kr.'),
				enhed: z.string().min(2).describe('hvad prisen er pr., fx "pr. endepunkt pr. år"'),
				brugt: plausible('pris', z.number().min(0)).describe('den pris i intervallet, skønnene regner med'),
			}),
		)
		.default([])
		.describe('skønnede markedspriser for licenser og ydelser, som foranstaltningernes skøn bygger på'),
});

export type Term = z.infer<typeof termSchema>;

/**
 * An edition of the content (content/data/udgaver.yaml, newest first): what covers, Word templates
 * and exports name instead of a commit. `npm run release` adds the next one.
 */
export const udgaveSchema = z.strictObject({
	udgave: z
		.string()
		.regex(/^\d{4}\.(0[1-9]|1[0-2])-[1-9]\d*$/, { error: 'skal være år.måned-løbenummer, fx "2026.12-1"' })
		.describe('udgavens navn: år.måned og et løbenummer inden for måneden, fx "2026.12-1"'),
	dato: workDate.describe('hvornår udgaven blev udgivet (ÅÅÅÅ-MM-DD)'),
});
