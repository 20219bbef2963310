// The print run's documents: each one's parts printed (or taken from the part cache), then its
// front matter printed with the contents page numbers filled in, the parts merged (merge.ts) and
// the PDF written and cached (cache.ts). One queue of tasks feeds one worker per browser: every
// body part, largest first, and a document's front matter and merge as soon as its last body
// part is in. index.ts decides which documents need printing and launches the browsers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from '@playwright/test';
import { partHash, restorePart, store, storePart } from './cache.ts';
import { withTocNumbers, type Part, type SplitDocument } from './parts.ts';
import { loadPart, type LoadedPart } from './destinations.ts';
import { mergeParts } from './merge.ts';
import { Printer } from './printer.ts';

/** One document of the run: printed now, or unchanged from the cache. */
export interface Result {
	key: string;
	file: string;
	pages: number;
	bytes: number;
	seconds: number;
	cached: boolean;
	/** "2 af 5 dele udskrevet": how much of it was printed, the rest came from the part cache. */
	parts?: string;
}

/** A document to print, split into parts (parts.ts). */
export interface DocumentJob {
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

/** The run's counts for its summary line, and the part hashes to keep in the cache. */
export interface Stats {
	partsPrinted: number;
	partsCached: number;
	used: Set<string>;
	mergeSeconds: number;
}

/** One part as a tagged PDF, from the part cache or printed by `printer`. */
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

/**
 * The front matter, with the contents page numbers the body parts' named destinations give:
 * printed with the numbers for a guessed length of its own, and again if it came out longer
 * or shorter (a four-digit number can wrap a contents line); then all parts merged into
 * `pdfRoot`/<key>.pdf and the document cached.
 */
async function finishDocument(printer: Printer, origin: string, pdfRoot: string, doc: DocumentJob, stats: Stats): Promise<Result> {
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

/** Prints the documents with one worker per browser; `origin` is the static server's, `pdfRoot` where the PDFs go. */
export async function printDocuments(jobs: DocumentJob[], browsers: Browser[], origin: string, pdfRoot: string, stats: Stats): Promise<Result[]> {
	const results: Result[] = [];
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
		const printer = await Printer.open(browser, origin);
		while (open > 0) {
			const task = queue.shift();
			if (!task) {
				await new Promise<void>((resolve) => waiting.push(resolve));
				continue;
			}
			const { doc } = task;
			if (task.body === undefined) {
				results.push(await finishDocument(printer, origin, pdfRoot, doc, stats));
				doc.bodies = []; // a 1,400-page document's parts are some 25 MB
				open--;
			} else {
				doc.bodies[task.body] = await printPart(printer, origin, doc, doc.split.body[task.body], stats);
				if (--doc.pending === 0) queue.unshift({ doc });
			}
			wake();
		}
		wake();
	};
	await Promise.all(browsers.map(worker));
	return results;
}
