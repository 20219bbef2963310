// Lists a Zod schema's fields as documented rows, for the generated field reference
// (/bidrag/feltoversigt/). It reads the schemas with the walker the checks and the editor use
// (src/schemas/walk.ts), so the documentation cannot drift from what the checks accept.
import type { z } from 'astro/zod';
import { checksOf, core, defOf, fixedMessage, isDate, presence, shapeOf } from '../schemas/walk.ts';

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

/** Format rule taken from the schema's own error text, or the rule of a URL. */
function ruleOf(schema: z.ZodType): string | undefined {
	const checks = checksOf(schema);
	for (const check of checks) {
		const text = fixedMessage(check);
		if (text) return text;
	}
	if (defOf(core(schema)).type === 'string' && checks.some((c) => c.check === 'string_format' && c.format === 'url'))
		return 'en fuld adresse, der begynder med https://';
	return undefined;
}

function kindOf(schema: z.ZodType): string {
	if (isDate(schema)) return 'dato (ÅÅÅÅ-MM-DD)';
	const def = defOf(core(schema));
	switch (def.type) {
		case 'string':
			return 'tekst';
		case 'number':
		case 'int':
			return 'tal';
		case 'boolean':
			return 'true eller false';
		case 'literal':
			return `præcis ${def.values!.map((v) => JSON.stringify(v)).join(' eller ')}`;
		case 'enum':
			return `en af: ${Object.values(def.entries!).join(', ')}`;
		case 'array':
			return `liste af ${kindOf(def.element!)}`;
		case 'object':
			return 'gruppe af felter';
		case 'record':
			return 'gruppe med frie navne';
		case 'union':
			return def.options!.map(kindOf).join(' eller ');
		case 'date':
			return 'dato (ÅÅÅÅ-MM-DD)';
		default:
			return def.type;
	}
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
		for (const [key, field] of Object.entries(shapeOf(s) ?? {})) {
			if (depth === 0 && skip.includes(key)) continue;
			const path = prefix ? `${prefix}.${key}` : key;
			const { required, defaultValue, description } = presence(field);
			out.push({ path, depth, required, kind: kindOf(field), description, rule: ruleOf(field), defaultValue: showDefault(defaultValue) });
			const def = defOf(core(field));
			if (def.type === 'object') visit(field, path, depth + 1);
			if (def.type === 'array') {
				if (defOf(core(def.element!)).type === 'object') visit(def.element!, `${path}[]`, depth + 1);
				else if (!out[out.length - 1].rule) out[out.length - 1].rule = ruleOf(def.element!);
			}
			if (def.type === 'record')
				out.push({ path: `${path}.<navn>`, depth: depth + 1, required: false, kind: kindOf(def.valueType!), rule: ruleOf(def.keyType!) });
		}
	};
	visit(schema, '', 0);
	// `type` decides everything else about a page, so it comes first.
	return [...out.filter((f) => f.path === 'type'), ...out.filter((f) => f.path !== 'type')];
}
