// Recent changes to the content tree, read from git. Used by the change log page. A shallow clone
// (CI checkouts often fetch one commit) or a tree outside git cannot give a truthful history, so
// the caller gets a reason instead and says so on the page.
import { spawnSync } from 'node:child_process';

interface ContentCommit {
	hash: string;
	/** Committer date, YYYY-MM-DD. */
	date: string;
	subject: string;
	/** Changed files, relative to the content folder, e.g. "krav/k-20.mdx". */
	files: string[];
}

export type ContentHistory = { available: true; commits: ContentCommit[] } | { available: false; reason: string };

function git(cwd: string, args: string[]): string | undefined {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
	return result.status === 0 ? result.stdout : undefined;
}

export function contentHistory(contentDir: string, limit = 40): ContentHistory {
	if (git(contentDir, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
		return { available: false, reason: 'Sitet er bygget uden versionshistorik (indholdet ligger ikke i et git-arkiv).' };
	}
	if (git(contentDir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') {
		return {
			available: false,
			reason: 'Sitet er bygget fra en afkortet kopi af versionshistorikken, så ændringerne kan ikke vises pålideligt. Byg fra en fuld kopi (git fetch --unshallow).',
		};
	}
	const out = git(contentDir, ['log', `-n${limit}`, '--no-merges', '--format=%x1e%h%x1f%cs%x1f%s', '--name-only', '--relative', '--', '.']);
	if (out === undefined) return { available: false, reason: 'Versionshistorikken kunne ikke læses.' };
	const commits = out
		.split('\x1e')
		.filter((chunk) => chunk.trim())
		.map((chunk) => {
			const [head, ...rest] = chunk.split('\n');
			const [hash, date, subject] = head.split('\x1f');
			return { hash, date, subject, files: rest.map((f) => f.trim()).filter(Boolean) };
		});
	return { available: true, commits };
}

let lastChangedCache: { dir: string; dates: Map<string, string> } | undefined;

/**
 * When each content file last changed in git, as YYYY-MM-DD, keyed by path relative to the content
 * folder. One `git log` for the whole tree, read once per build. Starlight's own lastUpdated only
 * looks in src/content/docs/, and our content lives in content/. Empty without full history.
 */
export function lastChanged(contentDir: string): Map<string, string> {
	if (lastChangedCache?.dir === contentDir) return lastChangedCache.dates;
	const dates = new Map<string, string>();
	const shallow = git(contentDir, ['rev-parse', '--is-shallow-repository'])?.trim();
	const out = shallow === 'false' ? git(contentDir, ['log', '--format=t:%cs', '--name-only', '--relative', '--', '.']) : undefined;
	let current = '';
	for (const line of (out ?? '').split('\n')) {
		if (line.startsWith('t:')) current = line.slice(2);
		else if (line.trim() && !dates.has(line.trim())) dates.set(line.trim(), current);
	}
	lastChangedCache = { dir: contentDir, dates };
	return dates;
}
