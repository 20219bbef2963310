// `npm run bench`: our site against plain Starlight on the same synthetic Danish catalogue, at
// 200 and 1,000 pages (add 5,000 with `-- --sizes=200,1000,5000`; plain Starlight's full sidebar
// makes that size take well over the 15-minute budget on 2 cores, so `--ours-only` builds and
// measures only our site). Prints a table and writes bench/results/<time>.json. Measurements
// only: nothing here asserts a timing.
//
// PDFs are timed twice: cold (empty PDF cache) and warm: one measure page changed, the site
// rebuilt (not timed), and `npm run pdf` again with the cache of the cold run.
//
// First it builds the real content and prints the search quality on tests/fixtures/search-queries.yaml
// (hit@1, hit@3, MRR through the dialog); `-- --sizes=` with no sizes measures only the quality.
//
// Isolation: each build gets its own content dir (NIS2_CONTENT_DIR), Astro cache (ASTRO_CACHE_DIR)
// and --outDir under .tmp/bench-*/ (git-ignored, removed afterwards unless --keep), so the real dist/ and content store are untouched.
import { appendFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';
import { generateCorpus, type Corpus } from './corpus.ts';
import { createPlainProject } from './plain-project.ts';
import { astroBuild, dirBytes, htmlSizes } from './build.ts';
import { formatParts, type PageParts } from './page-parts.ts';
import { measureSearch, type SearchTimes } from './search.ts';
import { formatMisses, formatQuality, measureQualityOnDist, type QualityReport } from './search-quality.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (arg('sizes') ?? '200,1000').split(',').filter(Boolean).map(Number);
const KEEP = process.argv.includes('--keep');
// --skip-plain and --skip-pdf are older names for the same switches.
const OURS_ONLY = process.argv.includes('--ours-only') || process.argv.includes('--skip-plain');
const NO_PDF = process.argv.includes('--no-pdf') || process.argv.includes('--skip-pdf');
const EDITION = {
	sha: spawnSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'bench',
	epoch: String(Math.floor(Date.now() / 1000)),
};

interface SiteResult {
	buildSeconds: number;
	peakMiB: number;
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
interface PdfRun {
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
interface SizeResult {
	size: number;
	corpus: Corpus;
	ours: SiteResult;
	plain?: SiteResult;
	/** All PDFs from an empty cache. */
	pdfCold?: PdfRun | string;
	/** All PDFs after a one-page change, with the cold run's cache. */
	pdfWarm?: (PdfRun & { changed: string }) | string;
}

async function site(label: string, cwd: string, dist: string, env: Record<string, string>, ui: 'ours' | 'plain'): Promise<SiteResult> {
	process.stdout.write(`  ${label}: build … `);
	const b = await astroBuild(cwd, dist, env, ASTRO);
	if (!b.ok) {
		console.log('FAILED');
		console.log(b.log);
		return {
			buildSeconds: b.seconds,
			peakMiB: b.peakMiB,
			pages: 0,
			medianHtmlRaw: 0,
			medianHtmlGzip: 0,
			pagefindBytes: 0,
			distBytes: 0,
			error: b.log.slice(-800),
		};
	}
	console.log(`${b.seconds.toFixed(1)} s, ${b.peakMiB.toFixed(0)} MiB; search …`);
	const html = htmlSizes(dist);
	const result: SiteResult = {
		buildSeconds: b.seconds,
		peakMiB: b.peakMiB,
		pages: html.pages,
		medianHtmlRaw: html.medianRaw,
		medianHtmlGzip: html.medianGzip,
		medianSidebarBytes: html.medianSidebar,
		medianSidebarShare: html.medianSidebarShare,
		medianPage: html.medianPage,
		pagefindBytes: dirBytes(join(dist, 'pagefind')),
		distBytes: dirBytes(dist),
	};
	try {
		result.search = await measureSearch(dist, ui);
	} catch (e) {
		result.error = `search: ${(e as Error).message.split('\n')[0]}`;
	}
	return result;
}

/** `npm run pdf` on a built dist with its own PDF cache; the figures come from its summary line. */
// Wall clock only: Chromium's renderers are forked by its zygote and never reaped by our process
// tree, so GNU time's CPU figures leave them out. On a shared machine, read the load next to it.
function pdfRun(dist: string, cache: string): PdfRun | string {
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
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A one-page change as a pull request makes it: one more paragraph in the middle measure's text. */
function changeOnePage(content: string, corpus: Corpus): string {
	const id = `f-${String(Math.max(1, Math.ceil(corpus.foranstaltninger / 2))).padStart(3, '0')}`;
	const file = join(content, 'foranstaltninger', `${id}.mdx`);
	appendFileSync(file, '\nEn ny sætning fra referencegruppen, så siden er ændret og dokumentet skal udskrives igen.\n');
	return `foranstaltninger/${id}`;
}

mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.tmp', 'bench-'));
const results: SizeResult[] = [];
const started = Date.now();
console.log(`Benchmark i ${work} (størrelser: ${SIZES.join(', ') || 'ingen'} sider)`);
let quality: QualityReport | { error: string } | undefined;
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
		const ours = await site('vores site', ROOT, oursDist, oursEnv, 'ours');
		const plain = OURS_ONLY ? undefined : await site('plain Starlight', plainProject, plainDist, { ASTRO_CACHE_DIR: join(dir, 'cache-plain') }, 'plain');
		const result: SizeResult = { size, corpus, ours, plain };
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

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const ms = (n?: number) => (n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(0)} ms`);
const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '–');
const cols = (r: SizeResult) => (r.plain ? [`${r.size}: vores`, `${r.size}: plain`, `${r.size}: forhold`] : [`${r.size}: vores`]);
const rows: string[][] = [['', 'mål', ...results.flatMap(cols)]];
const row = (name: string, target: string, f: (s: SiteResult) => string, rf?: (o: SiteResult, p: SiteResult) => string) =>
	rows.push([name, target, ...results.flatMap((r) => (r.plain ? [f(r.ours), f(r.plain), rf ? rf(r.ours, r.plain) : ''] : [f(r.ours)]))]);
row('sider bygget', '', (s) => String(s.pages));
row(
	'build, væg-tid',
	'≤ 1,25× plain',
	(s) => `${s.buildSeconds.toFixed(1)} s`,
	(o, p) => ratio(o.buildSeconds, p.buildSeconds),
);
row(
	'build, maks. hukommelse',
	'≤ 1,25× plain',
	(s) => `${s.peakMiB.toFixed(0)} MiB`,
	(o, p) => ratio(o.peakMiB, p.peakMiB),
);
row(
	'HTML pr. side (median), rå',
	'≤ 40 KB',
	(s) => kb(s.medianHtmlRaw),
	(o, p) => ratio(o.medianHtmlRaw, p.medianHtmlRaw),
);
row(
	'HTML pr. side (median), gzip',
	'≤ 10 KB',
	(s) => kb(s.medianHtmlGzip),
	(o, p) => ratio(o.medianHtmlGzip, p.medianHtmlGzip),
);
row('sidebar pr. side (median)', '', (s) =>
	s.medianSidebarBytes === undefined ? '–' : `${kb(s.medianSidebarBytes)} (${((s.medianSidebarShare ?? 0) * 100).toFixed(0)} % af siden)`,
);
row('Pagefind-indeks', '', (s) => mb(s.pagefindBytes));
row('dist/ i alt', '', (s) => mb(s.distBytes));
row('søgning, motor, kold', '', (s) => ms(s.search?.engineColdMs));
row('søgning, motor, varm (median)', '< 50 ms', (s) => ms(s.search?.engineWarmMedianMs));
row('tast → første resultat, kold', '< 500 ms', (s) => ms(s.search?.uiColdMs));
row('tast → første resultat, varm (median)', '< 150 ms', (s) => ms(s.search?.uiWarmMedianMs));
const pdfCell = (p: SizeResult['pdfCold']) =>
	p === undefined
		? '–'
		: typeof p === 'string'
			? p
			: `${p.seconds.toFixed(1)} s (${p.printed}/${p.documents} dok., ${p.partsPrinted}/${p.parts} dele, fletning ${p.mergeSeconds.toFixed(1)} s, ${p.pages} s.; belastning ${p.loadAverage.split(' ')[0]})`;
const pdfRow = (name: string, target: string, f: (r: SizeResult) => SizeResult['pdfCold']) =>
	rows.push([name, target, ...results.flatMap((r) => (r.plain ? [pdfCell(f(r)), '', ''] : [pdfCell(f(r))]))]);
pdfRow("alle PDF'er, kold", '< 60 s', (r) => r.pdfCold);
pdfRow("alle PDF'er efter én sides ændring", '< 10 s', (r) => r.pdfWarm);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
if (results.length) console.log('\n' + rows.map((r) => r.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')).join('\n'));
for (const r of results)
	for (const [name, s] of [
		['vores', r.ours],
		['plain', r.plain],
	] as const)
		if (s?.medianPage?.path) console.log(`\n${r.size} sider, ${name}: medianside ${s.medianPage.path}\n${formatParts(s.medianPage.parts)}`);
if (quality) console.log(`\n${'error' in quality ? `Søgekvalitet: ikke målt (${quality.error})` : formatQuality(quality)}`);
for (const r of results)
	for (const [name, s] of [
		['vores', r.ours],
		['plain', r.plain],
	] as const)
		if (s?.error) console.log(`\n${r.size} ${name}: ${s.error}`);

const outDir = join(ROOT, 'bench/results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
writeFileSync(
	file,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			node: process.version,
			cores: availableParallelism(),
			loadAverage: load,
			oursOnly: OURS_ONLY,
			totalSeconds: (Date.now() - started) / 1000,
			quality,
			results,
		},
		null,
		2,
	),
);
console.log(`\nResultater: ${file} (i alt ${((Date.now() - started) / 1000 / 60).toFixed(1)} min; belastning ${load})`);
