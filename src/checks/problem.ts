// A problem found in what editors write, phrased for an editor: where, which field, what is wrong,
// how to fix it. The one type and the one line format of every editor-facing check: the content
// check (src/checks/content/), the link check, the content lints (src/checks/lint/) and the
// approval check (scripts/review/), so an editor reads every message the same way.
export interface Problem {
	/** Path relative to the repository root, e.g. content/krav/k-20.mdx */
	file: string;
	line: number;
	/** Dotted field path, e.g. "kilder.0.kilde"; empty when the problem is the file itself. */
	field: string;
	message: string;
	/** How to fix it; empty when the fix is the same for every finding and said once under the list. */
	fix: string;
}

/** "fil:linje: feltet "x": besked", and the fix on its own line when there is one. */
export function formatProblem(p: Problem): string {
	const where = `${p.file}:${p.line}`;
	const field = p.field ? ` feltet "${p.field}":` : '';
	return `${where}:${field} ${p.message}${p.fix ? `\n    Sådan retter du det: ${p.fix}` : ''}`;
}

/** In the order an editor goes through them: by file, then by line. */
export function byPlace(problems: Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatReport(problems: Problem[]): string {
	const sorted = byPlace(problems);
	const head = `Indholdet har ${sorted.length} fejl, som skal rettes, før siden kan bygges:`;
	return [head, '', ...sorted.map(formatProblem)].join('\n');
}

export class ContentError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(formatReport(problems));
		this.name = 'ContentError';
		this.problems = problems;
		// Editors read this, not developers: a stack trace would only bury the list of problems.
		this.stack = '';
	}
}

export function formatWarnings(warnings: Problem[]): string {
	const sorted = byPlace(warnings);
	return [
		`Indholdet har ${sorted.length} ${sorted.length === 1 ? 'advarsel' : 'advarsler'} (siden bygges alligevel):`,
		'',
		...sorted.map(formatProblem),
	].join('\n');
}
