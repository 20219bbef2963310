// `npm run bench`: our site against plain Starlight on the same synthetic Danish catalogue, at
// 200 and 1,000 pages (add 5,000 with `-- --sizes=200,1000,5000`; plain Starlight's full sidebar
// makes that size take well over the 15-minute budget on 2 cores). Prints a table and writes
// bench/results/<time>.json. Measurements only: nothing here asserts a timing. First it builds the
// real content and prints the search quality on tests/fixtures/search-queries.yaml (hit@1, hit@3,
// MRR through the dialog); `-- --skip-plain` leaves out the plain Starlight builds and `--skip-pdf`
// the PDFs (search timing of our site alone), `-- --sizes=` with no sizes measures only the quality.
//
// Isolation: each build gets its own content dir (NIS2_CONTENT_DIR), Astro cache (ASTRO_CACHE_DIR)
// and --outDir under .tmp/bench-*/ (git-ignored, removed afterwards unless --keep), so the real dist/ and content store are untouched.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateCorpus, type Corpus } from './corpus.ts';
import { createPlainProject } from './plain-project.ts';
import { astroBuild, dirBytes, htmlSizes } from './build.ts';
import { measureSearch, type SearchTimes } from './search.ts';
import { formatMisses, formatQuality, measureQualityOnDist, type QualityReport } from './search-quality.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (arg('sizes') ?? '200,1000').split(',').filter(Boolean).map(Number);
const KEEP = process.argv.includes('--keep');
const SKIP_PLAIN = process.argv.includes('--skip-plain');
const SKIP_PDF = process.argv.includes('--skip-pdf');

interface SiteResult {
	buildSeconds: number;
	peakMiB: number;
	pages: number;
	medianHtmlRaw: number;
	medianHtmlGzip: number;
	pagefindBytes: number;
	distBytes: number;
	search?: SearchTimes;
	error?: string;
}
interface SizeResult {
	size: number;
	corpus: Corpus;
	ours: SiteResult;
	plain: SiteResult;
	pdfSeconds?: number | string;
}

async function site(label: string, cwd: string, dist: string, env: Record<string, string>, ui: 'ours' | 'plain'): Promise<SiteResult> {
	process.stdout.write(`  ${label}: build … `);
	const b = await astroBuild(cwd, dist, env, ASTRO);
	if (!b.ok) {
		console.log('FAILED');
		console.log(b.log);
		return { buildSeconds: b.seconds, peakMiB: b.peakMiB, pages: 0, medianHtmlRaw: 0, medianHtmlGzip: 0, pagefindBytes: 0, distBytes: 0, error: b.log.slice(-800) };
	}
	console.log(`${b.seconds.toFixed(1)} s, ${b.peakMiB.toFixed(0)} MiB; search …`);
	const html = htmlSizes(dist);
	const result: SiteResult = {
		buildSeconds: b.seconds,
		peakMiB: b.peakMiB,
		pages: html.pages,
		medianHtmlRaw: html.medianRaw,
		medianHtmlGzip: html.medianGzip,
		pagefindBytes: dirBytes(join(dist, 'pagefind')),
		distBytes: dirBytes(dist),
	};
	try {
		result.search = await measureSearch(dist, ui, CHROMIUM);
	} catch (e) {
		result.error = `search: ${(e as Error).message.split('\n')[0]}`;
	}
	return result;
}

const skipped = (): SiteResult => ({ buildSeconds: NaN, peakMiB: NaN, pages: 0, medianHtmlRaw: 0, medianHtmlGzip: 0, pagefindBytes: 0, distBytes: 0, error: 'ikke bygget (--skip-plain)' });

/** All PDFs, if another part of the project provides `npm run pdf` (it reads DIST_DIR when set). */
function pdfSeconds(dist: string): number | string {
	const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts ?? {};
	if (!scripts.pdf) return 'ingen npm run pdf';
	const t = Date.now();
	const r = spawnSync('npm', ['run', '--silent', 'pdf'], { cwd: ROOT, env: { ...process.env, DIST_DIR: dist }, encoding: 'utf8', timeout: 600_000 });
	return r.status === 0 ? (Date.now() - t) / 1000 : `fejlede: ${(r.stderr || r.stdout).slice(-200)}`;
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
			const report = await measureQualityOnDist(realDist, CHROMIUM);
			quality = report;
			console.log(formatQuality(report));
			const misses = formatMisses(report);
			if (misses) console.log(`Uden for top 3:\n${misses}`);
		} catch (e) {
			quality = { error: (e as Error).message.split('\n')[0]! };
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
		const ours = await site('vores site', ROOT, oursDist, { NIS2_CONTENT_DIR: oursContent, ASTRO_CACHE_DIR: join(dir, 'cache-ours') }, 'ours');
		const plain = SKIP_PLAIN ? skipped() : await site('plain Starlight', plainProject, plainDist, { ASTRO_CACHE_DIR: join(dir, 'cache-plain') }, 'plain');
		const pdf = ours.error || SKIP_PDF ? 'ikke målt' : pdfSeconds(oursDist);
		results.push({ size, corpus, ours, plain, pdfSeconds: pdf });
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
const rows: string[][] = [['', 'mål', ...results.flatMap((r) => [`${r.size}: vores`, `${r.size}: plain`, `${r.size}: forhold`])]];
const row = (name: string, target: string, f: (s: SiteResult) => string, rf?: (o: SiteResult, p: SiteResult) => string) =>
	rows.push([name, target, ...results.flatMap((r) => [f(r.ours), f(r.plain), rf ? rf(r.ours, r.plain) : ''])]);
row('sider bygget', '', (s) => String(s.pages));
row('build, væg-tid', '≤ 1,25× plain', (s) => `${s.buildSeconds.toFixed(1)} s`, (o, p) => ratio(o.buildSeconds, p.buildSeconds));
row('build, maks. hukommelse', '≤ 1,25× plain', (s) => `${s.peakMiB.toFixed(0)} MiB`, (o, p) => ratio(o.peakMiB, p.peakMiB));
row('HTML pr. side (median), rå', '≤ 50 KB', (s) => kb(s.medianHtmlRaw), (o, p) => ratio(o.medianHtmlRaw, p.medianHtmlRaw));
row('HTML pr. side (median), gzip', '≤ 12 KB', (s) => kb(s.medianHtmlGzip), (o, p) => ratio(o.medianHtmlGzip, p.medianHtmlGzip));
row('Pagefind-indeks', '', (s) => mb(s.pagefindBytes));
row('dist/ i alt', '', (s) => mb(s.distBytes));
row('søgning, motor, kold', '', (s) => ms(s.search?.engineColdMs));
row('søgning, motor, varm (median)', '< 50 ms', (s) => ms(s.search?.engineWarmMedianMs));
row('tast → første resultat, kold', '< 500 ms', (s) => ms(s.search?.uiColdMs));
row('tast → første resultat, varm (median)', '< 150 ms', (s) => ms(s.search?.uiWarmMedianMs));
rows.push(['alle PDF\'er', '< 60 s', ...results.flatMap((r) => [typeof r.pdfSeconds === 'number' ? `${r.pdfSeconds.toFixed(1)} s` : String(r.pdfSeconds), '', ''])]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
if (results.length) console.log('\n' + rows.map((r) => r.map((c, i) => (c ?? '').padEnd(widths[i]!)).join(' | ')).join('\n'));
if (quality) console.log(`\n${'error' in quality ? `Søgekvalitet: ikke målt (${quality.error})` : formatQuality(quality)}`);
for (const r of results) for (const [name, s] of [['vores', r.ours], ['plain', r.plain]] as const) if (s.error) console.log(`\n${r.size} ${name}: ${s.error}`);

const outDir = join(ROOT, 'bench/results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, loadAverage: load, totalSeconds: (Date.now() - started) / 1000, quality, results }, null, 2));
console.log(`\nResultater: ${file} (i alt ${((Date.now() - started) / 1000 / 60).toFixed(1)} min; belastning ${load})`);
