// Runs the real `astro build` on a content tree into a throw-away folder, one at a time across
// processes (withBuildLock): every build runs in the project root, and Astro writes its
// content-module list to the root's .astro/ folder, so two builds at once (two test files, two
// Playwright workers) could read each other's list (seen as UnknownContentCollectionError).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './content-fixture.ts';

const LOCK = join(tmpdir(), `nis2-astro-build-${ROOT.replace(/[^a-z0-9]+/gi, '-')}.lock`);
/** A lock older than this belongs to a build that died; the longest fixture build takes a minute. */
const STALE_MS = 5 * 60_000;

/** Runs `fn` while holding a lock that fixture builds from every process of this checkout share. */
export function withBuildLock<T>(fn: () => T): T {
	const pause = new Int32Array(new SharedArrayBuffer(4));
	for (;;) {
		try {
			mkdirSync(LOCK);
			break;
		} catch {
			try {
				if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
			} catch {
				// The holder released it between the two calls.
			}
			Atomics.wait(pause, 0, 0, 200);
		}
	}
	try {
		return fn();
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}

export function buildContent(
	contentDir: string,
	inspect?: (distDir: string) => void,
	env: Record<string, string> = {},
): { status: number | null; output: string } {
	const work = mkdtempSync(join(tmpdir(), 'nis2-build-'));
	try {
		const result = withBuildLock(() =>
			spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
				cwd: ROOT,
				env: { ...process.env, ...env, NIS2_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
				encoding: 'utf8',
				timeout: 180_000,
			}),
		);
		if (result.status === 0 && inspect) inspect(join(work, 'dist'));
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
