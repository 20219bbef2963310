// Data collections: YAML lists in content/data/. Each entry has an id that pages refer to.
import { z } from 'astro/zod';
import { pastDate, sizeClass, slugId } from './common.ts';
import { kravId } from './krav.ts';

/** A source document: the directive, a law, a regulation, a guidance note. */
export const kildeSchema = z.object({
	id: slugId('', 'nis2-loven').describe('entydigt id, som sidernes kilder: henviser til'),
	titel: z.string().min(3).describe('dokumentets fulde titel'),
	kortTitel: z.string().min(2).describe('kort navn brugt i henvisninger, fx "NIS 2-loven"'),
	udgiver: z.string().min(2).describe('myndighed eller organisation, der har udgivet dokumentet'),
	version: z.string().min(1).describe('udgave, nummer eller "konsolideret"'),
	dato: pastDate.describe('udgivelses- eller vedtagelsesdato'),
	url: z.url({ error: 'skal være en fuld adresse, der begynder med https://' }).describe('adresse på den officielle udgave (EUR-Lex, retsinformation.dk, myndighedens side)'),
	art: z.enum(['eu-retsakt', 'dansk-lov', 'bekendtgoerelse', 'vejledning', 'standard', 'andet']).describe('hvilken slags dokument det er'),
});

/** A glossary term. */
export const ordSchema = z.object({
	id: slugId('', 'vaesentlig-haendelse').describe('entydigt id; bruges som anker: /opslag/ordliste/#<id>'),
	term: z.string().min(2).describe('ordet, som det skrives'),
	definition: z.string().min(10).describe('forklaring med egne ord'),
	engelsk: z.string().optional().describe('det engelske udtryk i direktivet'),
	kilde: z
		.object({ kilde: slugId('', 'nis2-loven').describe('id i content/data/kilder.yaml'), henvisning: z.string().min(1).describe('hvor i dokumentet') })
		.optional()
		.describe('hvor definitionen stammer fra'),
	se: z.array(z.string()).default([]).describe('relaterede termer (id)'),
});

/** A decision by the reference group. */
export const beslutningSchema = z.object({
	id: slugId('b-', 'b-2026-01').describe('entydigt id: "b-", året og et løbenummer'),
	dato: pastDate.describe('mødedato for beslutningen (ÅÅÅÅ-MM-DD)'),
	titel: z.string().min(5).describe('kort titel på beslutningen'),
	resume: z.string().min(10).describe('hvad referencegruppen besluttede, med egne ord'),
	krav: z.array(kravId).default([]).describe('krav, beslutningen godkender eller ændrer'),
	spoergsmaal: z.array(slugId('sp-', 'sp-01')).default([]).describe('åbne spørgsmål, beslutningen besvarer'),
});

/** An open legal or practical question the reference group must settle. */
export const spoergsmaalSchema = z.object({
	id: slugId('sp-', 'sp-01').describe('entydigt id: "sp-" og et løbenummer'),
	spoergsmaal: z.string().min(10).describe('spørgsmålet, formuleret så det kan besvares'),
	hvadViVed: z.string().min(10).describe('hvad vi ved indtil videre, og hvorfor det er uafklaret'),
	hvemKanSvare: z.string().min(3).describe('hvem der kan afklare spørgsmålet (myndighed, arbejdsgruppe)'),
	status: z.enum(['aaben', 'besvaret']).describe('aaben eller besvaret'),
	besvaretAf: slugId('b-', 'b-2026-01').optional().describe('beslutningen, der besvarede spørgsmålet'),
	kilder: z
		.array(z.object({ kilde: slugId('', 'nis2-loven').describe('id i content/data/kilder.yaml'), henvisning: z.string().min(1).describe('hvor i dokumentet') }))
		.default([])
		.describe('kilder, spørgsmålet bygger på'),
});

/** A phase of the playbook. */
export const faseSchema = z.object({
	nummer: z.number().int().min(0).max(9).describe('fasens nummer, 0 til 9'),
	titel: z.string().min(3).describe('fasens navn'),
	formaal: z.string().min(10).describe('hvad fasen skal nå'),
});

/** A role in the RACI matrix. */
export const rolleSchema = z.object({
	id: slugId('', 'it-chef').describe('entydigt id, som drejebogens raci: og timer: henviser til'),
	navn: z.string().min(2).describe('rollens navn'),
	beskrivelse: z.string().min(5).describe('hvad rollen dækker i en kommune'),
});

/** A house term for the writing guide: the form we write and the forms `npm run lint:terms` rejects. */
export const termSchema = z.object({
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
		.describe('kun forkert i et afsnit, der også nævner et af disse ord (fx "§ 6" eller "NIS 2-loven"), fordi det dér er lovens ordlyd, der menes; tom liste = forkert overalt'),
	undtagenSammenMed: z
		.array(z.string().min(2))
		.default([])
		.describe('tilladt i et afsnit, der nævner et af disse ord (fx "GDPR"), fordi en anden regel selv bruger formen'),
});

/** The cost model's shared assumptions: size classes, rates. Per-measure figures live on each measure. */
export const omkostningsmodelSchema = z.object({
	version: z.string(),
	timepris: z.number().positive().describe('kr. pr. intern time inkl. overhead'),
	aarsvaerkKr: z.number().positive().describe('kr. pr. årsværk'),
	konsulentTimepris: z.number().positive(),
	stoerrelser: z.array(
		z.object({
			id: sizeClass,
			navn: z.string(),
			indbyggere: z.string().describe('fx "under 30.000"'),
			indbyggereFra: z.number().int().min(0).describe('mindste indbyggertal i klassen; omkostningsberegneren vælger klasse ud fra det (fx 30000)'),
			ansatte: z.number().int().positive().describe('antaget antal ansatte'),
			itBrugere: z.number().int().positive().describe('antaget antal brugere med en personlig it-konto'),
			endepunkter: z.number().int().positive().optional().describe('antaget antal pc\'er, servere og andre endepunkter, som licenser tælles på'),
			privilegeredeKonti: z.number().int().positive().optional().describe('antaget antal administrator- og servicekonti med udvidede rettigheder'),
			ledelseskreds: z.number().int().positive().optional().describe('antaget antal personer i den ledelseskreds, der skal uddannes efter NIS 2-loven § 7, stk. 2'),
		}),
	).length(3),
	antagelser: z.array(z.string().min(10)).min(1),
	prisintervaller: z
		.array(
			z.object({
				id: slugId('', 'edr-licens'),
				navn: z.string().min(3).describe('hvad prisen gælder, fx "EDR-licens"'),
				fra: z.number().min(0).describe('laveste skønnede pris i kr.'),
				til: z.number().min(0).describe('højeste skønnede pris i kr.'),
				enhed: z.string().min(2).describe('hvad prisen er pr., fx "pr. endepunkt pr. år"'),
				brugt: z.number().min(0).describe('den pris i intervallet, skønnene regner med'),
			}),
		)
		.default([])
		.describe('skønnede markedspriser for licenser og ydelser, som foranstaltningernes skøn bygger på'),
});

export type Kilde = z.infer<typeof kildeSchema>;
export type Ord = z.infer<typeof ordSchema>;
export type Beslutning = z.infer<typeof beslutningSchema>;
export type Spoergsmaal = z.infer<typeof spoergsmaalSchema>;
export type Fase = z.infer<typeof faseSchema>;
export type Rolle = z.infer<typeof rolleSchema>;
export type Term = z.infer<typeof termSchema>;
export type Omkostningsmodel = z.infer<typeof omkostningsmodelSchema>;
