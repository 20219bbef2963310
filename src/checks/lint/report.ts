// Shared ending of every content lint: the problems in the one editor-facing format
// (src/checks/problem.ts), a count the test runner reads, and the exit code.
import { byPlace, formatProblem, type Problem } from '../problem.ts';

export interface LintRun {
	/** Danish name of the check, e.g. "Stavekontrol". */
	name: string;
	problems: Problem[];
	filesChecked: number;
	/** Advice printed once under the list, when the fix is the same for every finding. */
	advice?: string;
}

function formatLintReport({ name, problems, filesChecked, advice }: LintRun): string {
	const sorted = byPlace(problems);
	const failedFiles = new Set(sorted.map((p) => p.file)).size;
	const lines = [
		sorted.length
			? `${name}: ${sorted.length} fund i ${failedFiles} ${failedFiles === 1 ? 'fil' : 'filer'} (${filesChecked} filer gennemgået).`
			: `${name}: ingen fund i ${filesChecked} filer.`,
	];
	if (sorted.length) lines.push('', ...sorted.map(formatProblem), ...(advice ? ['', advice] : []));
	lines.push(`CHECK: ${Math.max(0, filesChecked - failedFiles)} passed, ${failedFiles} failed`);
	return lines.join('\n');
}

/** Prints the report and sets the exit code; the ending of each lint program (scripts/lint-content.ts, scripts/review/check-approvals.ts). */
export function finish(run: LintRun): void {
	const text = formatLintReport(run);
	if (run.problems.length) console.error(text);
	else console.log(text);
	process.exitCode = run.problems.length ? 1 : 0;
}
