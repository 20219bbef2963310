// Graded outcomes (udfald) of a requirement: what a municipality must have achieved, with observable
// indicators for each grade (in the manner of the UK NCSC's Cyber Assessment Framework). Other parts
// of the site key an outcome globally as "<kravId>:<id>" (e.g. "k-21-2-j:u1"): the self-assessment
// stores grades under that key, the exports and the OSCAL catalogue name parts after it.
import { z } from 'astro/zod';
import { cirSection } from './iso27001.ts';
import { foranstaltningId } from './foranstaltning-id.ts';

export { UDFALD_GRADES, type UdfaldGrade } from './udfald-grades.ts';

const udfaldId = z.string().regex(/^u\d{1,2}$/, { error: 'skal være "u" og et eller to cifre (fx "u1")' });

const indicatorList = (grade: string) =>
	z.array(z.string().min(10, { error: 'skriv kendetegnet som en hel sætning på mindst 10 tegn' })).min(1, { error: `angiv mindst ét kendetegn på ${grade}` });

const udfaldIndikatorer = z.object({
	ikkeOpfyldt: indicatorList('ikke opfyldt').describe('kendetegn, der viser, at udfaldet ikke er opfyldt (mindst ét)'),
	delvistOpfyldt: indicatorList('delvist opfyldt').describe('kendetegn, der viser, at udfaldet er delvist opfyldt (mindst ét)'),
	opfyldt: indicatorList('opfyldt').describe('kendetegn, der viser, at udfaldet er opfyldt (mindst ét)'),
});

const udfaldSchema = z.object({
	id: udfaldId.describe('udfaldets id, entydigt på kravsiden, fx "u1"'),
	titel: z.string().min(3).describe('kort navn på udfaldet'),
	beskrivelse: z
		.string()
		.min(20, { error: 'beskriv i én til tre sætninger, hvad kommunen skal have opnået' })
		.describe('hvad kommunen skal have opnået, i én til tre sætninger'),
	indikatorer: udfaldIndikatorer.describe('kendetegn for hver vurdering: ikkeOpfyldt, delvistOpfyldt og opfyldt'),
	cir: z.array(cirSection).default([]).describe('afsnit i bilaget til forordning (EU) 2024/2690, der beskriver udfaldet nærmere, fx "11.7"'),
	foranstaltninger: z
		.array(foranstaltningId)
		.min(1, { error: 'angiv mindst én foranstaltning, der hjælper kommunen til udfaldet' })
		.describe('foranstaltninger, der tjener udfaldet (id i content/foranstaltninger/)'),
});

/** The outcomes of one requirement; ids must be unique within the page because the global key is "<kravId>:<id>". */
export const udfaldList = z.array(udfaldSchema).superRefine((list, ctx) => {
	const first = new Map<string, number>();
	list.forEach((u, index) => {
		const seen = first.get(u.id);
		if (seen === undefined) first.set(u.id, index);
		else
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				message: `id "${u.id}" er allerede brugt af udfald nr. ${seen + 1} på siden; giv hvert udfald sit eget id (u1, u2, …)`,
			});
	});
});

/** The key other parts of the site use for one outcome: "<kravId>:<udfaldId>". */
export const udfaldKey = (kravId: string, udfaldId: string) => `${kravId}:${udfaldId}`;
