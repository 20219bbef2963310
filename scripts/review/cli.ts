// `npm run review -- <base-ref>`: prints a Markdown summary of the content changes since <base-ref>
// (default $REVIEW_BASE, else origin/main) for the pull request description.
import { resolve } from 'node:path';
import { review } from './index.ts';
import { reviewMarkdown } from './summary.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const result = review(process.env.REVIEW_ROOT ?? ROOT, process.argv[2]);
if (!result.ok) {
	console.error(`Kan ikke lave et resumé: ${result.reason}.\nBrug: npm run review -- <ref>, fx npm run review -- origin/main`);
	process.exitCode = 2;
} else {
	console.log(reviewMarkdown(result.diff, result.baseLabel));
}
