// A playbook step (drejebog): one task in the joint implementation playbook, with roles and effort.
import { z } from 'astro/zod';
import { pageBase, reviewCycle, skabelonId, slugId } from './common.ts';
import { definition, dependencies, reference } from './references.ts';
import { plausible } from './plausible.ts';
import { kravId } from './krav.ts';
import { foranstaltningId } from './foranstaltning.ts';

const drejebogId = reference('drejebog', z.string().regex(/^d-\d-\d{2}$/, { error: 'skal være "d-", fasens nummer, bindestreg og to cifre (fx "d-2-03")' }));
export const rolleId = reference('rolle', slugId('', 'it-chef'));
/** A phase number as steps refer to it; the phases are defined in content/data/faser.yaml. */
export const faseNummer = reference('fase', z.number().int().min(0).max(9));

// The upper bound per role is in content/data/omkostningsmodel.yaml (graenser.timerPrRolle).
const hoursByRole = z.record(rolleId, plausible('timerPrRolle', z.number().min(0)));

export const drejebogSchema = pageBase.extend({
	type: z.literal('drejebog'),
	id: definition(drejebogId).describe('entydigt id; filen skal hedde <id>.mdx'),
	fase: faseNummer.describe('fasens nummer (se content/data/faser.yaml)'),
	raekkefoelge: z.number().int().min(1).describe('trinnets nummer i fasen'),
	formaal: z.string().min(10).describe('hvorfor trinnet findes, i én sætning'),
	raci: z
		.strictObject({
			R: z.array(rolleId).min(1, { error: 'mindst én rolle skal være ansvarlig for udførelsen (R)' }).describe('roller, der udfører trinnet'),
			A: z
				.array(rolleId)
				.length(1, { error: 'præcis én rolle skal have det endelige ansvar (A)' })
				.describe('den ene rolle, der har det endelige ansvar'),
			C: z.array(rolleId).default([]).describe('roller, der høres'),
			I: z.array(rolleId).default([]).describe('roller, der orienteres'),
		})
		.describe('roller: R udfører, A har det endelige ansvar, C høres, I orienteres (id i content/data/roller.yaml)'),
	timer: z
		.strictObject({
			lille: hoursByRole.describe('timer pr. rolle i en lille kommune (rolle-id: timer)'),
			stor: hoursByRole.describe('timer pr. rolle i en stor kommune (rolle-id: timer)'),
		})
		.describe('skønnede timer pr. rolle for en lille og en stor kommune'),
	leverancer: z.array(z.string().min(3)).min(1, { error: 'angiv mindst én leverance' }).describe('hvad trinnet frembringer'),
	afhaengerAf: dependencies(drejebogId).describe('trin, der skal være gjort først'),
	foranstaltninger: z.array(foranstaltningId).default([]).describe('foranstaltninger, trinnet gennemfører'),
	krav: z.array(kravId).default([]).describe('krav, trinnet hjælper med at opfylde'),
	skabeloner: z.array(skabelonId).default([]).describe('skabeloner (filnavn i content/skabeloner uden .mdx)'),
	...reviewCycle,
	ejer: z
		.string()
		.min(2)
		.optional()
		.describe('hvem der sørger for, at trinnet bliver gennemgået (rolle, ikke navn); udelades den, er det rollen med det endelige ansvar (A)'),
});
export type Drejebog = z.infer<typeof drejebogSchema>;
