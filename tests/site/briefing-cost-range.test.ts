// The council briefing's "Hvad det koster" carries the cost model's range, generated from the same
// totals as the economy page, marked as an estimate, and with no amounts typed into the text.
// Reads dist/ (run `npx astro build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributes, builtHtml, contentDir, decodeEntities } from '../helpers/built-site.ts';

const BRIEFING = '/briefinger/nis2-for-kommunalbestyrelsen/';

/** Per size class, the figures the economy page's totals table carries in its data attributes. */
function economyTotals(): Record<string, number>[] {
	const html = builtHtml('/konsekvenser/oekonomi/');
	const start = html.indexOf('data-view="cost-totals"');
	const table = html.slice(start, html.indexOf('</table>', start));
	return [...table.matchAll(/<tr data-size="[^"]+"[^>]*>/g)].map((m) => {
		const a = attributes(m[0]);
		return { engang: +a['data-engang'], aarligIalt: +a['data-aarlig'] + +a['data-personale'], aarsvaerk: +a['data-aarsvaerk'], overAar: +a['data-aar5'] };
	});
}

function rangeCells(html: string): Map<string, { min: number; max: number; text: string }> {
	const start = html.indexOf('data-view="cost-range"');
	assert.ok(start >= 0, 'the briefing has the cost range table');
	const table = html.slice(start, html.indexOf('</table>', start));
	const cells = new Map<string, { min: number; max: number; text: string }>();
	for (const row of table.matchAll(/<tr data-post="([^"]+)">([\s\S]*?)<\/tr>/g)) {
		for (const cell of row[2].matchAll(/(<td[^>]*>)([\s\S]*?)<\/td>/g)) {
			const a = attributes(cell[1]);
			cells.set(`${row[1]}:${a['data-niveau']}`, { min: +a['data-min'], max: +a['data-max'], text: decodeEntities(cell[2]).trim() });
		}
	}
	return cells;
}

test('the range for all measures is the lowest and highest of the economy page totals', () => {
	const totals = economyTotals();
	assert.equal(totals.length, 3, 'three size classes on the economy page');
	const cells = rangeCells(builtHtml(BRIEFING));
	for (const post of ['engang', 'aarligIalt', 'aarsvaerk', 'overAar'] as const) {
		const values = totals.map((t) => t[post]);
		const cell = cells.get(`${post}:alle`);
		assert.ok(cell, `row ${post}`);
		assert.equal(cell.min, Math.min(...values), `${post} min`);
		assert.equal(cell.max, Math.max(...values), `${post} max`);
		const basic = cells.get(`${post}:grundniveau`)!;
		assert.ok(basic.min > 0 && basic.min <= cell.min && basic.max <= cell.max, `${post}: the basic tier is part of the whole`);
	}
});

test('the shown figures are the data, in Danish format', () => {
	const cells = rangeCells(builtHtml(BRIEFING));
	const mio = (n: number) => (n / 1e6).toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const engang = cells.get('engang:alle')!;
	assert.equal(engang.text, `${mio(engang.min)}–${mio(engang.max)} mio. kr.`);
	const fte = cells.get('aarsvaerk:alle')!;
	assert.equal(
		fte.text,
		`${fte.min.toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 2 })}–${fte.max.toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 2 })}`,
	);
});

test('the section says the figures are an estimate, and its source text types no amounts', () => {
	const html = builtHtml(BRIEFING);
	assert.ok(html.indexOf('id="fem-') > html.indexOf('id="hvad-det-koster"'), 'the section ends before the next heading');
	const section = html.slice(html.indexOf('id="hvad-det-koster"'), html.indexOf('id="fem-'));
	assert.match(section, /Skøn, ikke faktiske tal/);
	assert.match(section, /<caption>Skøn, ikke faktiske tal/);
	const source = readFileSync(join(contentDir, 'briefinger/nis2-for-kommunalbestyrelsen.mdx'), 'utf8');
	const text = source.slice(source.indexOf('## Hvad det koster'), source.indexOf('\n## ', source.indexOf('## Hvad det koster') + 3));
	assert.match(text, /<OmkostningsSpaend \/>/);
	assert.doesNotMatch(text, /\d[\d.,]*\s*(mio\.|kr\.|årsværk)/, 'no typed amounts: they would drift from the catalogue');
});
