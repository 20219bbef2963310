// Reviews that are overdue, and sources that changed after a page was reviewed. An approved
// interpretation (status godkendt) must not stand on an overdue review or a changed source, so
// those are errors; anything else (drafts, pages without an approval procedure) gets a warning:
// printed by the build, which goes on.
import { formatDate } from '../../lib/format.ts';
import { hasReviewCycle, nextReview, REVIEW_RULES } from '../../lib/review-rules.ts';
import { describeSourceChange, sourceChanges, type CitedSource, type SourceInfo } from '../../lib/source-changes.ts';
import { daysBetween } from '../../util/today.ts';
import type { Problem } from '../problem.ts';
import type { ValidContent } from './validate.ts';
import { lineOf } from './yaml-source.ts';

export interface Findings {
	problems: Problem[];
	warnings: Problem[];
}

const STATUS_WORDS: Record<string, string> = { udkast: 'et udkast', 'i-hoering': 'i høring' };

export function checkReviewDates(content: ValidContent, today: string): Findings {
	const found: Findings = { problems: [], warnings: [] };
	for (const p of content.pages) {
		if (!hasReviewCycle(p.kind)) continue;
		const data = p.data as { sidstGennemgaaet?: string; naesteGennemgang?: string; status?: string };
		const fm = p.page.frontmatter;
		if (data.naesteGennemgang && data.sidstGennemgaaet && data.naesteGennemgang <= data.sidstGennemgaaet) {
			found.problems.push({
				file: p.page.file,
				line: lineOf(fm, ['naesteGennemgang']),
				field: 'naesteGennemgang',
				message: `næste gennemgang (${data.naesteGennemgang}) ligger ikke efter seneste gennemgang (${data.sidstGennemgaaet}).`,
				fix: `ret datoen, eller slet linjen, så reglen gælder (${REVIEW_RULES[p.kind].text}).`,
			});
			continue;
		}
		const next = nextReview(p.kind, data);
		if (!next.date || next.date >= today) continue;
		const approved = data.status === 'godkendt';
		const field = next.source === 'angivet' ? 'naesteGennemgang' : 'sidstGennemgaaet';
		const days = daysBetween(next.date, today);
		(approved ? found.problems : found.warnings).push({
			file: p.page.file,
			line: lineOf(fm, [field]),
			field,
			message: `gennemgangen er forfalden: siden skulle være gennemgået senest ${next.date} (${days} ${days === 1 ? 'dag' : 'dage'} siden)${approved ? ', og en godkendt fortolkning må ikke hvile på en forfalden gennemgang' : next.source === 'regel' ? ` – ${REVIEW_RULES[p.kind].text}` : ''}.`,
			fix: approved
				? 'gennemgå siden og kør npm run review -- --mark-reviewed ' + p.page.file + ', eller sæt status til "i-hoering", til den er gennemgået.'
				: `gennemgå siden og kør npm run review -- --mark-reviewed ${p.page.file}${data.status ? ` (siden er ${STATUS_WORDS[data.status] ?? data.status})` : ''}.`,
		});
	}
	return found;
}

export function checkSourceVersions(content: ValidContent): Findings {
	const found: Findings = { problems: [], warnings: [] };
	const sources = (content.data.kilder ?? []).map((e) => e.data as unknown as SourceInfo);
	for (const p of content.pages) {
		const citations = p.data.kilder as CitedSource[] | undefined;
		if (!Array.isArray(citations) || citations.length === 0) continue;
		const data = p.data as { sidstGennemgaaet?: string; status?: string };
		const approved = data.status === 'godkendt';
		for (const change of sourceChanges(citations, sources, data.sidstGennemgaaet)) {
			const index = citations.findIndex((c) => c.kilde === change.kilde);
			(approved ? found.problems : found.warnings).push({
				file: p.page.file,
				line: lineOf(p.page.frontmatter, ['kilder', index, change.oldVersion ? 'version' : 'kilde']),
				field: `kilder.${index}.${change.oldVersion ? 'version' : 'kilde'}`,
				message: `kilde ændret siden gennemgang: ${describeSourceChange(change, formatDate)}${approved ? '; en godkendt fortolkning skal gennemgås igen mod den nye version' : ''}.`,
				fix: approved
					? `sæt status til "i-hoering", gennemgå siden mod den nye version, og kør npm run review -- --mark-reviewed ${p.page.file}.`
					: `gennemgå siden mod den nye version, og kør npm run review -- --mark-reviewed ${p.page.file}.`,
			});
		}
	}
	return found;
}
