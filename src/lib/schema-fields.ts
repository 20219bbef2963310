// Walks a Zod schema into a flat list of documented fields, for the generated field reference
// (/bidrag/feltoversigt/). Reading the schemas themselves means the documentation cannot drift
// from what the checks accept.
import type { z } from 'astro/zod';

export interface FieldDoc {
	/** Dotted path as written in front matter; "[]" marks list items, "<rolle>" a free key. */
	path: string;
	depth: number;
	required: boolean;
	/** Danish description of the value's type, e.g. "liste af tekst", "en af: lille, mellem, stor". */
	kind: string;
	description?: string;
	/** Format rule taken from the schema's own error text, e.g. 'skal være "f-" og tre cifre (fx "f-007")'. */
	rule?: string;
	defaultValue?: string;
}

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	options?: z.ZodType[];
	entries?: Record<string, string>;
	values?: unknown[];
	keyType?: z.ZodType;
	valueType?: z.ZodType;
	checks?: { _zod: { def: { check?: string; format?: string; error?: () => unknown } } }[];
	error?: () => unknown;
	defaultValue?: unknown;
}

const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/** Peels optional/default wrappers; reports whether the field may be left out and its default. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue?: unknown; description?: string } {
	let s = schema;
	let required = true;
	let defaultValue: unknown;
	let description = s.description;
	for (;;) {
		const def = defOf(s);
		if (def.type === 'optional') required = false;
		else if (def.type === 'default') {
			required = false;
			defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
		} else break;
		s = def.innerType!;
		description ??= s.description;
	}
	return { inner: s, required, defaultValue, description };
}

function ruleOf(schema: z.ZodType): string | undefined {
	const def = defOf(schema);
	for (const check of def.checks ?? []) {
		const d = check._zod.def;
		// Only fixed texts: an error function that takes the issue describes one bad value, not the rule.
		if (typeof d.error === 'function' && d.error.length === 0) {
			const text = d.error();
			if (typeof text === 'string' && text) return text;
		}
	}
	if (def.type === 'string' && def.checks?.some((c) => c._zod.def.check === 'string_format' && c._zod.def.format === 'url')) return 'en fuld adresse, der begynder med https://';
	return undefined;
}

function kindOf(schema: z.ZodType): string {
	const def = defOf(schema);
	switch (def.type) {
		case 'string':
			return 'tekst';
		case 'number':
			return 'tal';
		case 'boolean':
			return 'true eller false';
		case 'literal':
			return `præcis ${def.values!.map((v) => JSON.stringify(v)).join(' eller ')}`;
		case 'enum':
			return `en af: ${Object.values(def.entries!).join(', ')}`;
		case 'array':
			return `liste af ${kindOf(unwrap(def.element!).inner)}`;
		case 'object':
			return 'gruppe af felter';
		case 'record':
			return 'gruppe med frie navne';
		case 'pipe':
			return isDate(schema) ? 'dato (ÅÅÅÅ-MM-DD)' : kindOf(def.in!);
		case 'union':
			return def.options!.map(kindOf).join(' eller ');
		case 'date':
			return 'dato (ÅÅÅÅ-MM-DD)';
		default:
			return def.type;
	}
}

function isDate(schema: z.ZodType): boolean {
	const def = defOf(schema);
	if (def.type !== 'pipe' || !def.in) return false;
	const input = defOf(def.in);
	return input.type === 'union' && (input.options ?? []).some((o) => defOf(o).type === 'date');
}

function showDefault(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (Array.isArray(value) && value.length === 0) return 'tom liste';
	return JSON.stringify(value);
}

/** Every field of an object schema, depth-first, nested groups and list items included. */
export function describeFields(schema: z.ZodType, skip: string[] = []): FieldDoc[] {
	const out: FieldDoc[] = [];
	const visit = (s: z.ZodType, prefix: string, depth: number) => {
		const def = defOf(s);
		if (def.type !== 'object') return;
		for (const [key, child] of Object.entries(def.shape!)) {
			if (depth === 0 && skip.includes(key)) continue;
			const path = prefix ? `${prefix}.${key}` : key;
			const { inner, required, defaultValue, description } = unwrap(child);
			out.push({ path, depth, required, kind: kindOf(inner), description, rule: ruleOf(inner), defaultValue: showDefault(defaultValue) });
			const innerDef = defOf(inner);
			if (innerDef.type === 'object') visit(inner, path, depth + 1);
			if (innerDef.type === 'array') {
				const element = unwrap(innerDef.element!).inner;
				if (defOf(element).type === 'object') visit(element, `${path}[]`, depth + 1);
				else if (!out[out.length - 1].rule) out[out.length - 1].rule = ruleOf(element);
			}
			if (innerDef.type === 'record') {
				const value = unwrap(innerDef.valueType!).inner;
				out.push({ path: `${path}.<navn>`, depth: depth + 1, required: false, kind: kindOf(value), rule: ruleOf(innerDef.keyType!) });
			}
		}
	};
	visit(schema, '', 0);
	// `type` decides everything else about a page, so it comes first.
	return [...out.filter((f) => f.path === 'type'), ...out.filter((f) => f.path !== 'type')];
}
