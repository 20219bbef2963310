// The review summary as Markdown, in Danish, to paste into a pull request.
import { PAGE_KIND_LABELS } from '../../src/schemas/index.ts';
import { SIZE_CLASSES, type SizeClass } from '../../src/schemas/common.ts';
import { STATUS_LABELS } from '../../src/lib/labels.ts';
import { formatFte, formatKr } from '../../src/lib/format.ts';
import type { CostTotals } from '../../src/lib/costs.ts';
import type { PageRef, ReviewDiff } from './compare.ts';

const SIZE_NAMES: Record<SizeClass, string> = { lille: 'Lille kommune', mellem: 'Mellemstor kommune', stor: 'Stor kommune' };
const kindLabel = (k: PageRef['kind']) => (k === 'ukendt' ? 'Ukendt sidetype' : PAGE_KIND_LABELS[k]);
const status = (s?: string) => (s ? (STATUS_LABELS[s as keyof typeof STATUS_LABELS] ?? s) : '(ingen)');
const file = (path: string) => `\`content/${path}\``;

function pagesByKind(title: string, pages: PageRef[]): string[] {
	if (!pages.length) return [];
	const out = [`### ${title} (${pages.length})`, ''];
	const kinds = [...new Set(pages.map((p) => p.kind))];
	for (const kind of kinds) {
		const list = pages.filter((p) => p.kind === kind);
		out.push(`- **${kindLabel(kind)}** (${list.length}): ${list.map((p) => `${p.title} (${file(p.path)})`).join(', ')}`);
	}
	return [...out, ''];
}

const money = (t: CostTotals) => `${formatKr(t.engang)} / ${formatKr(t.aarlig)} / ${formatFte(t.aarsvaerk)}`;

export function reviewMarkdown(diff: ReviewDiff, baseLabel: string): string {
	const out: string[] = ['## Resumé af ændringerne i indholdet', '', `Sammenlignet med ${baseLabel}.`, ''];
	const nothing =
		!diff.added.length &&
		!diff.removed.length &&
		!diff.changed.length &&
		!diff.decisions.length &&
		!diff.sources.added.length &&
		!diff.sources.removed.length &&
		!diff.questions.added.length &&
		!diff.questions.resolved.length &&
		!diff.questions.removed.length &&
		!diff.costs.changed.length;

	const flagged = diff.approved.filter((a) => !a.covered);
	if (flagged.length) {
		out.push(
			'> [!WARNING]',
			`> **${flagged.length} godkendt${flagged.length === 1 ? '' : 'e'} fortolkning${flagged.length === 1 ? '' : 'er'} er ændret uden en ny beslutning.** Sæt status til \`i-hoering\`, eller henvis til en ny beslutning i \`content/data/beslutninger.yaml\`.`,
			'',
		);
	}
	if (nothing) out.push('Ingen ændringer i indholdet.', '');

	out.push('### Sider', '');
	if (!diff.added.length && !diff.removed.length && !diff.changed.length) out.push('Ingen sider er tilføjet, fjernet eller ændret.', '');
	out.push(...pagesByKind('Nye sider', diff.added), ...pagesByKind('Fjernede sider', diff.removed), ...pagesByKind('Ændrede sider', diff.changed));

	if (diff.approved.length || diff.statusChanges.length) {
		out.push('### Status for fortolkninger', '');
		for (const a of diff.approved) {
			const what = a.removed ? 'er slettet' : `er ændret (første ændring i linje ${a.firstChangedLine})`;
			const verdict = !a.covered
				? '**⚠ uden ny beslutning**'
				: a.covered === 'i-hoering'
					? `sendt tilbage til ${status(a.newStatus).toLowerCase()}`
					: `ny beslutning ${a.newDecision}`;
			out.push(`- **Godkendt fortolkning ${a.id}** (${a.title}, beslutning ${a.beslutning ?? 'ukendt'}) ${what}: ${verdict}.`);
		}
		for (const s of diff.statusChanges) out.push(`- ${s.id} (${s.title}): ${status(s.from)} → ${status(s.to)}.`);
		out.push('');
	}
	if (diff.decisions.length) {
		out.push('### Nye beslutninger', '', ...diff.decisions.map((d) => `- ${d.id}: ${d.text}`), '');
	}
	const q = diff.questions;
	if (q.added.length || q.resolved.length || q.removed.length) {
		out.push('### Åbne spørgsmål', '');
		for (const e of q.added) out.push(`- Nyt: ${e.id}: ${e.text}`);
		for (const e of q.resolved) out.push(`- Besvaret: ${e.id}: ${e.text}`);
		for (const e of q.removed) out.push(`- Fjernet: ${e.id}: ${e.text}`);
		out.push('');
	}
	if (diff.costs.changed.length) {
		out.push('### Omkostninger (skøn)', '', 'Ændrede foranstaltninger (engangsudgift / årlig udgift / årsværk):', '');
		for (const c of diff.costs.changed) {
			out.push(`- **${c.id}** (${c.title})${!c.before ? ' (ny)' : !c.after ? ' (fjernet)' : ''}`);
			for (const size of SIZE_CLASSES) {
				out.push(`  - ${SIZE_NAMES[size]}: ${c.before ? money(c.before[size]) : '–'} → ${c.after ? money(c.after[size]) : '–'}`);
			}
		}
		out.push(
			'',
			'Samlede skøn for alle foranstaltninger:',
			'',
			'| Kommunestørrelse | Engangsudgift før | Engangsudgift efter | Årlig udgift før | Årlig udgift efter | Årsværk før | Årsværk efter |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		);
		for (const size of SIZE_CLASSES) {
			const b = diff.costs.totalsBefore[size];
			const a = diff.costs.totalsAfter[size];
			out.push(
				`| ${SIZE_NAMES[size]} | ${formatKr(b.engang)} | ${formatKr(a.engang)} | ${formatKr(b.aarlig)} | ${formatKr(a.aarlig)} | ${formatFte(b.aarsvaerk)} | ${formatFte(a.aarsvaerk)} |`,
			);
		}
		out.push('');
	}
	if (diff.sources.added.length || diff.sources.removed.length) {
		out.push('### Kilder', '');
		for (const s of diff.sources.added) out.push(`- Ny kilde: ${s.id}: ${s.text}`);
		for (const s of diff.sources.removed) out.push(`- Fjernet kilde: ${s.id}: ${s.text}`);
		out.push('');
	}
	return out.join('\n');
}
