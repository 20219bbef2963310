// Turns a page kind's Zod schema into Decap CMS editor fields, so the editor at /admin/ asks for
// exactly what the content check accepts. It reads the schema with the walker that the checks and
// the field reference use (src/schemas/walk.ts), and the reference marks (src/schemas/references.ts)
// to offer the ids that exist instead of a free text box.
import type { z } from 'astro/zod';
import { checksOf, defOf, fixedMessage, isDate, layers, presence, shapeOf } from '../schemas/walk.ts';
import { refRegistry, type RefMeta, type RefTarget } from '../schemas/references.ts';

/** A Decap CMS field (https://decapcms.org/docs/widgets/); only the keys we generate. */
export interface CmsField {
	label: string;
	name: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	min?: number;
	max?: number;
	step?: number;
	value_type?: 'int' | 'float';
	options?: (string | { label: string; value: string | number })[];
	multiple?: boolean;
	fields?: CmsField[];
	field?: CmsField;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	format?: string;
	date_format?: string;
	time_format?: boolean;
	picker_utc?: boolean;
	collapsed?: boolean;
	summary?: string;
}

/** How a reference is offered: a relation over a collection (live ids), or a fixed list of ids. */
export type RefChoice =
	{ relation: { collection: string; valueField: string; displayFields: string[]; searchFields: string[] } } | { options: (string | number)[] };

export interface FieldContext {
	/** What to offer for a reference to `target`. */
	references: (target: RefTarget) => RefChoice;
}

/**
 * Danish label from an ASCII field name: the house rule writes æ, ø, å as ae, oe, aa in names
 * ("sidstGennemgaaet"), so the label reverses it and splits camelCase ("Sidst gennemgået").
 */
export function labelOf(name: string): string {
	if (name.length <= 2) return name.charAt(0).toUpperCase() + name.slice(1);
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	const danish = words.replaceAll('aa', 'å').replaceAll('ae', 'æ').replaceAll('oe', 'ø');
	return danish.charAt(0).toUpperCase() + danish.slice(1);
}

function refMeta(all: z.ZodType[]): RefMeta | undefined {
	for (const layer of all) {
		const meta = refRegistry.get(layer);
		if (meta) return meta;
	}
	return undefined;
}

/** String constraints as a Decap pattern (regex source, Danish message taken from the schema). */
function stringPattern(core: z.ZodType): [string, string] | undefined {
	for (const c of checksOf(core)) {
		if (c.check === 'string_format' && c.format === 'regex' && c.pattern)
			return [c.pattern.source, fixedMessage(c) ?? `skal passe med mønstret ${c.pattern.source}`];
		if (c.check === 'string_format' && c.format === 'url')
			return ['^https://\\S+$', fixedMessage(c) ?? 'skal være en fuld adresse, der begynder med https://'];
	}
	const min = checksOf(core).find((c) => c.check === 'min_length');
	if (min?.minimum) return [`^[\\s\\S]{${min.minimum},}$`, fixedMessage(min) ?? `skriv mindst ${min.minimum} tegn`];
	return undefined;
}

function numberBounds(core: z.ZodType): Pick<CmsField, 'min' | 'max' | 'value_type' | 'step'> {
	const out: Pick<CmsField, 'min' | 'max' | 'value_type' | 'step'> = { value_type: 'float', step: 0.01 };
	for (const c of checksOf(core)) {
		if (c.check === 'number_format' && (c.format ?? '').includes('int')) Object.assign(out, { value_type: 'int', step: 1 });
		if (c.check === 'greater_than' && c.inclusive) out.min = c.value;
		if (c.check === 'less_than' && c.inclusive) out.max = c.value;
	}
	return out;
}

function listBounds(core: z.ZodType): Pick<CmsField, 'min' | 'max'> & { message?: string } {
	const out: Pick<CmsField, 'min' | 'max'> & { message?: string } = {};
	for (const c of checksOf(core)) {
		if (c.check === 'min_length') Object.assign(out, { min: c.minimum, message: fixedMessage(c) });
		if (c.check === 'max_length') out.max = c.maximum;
		if (c.check === 'length_equals') Object.assign(out, { min: c.length, max: c.length, message: fixedMessage(c) });
	}
	return out;
}

/** Hint under the field: the schema's description, then the rule a wrong value breaks. */
function hintOf(description: string | undefined, rule: string | undefined): string | undefined {
	const parts = [description, rule && `Regel: ${rule}`].filter(Boolean) as string[];
	return parts.length
		? parts
				.map((p) => p.charAt(0).toUpperCase() + p.slice(1))
				.map((p) => (/[.!?)]$/.test(p) ? p : `${p}.`))
				.join(' ')
		: undefined;
}

function referenceWidget(
	ctx: FieldContext,
	target: RefTarget,
	multiple: boolean,
): Pick<CmsField, 'widget' | 'collection' | 'value_field' | 'search_fields' | 'display_fields' | 'options' | 'multiple'> {
	const choice = ctx.references(target);
	if ('relation' in choice) {
		const r = choice.relation;
		return {
			widget: 'relation',
			collection: r.collection,
			value_field: r.valueField,
			search_fields: r.searchFields,
			display_fields: r.displayFields,
			multiple,
		};
	}
	return { widget: 'select', options: choice.options.map((v) => (typeof v === 'number' ? { label: String(v), value: v } : v)), multiple };
}

/** The editor field for one schema field. */
function fieldFor(name: string, schema: z.ZodType, ctx: FieldContext, labelOverride?: string): CmsField {
	const all = layers(schema);
	const core = all[all.length - 1];
	const def = defOf(core);
	const { required, defaultValue, description } = presence(schema);
	const base = { label: labelOverride ?? labelOf(name), name, ...(required ? {} : { required: false }) };
	const meta = refMeta(all);
	const withHint = (field: CmsField, rule?: string): CmsField => {
		const hint = hintOf(description, rule);
		return hint ? { ...field, hint } : field;
	};

	// A page's own id (a definition) is typed; a reference picks one that exists.
	if (meta?.role === 'reference') return withHint({ ...base, ...referenceWidget(ctx, meta.target, false) });
	if (isDate(schema))
		return withHint(
			{ ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true },
			'en dato skrevet som ÅÅÅÅ-MM-DD',
		);

	switch (def.type) {
		case 'literal':
			// The page kind: fixed per collection, never typed by the editor.
			return { ...base, widget: 'hidden', default: def.values![0] };
		case 'boolean':
			return withHint({ ...base, widget: 'boolean', ...(defaultValue === undefined ? {} : { default: defaultValue }) });
		case 'number':
		case 'int':
			return withHint({ ...base, widget: 'number', ...numberBounds(core), ...(defaultValue === undefined ? {} : { default: defaultValue }) });
		case 'enum': {
			const values = Object.values(def.entries!);
			return withHint({ ...base, widget: 'select', options: values }, `en af: ${values.join(', ')}`);
		}
		case 'string': {
			const pattern = stringPattern(core);
			// Longer texts (a summary, a description) get a text area; an id or a name a single line.
			const min = checksOf(core).find((c) => c.check === 'min_length')?.minimum ?? 0;
			return withHint({ ...base, widget: min >= 10 ? 'text' : 'string', ...(pattern ? { pattern } : {}) }, pattern?.[1]);
		}
		case 'object':
			return withHint({ ...base, widget: 'object', fields: objectFields(core, ctx), collapsed: false });
		case 'record': {
			// A map keyed by ids (hours per role): one optional field per id that exists.
			const key = refMeta(layers(def.keyType!));
			if (!key) throw new Error(`cms: the record field "${name}" has no reference key; the editor cannot list its keys`);
			const choice = ctx.references(key.target);
			const keys = 'options' in choice ? choice.options : [];
			return withHint(
				{ ...base, widget: 'object', collapsed: true, fields: keys.map((k) => ({ ...fieldFor(String(k), def.valueType!, ctx), required: false })) },
				'udfyld kun de roller, der bruger tid på trinnet',
			);
		}
		case 'array': {
			const bounds = listBounds(core);
			const element = def.element!;
			const elementAll = layers(element);
			const elementMeta = refMeta(elementAll);
			if (elementMeta?.role !== 'reference' && elementMeta) throw new Error(`cms: "${name}" is a list of definitions; the editor has no widget for that`);
			const limits = { ...(bounds.min ? { min: bounds.min } : {}), ...(bounds.max ? { max: bounds.max } : {}) };
			const rule = bounds.message ?? (bounds.min ? `mindst ${bounds.min}` : undefined);
			if (elementMeta) return withHint({ ...base, ...referenceWidget(ctx, elementMeta.target, true), ...limits }, rule);
			const elementCore = elementAll[elementAll.length - 1];
			if (defOf(elementCore).type === 'object') {
				const fields = objectFields(elementCore, ctx);
				const summary = fields.some((f) => f.name === 'id') ? '{{fields.id}}' : `{{fields.${fields[0].name}}}`;
				return withHint({ ...base, widget: 'list', fields, summary, collapsed: true, ...limits }, rule);
			}
			// Open by default: each item is a short text the editor should see without a click.
			return withHint({ ...base, widget: 'list', collapsed: false, field: fieldFor('punkt', element, ctx, base.label), ...limits }, rule);
		}
		default:
			throw new Error(`cms: no editor widget for the schema type "${def.type}" (field "${name}"); add one in src/cms/fields.ts`);
	}
}

/** The fields of an object schema, in schema order. */
export function objectFields(schema: z.ZodType, ctx: FieldContext): CmsField[] {
	const shape = shapeOf(schema);
	if (!shape) throw new Error('cms: expected an object schema');
	return Object.entries(shape).map(([name, s]) => fieldFor(name, s, ctx));
}
