// `npm run review`:
//   npm run review [-- <base-ref>]              Markdown summary of the content changes since <base-ref>
//                                               (default $REVIEW_BASE, else origin/main) for the pull
//                                               request, followed by the review work waiting: pages whose
//                                               sources changed, and reviews overdue or due soon by owner.
//   npm run review -- --mark-reviewed <page>…   records a review of each page today (sidstGennemgaaet,
//                                               pinned source versions); see mark-reviewed.ts.
// "Today" is NIS2_TODAY (YYYY-MM-DD) when set, else the date in Copenhagen (src/util/today.ts).
import { resolve } from 'node:path';
import { review } from './index.ts';
import { reviewMarkdown } from './summary.ts';
import { markReviewed, ReviewError } from './mark-reviewed.ts';
import { trustMarkdown, trustReport } from './trust-report.ts';
import { today } from '../../src/util/today.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const root = process.env.REVIEW_ROOT ?? ROOT;
const contentDir = resolve(root, process.env.NIS2_CONTENT_DIR ?? 'content');
const args = process.argv.slice(2);
const day = today();

const mark = args.indexOf('--mark-reviewed');
if (mark !== -1) {
	const pages = args.slice(mark + 1).filter((a) => !a.startsWith('--'));
	if (!pages.length) {
		console.error('Angiv siden, der er gennemgået: npm run review -- --mark-reviewed content/krav/k-20.mdx (eller id, fx k-20).');
		process.exitCode = 2;
	}
	for (const page of pages) {
		try {
			const { file, changes } = markReviewed(root, contentDir, page, day);
			console.log(`${file}: gennemgået ${day}.\n${changes.map((c) => `  - ${c}`).join('\n')}`);
		} catch (error) {
			if (!(error instanceof ReviewError)) throw error;
			console.error(`${error.message}\nIngen filer er ændret for "${page}".`);
			process.exitCode = 1;
		}
	}
} else {
	const result = review(root, args[0]);
	if (result.ok) console.log(reviewMarkdown(result.diff, result.baseLabel));
	console.log(trustMarkdown(trustReport(root, contentDir, day), day));
	if (!result.ok) {
		console.error(`Kan ikke lave et resumé af ændringerne: ${result.reason}.\nBrug: npm run review -- <ref>, fx npm run review -- origin/main`);
		process.exitCode = 2;
	}
}
