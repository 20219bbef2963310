// Git plumbing for the review: which commit to compare with, and that commit's content tree on disk.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function git(root: string, args: string[]): { ok: boolean; out: string; err: string } {
	const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { ok: r.status === 0, out: (r.stdout ?? '').trim(), err: (r.stderr ?? '').trim() };
}

export type Base = { ok: true; ref: string; commit: string; label: string } | { ok: false; reason: string };

/**
 * The commit a change is compared with: the given ref, else $REVIEW_BASE, else origin/main. When
 * HEAD has a merge base with it, that is used, so work merged into main after the branch started
 * is not counted as part of this change (what a pull request diff shows too).
 */
export function resolveBase(root: string, requested = process.env.REVIEW_BASE): Base {
	if (!git(root, ['rev-parse', '--is-inside-work-tree']).ok) return { ok: false, reason: 'mappen er ikke et git-arkiv' };
	const ref = requested?.trim() || 'origin/main';
	const commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	if (!commit.ok) {
		const shallow = git(root, ['rev-parse', '--is-shallow-repository']).out === 'true';
		return {
			ok: false,
			reason: `"${ref}" findes ikke i arkivet${shallow ? ' (kopien er afkortet; hent hele historikken med git fetch --unshallow)' : ''}${requested ? '' : '; angiv en anden med REVIEW_BASE=<ref>'}`,
		};
	}
	const mergeBase = git(root, ['merge-base', commit.out, 'HEAD']);
	const useMergeBase = mergeBase.ok && mergeBase.out !== commit.out;
	const base = useMergeBase ? mergeBase.out : commit.out;
	return { ok: true, ref, commit: base, label: useMergeBase ? `${ref} (fællespunktet ${base.slice(0, 7)})` : `${ref} (${base.slice(0, 7)})` };
}

/** Writes `content/` as it was at `commit` into a temporary folder (empty when it did not exist). */
export function contentAt(root: string, commit: string): { root: string; contentDir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'nis2-review-'));
	const contentDir = join(dir, 'content');
	mkdirSync(contentDir);
	const hasContent = git(root, ['cat-file', '-e', `${commit}:content`]).ok;
	if (hasContent) {
		const r = spawnSync('sh', ['-c', `git archive --format=tar "$1" content | tar -x -C "$2"`, 'sh', commit, dir], { cwd: root, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`git archive ${commit} fejlede: ${r.stderr}`);
	}
	return { root: dir, contentDir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
