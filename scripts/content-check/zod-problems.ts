// Turns Zod validation issues into editor-facing problems with a line number and a fix.
import type { z } from 'astro/zod';
import { lineOf, type YamlSource } from './yaml-source.ts';
import type { Problem } from './problem.ts';

export function zodProblems(
	file: string,
	source: YamlSource,
	error: z.ZodError,
	describe: (path: (string | number)[]) => string | undefined,
	pathPrefix: (string | number)[] = [],
): Problem[] {
	return error.issues.map((issue) => {
		const path = [...pathPrefix, ...(issue.path as (string | number)[])];
		const field = path.join('.');
		const line = lineOf(source, path);
		const description = describe(issue.path as (string | number)[]);
		// Zod 4 does not carry the input on its issues, so "missing" is read from the source itself:
		// a field present with the wrong shape (a list where a group is expected) is not missing.
		const missing = issue.code === 'invalid_type' && valueAt(source.data, path) === undefined;
		const parent = path.slice(pathPrefix.length, -1).filter((k) => typeof k === 'string');
		const where = parent.length ? ` under "${parent.join('.')}:"` : '';
		if (missing) {
			return {
				file,
				line,
				field,
				message: 'feltet mangler.',
				fix: `tilføj "${String(path[path.length - 1])}:"${where} i forsiden (front matter)${description ? ` – ${description}` : ''}.`,
			};
		}
		if (issue.code === 'unrecognized_keys') {
			return { file, line, field, message: `ukendt felt: ${issue.keys.join(', ')}.`, fix: 'fjern feltet eller ret stavningen; se feltlisten i bidragsguiden.' };
		}
		return {
			file,
			line,
			field,
			message: `værdien ${show(valueAt(source.data, path))} er ikke gyldig: ${danish(issue.message)}.`,
			fix: description ? `feltet skal angive ${description}.` : 'ret værdien som beskrevet.',
		};
	});
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
	let cur: unknown = data;
	for (const key of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string | number, unknown>)[key];
	}
	return cur;
}

function show(value: unknown): string {
	if (value === undefined) return '(tom)';
	const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Zod's own texts are English; ours are written in Danish in the schemas, so only the built-ins need translating. */
function danish(message: string): string {
	return message
		.replace(/^Invalid input: expected (\w+), received (\w+)$/, (_m, exp, got) => `forventede ${typeName(exp)}, men fik ${typeName(got)}`)
		.replace(/^Invalid option: expected one of (.*)$/, (_m, list) => `skal være en af ${list.replaceAll('|', ', ')}`)
		.replace(/^Too small: expected (\w+) to have >=?(\d+) (\w+)$/, (_m, _t, n) => `skal have mindst ${n}`)
		.replace(/^Too small: expected number to be >=?(\S+)$/, (_m, n) => `skal være mindst ${n}`)
		.replace(/^Too big: expected number to be <=?(\S+)$/, (_m, n) => `må højst være ${n}`)
		.replace(/^Too small: expected string to have >=(\d+) characters$/, (_m, n) => `skal have mindst ${n} tegn`)
		.replace(/^Invalid input$/, 'ugyldig værdi')
		.replace(/^Invalid input: expected "(.*)"$/, (_m, lit) => `skal være "${lit}"`);
}

function typeName(t: string): string {
	const names: Record<string, string> = { string: 'tekst', number: 'et tal', array: 'en liste', object: 'en gruppe felter', boolean: 'true eller false', undefined: 'ingenting', null: 'ingenting', date: 'en dato' };
	return names[t] ?? t;
}
