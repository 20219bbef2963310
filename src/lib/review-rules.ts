// When a page is due for review again: the rule per page kind, in one place. A page may write
// `naesteGennemgang` itself (an earlier date after a hearing, say); otherwise the rule derives it
// from `sidstGennemgaaet`. The page, the print, the status page, `npm run review` and the content
// check all read the date from here, so they cannot disagree.
// Which kinds have a cycle, and how long it is, is declared per kind in src/schemas/page-kinds.ts.
import { addMonths, daysBetween } from '../util/today.ts';
import { PAGE_KIND_REGISTRY, REVIEW_KINDS, type ReviewKind } from '../schemas/page-kinds.ts';

export { REVIEW_KINDS, type ReviewKind };
export const hasReviewCycle = (kind: unknown): kind is ReviewKind => REVIEW_KINDS.includes(kind as ReviewKind);

/** Months from one review to the next, per page kind, and the rule in words for pages and guides. */
export const REVIEW_RULES = Object.fromEntries(REVIEW_KINDS.map((kind) => [kind, PAGE_KIND_REGISTRY[kind].review])) as Record<
	ReviewKind,
	{ months: number; text: string }
>;

/** The status page lists reviews due within this many days. */
export const DUE_SOON_DAYS = 60;

export interface NextReview {
	/** YYYY-MM-DD; undefined when the page has never been reviewed and gives no date. */
	date?: string;
	/** Where the date comes from: written on the page, derived by the rule, or none (never reviewed). */
	source: 'angivet' | 'regel' | 'aldrig-gennemgaaet';
}

export function nextReview(kind: ReviewKind, data: { sidstGennemgaaet?: string; naesteGennemgang?: string }): NextReview {
	if (data.naesteGennemgang) return { date: data.naesteGennemgang, source: 'angivet' };
	if (data.sidstGennemgaaet) return { date: addMonths(data.sidstGennemgaaet, REVIEW_RULES[kind].months), source: 'regel' };
	return { source: 'aldrig-gennemgaaet' };
}

export type ReviewState = 'forfalden' | 'snart' | 'i-orden' | 'aldrig-gennemgaaet';

/** Overdue when the due date has passed (a review due today is not overdue yet). */
export function reviewState(next: NextReview, today: string): ReviewState {
	if (!next.date) return 'aldrig-gennemgaaet';
	const days = daysBetween(today, next.date);
	if (days < 0) return 'forfalden';
	return days <= DUE_SOON_DAYS ? 'snart' : 'i-orden';
}
