// What issue 15 added must reach paper: the council briefing's cost range (generated, marked as an
// estimate) and every measure's three evidence levels in the measures chapter. Reads the PDFs with
// pdftotext and compares them with the print pages they were made from.
// Run after `npm run build && npm run pdf`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeEntities } from '../../src/util/html-entities.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const pdfText = (key: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', join(dist, 'pdf', `${key}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).replace(/\s+/g, ' ');
const printHtml = (key: string) => readFileSync(join(dist, 'print', key, 'index.html'), 'utf8');

test('the council briefing PDF carries the generated cost range, marked as an estimate', () => {
	const key = 'briefinger/nis2-for-kommunalbestyrelsen';
	const html = printHtml(key);
	const start = html.indexOf('data-view="cost-range"');
	assert.ok(start >= 0, 'the print page has the cost range table');
	const table = html.slice(start, html.indexOf('</table>', start));
	const cells = [...table.matchAll(/<td data-niveau="[^"]+"[^>]*>([^<]+)<\/td>/g)].map((m) => decodeEntities(m[1]).trim());
	assert.equal(cells.length, 8, 'four rows, two columns');
	const text = pdfText(key);
	assert.match(text, /Hvad det koster/);
	assert.match(text, /Skøn, ikke faktiske tal/);
	for (const cell of cells) assert.ok(text.includes(cell), `the PDF shows "${cell}"`);
});

test('the measures PDF shows the three evidence levels for every measure', () => {
	const key = 'foranstaltninger';
	const html = printHtml(key);
	const measures = (html.match(/<section class="nis2-evidence"/g) ?? []).length;
	assert.ok(measures >= 50, `evidence sections in the print page: ${measures}`);
	const text = pdfText(key);
	for (const heading of ['Evidens: dokumenteret, implementeret, afprøvet', 'Dokumenteret – ', 'Implementeret – ', 'Afprøvet – ']) {
		const count = text.split(heading).length - 1;
		assert.equal(count, measures, `"${heading}" once per measure in the PDF`);
	}
});
