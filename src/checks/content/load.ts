// Reads the content tree: every page's front matter and every data file, with line positions kept.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filesUnder } from '../content-files.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import type { Problem } from '../problem.ts';

export interface PageFile {
	/** Relative to the repository root. */
	file: string;
	/** Path inside content/ without extension, e.g. "krav/k-20"; also the page's URL path. */
	slug: string;
	frontmatter: YamlSource;
	body: string;
	/** Line in the file where the body starts. */
	bodyLine: number;
}

interface DataFile {
	file: string;
	name: string;
	source: YamlSource;
}

export interface ContentTree {
	pages: PageFile[];
	data: DataFile[];
	problems: Problem[];
}

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/;

const shared = new Map<string, ContentTree>();

/**
 * The tree read once for the build configuration's two readers: the sidebar (config/sidebar.ts),
 * as the configuration loads, and the content check at config:setup moments later, in the same
 * process and on the same files (0.4 s at 1,000 pages). The first call reads and keeps the tree,
 * the second takes it and forgets it, so it is not held through the build. Anything that may run
 * after a file changed (the CLI checks, tests) calls loadContent() and reads afresh.
 */
export function loadContentOnce(root: string, contentDir: string): ContentTree {
	const key = `${root}\0${contentDir}`;
	const kept = shared.get(key);
	if (kept) {
		shared.delete(key);
		return kept;
	}
	const tree = loadContent(root, contentDir);
	shared.set(key, tree);
	return tree;
}

export function loadContent(root: string, contentDir: string): ContentTree {
	const pages: PageFile[] = [];
	const data: DataFile[] = [];
	const problems: Problem[] = [];
	for (const abs of filesUnder(contentDir)) {
		const file = relative(root, abs).split(sep).join('/');
		const inside = relative(contentDir, abs).split(sep).join('/');
		const parts = inside.split('/');
		const name = parts[parts.length - 1];
		const dot = name.indexOf('.');
		const stem = dot === -1 ? name : name.slice(0, dot);
		const ext = dot === -1 ? '' : name.slice(dot + 1);
		const hidden = parts.find((p) => p.startsWith('.') || p.startsWith('_'));
		if (hidden !== undefined) {
			// Astro's loader publishes some of these and skips others; either way the check must see
			// every published file, so such names are refused outright.
			problems.push({
				file,
				line: 1,
				field: '',
				message: `"${hidden}" begynder med "${hidden[0]}"; sådanne filer og mapper bliver enten udgivet uden at blive kontrolleret eller sprunget over uden varsel.`,
				fix: `omdøb til "${hidden.replace(/^[._]+/, '') || 'et-navn'}" (uden "${hidden[0]}" foran), eller slet filen, hvis den ikke hører til indholdet.`,
			});
			continue;
		}
		const badPart = [...parts.slice(0, -1), stem].find((p) => !SAFE_NAME.test(p));
		if (badPart !== undefined) {
			problems.push({
				file,
				line: 1,
				field: '',
				message: `filnavnet indeholder "${badPart}", som ikke er tilladt i en adresse (kun a-z, 0-9 og bindestreg; ingen æ, ø, å, mellemrum eller store bogstaver).`,
				fix: `omdøb til "${suggestName(badPart)}" (æ→ae, ø→oe, å→aa, mellemrum→bindestreg). Titlen på siden må gerne have æ, ø og å.`,
			});
			continue;
		}
		if (parts[0] === 'data') {
			if (ext !== 'yaml') {
				problems.push({ file, line: 1, field: '', message: `filtypen ".${ext}" hører ikke hjemme i content/data/.`, fix: 'datafiler skal være .yaml.' });
				continue;
			}
			const text = readUtf8(abs, file, problems);
			if (text !== undefined) data.push({ file, name: stem, source: parseYaml(text, 1) });
			continue;
		}
		if (ext !== 'md' && ext !== 'mdx') {
			problems.push({ file, line: 1, field: '', message: `filtypen ".${ext}" kan ikke bruges som side.`, fix: 'sider skal være .md eller .mdx; billeder hører til i public/.' });
			continue;
		}
		const text = readUtf8(abs, file, problems);
		if (text === undefined) continue;
		const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
		if (!match) {
			problems.push({ file, line: 1, field: '', message: 'filen har ingen forside (front matter) mellem to linjer med "---".', fix: 'begynd filen med "---", felterne (mindst title og type) og endnu en linje "---".' });
			continue;
		}
		const frontmatter = parseYaml(match[1], 2);
		for (const err of frontmatter.syntaxErrors) {
			problems.push({ file, line: err.line, field: '', message: `forsiden (front matter) er ikke gyldig YAML: ${err.message}.`, fix: err.message.includes('henvisninger') ? 'fjern &navn og *navn, og skriv værdierne ud, hvor de skal stå.' : 'tjek indrykning, kolon efter hvert feltnavn og anførselstegn om tekst med kolon.' });
		}
		const bodyLine = match[0].split('\n').length;
		pages.push({ file, slug: inside.replace(/\.(md|mdx)$/, '').replace(/(^|\/)index$/, ''), frontmatter, body: text.slice(match[0].length), bodyLine });
	}
	// Two files for one address: Astro would publish one of them and drop the other without a word.
	const bySlug = new Map<string, PageFile>();
	for (const page of pages) {
		const first = bySlug.get(page.slug);
		if (first) problems.push({ file: page.file, line: 1, field: '', message: `filen giver samme adresse (/${page.slug}${page.slug ? '/' : ''}) som ${first.file}, så kun den ene ville blive udgivet.`, fix: 'slet eller omdøb den ene fil (x.md og x.mdx, eller x.md og x/index.md, kan ikke findes side om side).' });
		else bySlug.set(page.slug, page);
	}
	return { pages: pages.filter((p) => bySlug.get(p.slug) === p), data, problems };
}

/** Reads a file as UTF-8, refusing anything else: a Latin-1 file would be published as "l\uFFFDber". */
function readUtf8(abs: string, file: string, problems: Problem[]): string | undefined {
	const bytes = readFileSync(abs);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		// The replacement character marks the first byte that is not UTF-8; count lines up to it.
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const line = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length;
		problems.push({ file, line, field: '', message: 'filen er ikke gemt som UTF-8 (måske Latin-1 eller Windows-1252), så æ, ø og å ville blive vist forkert.', fix: 'gem filen igen med tegnsættet UTF-8 (i de fleste editorer under "Gem som" eller nederst i vinduet).' });
		return undefined;
	}
}

function suggestName(part: string): string {
	return part
		.toLowerCase()
		.replaceAll('æ', 'ae')
		.replaceAll('ø', 'oe')
		.replaceAll('å', 'aa')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
