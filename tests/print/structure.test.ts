// The accessibility structure of every PDF, as a screen reader meets it: poppler's
// `pdfinfo -struct` reads the structure tree Chromium writes. Each kind of element the print page
// has (heading, paragraph, list, table) must be there as a structure element, nested the way
// PDF/UA expects, and the contents' page numbers must be the pages their links lead to.
// Run after `npm run build && npm run pdf`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

const dist = resolve(process.env.DIST_DIR ?? 'dist');

const keys = readdirSync(join(dist, 'print'), { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('index.html'))
	.map((f) => f.split(sep).slice(0, -1).join('/'))
	.filter(Boolean)
	.sort();

interface Node {
	type: string;
	children: Node[];
}

/** The structure tree from `pdfinfo -struct` (indentation is nesting; poppler's complaints about PDF 2.0 types go to stderr). */
function structTree(file: string): Node {
	const run = spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
	assert.equal(run.status, 0, `pdfinfo -struct ${file} failed: ${run.stderr.slice(0, 300)}`);
	const root: Node = { type: '(root)', children: [] };
	const stack: { depth: number; node: Node }[] = [{ depth: -1, node: root }];
	for (const line of run.stdout.split('\n')) {
		const m = /^( *)([A-Za-z]\w*)(?: \(\w+\))?:?$/.exec(line);
		if (!m) continue; // attributes ("/Scope …"), object references and text lines
		const depth = m[1].length;
		const node: Node = { type: m[2], children: [] };
		while (stack.at(-1)!.depth >= depth) stack.pop();
		stack.at(-1)!.node.children.push(node);
		stack.push({ depth, node });
	}
	return root;
}

function* walk(node: Node, parent?: Node): Generator<[Node, Node | undefined]> {
	yield [node, parent];
	for (const child of node.children) yield* walk(child, node);
}

const count = (html: string, tag: string) => (html.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;

for (const key of keys) {
	const file = join(dist, 'pdf', `${key}.pdf`);
	const html = readFileSync(join(dist, 'print', key, 'index.html'), 'utf8');

	test(`${key}.pdf: a structure tree with headings, paragraphs, lists and tables`, () => {
		const tree = structTree(file);
		assert.deepEqual(
			tree.children.map((n) => n.type),
			['Document'],
			'one Document element at the root',
		);
		const types = new Map<string, number>();
		for (const [node] of walk(tree)) types.set(node.type, (types.get(node.type) ?? 0) + 1);
		const has = (type: string) => types.get(type) ?? 0;
		assert.equal(has('H1'), count(html, 'h1'), 'every h1 of the print page is an H1');
		assert.ok(has('P') >= 1, 'paragraphs are P elements');
		if (count(html, 'ul') + count(html, 'ol') > 0) {
			assert.ok(has('L') >= 1 && has('LI') >= 1, `lists are L/LI elements (L ${has('L')}, LI ${has('LI')})`);
		}
		if (count(html, 'table') > 0) {
			assert.equal(has('Table'), count(html, 'table'), 'every table is a Table element');
			assert.ok(has('TR') >= count(html, 'tr'), 'every table row is a TR element');
		}
		for (let level = 2; level <= 6; level++) {
			if (count(html, `h${level}`) > 0) assert.ok(has(`H${level}`) >= 1, `h${level} headings are H${level} elements`);
		}
		// Nesting as PDF/UA has it: list items in lists, rows in tables (or their sections), cells in rows.
		for (const [node, parent] of walk(tree)) {
			if (node.type === 'LI') assert.equal(parent?.type, 'L', 'an LI sits in an L');
			if (node.type === 'TR') assert.match(parent?.type ?? '', /^(Table|THead|TBody|TFoot)$/, 'a TR sits in a table');
			if (node.type === 'TD' || node.type === 'TH') assert.equal(parent?.type, 'TR', `a ${node.type} sits in a TR`);
		}
	});

	test(`${key}.pdf: contents page numbers are the pages their links lead to`, () => {
		const destinations = new Map<string, number>();
		for (const m of execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8', maxBuffer: 64 << 20 }).matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/gm)) {
			destinations.set(m[2], Number(m[1]));
		}
		// Contents lines in the print page, in order, and the numbers pdftotext reads from pages 2–3.
		const ids = [...html.matchAll(/data-toc-page="([^"]+)"/g)].map((m) => m[1]);
		const targets = ids.filter((id) => destinations.has(id));
		if (targets.length === 0) return; // a document whose contents link only to places without a destination
		// The contents run from page 2 (page 1 for a short document that lists them on its cover)
		// up to the page before the first target.
		const firstContentsPage = html.includes('nis2-print-toc--cover') ? 1 : 2;
		const lastContentsPage = Math.max(firstContentsPage, Math.min(...targets.map((id) => destinations.get(id)!)) - 1);
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(firstContentsPage), '-l', String(lastContentsPage), file, '-'], {
			encoding: 'utf8',
		});
		// On a cover the contents sit between their heading and the edition facts.
		const contents = firstContentsPage === 1 ? text.slice(text.search(/^\s*Indhold\s*$/m), text.search(/^\s*(Version|Udgave)\s/m)) : text;
		const printed = contents
			.split('\n')
			.map((line) => /\S\s{2,}(\d{1,4})\s*$/.exec(line)?.[1])
			.filter((n): n is string => n !== undefined)
			.map(Number);
		// Every entry has its number, in order; where Chromium wrote a destination for the target
		// (it does for targets it links to), the number is the page that destination is on.
		assert.equal(printed.length, ids.length, `${printed.length} numbered contents lines for ${ids.length} entries`);
		const wrong = ids
			.filter((id, i) => destinations.has(id) && destinations.get(id) !== printed[i])
			.map((id) => `${id}: ${printed[ids.indexOf(id)]} (link leads to ${destinations.get(id)})`);
		assert.deepEqual(wrong, [], 'contents numbers that are not the pages their links lead to');
	});
}
