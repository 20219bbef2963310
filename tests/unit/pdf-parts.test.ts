// Splitting a print page into parts (scripts/pdf/parts.ts): every section lands in exactly one
// part, in order; cut points stay put when one section grows, so a one-page change changes one
// part; each part can link to every target and names the targets others link to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitDocument, withTocNumbers, UnexpectedPrintPage } from '../../scripts/pdf/parts.ts';

const section = (id: string, text: string, link?: string) =>
	`<section class="nis2-print-section" id="${id}" data-status="neutral"><h2 class="nis2-print-section__title" id="${id}--titel">${id}</h2><p>${text}</p>${link ? `<a href="#${link}">se</a>` : ''}</section>`;
const page = (sections: string[], ids: string[]) =>
	`<!doctype html><html lang="da"><head><title>T</title><style>@page { @top-left { content: "T"; } }</style></head><body><main><header class="nis2-print-cover"><h1 id="titel">T</h1></header><nav class="nis2-print-toc"><ol>${ids.map((id) => `<li><a href="#${id}"><span class="nis2-print-toc__title">${id}</span><span class="nis2-print-toc__page" data-toc-page="${id}"></span></a></li>`).join('')}</ol></nav>${sections.join(' ')}</main></body></html>`;

const ids = Array.from({ length: 40 }, (_, i) => `s-${String(i).padStart(2, '0')}`);
const texts = ids.map((id, i) => `${id} `.repeat(100 + ((i * 37) % 200)));
const build = (t: string[]) =>
	page(
		ids.map((id, i) => section(id, t[i], i % 5 === 0 ? ids[(i + 7) % ids.length] : undefined)),
		ids,
	);

test('every section is in exactly one body part, in order, within the size bounds', () => {
	const split = splitDocument(build(texts), 6000);
	assert.ok(split.body.length >= 4, `${split.body.length} parts`);
	const order = split.body.flatMap((p) => [...p.html.matchAll(/<section class="nis2-print-section" id="([^"]+)"/g)].map((m) => m[1]));
	assert.deepEqual(order, ids);
	assert.deepEqual(split.tocIds, ids);
	for (const part of [split.front, ...split.body]) {
		assert.match(part.html, /<title>T<\/title>/, 'the head of the print page');
		assert.match(part.html, /@bottom-right \{ content: none; \}/, 'no page-number box: it is stamped after merging');
		assert.match(part.html, /<\/main><\/body><\/html>$/);
	}
	assert.ok(!split.front.html.includes('nis2-print-section"'), 'the front matter has no sections');
});

test('a longer section changes only its own part (cut points depend on the sections, not on running totals)', () => {
	const before = splitDocument(build(texts), 6000).body.map((p) => p.html);
	const grown = [...texts];
	grown[17] += ' en ny sætning'.repeat(20);
	const after = splitDocument(build(grown), 6000).body.map((p) => p.html);
	assert.equal(after.length, before.length);
	assert.equal(after.filter((html, i) => html !== before[i]).length, 1);
});

test('stand-ins for targets in other parts, and unrendered links to targets others link to', () => {
	const split = splitDocument(build(texts), 6000);
	const holder = split.body.find((p) => p.ids.has('s-07'))!;
	assert.match(
		holder.html,
		/<div style="display:none">.*<a href="#s-07" tabindex="-1"><\/a>/,
		'the part holding s-07 links to it, so Chromium names its destination',
	);
	assert.match(split.front.html, /<span id="s-07"><\/span>/, 'the front matter has a stand-in for every contents target');
	assert.ok(!split.front.ids.has('s-07'), 'a stand-in is not an element the part contains');
	// The stand-ins sit inside the part's first element, so they make no page of their own.
	assert.match(split.front.html, /<main><header class="nis2-print-cover"><div aria-hidden="true" style="position:absolute;/);
});

test('contents numbers are filled in, with an accessible label', () => {
	const split = splitDocument(build(texts), 6000);
	const front = withTocNumbers(
		split.front,
		new Map([
			['s-00', 3],
			['s-01', 12],
		]),
	);
	assert.match(front.html, /data-toc-page="s-01" aria-label="side 12">12<\/span>/);
	assert.match(front.html, /data-toc-page="s-02"><\/span>/, 'no number, no text');
});

test('a print page without sections is refused with a clear message', () => {
	assert.throws(() => splitDocument('<html><head></head><body><main><p>x</p></main></body></html>'), UnexpectedPrintPage);
});
