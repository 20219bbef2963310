// No script from content: page bodies and every front-matter and data string are searched for what
// would run in a reader's browser or send them elsewhere (script-like tags, event handlers,
// javascript:/data:/vbscript: addresses, unencrypted or protocol-relative links), and for images
// and MDX imports that do not exist, which Astro would otherwise report in English or not at all.
// Code (``` blocks and `inline`) is left out: there such text is shown, not run.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
// The MDX parser Astro's own MDX integration runs (through @astrojs/markdown-satteri), so a page
// that fails here is a page the build would fail on, only with an English message and no fix.
import { createMdxMdastHandle, dropHandle } from 'satteri';
import type { ContentTree, PageFile } from './load.ts';
import type { Problem } from '../problem.ts';
import { lineOf, type YamlSource } from './yaml-source.ts';

const TAGS = 'script|iframe|object|embed|frame|frameset|applet|base|meta|link|style|form';
const DANGEROUS_TAG = new RegExp(`<\\s*(${TAGS})\\b`, 'gi');
const HANDLER = /<[a-zA-Z][^>]*?\s(on[a-z]+)\s*=/gi;
const RAW_HTML_ATTR = /\s(set:html|dangerouslySetInnerHTML|srcdoc)\s*=/g;
// "Data: …" is ordinary Danish text; a data: address has no space after the colon.
const SCHEME = /^\s*(?:(javascript|vbscript)\s*:|(data):(?!\s))/i;

/** Replaces code with spaces, keeping every newline, so offsets and lines stay right. */
function maskCode(body: string): string {
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	return body.replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\s*\2[^\n]*$/gm, blank).replace(/`+[^`\n]+`+/g, blank);
}

function lineAt(text: string, offset: number): number {
	let line = 0;
	for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/** Why a link target is refused, or undefined when it is fine. */
function badLink(url: string): { message: string; fix: string } | undefined {
	// eslint-disable-next-line no-control-regex -- browsers drop control characters from a URL, so they are removed before the check
	const trimmed = url.trim().replace(/[\u0000-\u001f]/g, '');
	const scheme = SCHEME.exec(trimmed);
	if (scheme) return { message: `adressen "${short(url)}" bruger "${(scheme[1] ?? scheme[2]).toLowerCase()}:", som kan køre kode eller skjule indhold i læserens browser.`, fix: 'fjern linket, eller link til en almindelig side med https:// eller en sti på sitet (fx /krav/k-20/).' };
	if (trimmed.startsWith('//')) return { message: `adressen "${short(url)}" mangler "https:" foran "//", så den afhænger af, hvordan siden er åbnet.`, fix: `skriv den fulde adresse: "https:${trimmed}".` };
	if (/^http:\/\//i.test(trimmed)) return { message: `adressen "${short(url)}" er ukrypteret (http://).`, fix: `skriv "https://${trimmed.slice(7)}"; findes siden kun uden kryptering, så link ikke til den.` };
	return undefined;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function checkBodies(root: string, tree: ContentTree): Problem[] {
	const problems: Problem[] = [];
	for (const page of tree.pages) problems.push(...checkBody(root, page));
	for (const page of tree.pages) if (page.frontmatter.data) problems.push(...checkStrings(page.file, page.frontmatter, page.frontmatter.data, []));
	for (const file of tree.data) if (file.source.data) problems.push(...checkStrings(file.file, file.source, file.source.data, []));
	return problems;
}

function checkBody(root: string, page: PageFile): Problem[] {
	const problems: Problem[] = [];
	const text = maskCode(page.body);
	const at = (offset: number) => page.bodyLine + lineAt(text, offset);
	const add = (offset: number, message: string, fix: string) => problems.push({ file: page.file, line: at(offset), field: '', message, fix });

	for (const m of text.matchAll(DANGEROUS_TAG)) add(m.index, `HTML-mærket <${m[1].toLowerCase()}> er ikke tilladt i sidens tekst; det kan køre kode eller hente indhold udefra.`, 'fjern mærket. Skal siden vise kode som eksempel, så sæt den i `…` eller en kodeblok med ```.');
	for (const m of text.matchAll(HANDLER)) add(m.index, `attributten "${m[1]}=" kører kode i læserens browser.`, 'fjern attributten; sider må ikke indeholde script.');
	for (const m of text.matchAll(RAW_HTML_ATTR)) add(m.index, `"${m[1]}" indsætter rå HTML uden kontrol.`, 'skriv indholdet som almindelig tekst eller Markdown.');

	const links: { offset: number; url: string; image: boolean }[] = [];
	for (const m of text.matchAll(/(!?)\[[^\]\n]*\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)/g)) links.push({ offset: m.index, url: m[2], image: m[1] === '!' });
	for (const m of text.matchAll(/^\s{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s.*)?$/gm)) links.push({ offset: m.index, url: m[1], image: false });
	for (const m of text.matchAll(/<([a-zA-Z][\w.]*)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)) links.push({ offset: m.index, url: m[3] ?? m[4] ?? m[5] ?? '', image: m[2] === 'src' });
	for (const m of text.matchAll(/<((?:javascript|data|vbscript):[^>\s]*)>/gi)) links.push({ offset: m.index, url: m[1], image: false });
	for (const m of text.matchAll(/(?<![\w/"'(=<])(http:\/\/[^\s)>\]"']+)/gi)) links.push({ offset: m.index, url: m[1], image: false });
	const reported = new Set<string>();
	for (const link of links) {
		const bad = badLink(link.url);
		const key = `${at(link.offset)}|${link.url}`;
		if (bad && !reported.has(key)) {
			reported.add(key);
			add(link.offset, bad.message, bad.fix);
			continue;
		}
		if (link.image && !bad) {
			const problem = missingImage(root, page.file, link.url);
			if (problem) add(link.offset, problem.message, problem.fix);
		}
	}
	if (page.file.endsWith('.mdx')) problems.push(...checkMdx(root, page, text));
	return problems;
}

function missingImage(root: string, file: string, url: string): { message: string; fix: string } | undefined {
	if (!url || url.startsWith('#')) return undefined;
	if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
		return { message: `billedet "${short(url)}" hentes fra et andet website; det afslører læseren over for det website og forsvinder, hvis det flyttes.`, fix: 'gem billedet i public/billeder/ og skriv stien, fx "/billeder/navn.png".' };
	}
	const path = decodeURIComponent(url.split(/[?#]/)[0]);
	const abs = path.startsWith('/') ? join(root, 'public', path) : resolve(root, dirname(file), path);
	if (existsSync(abs)) return undefined;
	return { message: `billedet "${short(url)}" findes ikke (${path.startsWith('/') ? `ledte efter public${path}` : `ledte efter ${relative(root, abs)}`}).`, fix: 'ret stien, eller læg billedet på plads (billeder til hele sitet hører til i public/).' };
}

/** MDX: every import must resolve and every component tag must be imported, or the build stops in English. */
function checkMdx(root: string, page: PageFile, text: string): Problem[] {
	const problems: Problem[] = [];
	const syntax = mdxSyntax(page);
	if (syntax) return [syntax];
	const imported = new Set<string>();
	const at = (offset: number) => page.bodyLine + lineAt(text, offset);
	for (const m of text.matchAll(/^import\s+(.+?)\s+from\s+['"]([^'"]+)['"];?\s*$/gm)) {
		for (const name of m[1].replace(/[{}]/g, ',').split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!.trim()).filter(Boolean)) imported.add(name);
		const spec = m[2];
		const target = spec.startsWith('~/') ? join(root, 'src', spec.slice(2)) : spec.startsWith('.') ? resolve(root, dirname(page.file), spec) : join(root, 'node_modules', spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
		if (!existsSync(target)) {
			problems.push({ file: page.file, line: at(m.index), field: '', message: `importen "${spec}" findes ikke${spec.startsWith('~/') ? ` (ledte efter src/${spec.slice(2)})` : ''}.`, fix: 'ret stien (komponenter ligger i src/components/, skrevet som "~/components/…"), eller fjern importen.' });
		}
	}
	for (const m of text.matchAll(/^export\s+(?:const|function)\s+([A-Za-z_$][\w$]*)/gm)) imported.add(m[1]);
	const reported = new Set<string>();
	for (const m of text.matchAll(/<([A-Z][\w]*)(?:\.[\w.]+)?[\s/>]/g)) {
		const name = m[1];
		if (imported.has(name) || reported.has(name)) continue;
		reported.add(name);
		problems.push({ file: page.file, line: at(m.index), field: '', message: `komponenten <${name}> bruges, men er ikke importeret, så siden ikke kan bygges.`, fix: `tilføj en linje "import ${name} from '~/components/…/${name}.astro';" øverst under forsiden, eller ret navnet (se bidragsguiden for komponenterne).` });
	}
	return problems;
}

const MDX_HINTS: [RegExp, string][] = [
	[/after `<`|before name/i, 'et "<" i teksten læses som starten på en komponent'],
	[/closing brace|in expression/i, 'en "{" er ikke lukket med "}" (i MDX er { … } kode)'],
	[/closing tag/i, 'et HTML-mærke eller en komponent er ikke lukket i den rigtige rækkefølge'],
	[/import|export/i, 'en import- eller export-linje kan ikke læses'],
];

/** MDX syntax, read with Astro's own parser; the parser's position and detail are kept for the editor. */
function mdxSyntax(page: PageFile): Problem | undefined {
	try {
		dropHandle(createMdxMdastHandle(page.body));
		return undefined;
	} catch (error) {
		const text = String((error as Error).message ?? error);
		const where = /^(\d+):(\d+):\s*/.exec(text);
		const detail = text.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
		const hint = MDX_HINTS.find(([re]) => re.test(detail))?.[1] ?? 'siden kan ikke læses som MDX';
		return {
			file: page.file,
			line: page.bodyLine + (where ? Number(where[1]) - 1 : 0),
			field: '',
			message: `${hint}${where ? ` (kolonne ${where[2]})` : ''}, så siden ikke kan bygges. MDX-læserens besked: ${detail}`,
			fix: 'ret linjen. I en .mdx-fil er < og { kode: skal tegnene stå som tekst, så skriv \\< og \\{ eller sæt dem i `…`; bruger siden ingen komponenter, kan den omdøbes til .md.',
		};
	}
}

/** Every string in front matter or a data file: no script-like markup, no address that runs code. */
function checkStrings(file: string, source: YamlSource, value: unknown, path: (string | number)[]): Problem[] {
	if (typeof value === 'string') {
		const problems: Problem[] = [];
		const add = (message: string, fix: string) => problems.push({ file, line: lineOf(source, path), field: path.join('.'), message, fix });
		const tag = new RegExp(`<\\s*(${TAGS})\\b`, 'i').exec(value);
		if (tag) add(`teksten indeholder HTML-mærket <${tag[1].toLowerCase()}>, som ikke hører hjemme i et felt.`, 'fjern mærket; felter er almindelig tekst.');
		else if (/<[a-zA-Z][^>]*?\son[a-z]+\s*=/i.test(value)) add('teksten indeholder en HTML-attribut, der kører kode (on…=).', 'fjern mærket; felter er almindelig tekst.');
		const bad = badLink(value);
		if (bad && /^\s*([a-z]+:\S|javascript|vbscript|\/\/)/i.test(value)) add(bad.message, bad.fix);
		return problems;
	}
	if (Array.isArray(value)) return value.flatMap((item, i) => checkStrings(file, source, item, [...path, i]));
	if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([k, v]) => checkStrings(file, source, v, [...path, k]));
	return [];
}
