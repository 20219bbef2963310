// How many measures each core requirement needs in the catalogue. Shared by the build rule
// (src/checks/content/coverage.ts) and the coverage view, so the page states the rule it enforces.
const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

export interface CoverageRule {
	min: number;
	/** How the law names the requirement in a Danish message. */
	henvisning: string;
}

export const COVERAGE_RULES: ReadonlyMap<string, CoverageRule> = new Map<string, CoverageRule>([
	// Two per letter: one measure alone leaves no room for the small/large variation the site promises.
	...LETTERS.map((l): [string, CoverageRule] => [`k-21-2-${l}`, { min: 2, henvisning: `NIS2-direktivets art. 21, stk. 2, litra ${l}` }]),
	['k-20', { min: 1, henvisning: 'NIS2-direktivets art. 20 (NIS 2-loven § 7)' }],
	['k-23', { min: 1, henvisning: 'NIS2-direktivets art. 23' }],
]);

/** How many graded outcomes (front matter `udfald`) a core requirement page must have. */
export interface OutcomeRule {
	min: number;
	max: number;
	henvisning: string;
}

// The core obligations a municipality is graded against (issue 15): management, proportionality,
// each minimum measure, corrective measures, reporting and registration. Two outcomes at least, so
// a requirement is never judged on one yes/no; five at most, so a self-assessment stays readable.
export const OUTCOME_RULES: ReadonlyMap<string, OutcomeRule> = new Map<string, OutcomeRule>([
	['k-20', { min: 2, max: 5, henvisning: 'NIS 2-loven § 7 (direktivets art. 20)' }],
	['k-21-1', { min: 2, max: 5, henvisning: 'NIS 2-loven § 6, stk. 1 (direktivets art. 21, stk. 1)' }],
	...LETTERS.map((l, i): [string, OutcomeRule] => [
		`k-21-2-${l}`,
		{ min: 2, max: 5, henvisning: `NIS 2-loven § 6, stk. 1, nr. ${i + 1} (direktivets art. 21, stk. 2, litra ${l})` },
	]),
	['k-6-2', { min: 2, max: 5, henvisning: 'NIS 2-loven § 6, stk. 2' }],
	['k-23', { min: 2, max: 5, henvisning: 'NIS 2-loven §§ 12–13 (direktivets art. 23)' }],
	['k-registrering', { min: 2, max: 5, henvisning: 'NIS 2-loven § 10' }],
]);
