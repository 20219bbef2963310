// The printed documents get their plain-text sections from the built pages (src/lib/print-assembly.ts):
// the print route writes an index and placeholders, the build fills them with each page's
// printable part, rewritten for the document. That both ways give the same document on real
// builds is tests/build/print-assembly.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	documentIndex,
	fillSections,
	printablePart,
	PRINT_PART_END,
	PRINT_PART_START,
	sectionPlaceholder,
	withoutPrintMarkers,
	renderSectionHere,
} from '../../src/lib/print-assembly.ts';

const site = 'https://nis2.example.dk';
const page = (path: string, part: string) =>
	`<html><body><h1>${path}</h1><p>før</p>${PRINT_PART_START}${part}${PRINT_PART_END}<footer>efter</footer></body></html>`;

test('a placeholder is filled with the page part, its ids prefixed and its links made document anchors', () => {
	const sections = new Map([
		['/krav/k-20/', 'krav-k-20'],
		['/krav/k-23/', 'krav-k-23'],
	]);
	const doc = `<main>${documentIndex({ sections, site })}<section id="krav-k-20"><div>${sectionPlaceholder('/krav/k-20/')}</div></section><section id="krav-k-23"><div>rendered here</div></section></main>`;
	const pages: Record<string, string> = {
		'/krav/k-20/': page('/krav/k-20/', '<h2 id="kilder">Kilder</h2><a href="/krav/k-23/">k-23</a> <a href="/drejebog/">plan</a>'),
	};
	const read: string[] = [];
	const { html, sections: filled } = fillSections(doc, (path) => {
		read.push(path);
		return printablePart(pages[path], path);
	});
	assert.equal(filled, 1);
	assert.deepEqual(read, ['/krav/k-20/']);
	assert.equal(
		html,
		'<main><section id="krav-k-20"><div><h3 id="krav-k-20--kilder">Kilder</h3><a href="#krav-k-23">k-23</a> <a href="https://nis2.example.dk/drejebog/" data-site-link>plan</a></div></section><section id="krav-k-23"><div>rendered here</div></section></main>',
	);
	assert.doesNotMatch(html, /<!--nis2-print/, 'no index or placeholder is left');
});

test('page names that could end a comment or an attribute survive the round trip', () => {
	const path = '/briefinger/a--b"c/';
	const sections = new Map([[path, 'briefinger-a--b"c']]);
	const doc = `${documentIndex({ sections, site: 'http://127.0.0.1:4321' })}${sectionPlaceholder(path)}`;
	const comments = doc.match(/<!--[\s\S]*?-->/g)!;
	assert.equal(comments.join(''), doc, 'the index and the placeholder are two whole comments');
	for (const c of comments) assert.doesNotMatch(c.slice(4, -3), /--|=""|[^=]"[^ >]/, `${c}: no "--" and no stray quote inside`);
	const { html } = fillSections(doc, (p) => {
		assert.equal(p, path);
		return '<h2 id="x">X</h2>';
	});
	assert.equal(html, '<h3 id="briefinger-a--b"c--x">X</h3>');
});

test('a page without a printable part, or a placeholder outside the index, is a clear error', () => {
	assert.throws(() => printablePart('<html><body>ingen markører</body></html>', '/krav/k-20/'), /\/krav\/k-20\/ has no printable part/);
	const doc = `${documentIndex({ sections: new Map([['/a/', 'a']]), site })}${sectionPlaceholder('/b/')}`;
	assert.throws(() => fillSections(doc, () => ''), /names \/b\/, which the document's index does not list/);
});

test('a document without an index is left as it is', () => {
	const doc = '<main><p>En briefing renderet i ruten.</p></main>';
	assert.deepEqual(
		fillSections(doc, () => assert.fail('nothing to read')),
		{ html: doc, sections: 0 },
	);
});

test('the finished page is written without the markers', () => {
	assert.equal(withoutPrintMarkers(page('/x/', '<p>tekst</p>')), '<html><body><h1>/x/</h1><p>før</p><p>tekst</p><footer>efter</footer></body></html>');
});

test('pages whose text imports components are rendered by the print route, plain text is not', () => {
	// Whatever the environment running the test says (NIS2_PRINT_SECTIONS=render forces rendering).
	const forced = process.env.NIS2_PRINT_SECTIONS;
	delete process.env.NIS2_PRINT_SECTIONS;
	try {
		assert.equal(renderSectionHere({ body: "import KravOversigt from '~/components/views/KravOversigt.astro';\n\nTekst.\n" }, false), true);
		assert.equal(renderSectionHere({ body: 'Tekst om import af data.\n\nMere tekst.\n' }, false), false);
		assert.equal(renderSectionHere({ body: 'Tekst.\n' }, true), true, 'astro dev renders everything');
	} finally {
		if (forced !== undefined) process.env.NIS2_PRINT_SECTIONS = forced;
	}
});
