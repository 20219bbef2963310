// A requirement (krav): one obligation from NIS2 / NIS 2-loven, with the reference group's interpretation.
import { z } from 'astro/zod';
import { beslutningId, citation, pageBase, reviewCycle, reviewStatus, slugId, spoergsmaalId, workDate } from './common.ts';
import { definition, reference } from './references.ts';
import { udfaldList } from './udfald.ts';

export const kravId = reference('krav', slugId('k-', 'k-21-2-a'));

export const kravSchema = pageBase.extend({
	type: z.literal('krav'),
	id: definition(kravId).describe('entydigt id; filen skal hedde <id>.mdx'),
	kilder: z
		.array(citation)
		.min(1, { error: 'et krav skal have mindst én kilde (direktivets artikel, lovens § eller et andet dokument)' })
		.describe('hvor kravet står'),
	resume: z.string().min(20, { error: 'skriv et resumé på mindst én sætning' }).describe('kravet med egne ord i én til tre sætninger'),
	status: reviewStatus.describe('fortolkningens status: udkast, i-hoering eller godkendt'),
	beslutning: beslutningId.optional().describe('referencegruppens beslutning (id i content/data/beslutninger.yaml); påkrævet ved status godkendt'),
	godkendtDato: workDate.optional().describe('dato for godkendelsen; påkrævet ved status godkendt'),
	sidstGennemgaaet: workDate.describe('hvornår fortolkningen sidst blev gennemgået (ÅÅÅÅ-MM-DD)'),
	...reviewCycle,
	ejer: z.string().min(2).describe('hvem i referencegruppen der ejer fortolkningen (rolle, ikke navn)'),
	aabneSpoergsmaal: z.array(spoergsmaalId).default([]).describe('åbne spørgsmål (id i content/data/spoergsmaal.yaml)'),
	relateret: z.array(kravId).default([]).describe('andre krav, der hænger sammen med dette'),
	raekkefoelge: z.number().int().min(0).default(100).describe('placering i oversigter (lavest først)'),
	udfald: udfaldList.default([]).describe('graduerede udfald: hvad kommunen skal have opnået, med kendetegn for ikke opfyldt, delvist opfyldt og opfyldt'),
});
export type Krav = z.infer<typeof kravSchema>;
