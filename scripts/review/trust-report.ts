// The review work waiting in a content tree: pages whose sources changed since their review, and
// reviews overdue or due soon, by owner. `npm run review` prints it; the status page shows the same
// (src/components/views/StatusOverblik.astro) from the same functions.
import { loadContent } from '../../src/checks/content/load.ts';
import { validate } from '../../src/checks/content/validate.ts';
import { formatDate } from '../../src/lib/format.ts';
import { DUE_SOON_DAYS, hasReviewCycle, nextReview, reviewState } from '../../src/lib/review-rules.ts';
import { describeSourceChange, sourceChanges, type CitedSource, type SourceChange, type SourceInfo } from '../../src/lib/source-changes.ts';
import { asText } from './as-text.ts';

export interface TrustItem {
	file: string;
	title: string;
	owner: string;
}

export interface TrustReport {
	changed: (TrustItem & { changes: SourceChange[] })[];
	due: (TrustItem & { date: string; overdue: boolean })[];
	neverReviewed: number;
}

const NO_OWNER = 'Ingen ejer angivet';

export function trustReport(root: string, contentDir: string, day: string): TrustReport {
	const content = validate(loadContent(root, contentDir));
	const sources = (content.data.kilder ?? []).map((e) => e.data as unknown as SourceInfo);
	const roles = new Map((content.data.roller ?? []).map((e) => [String(e.data.id), String(e.data.navn)]));
	const report: TrustReport = { changed: [], due: [], neverReviewed: 0 };
	for (const p of content.pages) {
		const d = p.data as Record<string, unknown> & {
			title?: string;
			sidstGennemgaaet?: string;
			naesteGennemgang?: string;
			ejer?: string;
			raci?: { A: string[] };
			kilder?: CitedSource[];
		};
		const title = asText((p.page.frontmatter.data as { title?: unknown }).title, p.page.file);
		const accountable = d.raci?.A[0];
		const owner = d.ejer ?? (accountable ? (roles.get(accountable) ?? accountable) : NO_OWNER);
		const item = { file: p.page.file, title, owner };
		const changes = Array.isArray(d.kilder) ? sourceChanges(d.kilder, sources, d.sidstGennemgaaet) : [];
		if (changes.length) report.changed.push({ ...item, changes });
		if (!hasReviewCycle(p.kind)) continue;
		const next = nextReview(p.kind, d);
		const state = reviewState(next, day);
		if (state === 'aldrig-gennemgaaet') report.neverReviewed++;
		else if (state === 'forfalden' || state === 'snart') report.due.push({ ...item, date: next.date!, overdue: state === 'forfalden' });
	}
	report.due.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
	report.changed.sort((a, b) => a.file.localeCompare(b.file));
	return report;
}

export function trustMarkdown(r: TrustReport, day: string): string {
	const out: string[] = ['## Gennemgang', ''];
	out.push(`### Kilde ændret siden gennemgang (${r.changed.length})`, '');
	if (!r.changed.length) out.push('Ingen sider bygger på en kilde, der er ændret siden gennemgangen.', '');
	for (const c of r.changed) {
		out.push(`- **${c.title}** (\`${c.file}\`, ejer: ${c.owner})`);
		for (const ch of c.changes) out.push(`  - ${describeSourceChange(ch, formatDate)}`);
	}
	if (r.changed.length) out.push('', 'Gennemgå siden mod den nye version, og kør `npm run review -- --mark-reviewed <fil>`.', '');
	out.push(`### Forfaldne gennemgange og gennemgange inden for ${DUE_SOON_DAYS} dage (pr. ${formatDate(day)})`, '');
	if (!r.due.length) out.push('Ingen.', '');
	const owners = [...new Set(r.due.map((d) => d.owner))].sort((a, b) => a.localeCompare(b, 'da'));
	for (const owner of owners) {
		out.push(`- **${owner}**`);
		for (const d of r.due.filter((x) => x.owner === owner))
			out.push(`  - ${d.overdue ? '⚠ forfalden' : 'forfalder'} ${formatDate(d.date)}: ${d.title} (\`${d.file}\`)`);
	}
	if (r.due.length) out.push('');
	if (r.neverReviewed)
		out.push(
			`${r.neverReviewed} ${r.neverReviewed === 1 ? 'side' : 'sider'} med fast gennemgang (krav, foranstaltninger, drejebogstrin) er ikke fagligt gennemgået endnu; se /opslag/status/.`,
			'',
		);
	return out.join('\n');
}
