// The PDF cache key (scripts/pdf/cache.ts): a document is reprinted exactly when something its
// printing reads has changed: its print page, a stylesheet or image it loads (or a font that
// stylesheet loads), the edition on its cover, or the browser. A change to another document does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';

const root = mkdtempSync(join(tmpdir(), 'nis2-pdf-cache-'));
process.env.PDF_CACHE_DIR = join(root, 'cache');
const { inputHash, restore, store } = await import('../../scripts/pdf/cache.ts');

const dist = join(root, 'dist');
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), text);
};
const page = (title: string, edition = '0.1.0 (abc1234)') =>
	`<!doctype html><html lang="da"><head><link rel="stylesheet" href="/_astro/print.css"></head><body><h1 id="titel">${title}</h1><p>Version ${edition}</p><img src="/billeder/figur.png" alt="Figur"><a href="/krav/k-20/">Krav</a><a href="/pdf/krav.pdf">PDF</a></body></html>`;

function site() {
	rmSync(dist, { recursive: true, force: true });
	write('print/krav/index.html', page('Krav og fortolkninger'));
	write('print/drejebog/index.html', page('Drejebog'));
	write('_astro/print.css', "@font-face { font-family: X; src: url('/fonts/x.woff2'); } body { background: url(data:image/png;base64,AAAA); }");
	write('fonts/x.woff2', 'font-1');
	write('billeder/figur.png', 'png-1');
}

test('the key changes with the page, its stylesheet, a font the stylesheet loads, an image, the edition and the browser', () => {
	site();
	const base = inputHash(dist, 'krav', 'Chromium 1');
	assert.equal(inputHash(dist, 'krav', 'Chromium 1'), base, 'the same inputs give the same key');
	assert.notEqual(inputHash(dist, 'krav', 'Chromium 2'), base, 'another browser version');

	const changes: [string, () => void][] = [
		['the print page', () => write('print/krav/index.html', page('Krav og fortolkninger, rettet'))],
		['the edition on the cover', () => write('print/krav/index.html', page('Krav og fortolkninger', '0.1.0 (def5678)'))],
		['the stylesheet', () => write('_astro/print.css', readFileSync(join(dist, '_astro/print.css'), 'utf8') + ' p { margin: 0 }')],
		['a font the stylesheet loads', () => write('fonts/x.woff2', 'font-2')],
		['an image', () => write('billeder/figur.png', 'png-2')],
	];
	for (const [what, change] of changes) {
		site();
		change();
		assert.notEqual(inputHash(dist, 'krav', 'Chromium 1'), base, `a change to ${what} changes the key`);
	}
});

test('a change to another document, or to a page the document only links to, keeps the key', () => {
	site();
	const base = inputHash(dist, 'krav', 'Chromium 1');
	write('print/drejebog/index.html', page('Drejebog, ny udgave'));
	write('krav/k-20/index.html', '<p>Ændret side</p>');
	write('pdf/krav.pdf', '%PDF-1.7');
	assert.equal(inputHash(dist, 'krav', 'Chromium 1'), base);
});

test('restore hands back a stored PDF only for the same key', () => {
	site();
	const hash = inputHash(dist, 'krav', 'Chromium 1');
	const target = join(root, 'out', 'krav.pdf');
	assert.equal(restore('krav', hash, target), undefined, 'nothing cached yet');
	store('krav', { hash, pages: 12 }, Buffer.from('%PDF-1.7 krav'));
	assert.deepEqual(restore('krav', hash, target), { hash, pages: 12 });
	assert.equal(readFileSync(target, 'utf8'), '%PDF-1.7 krav');
	assert.equal(restore('krav', 'another-hash', join(root, 'out', 'x.pdf')), undefined, 'a changed document is not restored');
	rmSync(root, { recursive: true, force: true });
});
