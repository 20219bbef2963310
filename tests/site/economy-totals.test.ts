// The totals on the economy page must be the sums of the measures' own estimates. The sums are
// recomputed here from the front matter files, independently of src/lib/costs.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { measureFrontMatter, readBuilt, root } from '../helpers/built-site.ts';
import type { z } from 'astro/zod';
import type { omkostningsmodelSchema } from '../../src/schemas/data.ts';

const html = readBuilt('konsekvenser/oekonomi/index.html');
const measures = measureFrontMatter();
const model = parse(readFileSync(resolve(root, 'content/data/omkostningsmodel.yaml'), 'utf8')) as z.infer<typeof omkostningsmodelSchema>;

function rowsOf(view: string): Map<string, Record<string, string>> {
	const start = html.indexOf(`data-view="${view}"`);
	assert.ok(start > 0, `the page has the ${view} table`);
	const table = html.slice(start, html.indexOf('</table>', start));
	const rows = new Map<string, Record<string, string>>();
	for (const [, attrs] of table.matchAll(/<tr ([^>]*data-size="[^"]+"[^>]*)>/g)) {
		const data = Object.fromEntries([...attrs.matchAll(/data-([a-z0-9-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
		rows.set(data.size, data);
	}
	return rows;
}

test('the totals table adds up to the per-measure estimates for each size class', () => {
	const rows = rowsOf('cost-totals');
	assert.deepEqual([...rows.keys()], ['lille', 'mellem', 'stor']);
	for (const size of ['lille', 'mellem', 'stor'] as const) {
		const sum = (key: 'engang' | 'aarlig' | 'aarsvaerk') => measures.reduce((total, m) => total + m.omkostninger[size][key], 0);
		const row = rows.get(size)!;
		assert.equal(Number(row.engang), sum('engang'), `${size}: engang`);
		assert.equal(Number(row.aarlig), sum('aarlig'), `${size}: aarlig`);
		assert.equal(Number(row.aarsvaerk), Math.round(sum('aarsvaerk') * 100) / 100, `${size}: aarsvaerk`);
		assert.equal(Number(row.personale), Math.round(Number(row.aarsvaerk) * model.aarsvaerkKr), `${size}: staff cost`);
		assert.equal(Number(row.aar5), Number(row.engang) + 5 * (Number(row.aarlig) + Number(row.personale)), `${size}: five years`);
	}
	assert.ok(measures.length >= 45, 'the catalogue has at least 45 measures');
});

test('the chart draws the same numbers as the totals table', () => {
	const totals = rowsOf('cost-totals');
	const start = html.indexOf('data-view="oekonomi-diagram"');
	const chart = html.slice(start, html.indexOf('</svg>', start));
	assert.match(chart, /<svg[^>]*role="img"/);
	assert.match(chart, /<title[^>]*>[^<]+<\/title>/);
	assert.match(chart, /<desc[^>]*>[^<]+<\/desc>/);
	for (const [size, row] of totals) {
		for (const [serie, key] of [
			['engang', 'engang'],
			['aarlig', 'aarlig'],
			['personale', 'personale'],
		]) {
			assert.match(chart, new RegExp(`data-size="${size}" data-serie="${serie}" data-value="${row[key]}"`), `${size} ${serie} bar`);
		}
	}
});
