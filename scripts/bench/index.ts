// `npm run bench`: our site against plain Starlight on the same synthetic Danish catalogue, at
// 200 and 1,000 pages (add 5,000 with `-- --sizes=200,1000,5000`; plain Starlight's full sidebar
// makes that size take well over the 15-minute budget on 2 cores, so `--ours-only` builds and
// measures only our site). Prints a table and writes bench/results/<time>.json. Measurements
// only: nothing here asserts a timing.
//
// Each site is built `--builds=N` times (3 unless told) from an empty cache, in rounds (one build
// of each site per round, so a busier spell of the machine falls on all alike); build time and
// peak memory are the medians. Plain Starlight is built twice over: with the pages as .md files (what
// its guide starts with) and as .mdx files like ours, the like-for-like baseline.
//
// PDFs are timed twice: cold (empty PDF cache) and warm: one measure page changed, the site
// rebuilt (not timed), and `npm run pdf` again with the cache of the cold run.
//
// First it builds the real content and prints the search quality on tests/fixtures/search-queries.yaml
// (hit@1, hit@3, MRR through the dialog); `-- --sizes=` with no sizes measures only the quality.
//
// Isolation: each build gets its own content dir (NIS2_CONTENT_DIR), Astro cache (ASTRO_CACHE_DIR)
// and --outDir under .tmp/bench-*/ (git-ignored, removed afterwards unless --keep), so the real dist/ and content store are untouched.
//
// This file reads the options and runs the sizes; measure.ts measures a site and its PDFs,
// report.ts prints the table and writes the JSON.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateCorpus } from './corpus.ts';
import { createPlainProject, mdxTwin } from './plain-project.ts';
import { astroBuild } from './build.ts';
import { formatMisses, formatQuality, measureQualityOnDist } from './search-quality.ts';
import { ASTRO, buildRounds, changeOnePage, measureSite, pdfRun, ROOT, type SiteResult, type SiteToBuild, type SizeResult } from './measure.ts';
import { printReport, writeResults, type Quality } from './report.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (arg('sizes') ?? '200,1000').split(',').filter(Boolean).map(Number);
const KEEP = process.argv.includes('--keep');
// --skip-plain and --skip-pdf are older names for the same switches.
const OURS_ONLY = process.argv.includes('--ours-only') || process.argv.includes('--skip-plain');
const NO_PDF = process.argv.includes('--no-pdf') || process.argv.includes('--skip-pdf');
// Each site is built this many times from an empty cache and the medians are reported: one build's
// peak memory varies by 10-15 % from run to run on the same files (measured), more than the margins
// the targets leave.
const BUILDS = Number(arg('builds') ?? 3);
const EDITION = {
	sha: spawnSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'bench',
	epoch: String(Math.floor(Date.now() / 1000)),
};

mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.tmp', 'bench-'));
const results: SizeResult[] = [];
const started = Date.now();
console.log(`Benchmark i ${work} (størrelser: ${SIZES.join(', ') || 'ingen'} sider)`);
let quality: Quality;
try {
	// Search quality on the real content, through the real dialog.
	process.stdout.write('\nSøgekvalitet: build af det rigtige indhold … ');
	const realDist = join(work, 'dist-real');
	const real = await astroBuild(ROOT, realDist, { ASTRO_CACHE_DIR: join(work, 'cache-real') }, ASTRO);
	if (real.ok) {
		console.log(`${real.seconds.toFixed(1)} s; søger …`);
		try {
			const report = await measureQualityOnDist(realDist);
			quality = report;
			console.log(formatQuality(report));
			const misses = formatMisses(report);
			if (misses) console.log(`Uden for top 3:\n${misses}`);
		} catch (e) {
			quality = { error: (e as Error).message.split('\n')[0] };
		}
	} else {
		quality = { error: real.log.slice(-800) };
		console.log('FAILED');
	}
	if (!KEEP) rmSync(realDist, { recursive: true, force: true });

	for (const size of SIZES) {
		console.log(`\n${size} sider`);
		const dir = join(work, String(size));
		const oursContent = join(dir, 'content');
		const plainProject = join(dir, 'plain');
		const plainDocs = createPlainProject(plainProject, ROOT);
		const corpus = generateCorpus(size, oursContent, plainDocs, join(ROOT, 'tests/fixtures/content/base'));
		const oursDist = join(dir, 'dist-ours');
		const plainDist = join(dir, 'dist-plain');
		// One edition for every build of the run (the cover names commit and date): a commit made
		// meanwhile must not count as a change of every document in the warm PDF run.
		const oursEnv = { NIS2_CONTENT_DIR: oursContent, ASTRO_CACHE_DIR: join(dir, 'cache-ours'), GIT_SHA: EDITION.sha, SOURCE_DATE_EPOCH: EDITION.epoch };
		const sites: SiteToBuild[] = [{ label: 'vores site', cwd: ROOT, dist: oursDist, env: oursEnv, ui: 'ours' }];
		if (!OURS_ONLY) {
			mdxTwin(plainProject, join(dir, 'plain-mdx'));
			sites.push(
				{ label: 'plain Starlight (.md)', cwd: plainProject, dist: plainDist, env: { ASTRO_CACHE_DIR: join(dir, 'cache-plain') }, ui: 'plain' },
				{
					label: 'plain Starlight (.mdx)',
					cwd: join(dir, 'plain-mdx'),
					dist: join(dir, 'dist-plain-mdx'),
					env: { ASTRO_CACHE_DIR: join(dir, 'cache-plain-mdx') },
					ui: 'plain',
				},
			);
		}
		const built = await buildRounds(sites, BUILDS);
		const measured: SiteResult[] = [];
		for (const [i, s] of sites.entries()) {
			measured.push(await measureSite(s, built[i]));
			// The plain dists at 1,000+ pages are hundreds of MB each; only ours is needed afterwards.
			if (i > 0) rmSync(s.dist, { recursive: true, force: true });
		}
		const [ours, plain, plainMdx] = measured;
		const result: SizeResult = { size, corpus, ours, plain, plainMdx };
		if (ours.error) result.pdfCold = 'ikke målt';
		else if (!NO_PDF) {
			const pdfCache = join(dir, 'pdf-cache');
			process.stdout.write('  PDF, kold … ');
			result.pdfCold = pdfRun(oursDist, pdfCache);
			console.log(
				typeof result.pdfCold === 'string'
					? result.pdfCold
					: `${result.pdfCold.seconds.toFixed(1)} s (${result.pdfCold.parts} dele, fletning ${result.pdfCold.mergeSeconds.toFixed(1)} s; belastning ${result.pdfCold.loadAverage})`,
			);
			const changed = changeOnePage(oursContent, corpus);
			process.stdout.write(`  ${changed} ændret; build … `);
			const rebuilt = await astroBuild(ROOT, oursDist, oursEnv, ASTRO);
			if (!rebuilt.ok) result.pdfWarm = `genbygning fejlede: ${rebuilt.log.slice(-300)}`;
			else {
				process.stdout.write(`${rebuilt.seconds.toFixed(1)} s; PDF, varm … `);
				const warm = pdfRun(oursDist, pdfCache);
				result.pdfWarm = typeof warm === 'string' ? warm : { ...warm, changed };
			}
			console.log(
				typeof result.pdfWarm === 'string'
					? result.pdfWarm
					: `${result.pdfWarm.seconds.toFixed(1)} s (${result.pdfWarm.printed} af ${result.pdfWarm.documents} dokumenter, ${result.pdfWarm.partsPrinted} af ${result.pdfWarm.parts} dele udskrevet)`,
			);
		}
		results.push(result);
		// The plain dist at 1,000+ pages is hundreds of MB; drop it before the next size.
		if (!KEEP) rmSync(dir, { recursive: true, force: true });
	}
} finally {
	if (!KEEP) rmSync(work, { recursive: true, force: true });
}

printReport(results, quality);
writeResults(results, quality, OURS_ONLY, started);
