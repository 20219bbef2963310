// The review of a change, shared by `npm run review` (Markdown summary) and `npm run check:approvals`.
import { resolve } from 'node:path';
import { compare, type ReviewDiff } from './compare.ts';
import { contentAt, resolveBase } from './git.ts';
import { snapshot } from './snapshot.ts';

export type Review = { ok: true; diff: ReviewDiff; baseLabel: string } | { ok: false; reason: string };

/** Compares content/ at the base (see resolveBase) with the working tree under `root`. */
export function review(root: string, requestedBase?: string): Review {
	const base = resolveBase(root, requestedBase);
	if (!base.ok) return base;
	const tree = contentAt(root, base.commit);
	try {
		const diff = compare(snapshot(tree.root, tree.contentDir), snapshot(root, resolve(root, 'content')));
		return { ok: true, diff, baseLabel: base.label };
	} finally {
		tree.cleanup();
	}
}
