// The guard behind `npm run check:approvals`: an interpretation that was approved at the base must
// not change unless it goes back to hearing or references a new decision by the reference group.
import type { Problem } from '../../src/checks/problem.ts';
import type { ReviewDiff } from './compare.ts';

export function approvalProblems(diff: ReviewDiff): Problem[] {
	return diff.approved
		.filter((a) => !a.covered)
		.map((a) => ({
			file: `content/${a.path}`,
			line: a.removed ? 1 : a.statusLine,
			field: a.removed ? '' : 'status',
			message: a.removed
				? `kravet ${a.id} var godkendt (beslutning ${a.beslutning ?? 'ukendt'}) og er slettet, men ingen ny beslutning nævner det.`
				: `kravet var godkendt (beslutning ${a.beslutning ?? 'ukendt'}), og indholdet er ændret (første ændring i linje ${a.firstChangedLine}), men der henvises ikke til en ny beslutning.`,
			fix: a.removed
				? `tilføj en beslutning i content/data/beslutninger.yaml med "krav: [${a.id}]", eller gendan filen.`
				: 'sæt status til "i-hoering", eller tilføj en ny beslutning i content/data/beslutninger.yaml og henvis til den i feltet "beslutning".',
		}));
}
