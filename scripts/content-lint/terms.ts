// `npm run lint:terms`: house terminology. The banned forms come from content/data/terminologi.yaml,
// the same file the writing guide's terminology page is generated from, so the guide and the
// check can never disagree.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { termSchema, type Term } from '../../src/schemas/data.ts';
import type { Problem } from '../content-check/problem.ts';
import { contentFiles, shown } from './files.ts';
import { finish, type LintRun } from './report.ts';
import { maskNonProse } from './mask.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export function loadTerms(contentDir: string): Term[] {
	return z.array(termSchema).parse(parse(readFileSync(resolve(contentDir, 'data/terminologi.yaml'), 'utf8')) ?? []);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A banned form matches at the start of a word, so inflections ("NIS2-direktivets") are caught too. */
function matcher(form: string): RegExp {
	const flags = form === form.toLowerCase() ? 'giu' : 'gu';
	return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form).replace(/ /g, '\\s+')}`, flags);
}

export function findBannedTerms(file: string, text: string, terms: Term[]): Problem[] {
	const prose = maskNonProse(text, file.endsWith('.yaml'));
	const problems: Problem[] = [];
	for (const term of terms) {
		for (const form of term.undgaa) {
			for (const match of prose.matchAll(matcher(form))) {
				const line = prose.slice(0, match.index).split('\n').length;
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
	const files = [...contentFiles(contentDir, ['.md', '.mdx']), ...contentFiles(resolve(contentDir, 'data'), ['.yaml'])].filter((f) => basename(f) !== 'terminologi.yaml');
	const problems = files.flatMap((abs) => findBannedTerms(shown(root, abs), readFileSync(abs, 'utf8'), terms));
	return { name: 'Terminologi', problems, filesChecked: files.length };
}

if (import.meta.main) finish(checkTerms());
