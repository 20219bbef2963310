// What every quality gate returns: a list of problems, empty when the gate passes. Gates never
// throw on a finding, so one run reports every page's problems and fixture tests can assert them.
export interface GateProblem {
	/** The page (path or file) where the problem is. */
	page: string;
	/** A stable id for the kind of problem, e.g. an axe rule id or "third-party-request". */
	rule: string;
	/** Human-readable detail: what, where, and what would fix it. */
	message: string;
}

export function formatProblems(problems: GateProblem[]): string {
	return problems.map((p) => `${p.page}  [${p.rule}]  ${p.message}`).join('\n');
}
