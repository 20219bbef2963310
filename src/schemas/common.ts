// Building blocks shared by the page and data schemas. Error texts are Danish because
// the people who trip them are reference-group editors, not developers.
import { z } from 'astro/zod';
import { SIZE_CLASSES, type SizeClass } from '../lib/size-classes.ts';

/** Lower-case ASCII kebab-case: stable in URLs, PDFs and e-mails (no percent-encoding). */
export const slugId = (prefix: string, example: string) =>
	z
		.string()
		.regex(new RegExp(`^${prefix}[a-z0-9]+(-[a-z0-9]+)*$`), {
			error: `skal være små bogstaver a-z, tal og bindestreger${prefix ? ` og begynde med "${prefix}"` : ''} (fx "${example}")`,
		});

/** A calendar date written as YYYY-MM-DD; never in the future (a review cannot happen tomorrow). */
export const pastDate = z
	.union([z.string(), z.date()], { error: 'skal være en dato skrevet som ÅÅÅÅ-MM-DD (fx 2026-11-02)' })
	.transform((value, ctx) => {
		const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
			ctx.addIssue({ code: 'custom', message: `"${text}" er ikke en gyldig dato; skriv ÅÅÅÅ-MM-DD (fx 2026-11-02)` });
			return z.NEVER;
		}
		const today = new Date().toISOString().slice(0, 10);
		if (text > today) {
			ctx.addIssue({ code: 'custom', message: `datoen ${text} ligger i fremtiden; brug den dato, det faktisk skete (senest ${today})` });
			return z.NEVER;
		}
		return text;
	});

export const reviewStatus = z.enum(['udkast', 'i-hoering', 'godkendt'], {
	error: 'skal være en af: udkast, i-hoering, godkendt',
});
export type ReviewStatus = z.infer<typeof reviewStatus>;

/** A citation: which source document, and where in it. */
export const citation = z.object({
	kilde: slugId('', 'nis2-loven').describe('id på et dokument i content/data/kilder.yaml'),
	henvisning: z.string().min(1).describe('hvor i dokumentet, fx "art. 21, stk. 2, litra a" eller "§ 6, stk. 1"'),
	url: z.url({ error: 'skal være en fuld adresse, der begynder med https://' }).optional().describe('dybt link til stedet, hvis kildens hovedadresse ikke er nok'),
});

/** Fields every content page may carry in addition to Starlight's own (title, description, …). */
export const pageBase = z.object({
	soegeord: z
		.array(z.string().min(2))
		.default([])
		.describe('ekstra søgeord, fx dele af sammensatte ord ("krav" på en side om "sikkerhedskrav")'),
	sidstGennemgaaet: pastDate.optional().describe('hvornår indholdet sidst blev gennemgået fagligt (ÅÅÅÅ-MM-DD)'),
});

export const sizeClass = z.enum(SIZE_CLASSES);
export { SIZE_CLASSES, type SizeClass };
