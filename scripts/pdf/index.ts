// `npm run pdf` (after `npm run build`): prints every document under dist/print/ (one per
// chapter and briefing, made by src/pages/print/) to dist/pdf/<key>.pdf with Debian's Chromium,
// then checks that every "Hent som PDF" link in the built site points to a file that now exists.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium, MissingBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';
import { addMarkers, fillNumbers, findMarkerPages, havePdftotext, pdfText } from './toc-pages.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const printRoot = join(dist, 'print');
const pdfRoot = join(dist, 'pdf');

interface Result {
	key: string;
	file: string;
	pages: number;
	bytes: number;
	seconds: number;
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

const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function printOne(browser: Browser, origin: string, key: string, numbered: boolean, scratch: string): Promise<Result> {
	const started = performance.now();
	const page = await browser.newPage();
	try {
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
		const options = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;
		let pdf: Buffer;
		if (numbered) {
			const ids = await addMarkers(page);
			const draft = join(scratch, `${key.replaceAll('/', '_')}.pdf`);
			writeFileSync(draft, await page.pdf(options));
			const numbers = findMarkerPages(await pdfText(draft), ids);
			const missing = ids.filter((id) => !numbers.has(id));
			if (missing.length) console.warn(`  ${key}: no page number found for ${missing.join(', ')}`);
			await fillNumbers(page, numbers);
			pdf = await page.pdf(options);
		} else {
			pdf = await page.pdf(options);
		}
		const file = join(pdfRoot, `${key}.pdf`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, pdf);
		return { key, file, pages: countPages(pdf), bytes: pdf.length, seconds: (performance.now() - started) / 1000 };
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
	let browser: Browser;
	try {
		browser = await launchChromium();
	} catch (error) {
		if (error instanceof MissingBrowser) {
			console.error(`npm run pdf: ${error.message}`);
			return 1;
		}
		throw error;
	}
	const numbered = await havePdftotext();
	if (!numbered) console.warn('pdftotext (Debian package poppler-utils) is not installed: the tables of contents get no page numbers.');
	const server = await serveStatic(dist);
	const scratch = mkdtempSync(join(tmpdir(), 'nis2-pdf-'));
	rmSync(pdfRoot, { recursive: true, force: true });
	const results: Result[] = [];
	try {
		// Two pages at a time: one per core; Chromium's layout and PDF writing are CPU-bound.
		const queue = [...keys];
		const worker = async () => {
			for (let key = queue.shift(); key; key = queue.shift()) results.push(await printOne(browser, server.origin, key, numbered, scratch));
		};
		await Promise.all([worker(), worker()]);
	} finally {
		await browser.close();
		await server.close();
		rmSync(scratch, { recursive: true, force: true });
	}

	results.sort((a, b) => a.key.localeCompare(b.key));
	for (const r of results) {
		console.log(`  ${relative(process.cwd(), r.file).padEnd(52)} ${String(r.pages).padStart(4)} sider  ${(r.bytes / 1024).toFixed(0).padStart(5)} KB  ${r.seconds.toFixed(1)} s`);
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
	const pages = results.reduce((n, r) => n + r.pages, 0);
	console.log(`PDF: ${results.length} documents, ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	return 0;
}

process.exitCode = await main();
