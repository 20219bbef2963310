// Building blocks shared by the page and data schemas. Error texts are Danish because
// the people who trip them are reference-group editors, not developers.
import { z } from 'astro/zod';
import { SIZE_CLASSES, type SizeClass } from './size-classes.ts';
import { reference } from './references.ts';
import { today as currentDay } from '../util/today.ts';

/** Lower-case ASCII kebab-case: stable in URLs, PDFs and e-mails (no percent-encoding). */
export const slugId = (prefix: string, example: string) =>
	z.string().regex(new RegExp(`^${prefix}[a-z0-9]+(-[a-z0-9]+)*$`), {
		error: `skal være små bogstaver a-z, tal og bindestreger${prefix ? ` og begynde med "${prefix}"` : ''} (fx "${example}")`,
	});

/** A calendar date written as YYYY-MM-DD, past or future (a date something is due). */
const calendarDate = z.union([z.string(), z.date()], { error: 'skal være en dato skrevet som ÅÅÅÅ-MM-DD (fx 2026-11-02)' }).transform((value, ctx) => {
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
	if (
		!/^\d{4}-\d{2}-\d{2}$/.test(text) ||
		Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ||
		new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text
	) {
		ctx.addIssue({ code: 'custom', message: `"${text}" er ikke en gyldig dato; skriv ÅÅÅÅ-MM-DD (fx 2026-11-02)` });
		return z.NEVER;
	}
	return text;
});

/** A calendar date written as YYYY-MM-DD; never in the future (a review cannot happen tomorrow). */
export const pastDate = calendarDate.transform((text, ctx) => {
	// The same "today" as the review-date checks (NIS2_TODAY, SOURCE_DATE_EPOCH or the clock).
	const today = currentDay();
	if (text > today) {
		ctx.addIssue({ code: 'custom', message: `datoen ${text} ligger i fremtiden; brug den dato, det faktisk skete (senest ${today})` });
		return z.NEVER;
	}
	return text;
});

/** NIS2 (Directive (EU) 2022/2555) is dated 14 December 2022; no review or decision about it can be older. */
const DIRECTIVE_DATE = '2022-12-14';

/** The date of a review, an approval or a reference-group decision: a past date, and not before the directive. */
export const workDate = pastDate.refine((text) => text >= DIRECTIVE_DATE, {
	error: (issue) =>
		`datoen ${String(issue.input)} ligger før NIS2-direktivet (${DIRECTIVE_DATE}); en gennemgang eller beslutning om det kan ikke være ældre – tjek årstallet`,
});

export const reviewStatus = z.enum(['udkast', 'i-hoering', 'godkendt'], {
	error: 'skal være en af: udkast, i-hoering, godkendt',
});
export type ReviewStatus = z.infer<typeof reviewStatus>;

/** A citation: which source document, and where in it. */
export const kildeId = reference('kilde', slugId('', 'nis2-loven'));
export const beslutningId = reference('beslutning', slugId('b-', 'b-2026-01'));
export const spoergsmaalId = reference('spoergsmaal', slugId('sp-', 'sp-01'));
export const ordId = reference('ord', slugId('', 'vaesentlig-haendelse'));
export const skabelonId = reference('skabelon', slugId('', 'risikovurdering'));

/** Only https: the site is served over https, and a plain http link leaks the reader's visit. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'skal være en fuld adresse, der begynder med https://' });

export const citation = z.strictObject({
	kilde: kildeId.describe('id på et dokument i content/data/kilder.yaml'),
	henvisning: z.string().min(1).describe('hvor i dokumentet, fx "art. 21, stk. 2, litra a" eller "§ 6, stk. 1"'),
	url: httpsUrl.optional().describe('dybt link til stedet, hvis kildens hovedadresse ikke er nok'),
	version: z
		.string()
		.min(1)
		.optional()
		.describe('kildens version, da siden sidst blev gennemgået; skrives af npm run review -- --mark-reviewed, ikke i hånden'),
});

/** A dated change note: "væsentlig" notes reach the page, the change list and the feeds. */
const aendring = z.strictObject({
	dato: workDate.describe('hvornår ændringen blev lavet (ÅÅÅÅ-MM-DD)'),
	type: z
		.enum(['vaesentlig', 'mindre'], { error: 'skal være vaesentlig eller mindre' })
		.describe('vaesentlig (ændrer, hvad kommunen skal gøre eller forstå) eller mindre (sprog, links, eksempler)'),
	tekst: z.string().trim().min(10, { error: 'skriv i en hel sætning, hvad der er ændret' }).describe('hvad der er ændret, i én til to sætninger'),
});
export type Aendring = z.infer<typeof aendring>;

/**
 * The review fields of the page kinds with a review cycle (krav, foranstaltning, drejebog). The
 * next review is derived from the rule in src/lib/review-rules.ts unless written here.
 */
export const reviewCycle = {
	naesteGennemgang: calendarDate
		.optional()
		.describe('hvornår siden senest skal gennemgås igen (ÅÅÅÅ-MM-DD); udelades den, gælder reglen for sidetypen (et år efter sidstGennemgaaet)'),
};

/** Fields every content page may carry in addition to Starlight's own (title, description, …). */
export const pageBase = z.strictObject({
	soegeord: z.array(z.string().min(2)).default([]).describe('ekstra søgeord, fx dele af sammensatte ord ("krav" på en side om "sikkerhedskrav")'),
	sidstGennemgaaet: workDate.optional().describe('hvornår indholdet sidst blev gennemgået fagligt (ÅÅÅÅ-MM-DD)'),
	aendringer: z.array(aendring).default([]).describe('daterede ændringsnoter: dato, type (vaesentlig eller mindre) og tekst'),
});

export const sizeClass = z.enum(SIZE_CLASSES);
export { SIZE_CLASSES, type SizeClass };
