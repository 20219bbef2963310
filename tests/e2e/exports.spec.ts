// The JSON and CSV exports parse, agree with each other and with the pages they describe.
import { test, expect } from '@playwright/test';
import { parseCsv } from '../helpers/tools.ts';

const NAMES = ['krav', 'foranstaltninger', 'drejebog'] as const;

const decodeEntities = (html: string) =>
	html
		.replace(/&#(\d+);/g, (_m, n) => String.fromCharCode(Number(n)))
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

for (const name of NAMES) {
	test(`/data/${name}.json and .csv agree with each other and with the pages`, async ({ request }) => {
		const json = (await (await request.get(`/data/${name}.json`)).json()) as { id: string; title: string; url: string }[];
		expect(json.length).toBeGreaterThan(0);
		const csvResponse = await request.get(`/data/${name}.csv`);
		const bytes = await csvResponse.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
		expect(header.slice(0, 3)).toEqual(['id', 'title', 'url']);
		expect(rows.map((r) => r[0])).toEqual(json.map((e) => e.id));
		expect(rows.map((r) => r[1])).toEqual(json.map((e) => e.title));
		for (const entry of json) {
			const page = await request.get(entry.url);
			expect(page.ok(), entry.url).toBeTruthy();
			const html = await page.text();
			const h1 = /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
			expect(decodeEntities(h1 ?? ''), entry.url).toBe(entry.title);
		}
	});
}
