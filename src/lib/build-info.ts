// Which edition of the site a reader holds: package version, commit and build date. Printed on
// PDF covers and on paper footers, where a reader cannot check the website for freshness.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDate } from './format.ts';

function gitShortSha(): string | undefined {
	if (process.env.GIT_SHA) return process.env.GIT_SHA.slice(0, 7);
	try {
		return execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
	} catch {
		// A source tarball has no .git; the version and date still identify the edition.
		return undefined;
	}
}

/** Today in Copenhagen as YYYY-MM-DD; SOURCE_DATE_EPOCH makes rebuilds reproducible. */
function buildDay(): string {
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	const now = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const pkg = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string };
const sha = gitShortSha();
const day = buildDay();

export const buildInfo = {
	version: pkg.version,
	sha,
	/** "0.1.0 (a1b2c3d)" */
	label: sha ? `${pkg.version} (${sha})` : pkg.version,
	isoDate: day,
	/** "24. juni 2026" */
	date: formatDate(day),
};
