// `npm run lint:terms`: house terminology. The banned forms come from content/data/terminologi.yaml,
// the same file the writing guide's terminology page is generated from, so the guide and the
// check can never disagree.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { termSchema, type Term } from '../../schemas/data.ts';
import type { Problem } from '../problem.ts';
import { contentFiles, shown } from '../content-files.ts';
import type { LintRun } from './report.ts';
import { maskNonProse } from './mask.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function loadTerms(contentDir: string): Term[] {
	return z.array(termSchema).parse(parse(readFileSync(resolve(contentDir, 'data/terminologi.yaml'), 'utf8')) ?? []);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A banned form matches at the start of a word, so inflections ("NIS2-direktivets") are caught too. */
function matcher(form: string): RegExp {
	const flags = form === form.toLowerCase() ? 'giu' : 'gu';
	return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form).replace(/ /g, '\\s+')}`, flags);
}

/** A context word matches as a whole word ("§ 6" does not match "§ 60"). */
function contextMatcher(word: string): RegExp {
	const flags = word === word.toLowerCase() ? 'iu' : 'u';
	return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, flags);
}

/**
 * The statement around a match decides context-bound terms (kunSammenMed, undtagenSammenMed): in
 * Markdown the paragraph (lines between blank lines); in YAML (front matter and data files) the one
 * value the match stands in, from its key line to the next key, because neighbouring keys are other
 * fields, not the same statement. Returns [first, last] line indexes (0-based).
 */
const KEY_LINE = /^\s*(?:-\s+)?[A-Za-z][A-Za-z0-9]*:(?:\s|$)/;
function statementLines(lines: string[], at: number, yaml: boolean): [number, number] {
	const blank = (i: number) => lines[i].trim() === '' || lines[i].trim() === '---';
	let first = at;
	let last = at;
	if (yaml) {
		while (first > 0 && !KEY_LINE.test(lines[first])) first--;
		while (last + 1 < lines.length && !KEY_LINE.test(lines[last + 1]) && !blank(last + 1)) last++;
	} else {
		while (first > 0 && !blank(first - 1)) first--;
		while (last + 1 < lines.length && !blank(last + 1)) last++;
	}
	return [first, last];
}

/** Where the front matter of a page ends (as a line index; -1 when there is none), so its lines count as YAML. */
function frontMatterLastLine(lines: string[]): number {
	if (lines[0] !== '---') return -1;
	const end = lines.indexOf('---', 1);
	return end === -1 ? -1 : end;
}

function applies(term: Term, paragraph: string): boolean {
	if (term.undtagenSammenMed.some((w) => contextMatcher(w).test(paragraph))) return false;
	return term.kunSammenMed.length === 0 || term.kunSammenMed.some((w) => contextMatcher(w).test(paragraph));
}

function findBannedTerms(file: string, text: string, terms: Term[]): Problem[] {
	const yaml = file.endsWith('.yaml');
	const prose = maskNonProse(text, yaml);
	const lines = text.split('\n');
	const proseLines = prose.split('\n');
	const fmLast = yaml ? lines.length : frontMatterLastLine(lines);
	const problems: Problem[] = [];
	for (const term of terms) {
		const contextual = term.kunSammenMed.length > 0 || term.undtagenSammenMed.length > 0;
		for (const form of term.undgaa) {
			for (const match of prose.matchAll(matcher(form))) {
				const line = prose.slice(0, match.index).split('\n').length;
				if (contextual) {
					const [first, last] = statementLines(lines, line - 1, line - 1 < fmLast);
					if (!applies(term, proseLines.slice(first, last + 1).join('\n'))) continue;
				}
				problems.push({
					file,
					line,
					field: '',
					message: `skriv "${term.brug}" i stedet for "${match[0]}".`,
					fix: `${term.begrundelse} (Se /bidrag/skrivevejledning/terminologi/.)`,
				});
			}
		}
	}
	return problems;
}

export function checkTerms(root = ROOT, contentDir = resolve(root, 'content')): LintRun {
	const terms = loadTerms(contentDir);
	const files = [...contentFiles(contentDir, ['.md', '.mdx']), ...contentFiles(resolve(contentDir, 'data'), ['.yaml'])].filter(
		(f) => basename(f) !== 'terminologi.yaml',
	);
	const problems = files.flatMap((abs) => findBannedTerms(shown(root, abs), readFileSync(abs, 'utf8'), terms));
	return { name: 'Terminologi', problems, filesChecked: files.length };
}
