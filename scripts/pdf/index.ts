// `npm run pdf` (after `npm run build`): prints every document under dist/print/ (one per
// chapter and briefing, made by src/pages/print/) to dist/pdf/<key>.pdf with Debian's Chromium,
// then checks that every "Hent som PDF" link in the built site points to a file that now exists.
//
// Each document is printed whole by one Chromium page, so Chromium writes one structure tree,
// outline and set of internal links for it (no PDF library merges tagged PDFs without losing
// the structure tree: pdf-lib #402, qpdf #490). Documents print in parallel, one browser per
// core, largest first; a document whose inputs are unchanged comes from the cache (cache.ts).
// The table of contents costs a cheap layout-only rendering, not a second full print (toc-pages.ts).
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chromiumVersion, launchChromium, MissingBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';
import { cacheRoot, inputHash, restore, store } from './cache.ts';
import { downloadFacts, fillDownloadFacts } from '../../src/lib/download-facts.ts';
import { addMarkers, destinationPages, fillNumbers, findMarkerPages, havePdftotext, hideAllButMarkers, pdfText, removeMarkers, tocNumbers } from './toc-pages.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const printRoot = join(dist, 'print');
const pdfRoot = join(dist, 'pdf');

interface Result {
	key: string;
	file: string;
	pages: number;
	bytes: number;
	seconds: number;
	cached: boolean;
}

function documentKeys(): string[] {
	if (!existsSync(printRoot)) return [];
	return readdirSync(printRoot, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith(`${sep}index.html`) || f === 'index.html')
		.map((f) => dirname(f).split(sep).join('/'))
		.filter((key) => key !== '.')
		.sort();
}

/** PDF links on the site's pages (not the print documents), as paths like /pdf/krav.pdf. */
function linkedPdfs(): Map<string, string[]> {
	const links = new Map<string, string[]>();
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html') || file.startsWith(`print${sep}`) || file.startsWith(`pdf${sep}`)) continue;
		for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/href="(\/pdf\/[^"#?]+\.pdf)"/g)) {
			links.set(m[1], [...(links.get(m[1]) ?? []), `/${file.split(sep).join('/')}`]);
		}
	}
	return links;
}

/** "PDF, 136 kB, 5 sider" beside every link to a printed document (src/lib/download-facts.ts). */
function fillPdfLinkFacts(results: Result[]): void {
	const byHref = new Map(results.map((r) => [`/pdf/${r.key}.pdf`, downloadFacts(r.file, r.bytes, r.pages)]));
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html') || file.startsWith(`print${sep}`) || file.startsWith(`pdf${sep}`)) continue;
		const path = join(dist, file);
		const html = readFileSync(path, 'utf8');
		const filled = fillDownloadFacts(html, (href) => byHref.get(href));
		if (filled !== html) writeFileSync(path, filled);
	}
}

const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Loads a print page as it is printed: print media, every image and font loaded, watermark as an image. */
async function preparePage(page: Page, origin: string, key: string): Promise<void> {
	const response = await page.goto(`${origin}/print/${key}/`, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`/print/${key}/ answered ${response?.status()}`);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(async () => {
		// Lazy images would print as empty boxes.
		document.querySelectorAll('img[loading="lazy"]').forEach((img) => img.setAttribute('loading', 'eager'));
		const loaded = (img: HTMLImageElement) =>
			new Promise((done) => {
				img.addEventListener('load', done, { once: true });
				img.addEventListener('error', done, { once: true });
			});
		await Promise.all([...document.images].filter((img) => !img.complete).map(loaded));
		await document.fonts.ready;
		// The draft watermark as an image, not text: as text its letters end up in the
		// document's text layer, in copied passages and in what screen readers announce.
		const mark = document.querySelector<HTMLElement>('.nis2-print-watermark');
		if (mark?.textContent) {
			const canvas = document.createElement('canvas');
			canvas.width = 1600;
			canvas.height = 400;
			const g = canvas.getContext('2d')!;
			g.font = `bold 300px ${getComputedStyle(mark).fontFamily}`;
			g.fillStyle = getComputedStyle(mark).color;
			g.textAlign = 'center';
			g.textBaseline = 'middle';
			g.fillText(mark.textContent.toUpperCase(), 800, 200, 1560);
			mark.style.background = `url(${canvas.toDataURL('image/png')}) center / 100% auto no-repeat`;
			mark.style.inset = '0 -25%';
			mark.textContent = '';
		}
	});
}

/**
 * Prints one document. With pdftotext, the table of contents gets its page numbers from a
 * layout-only rendering first: everything invisible but a marker at each target, untagged, so
 * Chromium lays the document out exactly as for the real print (visibility changes no box) but
 * writes almost nothing (measured at 1,000 pages: 8.6 s against 46 s for the real print). The
 * real print is then checked against its own named destinations; if filling in the numbers
 * moved a target (a contents line that wraps), it is printed once more with the corrected numbers.
 */
async function printDocument(page: Page, origin: string, key: string, numbered: boolean, scratch: string): Promise<Buffer> {
	await preparePage(page, origin, key);
	if (!numbered) return page.pdf(PRINT_OPTIONS);
	const ids = await addMarkers(page);
	if (ids.length === 0) return page.pdf(PRINT_OPTIONS);
	const draft = join(scratch, `${key.replaceAll('/', '_')}.layout.pdf`);
	const unhide = await hideAllButMarkers(page);
	writeFileSync(draft, await page.pdf({ preferCSSPageSize: true, printBackground: false, tagged: false, outline: false }));
	await unhide();
	await removeMarkers(page);
	let numbers = findMarkerPages(await pdfText(draft), ids);
	const missing = ids.filter((id) => !numbers.has(id));
	if (missing.length) console.warn(`  ${key}: no page number found for ${missing.join(', ')}`);
	for (let attempt = 1; ; attempt++) {
		await fillNumbers(page, numbers);
		const pdf = await page.pdf(PRINT_OPTIONS);
		const final = join(scratch, `${key.replaceAll('/', '_')}.pdf`);
		writeFileSync(final, pdf);
		const actual = await destinationPages(final);
		const shown = await tocNumbers(page);
		const wrong = [...shown].filter(([id, n]) => actual.has(id) && actual.get(id) !== n);
		if (wrong.length === 0 || attempt === 2) {
			if (wrong.length) console.warn(`  ${key}: contents page numbers still off for ${wrong.map(([id]) => id).join(', ')}`);
			return pdf;
		}
		numbers = new Map([...numbers, ...wrong.map(([id]) => [id, actual.get(id)!] as [string, number])]);
	}
}

async function printOne(browser: Browser, origin: string, key: string, hash: string, numbered: boolean, scratch: string): Promise<Result> {
	const started = performance.now();
	const file = join(pdfRoot, `${key}.pdf`);
	const page = await browser.newPage();
	try {
		const pdf = await printDocument(page, origin, key, numbered, scratch);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, pdf);
		const pages = countPages(pdf);
		store(key, { hash, pages }, pdf);
		return { key, file, pages, bytes: pdf.length, seconds: (performance.now() - started) / 1000, cached: false };
	} finally {
		await page.close();
	}
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
	const numbered = await havePdftotext();
	if (!numbered) console.warn('pdftotext (Debian package poppler-utils) is not installed: the tables of contents get no page numbers.');

	// Unchanged documents first, from the cache; what is left is printed.
	rmSync(pdfRoot, { recursive: true, force: true });
	const results: Result[] = [];
	const hashes = new Map(keys.map((key) => [key, inputHash(dist, key, `${browserVersion}${numbered ? ' numbered' : ''}`)]));
	const toPrint: string[] = [];
	for (const key of keys) {
		const file = join(pdfRoot, `${key}.pdf`);
		const cached = restore(key, hashes.get(key)!, file);
		if (cached) results.push({ key, file, pages: cached.pages, bytes: statSync(file).size, seconds: 0, cached: true });
		else toPrint.push(key);
	}

	// One browser per worker, up to the core count: PDF output is single-threaded per renderer,
	// and separate browsers keep one document's printing from waiting on another's.
	const workers = Math.max(0, Math.min(Number(process.env.PDF_WORKERS) || availableParallelism(), toPrint.length));
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
	const scratch = mkdtempSync(join(tmpdir(), 'nis2-pdf-'));
	try {
		// Largest print pages first, so the long documents do not end up last on one worker.
		const size = (key: string) => statSync(join(printRoot, key, 'index.html')).size;
		const queue = [...toPrint].sort((a, b) => size(b) - size(a));
		const worker = async (browser: Browser) => {
			for (let key = queue.shift(); key; key = queue.shift()) results.push(await printOne(browser, server.origin, key, hashes.get(key)!, numbered, scratch));
		};
		await Promise.all(browsers.map(worker));
	} finally {
		await Promise.all(browsers.map((b) => b.close()));
		await server.close();
		rmSync(scratch, { recursive: true, force: true });
	}

	results.sort((a, b) => a.key.localeCompare(b.key));
	for (const r of results) {
		console.log(`  ${relative(process.cwd(), r.file).padEnd(52)} ${String(r.pages).padStart(4)} sider  ${(r.bytes / 1024).toFixed(0).padStart(5)} KB  ${r.cached ? 'uændret (cache)' : `${r.seconds.toFixed(1)} s`}`);
	}

	// The built-site link check skips /pdf/ because the files do not exist yet at build time.
	const problems: string[] = [];
	for (const [href, pages] of linkedPdfs()) {
		const file = join(dist, href);
		if (!existsSync(file) || statSync(file).size === 0) problems.push(`${href} is linked from ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}, but was not produced.`);
	}
	for (const r of results) if (r.pages < 2) problems.push(`${relative(process.cwd(), r.file)} has only ${r.pages} page(s); the cover and contents alone take two.`);
	if (problems.length) {
		console.error(`\nnpm run pdf: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		return 1;
	}
	fillPdfLinkFacts(results);
	const pages = results.reduce((n, r) => n + r.pages, 0);
	const printed = results.filter((r) => !r.cached).length;
	console.log(`PDF: ${results.length} documents (${printed} printed, ${results.length - printed} unchanged from ${relative(process.cwd(), cacheRoot) || cacheRoot}), ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s with ${browsers.length} browser(s).`);
	return 0;
}

process.exitCode = await main();
