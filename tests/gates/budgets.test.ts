// Performance budgets over the built site (dist/): bytes per page, JavaScript only where it
// belongs, and a sidebar that does not grow with the catalogue. Then the same gate on a broken
// hand-made dist, to show it fails. No timings here: bytes are stable, time is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { measurePages, budgetProblems, sidebarProblems, median } from '../../scripts/gates/budgets.ts';
import { siteBudgets } from '../../scripts/gates/site-budgets.ts';
import { sitemapPaths } from '../../scripts/gates/sitemap.ts';
import { formatProblems } from '../../scripts/gates/problem.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test('every page in dist/ is within the byte budgets and loads only allowed scripts', () => {
	const costs = measurePages('dist', sitemapPaths('dist'), siteBudgets.contentScripts);
	assert.ok(costs.length > 10, 'the sitemap lists the pages');
	for (const k of ['htmlRaw', 'htmlGzip', 'cssGzip', 'jsGzip'] as const) {
		const values = costs.map((c) => c[k]);
		console.log(`${k.padEnd(8)} median ${kb(median(values))}, max ${kb(Math.max(...values))} (budget ${kb(siteBudgets[k])})`);
	}
	const problems = budgetProblems(costs, siteBudgets);
	assert.deepEqual(problems, [], formatProblems(problems));
});

test('content pages load no JavaScript beyond Starlight and search, and none loads a third-party script', () => {
	const costs = measurePages('dist', sitemapPaths('dist'), siteBudgets.contentScripts);
	for (const c of costs) for (const s of c.scripts) assert.match(s, /^\/_astro\//, `${c.path} loads ${s}`);
	const content = costs.filter((c) => !c.path.startsWith(siteBudgets.toolPrefix));
	assert.ok(
		content.every((c) => c.scripts.some((s) => s.includes('Search.astro'))),
		'search is on every content page',
	);
});

test('the sidebar does not grow with the catalogue: no page lists the whole site', () => {
	const costs = measurePages('dist', sitemapPaths('dist'), siteBudgets.contentScripts);
	const problems = sidebarProblems(costs);
	assert.deepEqual(problems, [], formatProblems(problems));
	// At our current size the full sidebar would list every page; ours lists far fewer.
	assert.ok(Math.max(...costs.map((c) => c.sidebarLinks)) < costs.length, 'a page lists fewer sidebar links than the site has pages');
});

/** A small dist/ with every defect the gate exists to catch. */
function brokenDist(): string {
	const dir = mkdtempSync(join(tmpdir(), 'nis2-budget-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	const sidebar = (links: number) => `<nav class="sidebar" aria-label="Hovednavigation">${'<a href="/x/">x</a>'.repeat(links)}</nav>`;
	const page = (body: string, scripts: string[] = [], links = 3) =>
		`<!doctype html><html lang="da"><head><link rel="stylesheet" href="/_astro/site.css">${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}</head><body>${sidebar(links)}<main>${body}</main></body></html>`;
	const pages: Record<string, string> = {
		'/krav/ok/': page('<p>Rask.</p>', ['/_astro/page.AbCd1234.js']),
		// Over budget: 200 KB of text that does not compress away.
		'/krav/tung/': page(`<p>${Array.from({ length: 40000 }, (_, i) => ((i * 2654435761) % 99991).toString(36)).join(' ')}</p>`),
		'/krav/beregner-paa-indholdsside/': page('<p>Indholdsside med værktøjskode.</p>', [
			'/_astro/Beregner.astro_astro_type_script_index_0_lang.Zz9Yy8Xx.js',
		]),
		'/vaerktoejer/a/': page('<p>Værktøj A.</p>', ['/_astro/Faelles.Qq1Ww2Ee.js']),
		'/vaerktoejer/b/': page('<p>Værktøj B.</p>', ['/_astro/Faelles.Qq1Ww2Ee.js']),
		// Lists the whole catalogue (Starlight's default).
		'/opslag/alt/': page('<p>Fuld sidebar.</p>', [], 500),
	};
	for (const [path, html] of Object.entries(pages)) write(`${path}index.html`, html);
	write('_astro/site.css', 'body{margin:0}');
	write('_astro/page.AbCd1234.js', 'import"./chunk.Ab12Cd34.js";console.log(1)');
	write('_astro/chunk.Ab12Cd34.js', 'console.log(2)');
	write('_astro/Beregner.astro_astro_type_script_index_0_lang.Zz9Yy8Xx.js', 'console.log("beregner")');
	write('_astro/Faelles.Qq1Ww2Ee.js', 'console.log("fælles")');
	write(
		'sitemap-0.xml',
		`<urlset>${Object.keys(pages)
			.map((p) => `<url><loc>https://x.invalid${p}</loc></url>`)
			.join('')}</urlset>`,
	);
	return dir;
}

test('the budget gate reports a page over budget, tool code on a content page, shared tool code and a full sidebar', () => {
	const dir = brokenDist();
	try {
		const costs = measurePages(dir, sitemapPaths(dir), siteBudgets.contentScripts);
		assert.deepEqual(
			costs.find((c) => c.path === '/krav/ok/')!.scripts,
			['/_astro/page.AbCd1234.js', '/_astro/chunk.Ab12Cd34.js'],
			'static imports are counted',
		);
		const problems = budgetProblems(costs, siteBudgets);
		const found = problems.map((p) => `${p.page} ${p.rule}`);
		assert.ok(found.includes('/krav/tung/ html-raw'), formatProblems(problems));
		assert.ok(found.includes('/krav/tung/ html-gzip'), formatProblems(problems));
		assert.ok(found.includes('/krav/beregner-paa-indholdsside/ content-page-js'), formatProblems(problems));
		assert.ok(found.includes('/vaerktoejer/ tool-js-shared'), formatProblems(problems));
		assert.ok(!found.some((f) => f.startsWith('/krav/ok/')), 'the healthy page passes');
		assert.deepEqual(
			sidebarProblems(costs).map((p) => p.page),
			['/opslag/alt/'],
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
