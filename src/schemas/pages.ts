// The smaller page kinds. Each has a literal `type` so the union in index.ts can tell them apart.
import { z } from 'astro/zod';
import { citation, pageBase, reviewStatus, sizeClass } from './common.ts';
import { kravId } from './krav.ts';
import { foranstaltningId } from './foranstaltning.ts';

/** An ordinary page: overview, guide, about. */
export const sideSchema = pageBase.extend({
	type: z.literal('side'),
	kilder: z.array(citation).default([]).describe('kilder til sidens faktuelle udsagn'),
	// A proposal for the reference group (e.g. incident thresholds) is an interpretation and must say
	// how far it has come. Approval happens on requirement pages, which carry the decision, so an
	// ordinary page can only be a draft or out for comment.
	status: reviewStatus
		.exclude(['godkendt'], {
			error: 'en almindelig side kan have status udkast eller i-hoering; godkendte fortolkninger hører til på en kravside med en beslutning',
		})
		.optional()
		.describe('sidens status, hvis den indeholder et forslag eller en fortolkning: udkast eller i-hoering'),
});

/** A consequence page (økonomi, teknologi, kompetencer). */
export const konsekvensSchema = pageBase.extend({
	type: z.literal('konsekvens'),
	omraade: z
		.enum(['oekonomi', 'teknologi', 'kompetencer'], { error: 'skal være oekonomi, teknologi eller kompetencer' })
		.describe('hvilken slags konsekvens siden handler om'),
	kilder: z.array(citation).default([]).describe('kilder til sidens faktuelle udsagn'),
	krav: z.array(kravId).default([]).describe('krav, konsekvensen udspringer af'),
});

/** An experience note from a municipality, or an illustrative example. */
export const erfaringSchema = pageBase.extend({
	type: z.literal('erfaring'),
	illustrativ: z.boolean().describe('true, hvis eksemplet er konstrueret til illustration og ikke stammer fra en navngiven kommune'),
	kommunestoerrelse: sizeClass.describe('lille, mellem eller stor'),
	bidragyder: z.string().min(2).describe('hvem der har bidraget (kommune eller rolle); "Redaktionen" for illustrative eksempler'),
	krav: z.array(kravId).default([]).describe('krav, erfaringen handler om'),
	foranstaltninger: z.array(foranstaltningId).default([]).describe('foranstaltninger, erfaringen handler om'),
});

/** A template (skabelon): a page and a generated .docx with the same sections and fields. */
export const skabelonSchema = pageBase.extend({
	type: z.literal('skabelon'),
	formaal: z.string().min(10).describe('hvad skabelonen bruges til'),
	krav: z.array(kravId).default([]).describe('krav, skabelonen hjælper med at dokumentere'),
	sektioner: z
		.array(
			z.strictObject({
				overskrift: z.string().min(2).describe('sektionens overskrift i dokumentet'),
				felter: z
					.array(
						z.strictObject({
							navn: z.string().min(2).describe('feltets navn'),
							vejledning: z.string().min(3).describe('hvad der skal skrives i feltet'),
						}),
					)
					.min(1)
					.describe('felter, der skal udfyldes i sektionen'),
			}),
		)
		.min(1, { error: 'en skabelon skal have mindst én sektion med felter' })
		.describe('sektioner med felter, som dokumentet skal udfyldes med'),
	genererSektioner: z
		.enum(['krav-udfald'], { error: 'skal være "krav-udfald" eller udelades' })
		.optional()
		.describe('hvilke sektioner der dannes automatisk: "krav-udfald" giver én sektion pr. krav i "krav" med et felt pr. udfald og en opsamling'),
});

/** A management briefing, written to be printed. */
export const briefingSchema = pageBase.extend({
	type: z.literal('briefing'),
	maalgruppe: z.string().min(3).describe('hvem briefingen er skrevet til'),
	kilder: z.array(citation).default([]).describe('kilder til briefingens faktuelle udsagn'),
	krav: z.array(kravId).default([]).describe('krav, briefingen handler om'),
});
