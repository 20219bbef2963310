// How many measures each core requirement needs in the catalogue. Shared by the build rule
// (scripts/content-check/coverage.ts) and the coverage view, so the page states the rule it enforces.
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
