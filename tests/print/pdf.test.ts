// The printed documents as a reader gets them: text from poppler (pdftotext, pdfinfo), checked
// against the print pages they were made from. Run after `npm run build && npm run pdf`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { decodeEntities } from '../../src/util/html-entities.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const CHAPTERS = ['krav', 'foranstaltninger', 'drejebog', 'konsekvenser', 'skabeloner'];
const DANISH_MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
// The content edition the covers must name: the newest entry in content/data/udgaver.yaml.
const edition = /^- udgave:\s*(\S+)/m.exec(readFileSync(join(process.env.NIS2_CONTENT_DIR ?? 'content', 'data', 'udgaver.yaml'), 'utf8'))?.[1] ?? 'uden udgave';
/** The commit the site was built from, which must not be printed on a cover (editions are what readers compare). */
const sha = (() => {
	try {
		return execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined;
	}
})();

/** Screen-only texts of the site (Starlight's Danish UI) that must never reach paper. */
const UI_PHRASES = ['Spring til indhold', 'Foreslå en ændring', 'Rediger side', 'Vælg tema', 'Søg på siden', 'Ctrl K', 'Hent som PDF', 'Sektion kaldt'];
/** Short UI labels: only a problem as a line of their own (the words can occur in prose). */
const UI_LABELS = ['Søg', 'Mørk', 'Lys', 'Auto', 'Annuller', 'Forrige', 'Næste'];

const pdftotext = (file: string, ...args: string[]) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
function pdfinfo(file: string): Record<string, string> {
	const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return Object.fromEntries(
		out
			.split('\n')
			.filter((l) => l.includes(':'))
			.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
	);
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// Every print page made by the build must have its PDF; that is how briefings join the test.
const keys = readdirSync(join(dist, 'print'), { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('index.html'))
	.map((f) => f.split(sep).slice(0, -1).join('/'))
	.filter(Boolean)
	.sort();

test('every main chapter has a print page', () => {
	for (const chapter of CHAPTERS) assert.ok(keys.includes(chapter), `dist/print/${chapter}/ is missing`);
});

for (const key of keys) {
	const file = join(dist, 'pdf', `${key}.pdf`);
	const html = readFileSync(join(dist, 'print', key, 'index.html'), 'utf8');
	const title = decodeEntities(/<h1[^>]*id="titel"[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '');
	const sections = (html.match(/<section class="nis2-print-section"/g) ?? []).length;
	const tocEntries = (html.match(/data-toc-page=/g) ?? []).length;
	const draft = html.includes('nis2-print-watermark');

	test(`${key}.pdf: cover, contents and page numbers`, () => {
		assert.ok(existsSync(file), `${file} was not produced (run npm run pdf)`);
		assert.ok(title, 'the print page has a title');
		const info = pdfinfo(file);
		const pages = Number(info.Pages);
		const cover = squash(pdftotext(file, '-f', '1', '-l', '1'));
		assert.ok(cover.includes(squash(title)), `page 1 shows the title "${title}"`);
		assert.match(cover, /Fælleskommunal NIS2-drejebog/);
		assert.match(cover, new RegExp(`Udgave ${edition.replaceAll('.', '\\.')}`), `the cover names the edition ${edition}`);
		assert.doesNotMatch(cover, /\bVersion\b/, 'the cover names the edition, not a package version');
		if (sha) assert.ok(!cover.includes(sha), `the cover shows no git hash (${sha})`);
		if (cover.includes('Uden godkendelse')) assert.match(cover, /»Uden godkendelse« tæller sider/, 'the cover explains the "Uden godkendelse" count');
		assert.match(cover, new RegExp(`\\d{1,2}\\. (${DANISH_MONTHS}) \\d{4}`), 'a Danish date on the cover');
		if (draft) assert.match(cover, /UDKAST|Udkast/, 'a draft says so on the cover');

		// A short document (one page, few headings) lists its contents on the cover.
		const onCover = html.includes('nis2-print-toc--cover');
		const contents = pdftotext(file, '-layout', '-f', onCover ? '1' : '2', '-l', onCover ? '1' : '3');
		assert.match(contents, /^\s*Indhold\s*$/m, onCover ? 'the contents are on the cover' : 'the table of contents follows the cover');
		const numbered = contents.split('\n').filter((line) => /\S\s{2,}\d{1,3}\s*$/.test(line));
		assert.ok(numbered.length >= Math.min(tocEntries, 3), `contents lines end in page numbers (${numbered.length} of ${tocEntries})`);

		const all = pdftotext(file);
		const footers = [...all.matchAll(/Side (\d+) af (\d+)/g)];
		assert.ok(footers.length >= pages - 1, `"Side X af Y" on every page but the cover (${footers.length} of ${pages})`);
		assert.ok(
			footers.every((m) => Number(m[2]) === pages && Number(m[1]) <= pages),
			'page totals match the document',
		);
		// Each site page starts on a new page; a page of text rarely needs more than six.
		assert.ok(pages >= sections + (onCover ? 1 : 2) && pages <= sections * 6 + 4, `${pages} pages for ${sections} sections`);
	});

	test(`${key}.pdf: no screen UI, intact Danish text`, () => {
		const all = pdftotext(file);
		for (const phrase of UI_PHRASES) assert.ok(!all.includes(phrase), `"${phrase}" is screen UI and must not be printed`);
		const lines = new Set(all.split('\n').map((l) => l.trim()));
		for (const label of UI_LABELS) assert.ok(!lines.has(label), `the UI label "${label}" is printed on a line of its own`);
		for (const ch of ['æ', 'ø', 'å']) assert.ok(all.includes(ch), `"${ch}" survives in the PDF text`);
		assert.ok(!/Ã.|\uFFFD/.test(all), 'no mojibake or replacement characters');
		assert.ok(!/\bundefined\b|\[object Object\]/.test(all), 'no leaked template values');
		assert.ok(!all.includes('@@toc:'), 'no page-number markers left in the text');
	});

	test(`${key}.pdf: tagged, Danish, A4, with bookmarks`, () => {
		const info = pdfinfo(file);
		assert.equal(info.Tagged, 'yes');
		assert.match(info['Page size'], /^59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
		assert.ok(info.Title?.startsWith(title), `document title "${info.Title}"`);
		const raw = readFileSync(file).toString('latin1');
		assert.match(raw, /\/Lang\s*\(da\)/, 'document language is Danish');
		assert.match(raw, /\/Outlines\s+\d+ 0 R/, 'PDF has an outline (bookmarks)');
	});
}

test('every PDF the site links to exists', () => {
	const linked = new Set<string>();
	for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!f.endsWith('.html') || f.startsWith(`print${sep}`)) continue;
		for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/href="(\/pdf\/[^"]+)"/g)) linked.add(m[1]);
	}
	for (const chapter of CHAPTERS) assert.ok(linked.has(`/pdf/${chapter}.pdf`), `the ${chapter} overview offers its PDF`);
	for (const href of linked) assert.ok(existsSync(join(dist, href)), `${href} is linked but missing`);
});
