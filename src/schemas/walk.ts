// The one reader of a Zod schema's structure. The content checks ask it what a field is (a number,
// a reference, its description for a message), the field reference (/bidrag/feltoversigt/) lists
// the fields with it, and the editor configuration at /admin/ builds its widgets from it, so the
// three cannot read the same schema differently. Zod 4 has no public API for walking a schema, so
// this reads `_zod.def`, typed once here.
import type { z } from 'astro/zod';

type Path = (string | number)[];

/** A check inside a schema (a regex, a length, a bound), with the error text it was given. */
export interface Check {
	check?: string;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	maximum?: number;
	length?: number;
	value?: number;
	inclusive?: boolean;
	error?: (() => unknown) | ((issue: unknown) => unknown);
}

/** The parts of `_zod.def` we read. */
export interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	options?: z.ZodType[];
	entries?: Record<string, string>;
	values?: unknown[];
	left?: z.ZodType;
	right?: z.ZodType;
	items?: z.ZodType[];
	keyType?: z.ZodType;
	valueType?: z.ZodType;
	defaultValue?: unknown;
	getter?: () => z.ZodType;
	checks?: { _zod: { def: Check } }[];
}

export const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/** The schema and every schema it wraps (optional, default, pipe input, lazy), outermost first. */
export function layers(schema: z.ZodType): z.ZodType[] {
	const out: z.ZodType[] = [];
	let s: z.ZodType | undefined = schema;
	while (s && out.length < 50) {
		out.push(s);
		const def = defOf(s);
		if (WRAPPERS.has(def.type)) s = def.innerType;
		else if (def.type === 'pipe') s = defOf(def.in!).type === 'transform' ? def.out : def.in;
		else if (def.type === 'lazy') s = def.getter?.();
		else s = undefined;
	}
	return out;
}

/** The innermost schema: what the value is once the wrappers are peeled. */
export const core = (schema: z.ZodType) => {
	const all = layers(schema);
	return all[all.length - 1];
};

/** The schema of the child `key` of a schema (object field, list item, record value). */
export function child(schema: z.ZodType, key: string | number): z.ZodType | undefined {
	for (const layer of layers(schema)) {
		const def = defOf(layer);
		if (def.type === 'object' && def.shape) return Object.hasOwn(def.shape, key) ? def.shape[key as string] : undefined;
		if (def.type === 'array' && def.element) return def.element;
		if (def.type === 'record' && def.valueType) return def.valueType;
		if (def.type === 'tuple' && def.items) return def.items[key as number];
	}
	return undefined;
}

function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
	let s: z.ZodType | undefined = schema;
	for (const key of path) s = s && child(s, key);
	return s;
}

/** The fields of an object schema (under its wrappers), or undefined when it is not an object. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
	for (const layer of layers(schema)) {
		const def = defOf(layer);
		if (def.type === 'object' && def.shape) return def.shape;
	}
	return undefined;
}

/** The field names an object at `path` accepts, for "did you mean". */
export function keysAt(schema: z.ZodType, path: Path): string[] {
	const s = schemaAt(schema, path);
	return Object.keys((s && shapeOf(s)) ?? {});
}

/** Whether the field at `path` holds a number (a cost, an hour count, a phase number, …). */
export function expectsNumber(schema: z.ZodType, path: Path): boolean {
	const s = schemaAt(schema, path);
	if (!s) return false;
	const def = defOf(core(s));
	if (def.type === 'number' || def.type === 'int') return true;
	if (def.type === 'union') return (def.options ?? []).some((o) => ['number', 'int'].includes(defOf(core(o)).type));
	return false;
}

/** The first description (`.describe()`) on the schema or a schema it wraps. */
function descriptionOf(schema: z.ZodType): string | undefined {
	return layers(schema).find((s) => s.description)?.description;
}

/**
 * The description of the field at `path`, for messages that say what a field is for. A list item
 * without a description of its own is described by its list; a field inside an item is not.
 */
export function descriptionAt(schema: z.ZodType, path: Path): string | undefined {
	let current: z.ZodType | undefined = schema;
	let found: string | undefined;
	for (const key of path) {
		current = current && child(current, key);
		if (!current) return found;
		found = descriptionOf(current) ?? (typeof key === 'number' ? found : undefined);
	}
	return found;
}

/** Whether a value may be left out (optional or with a default), the default, and the description. */
export function presence(schema: z.ZodType): { required: boolean; defaultValue?: unknown; description?: string } {
	let required = true;
	let defaultValue: unknown;
	for (const s of layers(schema)) {
		const def = defOf(s);
		if (def.type === 'optional') required = false;
		if ((def.type === 'default' || def.type === 'prefault') && defaultValue === undefined) {
			required = false;
			defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
		}
	}
	return { required, defaultValue, description: descriptionOf(schema) };
}

/** The date fields (pastDate, workDate): "a string or a Date" somewhere under the wrappers. */
export function isDate(schema: z.ZodType): boolean {
	return layers(schema).some((s) => {
		const def = defOf(s);
		return def.type === 'union' && (def.options ?? []).some((o) => defOf(o).type === 'date');
	});
}

/** The checks (regex, length, bounds) on the innermost schema. */
export const checksOf = (schema: z.ZodType): Check[] => (defOf(core(schema)).checks ?? []).map((c) => c._zod.def);

/** The fixed error text a check was given; an error function that takes the issue describes one bad value, not the rule. */
export function fixedMessage(check: Check): string | undefined {
	if (typeof check.error === 'function' && check.error.length === 0) {
		const text = (check.error as () => unknown)();
		if (typeof text === 'string' && text) return text;
	}
	return undefined;
}

export interface Visit {
	path: Path;
	value: unknown;
	/** The field's schema with all its wrappers, outermost first: registries are asked about each. */
	layers: z.ZodType[];
	/** True when the value is a key of a record (timer: { it-chef: 10 }), not a value. */
	isKey?: boolean;
}

/** Calls `visit` for every value in `value` together with the schema that describes it. */
export function walk(schema: z.ZodType, value: unknown, visit: (v: Visit) => void, path: Path = []): void {
	const all = layers(schema);
	visit({ path, value, layers: all });
	if (value === undefined || value === null) return;
	const def = defOf(all[all.length - 1]);
	switch (def.type) {
		case 'object':
			if (typeof value === 'object' && def.shape)
				for (const [key, s] of Object.entries(def.shape)) if (key in value) walk(s, (value as Record<string, unknown>)[key], visit, [...path, key]);
			return;
		case 'array':
			if (Array.isArray(value) && def.element) value.forEach((item, i) => walk(def.element!, item, visit, [...path, i]));
			return;
		case 'tuple':
			if (Array.isArray(value) && def.items) def.items.forEach((s, i) => walk(s, value[i], visit, [...path, i]));
			return;
		case 'record':
			if (typeof value === 'object' && def.keyType && def.valueType) {
				for (const [key, item] of Object.entries(value)) {
					visit({ path: [...path, key], value: key, layers: layers(def.keyType), isKey: true });
					walk(def.valueType, item, visit, [...path, key]);
				}
			}
			return;
		case 'intersection':
			// Both sides describe the same value; a value visited twice is deduplicated by the callers.
			if (def.left) walk(def.left, value, visit, path);
			if (def.right) walk(def.right, value, visit, path);
			return;
		case 'union': {
			// Follow the first option the value fits; the others describe a different shape.
			const option = (def.options ?? []).find((o) => o.safeParse(value).success);
			if (option) walk(option, value, visit, path);
			return;
		}
	}
}
