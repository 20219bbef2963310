// Entry point of the content checks, shared by the build integration and `npm run check:content`.
import { resolve } from 'node:path';
import { loadContent } from './load.ts';
import { validate, type ValidContent } from './validate.ts';
import { checkReferences } from './references.ts';
import { checkApprovals, checkDuplicates, checkPlaybookCycles, checkStepEffort } from './rules.ts';
import { checkCoverage } from './coverage.ts';
import { checkOutcomeCoverage } from './outcome-coverage.ts';
import type { Problem } from './problem.ts';

export { ContentError, formatReport, formatProblem, type Problem } from './problem.ts';

export interface CheckResult {
	content: ValidContent;
	problems: Problem[];
}

export function checkContent(root: string, contentDir = resolve(root, 'content')): CheckResult {
	const content = validate(loadContent(root, contentDir));
	const problems = [...content.problems, ...checkDuplicates(content), ...checkReferences(content), ...checkApprovals(content), ...checkPlaybookCycles(content), ...checkStepEffort(content), ...checkCoverage(content), ...checkOutcomeCoverage(content)];
	return { content, problems };
}
