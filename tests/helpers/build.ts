// Runs the real `astro build` on a content tree into a throw-away folder. One at a time (`npm run
// test:build` runs its files with --test-concurrency=1): every build runs in the project root, and
// Astro writes its content-module list to the root's .astro/ folder, so two builds at once could
// read each other's list (seen as UnknownContentCollectionError in the print routes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './content-fixture.ts';

export function buildContent(contentDir: string, inspect?: (distDir: string) => void): { status: number | null; output: string } {
	const work = mkdtempSync(join(tmpdir(), 'nis2-build-'));
	try {
		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
			cwd: ROOT,
			env: { ...process.env, NIS2_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
			encoding: 'utf8',
			timeout: 180_000,
		});
		if (result.status === 0 && inspect) inspect(join(work, 'dist'));
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
