// Which edition of the site a reader holds: the content edition (content/data/udgaver.yaml, bumped
// by `npm run release`), build date, and the commit for traceability. The edition is what covers,
// Word templates and exports name; the commit only appears in a small footer line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDate } from './format.ts';
import { udgaver } from './data.ts';
import { today } from '../util/today.ts';

function gitShortSha(): string | undefined {
	if (process.env.GIT_SHA) return process.env.GIT_SHA.slice(0, 7);
	try {
		return execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
	} catch {
		// A source tarball has no .git; the version and date still identify the edition.
		return undefined;
	}
}

const pkg = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string };
const sha = gitShortSha();
// Today in Copenhagen; SOURCE_DATE_EPOCH (or NIS2_TODAY) makes rebuilds reproducible.
const day = today();
const current = udgaver()[0];

export const buildInfo = {
	/** The content edition, "2026.12-1"; "uden udgave" before the first release. */
	edition: current?.udgave ?? 'uden udgave',
	/** When the edition was released (YYYY-MM-DD). */
	editionDate: current?.dato,
	version: pkg.version,
	sha,
	/** "0.1.0 (a1b2c3d)" */
	label: sha ? `${pkg.version} (${sha})` : pkg.version,
	isoDate: day,
	/** "24. juni 2026" */
	date: formatDate(day),
};
