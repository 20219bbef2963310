// Reads the import statements of the project's own code and holds them against the layering
// rules in CONTRIBUTING.md ("For developers: where code lives"). TypeScript's own pre-processor
// finds the imports (static, re-exports, import(), require), so comments that merely look like
// imports are not taken for them; .astro files are read through their frontmatter and <script> blocks.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import ts from 'typescript';

export interface ImportRule {
	/** Where the importing file is: a folder ("config/") or a file ("astro.config.mjs"). */
	from: string[];
	/** What it may not import (folders or files); `except` lifts the rule for some of them. */
	to: string[];
	except?: string[];
	/** Why, printed in the message. */
	why: string;
}

export const IMPORT_RULES: ImportRule[] = [
	{ from: ['config/', 'astro.config.mjs'], to: ['scripts/'], why: 'config/ is built from library code under src/, never from the programs in scripts/' },
	{ from: ['src/'], to: ['scripts/'], why: 'src/ is the library; scripts/ holds the programs that use it, never the other way round' },
	{
		from: ['src/', 'config/', 'scripts/', 'astro.config.mjs'],
		to: ['tests/'],
		why: 'test helpers are for tests only; what the site or a program needs lives under src/',
	},
	{
		from: ['src/schemas/'],
		to: ['src/'],
		except: ['src/schemas/', 'src/data/', 'src/util/'],
		why: 'the content model stands on the reference lists (src/data/) and small helpers (src/util/) alone; src/lib, src/components and the checks read the schemas, never back',
	},
	{
		from: ['src/util/'],
		to: ['src/', 'config/', 'scripts/'],
		except: ['src/util/'],
		why: 'src/util/ holds helpers that anything may import, so they import nothing of the project',
	},
	{
		from: ['src/data/'],
		to: ['src/', 'config/', 'scripts/'],
		except: ['src/data/'],
		why: 'src/data/ holds fixed reference lists that the schemas check against; they depend on nothing',
	},
	{
		from: ['src/lib/', 'src/components/', 'src/pages/', 'src/route/', 'src/client/', 'src/tools/'],
		to: ['src/checks/', 'src/cms/'],
		why: 'the site is built from the content and its model; the checks and the editor configuration run beside the build, not inside its pages',
	},
];

/** The folders and root files whose imports are checked; fixtures are content, not code. */
const ROOTS = ['astro.config.mjs', 'config', 'scripts', 'src', 'tests'];
const SKIP = new Set(['node_modules', 'dist', 'fixtures', '.astro']);
const CODE = /\.(?:ts|mts|mjs|js|tsx|astro)$/;

export interface ImportUse {
	file: string;
	line: number;
	/** The imported file, from the project root, in posix form. */
	target: string;
}

export interface ImportViolation extends ImportUse {
	rule: ImportRule;
}

function codeFiles(root: string): string[] {
	const out: string[] = [];
	const visit = (rel: string) => {
		const abs = join(root, rel);
		let entries;
		try {
			entries = readdirSync(abs, { withFileTypes: true });
		} catch {
			if (CODE.test(rel)) out.push(rel);
			return;
		}
		for (const e of entries) if (!SKIP.has(e.name)) visit(join(rel, e.name));
	};
	for (const r of ROOTS) visit(r);
	return out.map((f) => f.split(sep).join('/')).sort();
}

/** The code parts of an .astro file (frontmatter, <script> blocks); everything else blanked, lines kept. */
function astroCode(text: string): string {
	const keep = new Array<boolean>(text.length).fill(false);
	const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (front) keep.fill(true, front.index, front.index + front[0].length);
	for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
		keep.fill(true, m.index + m[0].indexOf('>') + 1, m.index + m[0].length - '</script>'.length);
	return text
		.split('')
		.map((c, i) => (keep[i] || c === '\n' ? c : ' '))
		.join('');
}

/** Every import of a project file (relative or `~/`) in one source text; packages are left out. */
export function importsOf(file: string, text: string): ImportUse[] {
	const code = file.endsWith('.astro') ? astroCode(text) : text;
	const info = ts.preProcessFile(code, true, true);
	const out: ImportUse[] = [];
	for (const ref of info.importedFiles) {
		const spec = ref.fileName;
		let target: string;
		if (spec.startsWith('./') || spec.startsWith('../')) target = posix.normalize(posix.join(posix.dirname(file), spec));
		else if (spec.startsWith('~/')) target = `src/${spec.slice(2)}`;
		else continue;
		out.push({ file, line: code.slice(0, ref.pos).split('\n').length, target });
	}
	return out;
}

const under = (path: string, places: string[]) => places.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));

export function violations(uses: ImportUse[], rules: ImportRule[] = IMPORT_RULES): ImportViolation[] {
	const out: ImportViolation[] = [];
	for (const use of uses) {
		for (const rule of rules) {
			if (under(use.file, rule.from) && under(use.target, rule.to) && !under(use.target, rule.except ?? [])) out.push({ ...use, rule });
		}
	}
	return out;
}

/** All imports of the project's code under `root`. */
export function projectImports(root: string): ImportUse[] {
	return codeFiles(root).flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')));
}

export function formatViolation(v: ImportViolation): string {
	return `${v.file}:${v.line}: imports ${v.target}; rule: ${v.rule.from.join(', ')} must not import ${v.rule.to.join(', ')}${v.rule.except ? ` (except ${v.rule.except.join(', ')})` : ''}: ${v.rule.why}`;
}
