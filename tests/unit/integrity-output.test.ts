// What leaves the build must not run: CSV cells never open as formulas, inline style and script values
// cannot close their element, and a title with a script is refused (the built pages: tests/build/title-markup.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../src/lib/csv.ts';
import { cssString, scriptJson } from '../../src/lib/inline-escape.ts';
import { contentTree, ROOT } from '../helpers/content-fixture.ts';
import { checkContent, formatProblem } from '../../src/checks/content/index.ts';
import { parseCsv } from '../helpers/csv.ts';

const ATTACK = '</style><script>alert(1)</script>';

/** The cells as a spreadsheet splits them (the byte-order mark is not part of the first cell). */
const readCells = (csv: string) => parseCsv(csv.replace(/^\uFEFF/, ''));

test('CSV: every text cell that starts with a formula character opens as text', () => {
	const dangerous = ['=HYPERLINK("https://example.org","klik")', '+45 12 34', '-1+1', '@SUM(A1)', '\tfane', '\rretur'];
	const rows = dangerous.map((tekst, i) => ({ id: `r${i}`, tekst, liste: [tekst, 'ok'], tal: -5 }));
	const cells = readCells(toCsv(rows));
	assert.deepEqual(cells[0], ['id', 'tekst', 'liste', 'tal']);
	for (const [i, row] of cells.slice(1).entries()) {
		assert.equal(row[1], `'${dangerous[i]}`, `cell ${JSON.stringify(row[1])}`);
		assert.match(row[2], /^'/);
		assert.equal(row[3], '-5', 'a negative number stays a number');
		for (const cell of row.slice(0, 3)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `formula cell ${JSON.stringify(cell)}`);
	}
	assert.equal(readCells(toCsv([{ tekst: 'Almindelig tekst' }]))[1][0], 'Almindelig tekst');
});

test('inline style and script values cannot close their element', () => {
	assert.doesNotMatch(cssString(ATTACK), /</);
	assert.match(cssString('Titel "citat"'), /^"Titel \\"citat\\""$/);
	assert.doesNotMatch(scriptJson({ title: ATTACK }), /<|>/);
	assert.deepEqual(JSON.parse(scriptJson({ title: ATTACK })), { title: ATTACK });
});

test('a title with a script is refused by the content check, naming file, line and field', () => {
	const { dir, cleanup } = contentTree();
	try {
		const file = join(dir, 'krav/k-20.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('title: Ledelsens ansvar, godkendelse og uddannelse', `title: "Ledelsens ansvar ${ATTACK}"`));
		const messages = checkContent(ROOT, dir).problems.map(formatProblem);
		assert.ok(
			messages.some((m) => m.includes('krav/k-20.mdx:2: feltet "title": teksten indeholder HTML-mærket <script>')),
			messages.join('\n'),
		);
	} finally {
		cleanup();
	}
});

// Markup the check lets through (closing tags, harmless elements) must still render as text, and
// must not break out of the print footer's inline <style> on the page or of the print route's.
