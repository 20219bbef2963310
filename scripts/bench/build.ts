// One `astro build`, timed by the wall clock and measured for peak memory by GNU time (the
// largest resident set of the build process; Pagefind's indexer runs inside it via its Node API).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildResult {
	ok: boolean;
	seconds: number;
	peakMiB: number;
	log: string;
}

export function astroBuild(cwd: string, outDir: string, env: Record<string, string>, astroBin: string): Promise<BuildResult> {
	const timeFile = `${outDir}.time`;
	const started = process.hrtime.bigint();
	return new Promise((resolve) => {
		const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, astroBin, 'build', '--outDir', outDir], {
			cwd,
			env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: '--max-old-space-size=16384' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('close', (code) => {
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			const kib = existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) : NaN;
			resolve({ ok: code === 0, seconds, peakMiB: kib / 1024, log: log.slice(-4000) });
		});
	});
}

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

export const dirBytes = (dir: string) => (existsSync(dir) ? walk(dir).reduce((n, f) => n + statSync(f).size, 0) : 0);

/** Median raw and gzip bytes of the content pages (every index.html outside pagefind/). */
export function htmlSizes(dist: string): { pages: number; medianRaw: number; medianGzip: number } {
	const files = walk(dist).filter((f) => f.endsWith('index.html') && !f.includes('/pagefind/'));
	const raw: number[] = [];
	const gz: number[] = [];
	for (const f of files) {
		const b = readFileSync(f);
		raw.push(b.length);
		gz.push(gzipSync(b).length);
	}
	const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
	return { pages: files.length, medianRaw: med(raw), medianGzip: med(gz) };
}
