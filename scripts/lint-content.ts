// `npm run lint:spelling`, `lint:markdown` and `lint:terms`: the content lints of src/checks/lint/
// as a program. Prints the findings in the editor-facing format and sets the exit code.
import { checkMarkdown } from '../src/checks/lint/markdown.ts';
import { finish } from '../src/checks/lint/report.ts';
import { checkSpelling } from '../src/checks/lint/spelling.ts';
import { checkTerms } from '../src/checks/lint/terms.ts';

const LINTS = { spelling: checkSpelling, markdown: checkMarkdown, terms: checkTerms };
const name = process.argv[2] as keyof typeof LINTS;

if (Object.hasOwn(LINTS, name)) finish(await LINTS[name]());
else {
	console.error(`usage: node scripts/lint-content.ts ${Object.keys(LINTS).join('|')}`);
	process.exitCode = 2;
}
