// Post-build link check over the generated HTML: catches links in Markdown, in components and
// in generated views alike, including #anchors. Problems are reported against the content file
// the page came from, with the line where the link is written when it is written by hand.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problem.ts';
import { decodeEntities } from '../util/html-entities.ts';
import { ownCopy } from '../util/own-copy.ts';
import { builtPagePath } from '../util/built-page-path.ts';

export interface LinkCheckResult {
	problems: Problem[];
	pagesChecked: number;
	linksChecked: number;
}

/** Paths produced after the site build (PDFs) or by other tools; checked where they are made. */
const LATER_ARTIFACTS = [/^\/pdf\//];

export function checkBuiltLinks(distDir: string, root: string, contentDir = join(root, 'content')): LinkCheckResult {
	const htmlFiles = [...walk(distDir)].filter((f) => f.endsWith('.html'));
	// One read per file, keeping only each page's ids and the links in its <main> (as copies: see
	// ownCopy) until every page has been read. Holding the pages' HTML held about 60 MB of text at
	// 1,000 synthetic pages, and a second read of every file made as much garbage again, at the
	// build's memory peak.
	const idsByPage = new Map<string, Set<string>>();
	const linksByPage: [string, string[]][] = [];
	for (const file of htmlFiles) {
		const url = builtPagePath(relative(distDir, file));
		const html = readFileSync(file, 'utf8');
		idsByPage.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => ownCopy(decodeEntities(m[1])))));
		const start = html.search(/<main[\s>]/);
		const end = html.lastIndexOf('</main>');
		const hrefs = /<a\s[^>]*?href="([^"]*)"/g;
		hrefs.lastIndex = start;
		const links: string[] = [];
		if (start >= 0 && end > start) for (let m = hrefs.exec(html); m && m.index < end; m = hrefs.exec(html)) links.push(ownCopy(m[1]));
		linksByPage.push([url, links]);
	}
	const problems: Problem[] = [];
	let linksChecked = 0;
	for (const [url, links] of linksByPage) {
		for (const href of links) {
			const raw = decodeEntities(href);
			if (/^(https?:|mailto:|tel:|data:)/.test(raw) || raw === '') continue;
			linksChecked++;
			const target = new URL(raw, `http://site${url}`);
			if (LATER_ARTIFACTS.some((re) => re.test(target.pathname))) continue;
			const path = decodeURIComponent(target.pathname);
			const targetUrl = path.endsWith('/') ? path : existsSync(join(distDir, path)) && statSync(join(distDir, path)).isFile() ? path : `${path}/`;
			const exists = targetUrl.endsWith('/') ? idsByPage.has(targetUrl) : existsSync(join(distDir, targetUrl));
			// The page's source is read only for a broken link (it was read once per link checked).
			if (!exists) {
				const { origin, ...where } = locate(sourceOf(url, contentDir, root), raw);
				problems.push({
					...where,
					field: 'link',
					message: `linket "${raw}" peger på en side, der ikke findes${origin}.`,
					fix: `ret adressen (interne links skrives som /mappe/filnavn/, fx /krav/k-20/) eller opret siden.`,
				});
				continue;
			}
			const hash = decodeURIComponent(target.hash.slice(1));
			if (hash && targetUrl.endsWith('/') && !idsByPage.get(targetUrl)?.has(hash)) {
				const { origin, ...where } = locate(sourceOf(url, contentDir, root), raw);
				problems.push({
					...where,
					field: 'link',
					message: `linket "${raw}" peger på afsnittet "#${hash}", som ikke findes på ${targetUrl}${origin}.`,
					fix: 'ret ankeret, så det svarer til en overskrift på siden (små bogstaver, bindestreger i stedet for mellemrum).',
				});
			}
		}
	}
	return { problems, pagesChecked: htmlFiles.length, linksChecked };
}

interface Source {
	file: string;
	text?: string;
}

function sourceOf(url: string, contentDir: string, root: string): Source {
	const slug = url.replace(/^\/|\/$/g, '');
	for (const candidate of [
		`${slug}.md`,
		`${slug}.mdx`,
		`${slug}/index.md`,
		`${slug}/index.mdx`,
		slug === '' ? 'index.mdx' : '',
		slug === '' ? 'index.md' : '',
	]) {
		if (!candidate) continue;
		const abs = join(contentDir, candidate);
		if (existsSync(abs)) return { file: relative(root, abs).split(sep).join('/'), text: readFileSync(abs, 'utf8') };
	}
	return { file: `(genereret side ${url})` };
}

function locate(source: Source, href: string): { file: string; line: number; origin: string } {
	const index = source.text?.indexOf(href) ?? -1;
	if (!source.text || index === -1) return { file: source.file, line: 1, origin: ' (linket er lavet af en komponent på siden, ikke skrevet i teksten)' };
	return { file: source.file, line: source.text.slice(0, index).split('\n').length, origin: '' };
}

function* walk(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const abs = join(dir, name);
		if (statSync(abs).isDirectory()) yield* walk(abs);
		else yield abs;
	}
}
