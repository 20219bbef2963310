// `npm run check:approvals` (a stage of `npm test`): fails when an interpretation that was approved
// at the base is changed without going back to hearing or referencing a new decision. The base is
// $REVIEW_BASE or origin/main; without one (a fresh clone, no remote) the check says so and passes.
import { resolve } from 'node:path';
import { review } from './index.ts';
import { approvalProblems } from './approvals.ts';
import { finish } from '../../src/checks/lint/report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const result = review(process.env.REVIEW_ROOT ?? ROOT, process.argv[2]);
if (!result.ok) {
	console.log(`Godkendte fortolkninger: sprunget over, fordi der ikke er noget at sammenligne med (${result.reason}).\nCHECK: 0 passed, 0 failed`);
} else {
	const checked = result.diff.approved.length;
	finish({ name: `Godkendte fortolkninger (sammenlignet med ${result.baseLabel})`, problems: approvalProblems(result.diff), filesChecked: checked });
}
