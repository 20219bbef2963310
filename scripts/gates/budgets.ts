// The performance-budget gate, read straight from dist/: what each page costs a reader (HTML, CSS
// and JS bytes, gzip as served), which scripts it loads, and how much of the catalogue its sidebar
// carries. Pure file reads, no browser, so it runs in a second.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFileFor } from './sitemap.ts';
import type { GateProblem } from './problem.ts';

export interface PageCost {
	path: string;
	htmlRaw: number;
	htmlGzip: number;
	cssGzip: number;
	/** External module scripts and everything they import statically, plus inline scripts. */
	jsGzip: number;
	/** /_astro/… files the page loads (entry scripts and their static imports). */
	scripts: string[];
	/** The subset of `scripts` that only tool code brings in: entries outside the allow-list and what they import that allowed entries do not. */
	foreignScripts: string[];
	/** Entry scripts (script tags) outside the allow-list: a tool's own code. */
	foreignEntries: string[];
	/** Links in the sidebar navigation. */
	sidebarLinks: number;
}

export interface Budgets {
	/** Any single page (overviews and tools are the largest). */
	htmlGzip: number;
	htmlRaw: number;
	/** The median page: what a reader typically downloads. */
	htmlGzipMedian: number;
	htmlRawMedian: number;
	cssGzip: number;
	jsGzip: number;
	/** JS on a tool's own page, where its code is allowed to load. */
	toolJsGzip: number;
	/** Script file names (without hash) every content page may load: Starlight's own and our search. */
	contentScripts: RegExp[];
	/** Where tool code may load: pages under this path prefix, each tool only on its own page. */
	toolPrefix: string;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function fileCache(distDir: string) {
	const cache = new Map<string, string>();
	return (url: string) => {
		if (!cache.has(url)) {
			const file = join(distDir, url.replace(/^\//, ''));
			cache.set(url, existsSync(file) ? readFileSync(file, 'utf8') : '');
		}
		return cache.get(url)!;
	};
}

/** An entry script and every module it imports statically, as site paths. */
function withImports(entry: string, read: (url: string) => string, into = new Set<string>()): Set<string> {
	if (into.has(entry)) return into;
	into.add(entry);
	const base = entry.slice(0, entry.lastIndexOf('/') + 1);
	// Static imports only: `import"./x.js"` and `from"./x.js"`; `import("./x.js")` loads on demand.
	for (const m of read(entry).matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js|\/[^"']+\.js)["']/g)) {
		const spec = m[1];
		const url = spec.startsWith('/') ? spec : new URL(spec, `http://x${base}`).pathname;
		withImports(url, read, into);
	}
	return into;
}

export function measurePages(distDir: string, paths: string[], allowed: RegExp[] = []): PageCost[] {
	const read = fileCache(distDir);
	return paths.map((path) => {
		const html = readFileSync(htmlFileFor(distDir, path), 'utf8');
		const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
		const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
		const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
		const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
			.map((m) => m[1])
			.join('');
		const scripts = new Set<string>();
		for (const e of entries) withImports(e, read, scripts);
		const ok = new Set<string>();
		for (const e of entries) if (allowed.some((re) => re.test(scriptName(e)))) withImports(e, read, ok);
		const nav = /<nav\b[^>]*\bclass="sidebar\b[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
		return {
			path,
			htmlRaw: Buffer.byteLength(html),
			htmlGzip: gz(html),
			cssGzip: css.reduce((n, url) => n + gz(read(url)), 0) + (inlineCss ? gz(inlineCss) : 0),
			jsGzip: [...scripts].reduce((n, url) => n + gz(read(url)), 0) + (inlineJs ? gz(inlineJs) : 0),
			scripts: [...scripts],
			foreignScripts: [...scripts].filter((s) => !ok.has(s)),
			foreignEntries: entries.filter((e) => !ok.has(e)),
			sidebarLinks: (nav.match(/<a\s/g) ?? []).length,
		};
	});
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const scriptName = (url: string) =>
	url
		.split('/')
		.pop()!
		.replace(/\.[\w-]{8}\.js$/, '.js');

/** Byte budgets, the script allow-list for content pages, and tool code kept to its own page. */
export function budgetProblems(costs: PageCost[], budgets: Budgets): GateProblem[] {
	const problems: GateProblem[] = [];
	for (const c of costs) {
		const over = (rule: string, value: number, limit: number) =>
			value > limit && problems.push({ page: c.path, rule, message: `${kb(value)} er over budgettet på ${kb(limit)}` });
		over('html-raw', c.htmlRaw, budgets.htmlRaw);
		over('html-gzip', c.htmlGzip, budgets.htmlGzip);
		over('css-gzip', c.cssGzip, budgets.cssGzip);
		const tool = c.path.startsWith(budgets.toolPrefix) ? c.path.slice(budgets.toolPrefix.length).split('/')[0] : undefined;
		over('js-gzip', c.jsGzip, tool ? budgets.toolJsGzip : budgets.jsGzip);
		for (const s of c.foreignScripts) {
			if (!tool)
				problems.push({ page: c.path, rule: 'content-page-js', message: `indholdsside indlæser ${s}, som hverken er Starlights eller søgningens` });
		}
	}
	for (const [rule, key, limit] of [
		['html-raw-median', 'htmlRaw', budgets.htmlRawMedian],
		['html-gzip-median', 'htmlGzip', budgets.htmlGzipMedian],
	] as const) {
		const m = median(costs.map((c) => c[key]));
		if (m > limit) problems.push({ page: '(median over alle sider)', rule, message: `${kb(m)} er over budgettet på ${kb(limit)}` });
	}
	// A tool's own entry script must belong to exactly one tool; modules they share (helpers that
	// the bundler splits out) may load on several tool pages, never on a content page (above).
	const owners = new Map<string, Set<string>>();
	for (const c of costs) {
		if (!c.path.startsWith(budgets.toolPrefix)) continue;
		const tool = c.path.slice(budgets.toolPrefix.length).split('/')[0] || '(indeks)';
		for (const s of c.foreignEntries) {
			(owners.get(s) ?? owners.set(s, new Set()).get(s)!).add(tool);
		}
	}
	for (const [script, tools] of owners) {
		if (tools.size > 1)
			problems.push({ page: budgets.toolPrefix, rule: 'tool-js-shared', message: `${script} indlæses af flere værktøjer: ${[...tools].join(', ')}` });
	}
	return problems;
}

/**
 * The sidebar must not grow with the catalogue: a page may list its own chapter's pages plus one
 * link per other chapter or top-level page, never the whole site. (Starlight's default renders
 * every page into every page: 84 % of the HTML at 1,000 pages.)
 */
export function sidebarProblems(costs: PageCost[]): GateProblem[] {
	const chapterOf = (path: string) => path.split('/').find(Boolean) ?? '';
	const chapterSize = new Map<string, number>();
	for (const c of costs) chapterSize.set(chapterOf(c.path), (chapterSize.get(chapterOf(c.path)) ?? 0) + 1);
	const topLevel = chapterSize.size;
	return costs
		.filter((c) => c.sidebarLinks > (chapterSize.get(chapterOf(c.path)) ?? 0) + topLevel)
		.map((c) => ({
			page: c.path,
			rule: 'sidebar-grows-with-catalogue',
			message: `sidebaren har ${c.sidebarLinks} links, men kapitlet har ${chapterSize.get(chapterOf(c.path))} sider og sitet ${topLevel} kapitler/topsider (${costs.length} sider i alt)`,
		}));
}

export const median = (values: number[]) => {
	const s = [...values].sort((a, b) => a - b);
	return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
