// `npm run pdf` (after `npm run build`): prints every document under dist/print/ (one per
// chapter and briefing, made by src/pages/print/) to dist/pdf/<key>.pdf with Debian's Chromium,
// then checks that every "Hent som PDF" link in the built site points to a file that now exists.
//
// A document is printed in parts (parts.ts): the front matter (cover and contents) and runs of
// whole sections of about PDF_PART_BYTES of HTML each, so Chromium never lays out a whole
// chapter (its printing of one big document is strongly superlinear). The parts print in
// parallel, one browser per core, largest first, tagged (documents.ts, printer.ts); merge.ts
// joins them into one PDF with one structure tree, the named destinations and links, the
// outline, and "Side X af Y" stamped. The contents page numbers come from the body parts' named
// destinations, so the front matter is printed last with them filled in (again only if that
// changes its own length). Each part is cached by the hash of its own HTML and assets, and each
// merged document by the hash of its print page (cache.ts): after a one-page change only the
// part holding that page (and the front matter, if a contents number moved) is printed, and
// only that document is merged again. links.ts checks the site's links to the PDFs and writes
// their download facts. This file finds the documents, takes the unchanged ones from the cache,
// launches the browsers and reports.
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Browser } from '@playwright/test';
import { chromiumVersion, launchChromium, MissingBrowser } from '../launch-chromium.ts';
import { serveStatic } from '../static-server.ts';
import { assetsHash, cacheRoot, inputHash, lastEntry, pruneParts, restore } from './cache.ts';
import { DEFAULT_PART_BYTES, splitDocument, UnexpectedPrintPage, type SplitDocument } from './parts.ts';
import { printDocuments, type DocumentJob, type Result, type Stats } from './documents.ts';
import { fillPdfLinkFacts, missingPdfs } from './links.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const printRoot = join(dist, 'print');
const pdfRoot = join(dist, 'pdf');

/** The print documents' keys (their paths under dist/print/), sorted. */
function documentKeys(): string[] {
	if (!existsSync(printRoot)) return [];
	return readdirSync(printRoot, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith(`${sep}index.html`) || f === 'index.html')
		.map((f) => dirname(f).split(sep).join('/'))
		.filter((key) => key !== '.')
		.sort();
}

async function main(): Promise<number> {
	const started = performance.now();
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`No built site in ${dist}. Run "npm run build" first.`);
		return 1;
	}
	const keys = documentKeys();
	if (keys.length === 0) {
		console.error(`No print documents in ${printRoot}; the build should have made /print/<kapitel>/ pages.`);
		return 1;
	}
	const browserVersion = chromiumVersion();
	if (browserVersion instanceof MissingBrowser) {
		console.error(`npm run pdf: ${browserVersion.message}`);
		return 1;
	}
	const partBytes = Number(process.env.PDF_PART_BYTES) || DEFAULT_PART_BYTES;

	// Unchanged documents first, from the cache; the others are split into parts.
	rmSync(pdfRoot, { recursive: true, force: true });
	const results: Result[] = [];
	const stats: Stats = { partsPrinted: 0, partsCached: 0, used: new Set(), mergeSeconds: 0 };
	const jobs: DocumentJob[] = [];
	for (const key of keys) {
		const file = join(pdfRoot, `${key}.pdf`);
		const hash = inputHash(dist, key, `${browserVersion} parts of ${partBytes} bytes`);
		const cached = restore(key, hash, file);
		if (cached) {
			results.push({ key, file, pages: cached.pages, bytes: statSync(file).size, seconds: 0, cached: true });
			for (const h of cached.parts ?? []) stats.used.add(h);
			continue;
		}
		const html = readFileSync(join(printRoot, key, 'index.html'), 'utf8');
		let split: SplitDocument;
		try {
			split = splitDocument(html, partBytes);
		} catch (error) {
			if (!(error instanceof UnexpectedPrintPage)) throw error;
			console.error(`npm run pdf: dist/print/${key}/index.html: ${error.message}`);
			return 1;
		}
		const previous = lastEntry(key);
		jobs.push({
			key,
			hash,
			assets: assetsHash(dist, html, browserVersion),
			split,
			bodies: split.body.map(() => undefined),
			pending: split.body.length,
			printedParts: [],
			partHashes: [],
			started: performance.now(),
			frontPages: previous?.frontPages,
		});
	}

	// One browser per worker, up to the core count: PDF output is single-threaded per renderer,
	// and separate browsers keep one part's printing from waiting on another's.
	const workers = Math.max(
		0,
		Math.min(
			Number(process.env.PDF_WORKERS) || availableParallelism(),
			jobs.reduce((n, j) => n + j.split.body.length, 0),
		),
	);
	const browsers: Browser[] = [];
	try {
		for (let i = 0; i < workers; i++) browsers.push(await launchChromium());
	} catch (error) {
		await Promise.all(browsers.map((b) => b.close()));
		if (error instanceof MissingBrowser) {
			console.error(`npm run pdf: ${error.message}`);
			return 1;
		}
		throw error;
	}
	const server = await serveStatic(dist);
	try {
		results.push(...(await printDocuments(jobs, browsers, server.origin, pdfRoot, stats)));
	} finally {
		await Promise.all(browsers.map((b) => b.close()));
		await server.close();
	}
	pruneParts(stats.used);

	results.sort((a, b) => a.key.localeCompare(b.key));
	for (const r of results) {
		console.log(
			`  ${relative(process.cwd(), r.file).padEnd(52)} ${String(r.pages).padStart(4)} sider  ${(r.bytes / 1024).toFixed(0).padStart(5)} KB  ${r.cached ? 'uændret (cache)' : `${r.seconds.toFixed(1)} s, ${r.parts}`}`,
		);
	}

	// The built-site link check skips /pdf/ because the files do not exist yet at build time.
	const problems = missingPdfs(dist);
	for (const r of results)
		if (r.pages < 2) problems.push(`${relative(process.cwd(), r.file)} has only ${r.pages} page(s); the cover and contents alone take two.`);
	if (problems.length) {
		console.error(`\nnpm run pdf: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		return 1;
	}
	fillPdfLinkFacts(dist, results);
	const pages = results.reduce((n, r) => n + r.pages, 0);
	const printed = results.filter((r) => !r.cached).length;
	const partsTotal = stats.partsPrinted + stats.partsCached;
	console.log(
		`PDF: ${results.length} documents (${printed} printed, ${results.length - printed} unchanged from ${relative(process.cwd(), cacheRoot) || cacheRoot}; parts: ${stats.partsPrinted} of ${partsTotal} printed, merging ${stats.mergeSeconds.toFixed(1)} s), ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s with ${browsers.length} browser(s).`,
	);
	return 0;
}

process.exitCode = await main();
