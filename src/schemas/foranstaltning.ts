// A measure (foranstaltning): something a municipality does that meets one or more requirements.
import { z } from 'astro/zod';
import { pageBase, reviewCycle } from './common.ts';
import { kravId } from './krav.ts';
import { definition, dependencies } from './references.ts';
import { plausible } from './plausible.ts';
import { cirSection, iso27001Control } from './iso27001.ts';
import { foranstaltningId } from './foranstaltning-id.ts';

export { foranstaltningId };

// Upper bounds are not here: they live in content/data/omkostningsmodel.yaml (graenser), next to
// the rates they depend on, and src/checks/content/plausibility.ts applies them.
const costForClass = z.strictObject({
	engang: plausible('engang', z.number().min(0)).describe('engangsudgift i kr.'),
	aarlig: plausible('aarlig', z.number().min(0)).describe('årlig driftsudgift i kr.'),
	aarsvaerk: plausible('aarsvaerk', z.number().min(0)).describe('årligt personaleforbrug i årsværk'),
});

const costEstimate = z.strictObject({
	lille: costForClass.describe('skøn for en lille kommune'),
	mellem: costForClass.describe('skøn for en mellemstor kommune'),
	stor: costForClass.describe('skøn for en stor kommune'),
	antagelser: z
		.string()
		.min(20, { error: 'skriv de antagelser, skønnet bygger på' })
		.describe('hvad skønnet bygger på (timer, licenspriser, hvad der antages at findes)'),
});

// Evidence at three levels, after the pattern of assurance frameworks (designed, in place, shown to
// work): a supervisor asks for all three, and a measure that is only on paper is the common gap.
const evidensLevel = (what: string, example: string) =>
	z
		.array(z.string().min(10, { error: 'skriv et konkret eksempel på mindst 10 tegn' }))
		.min(1, { error: `angiv mindst ét eksempel på dokumentation, der viser, at foranstaltningen ${what}` })
		.describe(`dokumentation, der viser, at foranstaltningen ${what} (fx ${example})`);

const evidens = z
	.object(
		{
			dokumenteret: evidensLevel('er fastlagt og besluttet', 'en politik eller procedure godkendt af en navngiven ledelse på en dato'),
			implementeret: evidensLevel('findes i drift', 'et konfigurationsudtræk, en oversigt eller et logudtræk'),
			afproevet: evidensLevel('virker', 'en test- eller øvelsesrapport med dato, fund og opfølgning'),
		},
		{ error: 'evidens skal deles i tre niveauer med hver sin liste: dokumenteret, implementeret og afproevet' },
	)
	.strict();

export const foranstaltningSchema = pageBase.extend({
	type: z.literal('foranstaltning'),
	id: definition(foranstaltningId).describe('entydigt id; filen skal hedde <id>.mdx'),
	krav: z.array(kravId).min(1, { error: 'en foranstaltning skal opfylde mindst ét krav' }).describe('de krav, foranstaltningen opfylder'),
	niveau: z.enum(['grundniveau', 'udvidet'], { error: 'skal være grundniveau eller udvidet' }).describe('grundniveau (start her) eller udvidet (byg videre)'),
	iso27001: z.array(iso27001Control).default([]).describe('kontroller i ISO/IEC 27001:2022 bilag A, fx "5.24"'),
	cir: z.array(cirSection).default([]).describe('afsnit i bilaget til forordning (EU) 2024/2690, fx "3.2"'),
	evidens: evidens.describe(
		'dokumentation, en tilsynsmyndighed kan bede om, delt i tre lister: "dokumenteret:" (fastlagt og besluttet), "implementeret:" (findes i drift) og "afproevet:" (virker), hver med mindst ét eksempel',
	),
	faellesInfrastruktur: z.array(z.string().min(2)).default([]).describe('fælleskommunal eller fællesoffentlig infrastruktur, foranstaltningen afhænger af'),
	omkostninger: costEstimate.describe('skøn pr. kommunestørrelse; se content/data/omkostningsmodel.yaml'),
	afhaengerAf: dependencies(foranstaltningId).describe('foranstaltninger, der bør være på plads først'),
	...reviewCycle,
	ejer: z.string().min(2).optional().describe('hvem der ejer foranstaltningen og sørger for, at den bliver gennemgået (rolle, ikke navn)'),
});
export type Foranstaltning = z.infer<typeof foranstaltningSchema>;
export type CostEstimate = z.infer<typeof costEstimate>;
