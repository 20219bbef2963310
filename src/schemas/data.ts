// Data collections: YAML lists in content/data/. Each entry has an id that pages refer to.
import { z } from 'astro/zod';
import { pastDate, sizeClass, slugId } from './common.ts';
import { kravId } from './krav.ts';

/** A source document: the directive, a law, a regulation, a guidance note. */
export const kildeSchema = z.object({
	id: slugId('', 'nis2-loven'),
	titel: z.string().min(3),
	kortTitel: z.string().min(2).describe('kort navn brugt i henvisninger, fx "NIS 2-loven"'),
	udgiver: z.string().min(2),
	version: z.string().min(1).describe('udgave, nummer eller "konsolideret"'),
	dato: pastDate.describe('udgivelses- eller vedtagelsesdato'),
	url: z.url({ error: 'skal være en fuld adresse, der begynder med https://' }),
	art: z.enum(['eu-retsakt', 'dansk-lov', 'bekendtgoerelse', 'vejledning', 'standard', 'andet']),
});

/** A glossary term. */
export const ordSchema = z.object({
	id: slugId('', 'vaesentlig-haendelse'),
	term: z.string().min(2),
	definition: z.string().min(10),
	engelsk: z.string().optional(),
	kilde: z.object({ kilde: slugId('', 'nis2-loven'), henvisning: z.string().min(1) }).optional(),
	se: z.array(z.string()).default([]).describe('relaterede termer (id)'),
});

/** A decision by the reference group. */
export const beslutningSchema = z.object({
	id: slugId('b-', 'b-2026-01'),
	dato: pastDate,
	titel: z.string().min(5),
	resume: z.string().min(10),
	krav: z.array(kravId).default([]),
	spoergsmaal: z.array(slugId('sp-', 'sp-01')).default([]),
});

/** An open legal or practical question the reference group must settle. */
export const spoergsmaalSchema = z.object({
	id: slugId('sp-', 'sp-01'),
	spoergsmaal: z.string().min(10),
	hvadViVed: z.string().min(10),
	hvemKanSvare: z.string().min(3),
	status: z.enum(['aaben', 'besvaret']),
	besvaretAf: slugId('b-', 'b-2026-01').optional(),
	kilder: z.array(z.object({ kilde: slugId('', 'nis2-loven'), henvisning: z.string().min(1) })).default([]),
});

/** A phase of the playbook. */
export const faseSchema = z.object({
	nummer: z.number().int().min(0).max(9),
	titel: z.string().min(3),
	formaal: z.string().min(10),
});

/** A role in the RACI matrix. */
export const rolleSchema = z.object({
	id: slugId('', 'it-chef'),
	navn: z.string().min(2),
	beskrivelse: z.string().min(5),
});

/** A house term for the writing guide: the form we write and the forms `npm run lint:terms` rejects. */
export const termSchema = z.object({
	id: slugId('', 'nis2-direktivet'),
	brug: z.string().min(2).describe('den form, vi skriver'),
	undgaa: z
		.array(z.string().min(2))
		.min(1, { error: 'angiv mindst én form, der skal undgås' })
		.describe('former, der ikke må bruges; skrevet med små bogstaver fanges de uanset store og små bogstaver'),
	begrundelse: z.string().min(10).describe('hvorfor vi skriver sådan, gerne med kilde'),
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
			ansatte: z.number().int().positive().describe('antaget antal ansatte'),
			itBrugere: z.number().int().positive(),
		}),
	).length(3),
	antagelser: z.array(z.string().min(10)).min(1),
});

export type Kilde = z.infer<typeof kildeSchema>;
export type Ord = z.infer<typeof ordSchema>;
export type Beslutning = z.infer<typeof beslutningSchema>;
export type Spoergsmaal = z.infer<typeof spoergsmaalSchema>;
export type Fase = z.infer<typeof faseSchema>;
export type Rolle = z.infer<typeof rolleSchema>;
export type Term = z.infer<typeof termSchema>;
export type Omkostningsmodel = z.infer<typeof omkostningsmodelSchema>;
