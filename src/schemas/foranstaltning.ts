// A measure (foranstaltning): something a municipality does that meets one or more requirements.
import { z } from 'astro/zod';
import { pageBase } from './common.ts';
import { kravId } from './krav.ts';
import { cirSection, iso27001Control } from './iso27001.ts';
import { foranstaltningId } from './foranstaltning-id.ts';

export { foranstaltningId };

const costForClass = z.object({
	engang: z.number().min(0).describe('engangsudgift i kr.'),
	aarlig: z.number().min(0).describe('årlig driftsudgift i kr.'),
	aarsvaerk: z.number().min(0).max(50).describe('årligt personaleforbrug i årsværk'),
});

export const costEstimate = z.object({
	lille: costForClass.describe('skøn for en lille kommune'),
	mellem: costForClass.describe('skøn for en mellemstor kommune'),
	stor: costForClass.describe('skøn for en stor kommune'),
	antagelser: z.string().min(20, { error: 'skriv de antagelser, skønnet bygger på' }).describe('hvad skønnet bygger på (timer, licenspriser, hvad der antages at findes)'),
});

export const foranstaltningSchema = pageBase.extend({
	type: z.literal('foranstaltning'),
	id: foranstaltningId.describe('entydigt id; filen skal hedde <id>.mdx'),
	krav: z.array(kravId).min(1, { error: 'en foranstaltning skal opfylde mindst ét krav' }).describe('de krav, foranstaltningen opfylder'),
	niveau: z.enum(['grundniveau', 'udvidet'], { error: 'skal være grundniveau eller udvidet' }).describe('grundniveau (start her) eller udvidet (byg videre)'),
	iso27001: z.array(iso27001Control).default([]).describe('kontroller i ISO/IEC 27001:2022 bilag A, fx "5.24"'),
	cir: z.array(cirSection).default([]).describe('afsnit i bilaget til forordning (EU) 2024/2690, fx "3.2"'),
	evidens: z.array(z.string().min(3)).min(1, { error: 'angiv mindst ét eksempel på dokumentation, en tilsynsmyndighed kan bede om' }).describe('dokumentation, en tilsynsmyndighed kan bede om'),
	faellesInfrastruktur: z.array(z.string().min(2)).default([]).describe('fælleskommunal eller fællesoffentlig infrastruktur, foranstaltningen afhænger af'),
	omkostninger: costEstimate.describe('skøn pr. kommunestørrelse; se content/data/omkostningsmodel.yaml'),
	afhaengerAf: z.array(foranstaltningId).default([]).describe('foranstaltninger, der bør være på plads først'),
});
export type Foranstaltning = z.infer<typeof foranstaltningSchema>;
export type CostEstimate = z.infer<typeof costEstimate>;
