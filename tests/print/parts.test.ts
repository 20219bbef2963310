// Documents printed in several parts and merged (scripts/pdf/parts.ts, merge.ts): two real print
// pages from the built site, in a site of their own with a small part size, so each document is
// merged from several parts. The merged PDF must read as one document printed whole: one
// structure tree holding every part's headings in order, all marked content referenced from it,
// "Side N af TOTAL" on every page but the cover, contents numbers and links that lead to the
// right pages; and after a one-page change only the part holding that page is printed again.
// Run after `npm run build` (it runs `npm run pdf` itself, into a temporary folder).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { decodeEntities } from '../../src/util/html-entities.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const KEYS = ['konsekvenser', 'skabeloner'];
const root = mkdtempSync(join(tmpdir(), 'nis2-pdf-parts-'));
const site = join(root, 'dist');
const cache = join(root, 'cache');
after(() => rmSync(root, { recursive: true, force: true }));

// The print pages and what they load; no other page, so no other PDF is expected.
cpSync(join(dist, 'index.html'), join(site, 'index.html'));
for (const dir of ['_astro', 'icons', 'fonts']) if (existsSync(join(dist, dir))) cpSync(join(dist, dir), join(site, dir), { recursive: true });
for (const key of KEYS) cpSync(join(dist, 'print', key), join(site, 'print', key), { recursive: true });

interface Report {
	documents: number;
	printed: number;
	partsPrinted: number;
	parts: number;
	stdout: string;
}

/** `npm run pdf` on the small site; its summary line says what it printed. */
function printSite(): Report {
	const run = spawnSync(process.execPath, ['scripts/pdf/index.ts'], {
		encoding: 'utf8',
		env: { ...process.env, DIST_DIR: site, PDF_CACHE_DIR: cache, PDF_PART_BYTES: '15000' },
		timeout: 600_000,
	});
	assert.equal(run.status, 0, `npm run pdf failed:\n${run.stdout}\n${run.stderr}`);
	const m = /PDF: (\d+) documents \((\d+) printed.*?parts: (\d+) of (\d+) printed/.exec(run.stdout);
	assert.ok(m, `summary line in:\n${run.stdout}`);
	return { documents: Number(m[1]), printed: Number(m[2]), partsPrinted: Number(m[3]), parts: Number(m[4]), stdout: run.stdout };
}

const pdfOf = (key: string) => join(site, 'pdf', `${key}.pdf`);
const htmlOf = (key: string) => readFileSync(join(site, 'print', key, 'index.html'), 'utf8');
const pageText = (file: string, page: number) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function destinations(file: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const m of execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' }).matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/gm))
		out.set(decodeURIComponent(m[2]), Number(m[1]));
	return out;
}

const first = printSite();

test('each document is merged from several parts', () => {
	assert.equal(first.documents, KEYS.length);
	assert.equal(first.printed, KEYS.length);
	assert.ok(first.parts >= KEYS.length * 3, `${first.parts} parts for ${KEYS.length} documents`);
	assert.equal(first.partsPrinted, first.parts, 'an empty cache prints every part');
});

for (const key of KEYS) {
	test(`${key}: the structure tree holds every section heading, in order, under one Document`, () => {
		const file = pdfOf(key);
		const out = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 256 << 20 }).stdout;
		assert.match(out, /^Document\n/, 'one Document element at the root');
		assert.equal((out.match(/^\S/gm) ?? []).length, 1, 'nothing else at the root');
		// H2 elements and the first text below each.
		const lines = out.split('\n');
		const headings: string[] = [];
		lines.forEach((line, i) => {
			const m = /^( *)H2\b/.exec(line);
			if (!m) return;
			for (let j = i + 1; j < lines.length && lines[j].startsWith(`${m[1]} `); j++) {
				const text = /^\s+"(.*)"$/.exec(lines[j]);
				if (text) return headings.push(squash(text[1]));
			}
		});
		const titles = [...htmlOf(key).matchAll(/<h2 class="nis2-print-section__title"[^>]*>([^<]+)<\/h2>/g)].map((m) => squash(decodeEntities(m[1])));
		assert.ok(titles.length >= 3, `${titles.length} sections`);
		const inTree = headings.filter((h) => titles.includes(h));
		assert.deepEqual(inTree, titles, 'the section titles as H2 elements, in the order of the print page');
	});

	test(`${key}: every page's marked content and every link is referenced from the structure tree`, async () => {
		const doc = await PDFDocument.load(readFileSync(pdfOf(key)), { updateMetadata: false });
		const ctx = doc.context;
		const tree = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
		// Every element reachable from the root.
		const reachable = new Set<string>();
		const walk = (obj: unknown) => {
			if (obj instanceof PDFRef) {
				if (reachable.has(obj.toString())) return;
				const target = ctx.lookup(obj);
				if (target instanceof PDFDict && target.get(PDFName.of('S'))) reachable.add(obj.toString());
				else return;
				walk(target.get(PDFName.of('K')));
			} else if (obj instanceof PDFArray) obj.asArray().forEach(walk);
		};
		walk(tree.get(PDFName.of('K')));
		const parentTree = new Map<number, unknown>();
		const nums = tree.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
		for (let i = 0; i < nums.size(); i += 2) parentTree.set(nums.lookup(i, PDFNumber).asNumber(), nums.get(i + 1));
		const problems: string[] = [];
		doc.getPages().forEach((page, p) => {
			const contents = page.node.Contents();
			const streams = contents instanceof PDFArray ? contents.asArray().map((r) => ctx.lookup(r)) : [contents];
			const text = streams.map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '')).join('\n');
			const mcids = [...text.matchAll(/\/MCID (\d+)/g)].map((m) => Number(m[1]));
			if (mcids.length === 0) return;
			const key = page.node.get(PDFName.of('StructParents'));
			if (!(key instanceof PDFNumber)) return problems.push(`page ${p + 1} has marked content but no /StructParents`);
			const list = ctx.lookup(parentTree.get(key.asNumber()) as PDFRef);
			if (!(list instanceof PDFArray)) return problems.push(`page ${p + 1}: no ParentTree entry ${key.asNumber()}`);
			for (const mcid of mcids) {
				const elem = list.get(mcid);
				if (!(elem instanceof PDFRef) || !reachable.has(elem.toString())) problems.push(`page ${p + 1}, MCID ${mcid}: not in the tree`);
			}
			for (const annot of (page.node.Annots()?.asArray() ?? []).map((a) => ctx.lookup(a, PDFDict))) {
				const sp = annot.get(PDFName.of('StructParent'));
				const elem = sp instanceof PDFNumber ? parentTree.get(sp.asNumber()) : undefined;
				if (!(elem instanceof PDFRef) || !reachable.has(elem.toString())) problems.push(`page ${p + 1}: a link outside the tree`);
			}
		});
		assert.deepEqual(problems.slice(0, 10), []);
		assert.equal(tree.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber(), Math.max(...parentTree.keys()) + 1);
	});

	test(`${key}: "Side N af TOTAL" on every page but the cover`, () => {
		const file = pdfOf(key);
		const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
		assert.doesNotMatch(pageText(file, 1), /Side \d+ af/, 'no page number on the cover');
		for (let n = 2; n <= pages; n++) {
			const footers = [...pageText(file, n).matchAll(/Side (\d+) af (\d+)/g)].map((m) => `${m[1]}/${m[2]}`);
			assert.deepEqual(footers, [`${n}/${pages}`], `page ${n}`);
		}
	});

	test(`${key}: contents numbers, links and bookmarks lead to the pages of their targets`, async () => {
		const file = pdfOf(key);
		const dests = destinations(file);
		const html = htmlOf(key);
		// The contents: every page before the first one a contents line leads to.
		const tocTargets = [...html.matchAll(/data-toc-page="([^"]+)"/g)].map((m) => dests.get(decodeEntities(m[1])) ?? Infinity);
		const contents = Array.from({ length: Math.min(...tocTargets) - 1 }, (_, i) => pageText(file, i + 1)).join('\n');
		for (const m of html.matchAll(/<a href="#([^"]+)"><span class="nis2-print-toc__title">([^<]+)<\/span>/g)) {
			const [id, title] = [decodeEntities(m[1]), squash(decodeEntities(m[2]))];
			const page = dests.get(id);
			assert.ok(page, `a destination for ${id}`);
			// The line in the contents ends in that page's number, and that page starts the section.
			assert.match(squash(contents), new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*?\\b${page}\\b`), `contents line for ${title}`);
			assert.ok(squash(pageText(file, page)).includes(title), `page ${page} shows "${title}"`);
		}
		// Every internal link names a destination of the merged document.
		const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
		let links = 0;
		for (const page of doc.getPages()) {
			for (const annot of (page.node.Annots()?.asArray() ?? []).map((a) => doc.context.lookup(a, PDFDict))) {
				const dest = annot.get(PDFName.of('Dest'));
				if (!(dest instanceof PDFName)) continue;
				links++;
				assert.ok(dests.has(decodeURIComponent(dest.decodeText())), `link to ${dest.decodeText()} resolves`);
			}
		}
		assert.ok(links >= 3, `${links} internal links`);
		// Bookmarks: one outline tree whose entries point at pages of this document.
		const outline = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
		assert.ok(outline.lookup(PDFName.of('Count'), PDFNumber).asNumber() >= 3, 'bookmarks');
	});
}

test('after a one-page change only the part holding that page is printed again', () => {
	const key = 'skabeloner';
	const html = htmlOf(key);
	const sections = [...html.matchAll(/<section class="nis2-print-section"[^>]*id="([^"]+)"/g)];
	const middle = sections[Math.floor(sections.length / 2)];
	const close = html.indexOf('</section>', middle.index);
	const sentence = 'En ny sætning fra referencegruppen om netop denne side.';
	writeFileSync(join(site, 'print', key, 'index.html'), `${html.slice(0, close)}<p>${sentence}</p>${html.slice(close)}`);
	const second = printSite();
	assert.equal(second.printed, 1, 'only the changed document is merged again');
	const partsOf = (report: Report) => /skabeloner\.pdf.*?(\d+) af (\d+) dele udskrevet/.exec(report.stdout)?.slice(1).map(Number);
	const [, before] = partsOf(first)!;
	const [printed, now] = partsOf(second)!;
	assert.equal(now, before, 'the same number of parts');
	// The changed part, and the front matter only if a contents number moved.
	assert.ok(printed >= 1 && printed <= 2 && second.partsPrinted === printed, `${printed} of ${now} parts printed:\n${second.stdout}`);
	assert.ok(squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfOf(key), '-'], { encoding: 'utf8' })).includes(sentence), 'the new sentence is in the PDF');
	const third = printSite();
	assert.equal(third.printed, 0, 'nothing changed: every document from the cache');
	assert.equal(third.partsPrinted, 0);
});
