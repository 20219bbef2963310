// Turns Zod validation issues into editor-facing problems with a line number and a fix. Messages
// are built from Zod's structured issue codes and their fields (expected type, bounds, allowed
// values, unknown keys), never from Zod's English message text. Where a schema has its own Danish
// text (an `error:` on the field), that text is used as the explanation.
import type { z } from 'astro/zod';
import { lineOf, type YamlSource } from './yaml-source.ts';
import type { Problem } from '../problem.ts';
import { closest, didYouMean } from '../../util/closest.ts';
import { keysAt } from '../../schemas/walk.ts';

/**
 * Passed to safeParse as the per-parse error map: every issue without a schema-level text gets
 * this marker instead of Zod's English, so a schema's own Danish text can be told apart exactly.
 */
const DEFAULT = '\u0000zod-default';
export const parseOptions = { error: () => DEFAULT, reportInput: true } as const;

export interface ZodContext {
	file: string;
	source: YamlSource;
	schema: z.ZodType;
	describe: (path: (string | number)[]) => string | undefined;
	/** Path of the validated value inside the YAML document ([index] for a data entry). */
	pathPrefix?: (string | number)[];
	/** Word for the place fields are written, in the fix: "forsiden (front matter)" or the file. */
	where: string;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

export function zodProblems(error: z.ZodError, ctx: ZodContext): Problem[] {
	const problems = error.issues.flatMap((issue) => issueProblems(issue, [], ctx));
	// "sidstGennemgået" written for "sidstGennemgaaet": the unknown field already says which name to
	// use, so "feltet mangler" for the right name would only send the editor looking for nothing.
	const renamed = new Set(problems.flatMap((p) => (p.renameTo ? [p.renameTo] : [])));
	return problems.filter((p) => !(p.message === 'feltet mangler.' && renamed.has(p.field))).map(({ renameTo: _, ...p }) => p);
}

function issueProblems(issue: Issue, parentPath: (string | number)[], ctx: ZodContext): (Problem & { renameTo?: string })[] {
	const own = [...parentPath, ...(issue.path as (string | number)[])];
	const path = [...(ctx.pathPrefix ?? []), ...own];
	const field = path.join('.');
	const line = lineOf(ctx.source, path);
	const description = ctx.describe(own);
	const custom = issue.message && issue.message !== DEFAULT ? issue.message : undefined;
	const found = show(issue.input);
	const base = { file: ctx.file, line, field };
	const fixDescribed = (fallback: string) => (description ? `feltet skal angive ${description}.` : fallback);

	// A required field left out: whatever the field's type, the editor needs to hear it is missing.
	if (issue.input === undefined && ['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code) && own.length > 0) {
		const name = String(own[own.length - 1]);
		// A nested field names the group it belongs under ("afproevet:" under "evidens:").
		const parent = own.slice(0, -1).filter((k) => typeof k === 'string');
		const under = parent.length ? ` under "${parent.join('.')}:"` : '';
		return [{ ...base, message: 'feltet mangler.', fix: `tilføj "${name}:"${under} i ${ctx.where}${description ? ` – ${description}` : ''}.` }];
	}
	switch (issue.code) {
		case 'invalid_type': {
			const expected = typeName(issue.expected);
			return [{ ...base, message: `forkert type: fandt ${found} (${typeOf(issue.input)}), men feltet skal være ${expected}${custom ? ` – ${custom}` : ''}.`, fix: typeFix(issue.expected, issue.input, description) }];
		}
		case 'unrecognized_keys': {
			const known = keysAt(ctx.schema, own);
			return issue.keys.map((key) => {
				const keyPath = [...path, key];
				const hint = didYouMean(key, known);
				const best = closest(key, known);
				return {
					renameTo: best === undefined ? undefined : [...path, best].join('.'),
					file: ctx.file,
					line: lineOf(ctx.source, keyPath),
					field: keyPath.join('.'),
					message: `ukendt felt "${key}"${hint}; et ukendt felt bliver ikke læst, så det, der står i det, ville forsvinde uden varsel.`,
					fix: hint ? `ret feltnavnet${hint.replace(' (mente du', ' til').replace('?)', '')}.` : `fjern feltet, eller brug et af de kendte felter: ${known.join(', ')}.`,
				};
			});
		}
		case 'too_small':
		case 'too_big': {
			const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
			const rule = bound(issue.code, issue.origin, Number(limit), issue.inclusive !== false, 'exact' in issue && issue.exact === true);
			return [{ ...base, message: `${found} er ${issue.code === 'too_small' ? 'for lille' : 'for stor'}: ${custom ?? rule}.`, fix: fixDescribed(`ret værdien, så den ${rule}.`) }];
		}
		case 'invalid_value': {
			const allowed = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
			const best = typeof issue.input === 'string' ? closest(issue.input, allowed) : undefined;
			const rule = allowed.length === 1 ? `skal være "${allowed[0]}"` : `skal være en af: ${allowed.join(', ')}`;
			const options = allowed.length === 1 ? `"${allowed[0]}"` : `én af: ${allowed.join(', ')}`;
			return [{ ...base, message: `værdien ${found} er ikke gyldig: ${custom ?? rule}.`, fix: best ? `ret til "${best}" (eller skriv ${options}).` : `skriv ${options}.` }];
		}
		case 'invalid_format': {
			const rule = custom ?? formatRule(issue.format, 'pattern' in issue ? String(issue.pattern) : undefined);
			return [{ ...base, message: `værdien ${found} har ikke det rigtige format: ${rule}.`, fix: `ret værdien: den ${rule}${description ? ` (${description})` : ''}.` }];
		}
		case 'not_multiple_of':
			return [{ ...base, message: `${found} er ikke gyldig: ${custom ?? `skal gå op i ${issue.divisor}`}.`, fix: fixDescribed(`skriv et tal, der går op i ${issue.divisor}.`) }];
		case 'invalid_union': {
			// A union whose branches fail differently: report the branch that got furthest (fewest issues),
			// unless the schema explains the whole field itself.
			if (custom || !issue.errors.length) {
				return [{ ...base, message: `værdien ${found} er ikke gyldig: ${custom ?? 'den passer ikke til nogen af de tilladte former'}.`, fix: fixDescribed('ret værdien som beskrevet.') }];
			}
			const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
			return best.flatMap((inner) => issueProblems(inner, own, ctx));
		}
		case 'invalid_key':
			return issue.issues.flatMap((inner) => issueProblems({ ...(inner), message: (inner).message }, own, ctx)).map((p) => ({ ...p, message: `navnet ${found} kan ikke bruges her: ${p.message}` }));
		case 'invalid_element':
			return issue.issues.flatMap((inner) => issueProblems(inner, [...own, issue.key as string], ctx));
		case 'custom':
		default:
			return [{ ...base, message: custom ? `${custom}.`.replace(/\.\.$/, '.') : `værdien ${found} er ikke gyldig.`, fix: fixDescribed('ret værdien som beskrevet.') }];
	}
}

function bound(code: 'too_small' | 'too_big', origin: string, n: number, inclusive: boolean, exact: boolean): string {
	const small = code === 'too_small';
	const unit = origin === 'string' ? ` ${n === 1 ? 'tegn' : 'tegn'}` : origin === 'array' || origin === 'set' ? ` ${n === 1 ? 'element' : 'elementer'}` : '';
	if (exact) return `skal have præcis ${n}${unit}`;
	if (origin === 'number' || origin === 'bigint' || origin === 'int') {
		if (small) return inclusive ? `skal være mindst ${n}` : `skal være større end ${n}`;
		return inclusive ? `må højst være ${n}` : `skal være mindre end ${n}`;
	}
	if (origin === 'date') return small ? `skal være ${n} eller senere` : `skal være ${n} eller tidligere`;
	if (small) return `skal have mindst ${inclusive ? n : n + 1}${unit}`;
	return `må højst have ${inclusive ? n : n - 1}${unit}`;
}

function formatRule(format: string, pattern?: string): string {
	switch (format) {
		case 'url':
			return 'skal være en fuld adresse, der begynder med https://';
		case 'email':
			return 'skal være en e-mailadresse';
		case 'date':
		case 'datetime':
			return 'skal være en dato skrevet som ÅÅÅÅ-MM-DD';
		case 'regex':
			return `skal passe til mønsteret ${pattern ?? ''}`.trim();
		default:
			return `skal have formatet ${format}`;
	}
}

function typeFix(expected: string, input: unknown, description?: string): string {
	const what = description ? ` (${description})` : '';
	if (expected === 'array') return `skriv en liste${what}: hvert element på sin egen linje efter "- ", eller [a, b] på én linje.`;
	if (expected === 'object') return `skriv en gruppe af felter${what}, indrykket under feltnavnet.`;
	if (expected === 'number' || expected === 'int') return `skriv kun tallet${what}, uden anførselstegn, enhed eller tusindtalspunktum (fx 10000 eller 0.5).`;
	if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) return `sæt værdien i anførselstegn, så den læses som tekst: "${String(input)}".`;
	if (expected === 'string' && input instanceof Date) return 'sæt værdien i anførselstegn, så den læses som tekst.';
	if (expected === 'boolean') return 'skriv true eller false.';
	return `skriv ${typeName(expected)}${what}.`;
}

function show(value: unknown): string {
	if (value === undefined) return '(tom)';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '(ugyldig dato)' : value.toISOString().slice(0, 10);
	// JSON.stringify gives undefined only for functions and symbols, which print themselves.
	const text = typeof value === 'string' ? `"${value}"` : typeof value === 'function' || typeof value === 'symbol' ? String(value) : JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function typeOf(value: unknown): string {
	if (value === null) return 'ingenting';
	if (Array.isArray(value)) return 'en liste';
	if (value instanceof Date) return 'en dato';
	return typeName(typeof value);
}

function typeName(t: string): string {
	const names: Record<string, string> = {
		string: 'tekst',
		number: 'et tal',
		int: 'et helt tal',
		array: 'en liste',
		object: 'en gruppe felter',
		boolean: 'true eller false',
		undefined: 'ingenting',
		null: 'ingenting',
		date: 'en dato',
		literal: 'en bestemt værdi',
	};
	return names[t] ?? t;
}
