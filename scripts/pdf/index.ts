// `npm run pdf` (after `npm run build`): prints every document under dist/print/ (one per
// chapter and briefing, made by src/pages/print/) to dist/pdf/<key>.pdf with Debian's Chromium,
// then checks that every "Hent som PDF" link in the built site points to a file that now exists.
//
// A document is printed in parts (parts.ts): the front matter (cover and contents) and runs of
// whole sections of about PDF_PART_BYTES of HTML each, so Chromium never lays out a whole
// chapter (its printing of one big document is strongly superlinear). The parts print in
// parallel, one browser per core, largest first, tagged; merge.ts joins them into one PDF with
// one structure tree, the named destinations and links, the outline, and "Side X af Y" stamped.
// The contents page numbers come from the body parts' named destinations, so the front matter
// is printed last with them filled in (again only if that changes its own length). Each part is
// cached by the hash of its own HTML and assets, and each merged document by the hash of its
// print page (cache.ts): after a one-page change only the part holding that page (and the front
// matter, if a contents number moved) is printed, and only that document is merged again.
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chromiumVersion, launchChromium, MissingBrowser } from '../launch-chromium.ts';
import { serveStatic } from '../static-server.ts';
import { assetsHash, cacheRoot, inputHash, lastEntry, partHash, pruneParts, restore, restorePart, store, storePart } from './cache.ts';
import { DEFAULT_PART_BYTES, splitDocument, UnexpectedPrintPage, withTocNumbers, type Part, type SplitDocument } from './parts.ts';
import { loadPart, type LoadedPart } from './destinations.ts';
import { mergeParts } from './merge.ts';
import { downloadFacts, fillDownloadFacts } from '../../src/lib/download-facts.ts';

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
	/** "2 af 5 dele udskrevet": how much of it was printed, the rest came from the part cache. */
	parts?: string;
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

const PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/**
 * One Chromium page per browser, reused for every part it prints (a new page per part cost a
 * renderer process each). A part is served at its document's address, so every relative
 * reference resolves as in the print page; stylesheets, fonts and images come from the static server.
 */
class Printer {
	private html = '';
	readonly page: Page;
	private constructor(page: Page) {
		this.page = page;
	}

	static async open(browser: Browser, origin: string): Promise<Printer> {
		const page = await browser.newPage();
		const printer = new Printer(page);
		await page.route(`${origin}/print/**`, (route) =>
			route.request().isNavigationRequest()
				? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: printer.html })
				: route.continue(),
		);
		await page.emulateMedia({ media: 'print' });
		return printer;
	}

	async print(url: string, html: string): Promise<Uint8Array> {
		this.html = html;
		await preparePage(this.page, url);
		return this.page.pdf(PRINT_OPTIONS);
	}
}

/** Loads a part and prepares it as it is printed. */
async function preparePage(page: Page, url: string): Promise<void> {
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
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

/** One part as a tagged PDF, from the part cache or printed by `browser`. */
async function printPart(printer: Printer, origin: string, doc: DocumentJob, part: Part, stats: Stats): Promise<Uint8Array> {
	const hash = partHash(doc.assets, part.html);
	stats.used.add(hash);
	doc.partHashes.push(hash);
	const cached = restorePart(hash);
	if (cached) {
		stats.partsCached++;
		return cached;
	}
	const pdf = await printer.print(`${origin}/print/${doc.key}/`, part.html);
	storePart(hash, pdf);
	stats.partsPrinted++;
	doc.printedParts.push(part.name);
	return pdf;
}

interface DocumentJob {
	key: string;
	hash: string;
	assets: string;
	split: SplitDocument;
	bodies: (Uint8Array | undefined)[];
	/** Body parts still to print. */
	pending: number;
	printedParts: string[];
	/** Hashes of the parts it was made of (kept in the cache while the document is). */
	partHashes: string[];
	started: number;
	/** The front matter's page count in the last run (a guess for its first printing). */
	frontPages?: number;
}

interface Stats {
	partsPrinted: number;
	partsCached: number;
	used: Set<string>;
	mergeSeconds: number;
}

/**
 * The front matter, with the contents page numbers the body parts' named destinations give:
 * printed with the numbers for a guessed length of its own, and again if it came out longer
 * or shorter (a four-digit number can wrap a contents line).
 */
async function finishDocument(printer: Printer, origin: string, doc: DocumentJob, stats: Stats): Promise<Result> {
	const bodies = await Promise.all(doc.bodies.map((pdf, i) => loadPart(pdf!, doc.split.body[i].ids)));
	// Without an earlier run: the cover, and some 34 contents lines a page (or the contents on the cover).
	const frontGuess = doc.frontPages ?? (doc.split.front.html.includes('nis2-print-toc--cover') ? 1 : 1 + Math.ceil(doc.split.tocIds.length / 34));
	let frontPages = frontGuess;
	let front: LoadedPart | undefined;
	for (let attempt = 1; attempt <= 3; attempt++) {
		const numbers = new Map<string, number>();
		let offset = frontPages;
		for (const body of bodies) {
			for (const [id, index] of body.destinations) if (!numbers.has(id)) numbers.set(id, offset + index + 1);
			offset += body.pages;
		}
		const part = withTocNumbers(doc.split.front, numbers);
		front = await loadPart(await printPart(printer, origin, doc, part, stats), part.ids);
		for (const [id, index] of front.destinations) if (!numbers.has(id)) numbers.set(id, index + 1);
		const missing = doc.split.tocIds.filter((id) => !numbers.has(id));
		if (missing.length) console.warn(`  ${doc.key}: no page number found for ${missing.join(', ')}`);
		if (front.pages === frontPages) break;
		frontPages = front.pages;
	}
	const started = performance.now();
	const title = front!.doc.getTitle() ?? doc.key;
	// The cover (the front matter's first page, named page "forside") has no page number.
	const pdf = await mergeParts([front!, ...bodies], title, 1);
	stats.mergeSeconds += (performance.now() - started) / 1000;
	const file = join(pdfRoot, `${doc.key}.pdf`);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, pdf);
	const pages = front!.pages + bodies.reduce((n, b) => n + b.pages, 0);
	store(doc.key, { hash: doc.hash, pages, frontPages: front!.pages, parts: doc.partHashes }, Buffer.from(pdf));
	return {
		key: doc.key,
		file,
		pages,
		bytes: pdf.length,
		seconds: (performance.now() - doc.started) / 1000,
		cached: false,
		parts: `${doc.printedParts.length} af ${doc.split.body.length + 1} dele udskrevet`,
	};
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
		// One queue of tasks: every body part (largest first, so a long part does not end up last on
		// one worker), and a document's front matter and merge as soon as its last body part is in.
		interface Task {
			doc: DocumentJob;
			body?: number;
		}
		const queue: Task[] = jobs
			.flatMap((doc) => doc.split.body.map((_, body) => ({ doc, body })))
			.sort((a, b) => b.doc.split.body[b.body].html.length - a.doc.split.body[a.body].html.length);
		let open = jobs.length;
		const waiting: (() => void)[] = [];
		const wake = () => waiting.splice(0).forEach((resolve) => resolve());
		const worker = async (browser: Browser) => {
			const printer = await Printer.open(browser, server.origin);
			while (open > 0) {
				const task = queue.shift();
				if (!task) {
					await new Promise<void>((resolve) => waiting.push(resolve));
					continue;
				}
				const { doc } = task;
				if (task.body === undefined) {
					results.push(await finishDocument(printer, server.origin, doc, stats));
					doc.bodies = []; // a 1,400-page document's parts are some 25 MB
					open--;
				} else {
					doc.bodies[task.body] = await printPart(printer, server.origin, doc, doc.split.body[task.body], stats);
					if (--doc.pending === 0) queue.unshift({ doc });
				}
				wake();
			}
			wake();
		};
		await Promise.all(browsers.map(worker));
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
	const problems: string[] = [];
	for (const [href, pages] of linkedPdfs()) {
		const file = join(dist, href);
		if (!existsSync(file) || statSync(file).size === 0)
			problems.push(
				`${href} is linked from ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}, but was not produced.`,
			);
	}
	for (const r of results)
		if (r.pages < 2) problems.push(`${relative(process.cwd(), r.file)} has only ${r.pages} page(s); the cover and contents alone take two.`);
	if (problems.length) {
		console.error(`\nnpm run pdf: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		return 1;
	}
	fillPdfLinkFacts(results);
	const pages = results.reduce((n, r) => n + r.pages, 0);
	const printed = results.filter((r) => !r.cached).length;
	const partsTotal = stats.partsPrinted + stats.partsCached;
	console.log(
		`PDF: ${results.length} documents (${printed} printed, ${results.length - printed} unchanged from ${relative(process.cwd(), cacheRoot) || cacheRoot}; parts: ${stats.partsPrinted} of ${partsTotal} printed, merging ${stats.mergeSeconds.toFixed(1)} s), ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s with ${browsers.length} browser(s).`,
	);
	return 0;
}

process.exitCode = await main();
