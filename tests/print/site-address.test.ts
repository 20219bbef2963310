// No output carries a made-up host: every HTML page, export, PDF and Word file in dist/ points at
// SITE_URL, or (a build without it) at the local preview's own address, marked as such.
// Run after `npm run build && npm run pdf`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { isLocalPreview, siteUrl } from '../../src/lib/site-address.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
const PLACEHOLDER = /\.invalid\b|example\.(com|org|net)\b/;

/** The text a reader (or a link checker) meets in each kind of file. */
function textOf(file: string): string | undefined {
	const path = join(dist, file);
	switch (extname(file)) {
		case '.html':
		case '.xml':
		case '.json':
		case '.csv':
		case '.txt':
			return readFileSync(path, 'utf8');
		case '.pdf':
			return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
		case '.docx':
			return execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
		default:
			return undefined;
	}
}

test('no HTML page, export, PDF or Word file names a placeholder host', () => {
	const offenders: string[] = [];
	let read = 0;
	for (const file of files) {
		const text = textOf(file);
		if (text === undefined) continue;
		read++;
		const hit = PLACEHOLDER.exec(text);
		if (hit) offenders.push(`${file}: …${text.slice(Math.max(0, hit.index - 40), hit.index + 30)}…`);
	}
	assert.ok(read > 200, `read ${read} files`);
	assert.deepEqual(offenders, []);
});

test('PDF covers and Word templates point at the site address, and say so when it is a local preview', () => {
	const pdfs = files.filter((f) => f.endsWith('.pdf'));
	const docx = files.filter((f) => f.endsWith('.docx'));
	assert.ok(pdfs.length >= 8 && docx.length >= 9, `${pdfs.length} PDFs, ${docx.length} Word files`);
	for (const file of [...pdfs, ...docx]) {
		const text = textOf(file)!.replace(/\s+/g, ' ');
		assert.ok(text.includes(siteUrl), `${file} links to ${siteUrl}`);
		if (isLocalPreview) assert.match(text, /lokal forhåndsvisning/, `${file} says the address is a local preview`);
	}
});
