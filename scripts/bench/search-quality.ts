// Search quality through the real dialog: types each query of a fixture into the search dialog in
// Chromium and scores where the expected pages land. hit@1 and hit@3 are the share of queries with
// an expected page first / in the first three; MRR is the mean of 1 / rank of the first expected
// page among the first ten (0 when none is there). Shared by the e2e test and `npm run bench`.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { serveStatic } from '../static-server.ts';
import { launchChromium } from '../launch-chromium.ts';

export interface QualityQuery {
	q: string;
	hvem: string;
	sider: string[];
}

export interface QualityRow {
	query: string;
	rank: number | undefined;
	top: string[];
	expected: string[];
}

export interface QualityReport {
	queries: number;
	hitAt1: number;
	hitAt3: number;
	mrr: number;
	rows: QualityRow[];
}

export const QUERY_FIXTURE = new URL('../../tests/fixtures/search-queries.yaml', import.meta.url);

export function loadQueries(file: URL = QUERY_FIXTURE): QualityQuery[] {
	return parse(readFileSync(file, 'utf8')) as QualityQuery[];
}

const pathOf = (href: string) => new URL(href, 'http://x').pathname;
const pageUrl = (address: string) => (address === '' ? '/' : `/${address}/`);

/** Runs the queries in an open page of the built site; the dialog is opened once and reused. */
export async function measureQuality(page: Page, queries: QualityQuery[]): Promise<QualityReport> {
	await page.locator('site-search button[data-open-modal]').click();
	const input = page.locator('#nis2-search-input');
	const rows: QualityRow[] = [];
	for (const { q, sider } of queries) {
		await input.fill(q);
		await page.waitForFunction((query) => document.querySelector<HTMLElement>('#nis2-search-results')?.dataset.renderedFor === query, q, {
			timeout: 15_000,
		});
		const top = (await page.locator('#nis2-search-results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
			.slice(0, 10)
			.map(pathOf);
		const expected = sider.map(pageUrl);
		const at = top.findIndex((href) => expected.includes(href));
		rows.push({ query: q, rank: at === -1 ? undefined : at + 1, top, expected });
	}
	const share = (n: number) => rows.filter((r) => r.rank !== undefined && r.rank <= n).length / rows.length;
	return { queries: rows.length, hitAt1: share(1), hitAt3: share(3), mrr: rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length, rows };
}

export function formatQuality(report: QualityReport): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
	return `Søgekvalitet (${report.queries} forespørgsler): hit@1 ${pct(report.hitAt1)}, hit@3 ${pct(report.hitAt3)}, MRR ${report.mrr.toFixed(3)}`;
}

export function formatMisses(report: QualityReport, worseThan = 3): string {
	return report.rows
		.filter((r) => r.rank === undefined || r.rank > worseThan)
		.map(
			(r) =>
				`  »${r.query}«: ${r.rank ? `nr. ${r.rank}` : 'ikke i top 10'}; ventede ${r.expected.join(', ')}; fik ${r.top.slice(0, 3).join(', ') || 'intet'}`,
		)
		.join('\n');
}

/** The same measurement on a built site in a directory: served on loopback, run in a fresh Chromium. */
export async function measureQualityOnDist(dist: string, queries = loadQueries()): Promise<QualityReport> {
	const server = await serveStatic(dist);
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ baseURL: server.origin });
		await page.goto('/');
		return await measureQuality(page, queries);
	} finally {
		await browser.close();
		await server.close();
	}
}
