// How `npm run bench` measures one site: its build (time, peak memory), the built pages' bytes,
// the search timings, and `npm run pdf` on it, cold and after a one-page change. index.ts runs
// these for each catalogue size; report.ts prints and stores what they return.
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Corpus } from './corpus.ts';
import { astroBuild, dirBytes, htmlSizes } from './build.ts';
import { median } from './median.ts';
import type { PageParts } from './page-parts.ts';
import { measureSearch, type SearchTimes } from './search.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface SiteResult {
	/** Medians over `builds` (each from an empty Astro cache): one build's peak memory varies by 10-15 % run to run. */
	buildSeconds: number;
	peakMiB: number;
	builds: { seconds: number; peakMiB: number }[];
	pages: number;
	medianHtmlRaw: number;
	medianHtmlGzip: number;
	/** The sidebar navigation's bytes (median over pages) and its median share of a page. */
	medianSidebarBytes?: number;
	medianSidebarShare?: number;
	/** What the bytes of the median page are, part by part (scripts/bench/page-parts.ts). */
	medianPage?: { path: string; parts: PageParts };
	pagefindBytes: number;
	distBytes: number;
	search?: SearchTimes;
	error?: string;
}
export interface PdfRun {
	seconds: number;
	/** The machine's load average when the run ended. */
	loadAverage: string;
	documents: number;
	printed: number;
	pages: number;
	/** Parts of documents (scripts/pdf/parts.ts) printed, of all parts; the rest came from the part cache. */
	partsPrinted: number;
	parts: number;
	/** Time spent merging parts into documents (pdf-lib). */
	mergeSeconds: number;
}
export interface SizeResult {
	size: number;
	corpus: Corpus;
	ours: SiteResult;
	plain?: SiteResult;
	/**
	 * Plain Starlight with the same pages as .mdx files, as ours are: MDX pages cost Astro more
	 * memory and time than .md (one compiled module per page), so this is the like-for-like baseline.
	 */
	plainMdx?: SiteResult;
	/** All PDFs from an empty cache. */
	pdfCold?: PdfRun | string;
	/** All PDFs after a one-page change, with the cold run's cache. */
	pdfWarm?: (PdfRun & { changed: string }) | string;
}

/** One site to build: its project, output folder and environment (its own Astro cache). */
export interface SiteToBuild {
	label: string;
	cwd: string;
	dist: string;
	env: Record<string, string>;
	ui: 'ours' | 'plain';
}

export interface BuildRuns {
	runs: { seconds: number; peakMiB: number }[];
	/** The end of the log of a build that failed; the site's later rounds are skipped. */
	error?: string;
}

/**
 * Builds every site `builds` times, each time from an empty Astro cache (env.ASTRO_CACHE_DIR), in
 * rounds: one build of each site per round, each round starting with the next site, so that a slower or busier spell of a shared machine
 * falls on all of them alike rather than on the one built then (on 1 Dec 2026 the same plain build
 * took 25 s in one run and 20 s in the next, ten minutes apart).
 */
export async function buildRounds(sites: SiteToBuild[], builds: number): Promise<BuildRuns[]> {
	const results: BuildRuns[] = sites.map(() => ({ runs: [] }));
	for (let round = 0; round < builds; round++) {
		// Each round starts with the next site, so none is always built first.
		for (const i of sites.map((_, k) => (k + round) % sites.length)) {
			const s = sites[i];
			if (results[i].error !== undefined) continue;
			if (s.env.ASTRO_CACHE_DIR) rmSync(s.env.ASTRO_CACHE_DIR, { recursive: true, force: true });
			process.stdout.write(`  ${s.label}: build ${builds > 1 ? `${round + 1}/${builds} ` : ''}… `);
			const b = await astroBuild(s.cwd, s.dist, s.env, ASTRO);
			if (b.stopped) process.stdout.write('(hang efter »Complete!«, stoppet) ');
			if (!b.ok) {
				console.log('FAILED');
				console.log(b.log);
				results[i].error = b.log.slice(-800);
				continue;
			}
			results[i].runs.push({ seconds: b.seconds, peakMiB: b.peakMiB });
			console.log(`${b.seconds.toFixed(1)} s, ${b.peakMiB.toFixed(0)} MiB`);
		}
	}
	return results;
}

/**
 * A built site measured: build time and peak memory are the medians of its runs; the pages and
 * search come from its last build, in `dist`. A failed build gives zeros and the end of its log.
 */
export async function measureSite(s: SiteToBuild, built: BuildRuns): Promise<SiteResult> {
	const { runs } = built;
	if (built.error !== undefined || runs.length === 0) {
		return { buildSeconds: 0, peakMiB: 0, builds: runs, pages: 0, medianHtmlRaw: 0, medianHtmlGzip: 0, pagefindBytes: 0, distBytes: 0, error: built.error };
	}
	const seconds = median(runs.map((r) => r.seconds));
	const peakMiB = median(runs.map((r) => r.peakMiB));
	console.log(`  ${s.label}: median ${seconds.toFixed(1)} s, ${peakMiB.toFixed(0)} MiB; search …`);
	const html = htmlSizes(s.dist);
	const result: SiteResult = {
		buildSeconds: seconds,
		peakMiB,
		builds: runs,
		pages: html.pages,
		medianHtmlRaw: html.medianRaw,
		medianHtmlGzip: html.medianGzip,
		medianSidebarBytes: html.medianSidebar,
		medianSidebarShare: html.medianSidebarShare,
		medianPage: html.medianPage,
		pagefindBytes: dirBytes(join(s.dist, 'pagefind')),
		distBytes: dirBytes(s.dist),
	};
	try {
		result.search = await measureSearch(s.dist, s.ui);
	} catch (e) {
		result.error = `search: ${(e as Error).message.split('\n')[0]}`;
	}
	return result;
}

/** `npm run pdf` on a built dist with its own PDF cache; the figures come from its summary line. */
// Wall clock only: Chromium's renderers are forked by its zygote and never reaped by our process
// tree, so GNU time's CPU figures leave them out. On a shared machine, read the load next to it.
export function pdfRun(dist: string, cache: string): PdfRun | string {
	const t = Date.now();
	const r = spawnSync('npm', ['run', '--silent', 'pdf'], {
		cwd: ROOT,
		env: { ...process.env, DIST_DIR: dist, PDF_CACHE_DIR: cache },
		encoding: 'utf8',
		timeout: 1_800_000,
	});
	if (r.status !== 0) return `fejlede: ${(r.stderr || r.stdout).slice(-300)}`;
	const m = /PDF: (\d+) documents \((\d+) printed.*?\), (\d+) pages/.exec(r.stdout);
	const parts = /parts: (\d+) of (\d+) printed, merging ([\d.]+) s/.exec(r.stdout);
	return {
		seconds: (Date.now() - t) / 1000,
		documents: Number(m?.[1]),
		printed: Number(m?.[2]),
		pages: Number(m?.[3]),
		partsPrinted: Number(parts?.[1]),
		parts: Number(parts?.[2]),
		mergeSeconds: Number(parts?.[3]),
		loadAverage: loadAverage(),
	};
}
/** The machine's 1-, 5- and 15-minute load averages, as /proc/loadavg gives them. */
export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A one-page change as a pull request makes it: one more paragraph in the middle measure's text. */
export function changeOnePage(content: string, corpus: Corpus): string {
	const id = `f-${String(Math.max(1, Math.ceil(corpus.foranstaltninger / 2))).padStart(3, '0')}`;
	const file = join(content, 'foranstaltninger', `${id}.mdx`);
	appendFileSync(file, '\nEn ny sætning fra referencegruppen, så siden er ændret og dokumentet skal udskrives igen.\n');
	return `foranstaltninger/${id}`;
}
