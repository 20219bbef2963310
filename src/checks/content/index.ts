// Entry point of the content checks, shared by the build integration and `npm run check:content`.
import { resolve } from 'node:path';
import { loadContent } from './load.ts';
import { validate, type ValidContent } from './validate.ts';
import { checkReferences, collectIds } from './references.ts';
import { checkApprovals, checkDuplicates, checkEditionOrder, checkStepEffort } from './rules.ts';
import { checkBlankText, checkCycles, checkDecisions, checkLists, checkPages, checkStepRoles } from './consistency.ts';
import { checkPlausibility } from './plausibility.ts';
import { checkCoverage } from './coverage.ts';
import { checkOutcomeCoverage } from './outcome-coverage.ts';
import { checkBodies } from './body.ts';
import { checkReviewDates, checkSourceVersions } from './review-dates.ts';
import { today } from '../../util/today.ts';
import type { Problem } from '../problem.ts';

export { ContentError, formatReport, formatProblem, formatWarnings, type Problem } from '../problem.ts';

export interface CheckResult {
	content: ValidContent;
	problems: Problem[];
	/** Reported but not blocking: overdue reviews and changed sources on pages that are not approved. */
	warnings: Problem[];
}

/**
 * `day` is "today" for the review dates (default: NIS2_TODAY, SOURCE_DATE_EPOCH or the clock;
 * src/util/today.ts). `tree` is the content as read from disk, when the caller has it already.
 */
export function checkContent(root: string, contentDir = resolve(root, 'content'), day = today(), tree = loadContent(root, contentDir)): CheckResult {
	const content = validate(tree);
	const uses = collectIds(content);
	const reviews = checkReviewDates(content, day);
	const sources = checkSourceVersions(content);
	// A field the schema rejected is reported once: the string scan would only say it again.
	const rejectedFields = new Set(content.problems.map((p) => `${p.file}|${p.field}`));
	const problems = [
		...content.problems,
		...checkBodies(root, tree).filter((p) => !p.field || !rejectedFields.has(`${p.file}|${p.field}`)),
		...checkDuplicates(content),
		...checkEditionOrder(content),
		...checkReferences(content, uses),
		...checkLists(uses),
		...checkCycles(uses),
		...checkApprovals(content),
		...checkDecisions(content),
		...checkStepEffort(content),
		...checkStepRoles(content),
		...checkBlankText(content),
		...checkPages(content),
		...checkPlausibility(content),
		...checkCoverage(content),
		...checkOutcomeCoverage(content),
		...reviews.problems,
		...sources.problems,
	];
	return { content, problems, warnings: [...reviews.warnings, ...sources.warnings] };
}
