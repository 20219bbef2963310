// `npm run lint:spelling`: Danish spelling of the content with cspell, its Danish dictionary
// (@cspell/dict-da-dk, built on Stavekontrolden) and the project's own word list cspell-ord.txt.
// cspell's English output is rewritten into the same "fil:linje: …" form as the content checks.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type CSpellReporter, type Issue } from 'cspell';
import type { Problem } from '../problem.ts';
import { contentFiles, shown } from '../content-files.ts';
import type { LintRun } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

export async function checkSpelling(root = ROOT, contentDir = resolve(root, 'content')): Promise<LintRun> {
	const files = [...contentFiles(contentDir, ['.md', '.mdx']), ...contentFiles(resolve(contentDir, 'data'), ['.yaml'])];
	const issues: Issue[] = [];
	const errors: string[] = [];
	const reporter: CSpellReporter = {
		issue: (issue) => void issues.push(issue),
		error: (message, error) => void errors.push(`${message}: ${error.message}`),
		// cspell's progress and summary output is not wanted: only the Danish messages above.
		info: () => {
			/* not shown */
		},
		debug: () => {
			/* not shown */
		},
		progress: () => {
			/* not shown */
		},
		result: () => {
			/* not shown */
		},
	};
	// cspell skips files outside its root; test fixtures live in a temporary folder, so widen it.
	const lintRoot = contentDir.startsWith(`${root}/`) ? root : dirname(contentDir);
	await lint(
		files,
		{
			root: lintRoot,
			config: resolve(ROOT, 'cspell.config.yaml'),
			showSuggestions: true,
			progress: false,
			summary: false,
			mustFindFiles: false,
			silent: true,
		},
		reporter,
	);
	const problems: Problem[] = issues.map((issue) => {
		const file = shown(root, issue.uri ? fileURLToPath(issue.uri) : '');
		const suggestions = (issue.suggestionsEx ?? []).map((s) => s.wordAdjustedToMatchCase ?? s.word).slice(0, 2);
		return {
			file,
			line: issue.row,
			field: '',
			message: `ukendt ord "${issue.text}" (kolonne ${issue.col})${suggestions.length ? `; mente du ${suggestions.map((s) => `"${s}"`).join(' eller ')}?` : '.'}`,
			fix: '',
		};
	});
	for (const error of errors)
		problems.push({
			file: 'cspell.config.yaml',
			line: 1,
			field: '',
			message: `stavekontrollen kunne ikke køre: ${error}`,
			fix: 'tjek opsætningen i cspell.config.yaml.',
		});
	return {
		name: 'Stavekontrol',
		problems,
		filesChecked: files.length,
		advice: 'Sådan retter du det: ret stavningen. Er ordet korrekt (et fagudtryk, et navn, en forkortelse), så tilføj det på en linje for sig i cspell-ord.txt.',
	};
}
