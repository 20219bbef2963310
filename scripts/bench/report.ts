// What `npm run bench` prints and keeps: the table of every measured size (ours against plain
// Starlight, each figure beside its target), the median page's breakdown, the search quality and
// any errors; and the same figures as JSON in bench/results/<time>.json, for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { formatParts } from './page-parts.ts';
import { formatQuality, type QualityReport } from './search-quality.ts';
import { loadAverage, ROOT, type SiteResult, type SizeResult } from './measure.ts';

export type Quality = QualityReport | { error: string } | undefined;

/** The table, the median pages' breakdown, the search quality and the errors, on stdout. */
export function printReport(results: SizeResult[], quality: Quality): void {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
	const ms = (n?: number) => (n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(0)} ms`);
	const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '–');
	// Per size: ours, then each baseline with the ratio beside it (plain .md, plain with .mdx pages like ours).
	const baselines = (r: SizeResult) =>
		[
			['plain', r.plain],
			['plain .mdx', r.plainMdx],
		].filter((b): b is [string, SiteResult] => b[1] !== undefined);
	const cols = (r: SizeResult) => [`${r.size}: vores`, ...baselines(r).flatMap(([name]) => [`${r.size}: ${name}`, 'forhold'])];
	const rows: string[][] = [['', 'mål', ...results.flatMap(cols)]];
	const row = (name: string, target: string, f: (s: SiteResult) => string, rf?: (o: SiteResult, p: SiteResult) => string) =>
		rows.push([name, target, ...results.flatMap((r) => [f(r.ours), ...baselines(r).flatMap(([, p]) => [f(p), rf ? rf(r.ours, p) : ''])])]);
	row('sider bygget', '', (s) => String(s.pages));
	const spread = (s: SiteResult, f: (b: SiteResult['builds'][number]) => number) =>
		s.builds.length > 1 ? ` (${Math.min(...s.builds.map(f)).toFixed(0)}–${Math.max(...s.builds.map(f)).toFixed(0)})` : '';
	row(
		'build, væg-tid (median)',
		'≤ 1,25× plain',
		(s) => `${s.buildSeconds.toFixed(1)} s${spread(s, (b) => b.seconds)}`,
		(o, p) => ratio(o.buildSeconds, p.buildSeconds),
	);
	row(
		'build, maks. hukommelse (median)',
		'≤ 1,25× plain',
		(s) => `${s.peakMiB.toFixed(0)} MiB${spread(s, (b) => b.peakMiB)}`,
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
		rows.push([name, target, ...results.flatMap((r) => [pdfCell(f(r)), ...baselines(r).flatMap(() => ['', ''])])]);
	pdfRow("alle PDF'er, kold", '< 60 s', (r) => r.pdfCold);
	pdfRow("alle PDF'er efter én sides ændring", '< 10 s', (r) => r.pdfWarm);
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	if (results.length) console.log('\n' + rows.map((r) => r.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')).join('\n'));
	for (const r of results)
		for (const [name, s] of [['vores', r.ours] as const, ...baselines(r)])
			if (s.medianPage?.path) console.log(`\n${r.size} sider, ${name}: medianside ${s.medianPage.path}\n${formatParts(s.medianPage.parts)}`);
	if (quality) console.log(`\n${'error' in quality ? `Søgekvalitet: ikke målt (${quality.error})` : formatQuality(quality)}`);
	for (const r of results) for (const [name, s] of [['vores', r.ours] as const, ...baselines(r)]) if (s.error) console.log(`\n${r.size} ${name}: ${s.error}`);
}

/** Everything measured as bench/results/<time>.json; `started` is the run's start (Date.now()). */
export function writeResults(results: SizeResult[], quality: Quality, oursOnly: boolean, started: number): void {
	const outDir = join(ROOT, 'bench/results');
	mkdirSync(outDir, { recursive: true });
	const file = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
	const load = loadAverage();
	writeFileSync(
		file,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				node: process.version,
				cores: availableParallelism(),
				loadAverage: load,
				oursOnly,
				totalSeconds: (Date.now() - started) / 1000,
				quality,
				results,
			},
			null,
			2,
		),
	);
	console.log(`\nResultater: ${file} (i alt ${((Date.now() - started) / 1000 / 60).toFixed(1)} min; belastning ${load})`);
}
