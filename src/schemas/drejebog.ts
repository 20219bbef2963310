// A playbook step (drejebog): one task in the joint implementation playbook, with roles and effort.
import { z } from 'astro/zod';
import { pageBase, slugId } from './common.ts';
import { kravId } from './krav.ts';
import { foranstaltningId } from './foranstaltning.ts';

export const drejebogId = z.string().regex(/^d-\d-\d{2}$/, { error: 'skal være "d-", fasens nummer, bindestreg og to cifre (fx "d-2-03")' });
export const rolleId = slugId('', 'it-chef');

const hoursByRole = z.record(rolleId, z.number().min(0).max(2000));

export const drejebogSchema = pageBase.extend({
	type: z.literal('drejebog'),
	id: drejebogId.describe('entydigt id; filen skal hedde <id>.mdx'),
	fase: z.number().int().min(0).max(9).describe('fasens nummer (se content/data/faser.yaml)'),
	raekkefoelge: z.number().int().min(1).describe('trinnets nummer i fasen'),
	formaal: z.string().min(10).describe('hvorfor trinnet findes, i én sætning'),
	raci: z
		.object({
			R: z.array(rolleId).min(1, { error: 'mindst én rolle skal være ansvarlig for udførelsen (R)' }).describe('roller, der udfører trinnet'),
			A: z.array(rolleId).length(1, { error: 'præcis én rolle skal have det endelige ansvar (A)' }).describe('den ene rolle, der har det endelige ansvar'),
			C: z.array(rolleId).default([]).describe('roller, der høres'),
			I: z.array(rolleId).default([]).describe('roller, der orienteres'),
		})
		.describe('roller: R udfører, A har det endelige ansvar, C høres, I orienteres (id i content/data/roller.yaml)'),
	timer: z
		.object({ lille: hoursByRole.describe('timer pr. rolle i en lille kommune (rolle-id: timer)'), stor: hoursByRole.describe('timer pr. rolle i en stor kommune (rolle-id: timer)') })
		.describe('skønnede timer pr. rolle for en lille og en stor kommune'),
	leverancer: z.array(z.string().min(3)).min(1, { error: 'angiv mindst én leverance' }).describe('hvad trinnet frembringer'),
	afhaengerAf: z.array(drejebogId).default([]).describe('trin, der skal være gjort først'),
	foranstaltninger: z.array(foranstaltningId).default([]).describe('foranstaltninger, trinnet gennemfører'),
	krav: z.array(kravId).default([]).describe('krav, trinnet hjælper med at opfylde'),
	skabeloner: z.array(slugId('', 'risikovurdering')).default([]).describe('skabeloner (filnavn i content/skabeloner uden .mdx)'),
});
export type Drejebog = z.infer<typeof drejebogSchema>;
