// One `astro build`, timed by the wall clock and measured for peak memory by GNU time (the
// largest resident set of the build process; Pagefind's indexer runs inside it via its Node API).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageParts, type PageParts } from './page-parts.ts';
import { median } from './median.ts';

export interface BuildResult {
	ok: boolean;
	seconds: number;
	peakMiB: number;
	log: string;
	/** It hung after printing "Complete!" and was stopped (EXIT_GRACE_MS). */
	stopped: boolean;
}

/**
 * How long a build may stay alive after printing "Complete!". Once, a plain Starlight build hung
 * for minutes after its last line, every thread waiting on a lock inside the bundler's native
 * code (1 Dec 2026); the bench then never ended. Such a build is stopped, and its time counts to
 * its last line. BENCH_EXIT_GRACE_S changes the 60 s.
 */
const EXIT_GRACE_MS = (Number(process.env.BENCH_EXIT_GRACE_S) || 60) * 1000;

export function astroBuild(cwd: string, outDir: string, env: Record<string, string>, astroBin: string): Promise<BuildResult> {
	const timeFile = `${outDir}.time`;
	const started = process.hrtime.bigint();
	return new Promise((resolve) => {
		const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, astroBin, 'build', '--outDir', outDir], {
			cwd,
			env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: '--max-old-space-size=16384' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		// The end of the output only: a build prints a line per page, and only the last lines are reported.
		let log = '';
		let completedAt: number | undefined;
		let hung: NodeJS.Timeout | undefined;
		let stopped = false;
		const onData = (d: Buffer) => {
			const text = d.toString();
			const seen = log.slice(-40) + text;
			log = (log + text).slice(-8000);
			if (completedAt === undefined && seen.includes('[build] Complete!')) {
				completedAt = Number(process.hrtime.bigint() - started) / 1e9;
				hung = setTimeout(() => {
					log += `\n(bench: the build printed "Complete!" but had not exited ${EXIT_GRACE_MS / 1000} s later; stopped, time counted to "Complete!")\n`;
					stopped = true;
					// The build under GNU time, so that time still reports its peak memory; GNU time itself
					// if the build cannot be found.
					let build = child.pid!;
					try {
						build = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || build;
					} catch {
						// No children file (GNU time has gone, or the kernel does not list children).
					}
					process.kill(build, 'SIGKILL');
				}, EXIT_GRACE_MS);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('close', (code) => {
			clearTimeout(hung);
			const seconds = stopped && completedAt !== undefined ? completedAt : Number(process.hrtime.bigint() - started) / 1e9;
			const kib = existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) : NaN;
			resolve({ ok: code === 0 || stopped, seconds, peakMiB: kib / 1024, log: log.slice(-4000), stopped });
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

export interface HtmlSizes {
	pages: number;
	medianRaw: number;
	medianGzip: number;
	/** The sidebar navigation of the median page by sidebar size, and the median of its share of each page. */
	medianSidebar: number;
	medianSidebarShare: number;
	/** What the bytes of the median page (by raw size) are (scripts/bench/page-parts.ts). */
	medianPage: { path: string; parts: PageParts };
}

/** Median raw and gzip bytes of the content pages (every index.html outside pagefind/), and what the median page is made of. */
export function htmlSizes(dist: string): HtmlSizes {
	const files = walk(dist).filter((f) => f.endsWith('index.html') && !f.includes('/pagefind/'));
	const pages = files.map((file) => {
		const b = readFileSync(file);
		return { file, raw: b.length, gzip: gzipSync(b).length, parts: pageParts(b.toString('utf8')) };
	});
	const byRaw = [...pages].sort((a, b) => a.raw - b.raw);
	const middle = byRaw[Math.floor(byRaw.length / 2)];
	return {
		pages: files.length,
		medianRaw: median(
			pages.map((p) => p.raw),
			0,
		),
		medianGzip: median(
			pages.map((p) => p.gzip),
			0,
		),
		medianSidebar: median(
			pages.map((p) => p.parts.sidebar),
			0,
		),
		medianSidebarShare: median(
			pages.map((p) => p.parts.sidebar / p.raw),
			0,
		),
		medianPage: { path: middle ? relative(dist, middle.file) : '', parts: middle?.parts ?? pageParts('') },
	};
}
