// What a page says about how far it can be trusted today: when it is due for review, which of its
// sources changed since the review, and its major change notes. The page, the print, the status
// page and the change list all ask this one function.
import { kilder, roller } from './data.ts';
import { hasReviewCycle, nextReview, reviewState, type NextReview, type ReviewKind, type ReviewState } from './review-rules.ts';
import { sourceChanges, type CitedSource, type SourceChange } from './source-changes.ts';
import { today } from '../util/today.ts';
import type { Aendring } from '../schemas/common.ts';

export interface PageTrust {
	/** Only for the page kinds with a review cycle. */
	review?: NextReview & { state: ReviewState; kind: ReviewKind };
	sourceChanges: SourceChange[];
	/** Major change notes, newest first. */
	major: Aendring[];
	owner?: string;
}

interface TrustData {
	type?: string;
	sidstGennemgaaet?: string;
	naesteGennemgang?: string;
	kilder?: CitedSource[];
	aendringer?: Aendring[];
	ejer?: string;
	raci?: { A: string[] };
}

/** Newest first; notes on the same day keep the order they are written in. */
const newestFirst = (notes: readonly Aendring[]) =>
	[...notes]
		.map((n, i) => ({ n, i }))
		.sort((a, b) => b.n.dato.localeCompare(a.n.dato) || a.i - b.i)
		.map(({ n }) => n);

/** Who answers for the review: the page's `ejer`, else (a playbook step) the role with the final say. */
function ownerOf(data: TrustData): string | undefined {
	if (data.ejer) return data.ejer;
	const accountable = data.raci?.A[0];
	return accountable ? (roller().find((r) => r.id === accountable)?.navn ?? accountable) : undefined;
}

export function pageTrust(data: TrustData, day = today()): PageTrust {
	const kind = data.type;
	const review = hasReviewCycle(kind) ? nextReview(kind, data) : undefined;
	return {
		review: review && hasReviewCycle(kind) ? { ...review, state: reviewState(review, day), kind } : undefined,
		sourceChanges: Array.isArray(data.kilder) ? sourceChanges(data.kilder, kilder(), data.sidstGennemgaaet) : [],
		major: newestFirst((data.aendringer ?? []).filter((a) => a.type === 'vaesentlig')),
		owner: ownerOf(data),
	};
}
