// Every measure's evidence at three levels (dokumenteret, implementeret, afproevet) must reach each
// place that shows or exports it, unchanged: the measure page, the printed chapter, the JSON and CSV
// exports and the OSCAL catalog. Reads dist/ (run `npx astro build` first) and compares it with the
// front matter read straight from the files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../helpers/csv.ts';
import { decodeEntities, measureFrontMatter, readBuilt } from '../helpers/built-site.ts';
import type { OscalCatalog } from '../../src/lib/oscal.ts';

const LEVELS = ['dokumenteret', 'implementeret', 'afproevet'] as const;
const measures = measureFrontMatter();

/** The text of the <li> items inside the block marked data-evidens="<level>". */
function itemsOf(html: string, level: string): string[] {
	const start = html.indexOf(`data-evidens="${level}"`);
	assert.ok(start >= 0, `no block for ${level}`);
	const block = html.slice(start, html.indexOf('</section>', start));
	return [...block.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decodeEntities(m[1].replace(/<[^>]+>/g, '')).trim());
}

test('every measure has at least one example on each level', () => {
	assert.ok(measures.length >= 50);
	for (const m of measures) for (const l of LEVELS) assert.ok(m.evidens[l].length >= 1, `${m.id} ${l}`);
});

test('the measure page shows the three levels, in order, with every example', () => {
	for (const m of measures) {
		const html = readBuilt(`foranstaltninger/${m.id}/index.html`);
		assert.match(html, /<h2 id="dokumentation-til-tilsynet">Evidens: dokumenteret, implementeret, afprøvet<\/h2>/, m.id);
		const positions = LEVELS.map((l) => html.indexOf(`data-evidens="${l}"`));
		assert.deepEqual(
			[...positions].sort((a, b) => a - b),
			positions,
			`${m.id}: levels in order`,
		);
		for (const l of LEVELS) assert.deepEqual(itemsOf(html, l), m.evidens[l], `${m.id} ${l}`);
	}
});

test('the printed chapter carries the same three levels for every measure', () => {
	const html = readBuilt('print/foranstaltninger/index.html');
	for (const m of measures) {
		const from = html.indexOf(`id="foranstaltninger-${m.id}"`);
		assert.ok(from >= 0, `${m.id} is in the printed chapter`);
		const section = html.slice(from);
		for (const l of LEVELS) assert.deepEqual(itemsOf(section, l), m.evidens[l], `print ${m.id} ${l}`);
	}
});

test('the JSON export holds the three levels as lists, the CSV one column per level', () => {
	const json = JSON.parse(readBuilt('data/foranstaltninger.json')) as { id: string; evidens: Record<string, string[]> }[];
	const rows = parseCsv(readBuilt('data/foranstaltninger.csv').replace(/^\uFEFF/, ''));
	const header = rows[0];
	for (const l of LEVELS) assert.ok(header.includes(`evidens.${l}`), `CSV column evidens.${l}`);
	for (const m of measures) {
		const j = json.find((x) => x.id === m.id);
		assert.ok(j, `${m.id} in JSON`);
		assert.deepEqual(Object.keys(j.evidens), [...LEVELS], `${m.id}: JSON levels`);
		for (const l of LEVELS) assert.deepEqual(j.evidens[l], m.evidens[l], `${m.id} JSON ${l}`);
		const row = rows.find((r) => r[header.indexOf('id')] === m.id)!;
		for (const l of LEVELS) assert.equal(row[header.indexOf(`evidens.${l}`)], m.evidens[l].join(' | '), `${m.id} CSV ${l}`);
	}
});

test('OSCAL: the evidence part has one sub-part per level with every example', () => {
	const { catalog } = JSON.parse(readBuilt('data/oscal-catalog.json')) as OscalCatalog;
	const controls = catalog.groups.flatMap((g) => g.controls ?? []);
	for (const m of measures) {
		const c = controls.find((x) => x.id === m.id);
		assert.ok(c, `${m.id} is in the catalog`);
		const evidence = c.parts.find((p) => p.name === 'evidence');
		assert.ok(evidence, `${m.id} has an evidence part`);
		const levels = evidence.parts ?? [];
		assert.deepEqual(
			levels.map((p) => p.name),
			[...LEVELS],
			`${m.id} OSCAL levels`,
		);
		for (const [i, p] of levels.entries()) {
			assert.match(p.id ?? '', /^[A-Za-z_][A-Za-z0-9_.-]*$/, 'OSCAL token');
			assert.equal(p.prose, m.evidens[LEVELS[i]].map((e) => `- ${e}`).join('\n'), `${m.id} OSCAL ${p.name}`);
		}
	}
});
