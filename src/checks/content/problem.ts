// A problem found in the content, phrased for an editor: where, which field, what is wrong, how to fix it.
export interface Problem {
	/** Path relative to the repository root, e.g. content/krav/k-20.mdx */
	file: string;
	line: number;
	/** Dotted field path, e.g. "kilder.0.kilde"; empty when the problem is the file itself. */
	field: string;
	message: string;
	fix: string;
}

export function formatProblem(p: Problem): string {
	const where = `${p.file}:${p.line}`;
	const field = p.field ? ` feltet "${p.field}":` : '';
	return `${where}:${field} ${p.message}\n    Sådan retter du det: ${p.fix}`;
}

export function formatReport(problems: Problem[]): string {
	const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	const head = `Indholdet har ${sorted.length} ${sorted.length === 1 ? 'fejl' : 'fejl'}, som skal rettes, før siden kan bygges:`;
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
	const sorted = [...warnings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return [`Indholdet har ${sorted.length} ${sorted.length === 1 ? 'advarsel' : 'advarsler'} (siden bygges alligevel):`, '', ...sorted.map(formatProblem)].join('\n');
}
