// The PDF cache, at two levels. A merged document per key, stored with the hash of everything
// its printing reads (an unchanged document is copied, not merged again), and every printed part
// (parts.ts) under the hash of its own HTML and the same assets, so `npm run pdf` after a
// one-page change prints only the part holding that page (and the small front matter, if a page
// number in the contents moved) and merges that document again. Lives outside dist/ (a build
// empties dist/) in a git-ignored folder: .cache/pdf/ in the project, or PDF_CACHE_DIR.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const cacheRoot = resolve(process.env.PDF_CACHE_DIR ?? '.cache/pdf');

/** Local files a print page loads: stylesheets, scripts, images (href/src starting with one "/"). */
function localAssets(html: string): string[] {
	const refs = new Set<string>();
	for (const m of html.matchAll(/\b(?:href|src)="(\/(?!\/)[^"#?]*)"/g)) {
		const path = m[1];
		// Links to site pages (ending in "/") and to PDFs are not inputs of the printing.
		if (!path.endsWith('/') && !path.endsWith('.pdf')) refs.add(path);
	}
	return [...refs].sort();
}

/** url(...) references inside a stylesheet (fonts, background images), resolved against the site root. */
function cssAssets(css: string, cssPath: string): string[] {
	const out: string[] = [];
	for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
		const ref = m[1];
		if (/^(data:|https?:|#)/.test(ref)) continue;
		out.push(ref.startsWith('/') ? ref : join(dirname(cssPath), ref));
	}
	return out;
}

/** Source of the printing itself (this folder): a change to how we print invalidates every PDF. */
function pipelineHash(): string {
	const hash = createHash('sha256');
	const dir = import.meta.dirname;
	for (const name of readdirSync(dir)
		.filter((f) => f.endsWith('.ts'))
		.sort())
		hash.update(name).update(readFileSync(join(dir, name)));
	return hash.digest('hex');
}

let pipeline: string | undefined;

/**
 * Hash of one document's inputs: the print page's HTML (which carries the edition: version,
 * commit and date on the cover and in the page rules), every local asset it loads and every
 * asset those stylesheets load, the printing code and the browser version.
 */
export function inputHash(dist: string, key: string, browserVersion: string): string {
	const html = readFileSync(join(dist, 'print', key, 'index.html'));
	return createHash('sha256')
		.update(assetsHash(dist, html.toString('utf8'), browserVersion))
		.update(html)
		.digest('hex');
}

/** Hash of what every part of a print page shares: the assets its HTML loads, the printing code, the browser. */
export function assetsHash(dist: string, html: string, browserVersion: string): string {
	const hash = createHash('sha256')
		.update((pipeline ??= pipelineHash()))
		.update(browserVersion);
	const seen = new Set<string>();
	const add = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const file = join(dist, path);
		hash.update(path);
		if (!existsSync(file)) return hash.update('\0missing');
		const bytes = readFileSync(file);
		hash.update(bytes);
		if (path.endsWith('.css')) for (const ref of cssAssets(bytes.toString('utf8'), path)) add(ref);
	};
	for (const path of localAssets(html)) add(path);
	return hash.digest('hex');
}

/** Hash of one part: its own HTML and what all parts share (assetsHash). */
export const partHash = (assets: string, partHtml: string): string => createHash('sha256').update(assets).update(partHtml).digest('hex');

export interface CacheEntry {
	hash: string;
	pages: number;
	/** Pages of the front matter (cover and contents), the first guess when it is next printed. */
	frontPages?: number;
	/** Hashes of the parts the document was merged from. */
	parts?: string[];
}

const entryFile = (key: string) => join(cacheRoot, `${key}.json`);
const pdfFile = (key: string) => join(cacheRoot, `${key}.pdf`);

/** Copies the cached PDF to `target` if its inputs are unchanged; returns the entry, or undefined. */
export function restore(key: string, hash: string, target: string): CacheEntry | undefined {
	try {
		const entry = JSON.parse(readFileSync(entryFile(key), 'utf8')) as CacheEntry;
		if (entry.hash !== hash || !existsSync(pdfFile(key))) return undefined;
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(pdfFile(key), target);
		return entry;
	} catch {
		return undefined;
	}
}

/** The entry a document was last stored with, whatever its inputs were then. */
export function lastEntry(key: string): CacheEntry | undefined {
	try {
		return JSON.parse(readFileSync(entryFile(key), 'utf8')) as CacheEntry;
	} catch {
		return undefined;
	}
}

export function store(key: string, entry: CacheEntry, pdf: Buffer): void {
	mkdirSync(dirname(pdfFile(key)), { recursive: true });
	writeFileSync(pdfFile(key), pdf);
	writeFileSync(entryFile(key), JSON.stringify(entry));
}

const partDir = join(cacheRoot, 'parts');
const partFile = (hash: string) => join(partDir, `${hash}.pdf`);

/** A printed part by its hash, or undefined. */
export function restorePart(hash: string): Buffer | undefined {
	try {
		return readFileSync(partFile(hash));
	} catch {
		return undefined;
	}
}

export function storePart(hash: string, pdf: Uint8Array): void {
	mkdirSync(partDir, { recursive: true });
	writeFileSync(partFile(hash), pdf);
}

/** Removes the parts this run did not use, so the cache holds one edition of each part, not every one ever printed. */
export function pruneParts(used: ReadonlySet<string>): void {
	if (!existsSync(partDir)) return;
	for (const name of readdirSync(partDir)) if (name.endsWith('.pdf') && !used.has(name.slice(0, -4))) rmSync(join(partDir, name), { force: true });
}
