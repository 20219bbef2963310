// What changed between two content snapshots, in the terms a reviewer cares about: pages by kind,
// review status, approved interpretations touched without a new decision, open questions, cost
// estimates with totals per municipality size, and sources.
import { totalsBySize, type CostTotals } from '../../src/lib/costs.ts';
import type { SizeClass } from '../../src/schemas/common.ts';
import type { PageKind } from '../../src/schemas/index.ts';
import type { PageSnapshot, Snapshot } from './snapshot.ts';
import { lineOf } from '../../src/checks/content/yaml-source.ts';
import { asText } from './as-text.ts';

export interface PageRef {
	path: string;
	kind: PageKind | 'ukendt';
	title: string;
}

export interface StatusChange {
	path: string;
	id: string;
	title: string;
	from?: string;
	to?: string;
}

/** An approved interpretation that was edited or deleted. `covered` says whether the change is allowed. */
export interface ApprovedTouch {
	path: string;
	id: string;
	title: string;
	beslutning?: string;
	removed: boolean;
	/** First line that differs from the base (1-based); 1 for a removed file. */
	firstChangedLine: number;
	/** Line of `status:` in the new file (or 1). */
	statusLine: number;
	covered: false | 'i-hoering' | 'ny-beslutning';
	newStatus?: string;
	newDecision?: string;
}

export interface CostChange {
	id: string;
	title: string;
	before?: Record<SizeClass, CostTotals>;
	after?: Record<SizeClass, CostTotals>;
}

export interface ReviewDiff {
	added: PageRef[];
	removed: PageRef[];
	changed: PageRef[];
	statusChanges: StatusChange[];
	approved: ApprovedTouch[];
	questions: { added: Entry[]; resolved: Entry[]; removed: Entry[] };
	decisions: Entry[];
	sources: { added: Entry[]; removed: Entry[] };
	costs: { changed: CostChange[]; totalsBefore: Record<SizeClass, CostTotals>; totalsAfter: Record<SizeClass, CostTotals> };
}

export interface Entry {
	id: string;
	text: string;
}

const ref = (p: PageSnapshot): PageRef => ({ path: p.path, kind: p.kind, title: p.title });
const byId = (list: Record<string, unknown>[] | undefined) => new Map((list ?? []).filter((e) => e && typeof e.id === 'string').map((e) => [String(e.id), e]));

function firstDifferentLine(a: string, b: string): number {
	const x = a.split('\n');
	const y = b.split('\n');
	for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
	return 1;
}

export function compare(base: Snapshot, head: Snapshot): ReviewDiff {
	const added: PageRef[] = [];
	const removed: PageRef[] = [];
	const changed: PageRef[] = [];
	for (const [path, page] of head.pages) {
		const before = base.pages.get(path);
		if (!before) added.push(ref(page));
		else if (before.text !== page.text) changed.push(ref(page));
	}
	for (const [path, page] of base.pages) if (!head.pages.has(path)) removed.push(ref(page));

	const decisionsBefore = byId(base.data.beslutninger);
	const decisionsAfter = byId(head.data.beslutninger);
	const newDecisions = [...decisionsAfter.values()].filter((d) => !decisionsBefore.has(String(d.id)));

	const statusChanges: StatusChange[] = [];
	const approved: ApprovedTouch[] = [];
	for (const [path, before] of base.pages) {
		if (before.kind !== 'krav') continue;
		const after = head.pages.get(path);
		const id = asText(before.data.id, path);
		if (after && after.data.status !== before.data.status) {
			statusChanges.push({ path, id, title: after.title, from: str(before.data.status), to: str(after.data.status) });
		}
		if (before.data.status !== 'godkendt' || after?.text === before.text) continue;
		const decisionForThis = newDecisions.find((d) => d.id === after?.data.beslutning || (Array.isArray(d.krav) && d.krav.includes(id)));
		const covered: ApprovedTouch['covered'] = after && after.data.status !== 'godkendt' ? 'i-hoering' : decisionForThis ? 'ny-beslutning' : false;
		approved.push({
			path,
			id,
			title: (after ?? before).title,
			beslutning: str(before.data.beslutning),
			removed: !after,
			firstChangedLine: after ? firstDifferentLine(before.text, after.text) : 1,
			statusLine: after ? lineOf(after.frontmatter, ['status']) : 1,
			covered,
			newStatus: after ? str(after.data.status) : undefined,
			newDecision: decisionForThis ? String(decisionForThis.id) : undefined,
		});
	}
	for (const [path, after] of head.pages) {
		if (after.kind === 'krav' && !base.pages.has(path) && after.data.status === 'godkendt') {
			statusChanges.push({ path, id: asText(after.data.id, path), title: after.title, to: 'godkendt' });
		}
	}

	const qBefore = byId(base.data.spoergsmaal);
	const qAfter = byId(head.data.spoergsmaal);
	const qText = (q: Record<string, unknown>) => asText(q.spoergsmaal);
	const questions = {
		added: [...qAfter.values()]
			.filter((q) => !qBefore.has(String(q.id)))
			.map((q) => ({ id: String(q.id), text: `${qText(q)}${q.status === 'besvaret' ? ' (allerede besvaret)' : ''}` })),
		resolved: [...qAfter.values()]
			.filter((q) => qBefore.get(String(q.id))?.status === 'aaben' && q.status === 'besvaret')
			.map((q) => ({ id: String(q.id), text: `${qText(q)}${q.besvaretAf ? ` (besvaret af ${asText(q.besvaretAf)})` : ''}` })),
		removed: [...qBefore.values()].filter((q) => !qAfter.has(String(q.id))).map((q) => ({ id: String(q.id), text: qText(q) })),
	};

	const sBefore = byId(base.data.kilder);
	const sAfter = byId(head.data.kilder);
	const sText = (s: Record<string, unknown>) => `${asText(s.kortTitel ?? s.titel)}${s.url ? ` (${asText(s.url)})` : ''}`;
	const sources = {
		added: [...sAfter.values()].filter((s) => !sBefore.has(String(s.id))).map((s) => ({ id: String(s.id), text: sText(s) })),
		removed: [...sBefore.values()].filter((s) => !sAfter.has(String(s.id))).map((s) => ({ id: String(s.id), text: sText(s) })),
	};

	const costIds = new Set([...base.costs.keys(), ...head.costs.keys()]);
	const costChanged: CostChange[] = [];
	for (const id of [...costIds].sort()) {
		const b = base.costs.get(id);
		const a = head.costs.get(id);
		const numbers = (c?: { omkostninger: unknown }) => JSON.stringify(c ? totalsBySize([c as never]) : null);
		if (numbers(b) !== numbers(a)) {
			costChanged.push({ id, title: (a ?? b)!.title, before: b && totalsBySize([b]), after: a && totalsBySize([a]) });
		}
	}
	return {
		added,
		removed,
		changed,
		statusChanges,
		approved,
		questions,
		decisions: newDecisions.map((d) => ({ id: String(d.id), text: asText(d.titel) })),
		sources,
		costs: { changed: costChanged, totalsBefore: totalsBySize([...base.costs.values()]), totalsAfter: totalsBySize([...head.costs.values()]) },
	};
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : asText(v));
