// Cross-references are declared here, once, on the id schemas themselves: `kravId` *is* a reference
// to a requirement, wherever a schema uses it (a list, a record key, a field added on another branch).
// The content check (src/checks/content/references.ts) walks every schema and finds these marks,
// so no table elsewhere says which field points where. A page's or entry's own id is wrapped in
// `definition()`, which turns the same mark into "this is where such ids are defined".
import { z } from 'astro/zod';
import { didYouMean } from '../util/closest.ts';

export type RefTarget =
	'krav' | 'foranstaltning' | 'drejebog' | 'skabelon' | 'kilde' | 'beslutning' | 'spoergsmaal' | 'rolle' | 'fase' | 'ord' | 'cir' | 'iso27001' | 'side';

export interface RefMeta {
	target: RefTarget;
	role: 'reference' | 'definition';
}

/** Which schemas are references or definitions. Zod keeps registry entries through .describe()/.optional() clones. */
export const refRegistry = z.registry<RefMeta>();

/** Lists whose items must be done before the entry itself (afhaengerAf): checked for cycles. */
export const dependencyRegistry = z.registry<{ dependency: true }>();

export interface TargetInfo {
	/** Danish name used in messages: 'henviser til <label> "x"'. */
	label: string;
	/** Where such ids are defined, for the fix. */
	where: string;
	/** How to create a missing one, for the fix. */
	create: (id: string) => string;
	/** Ids come from the file names of pages of this kind (the page has no id field). */
	fileNameOfKind?: string;
	/** Every page defines one: its address (slug). */
	everyPage?: true;
	/** A fixed list checked by the schema itself; the reference check only uses the mark for duplicates. */
	known?: true;
}

const inData = (file: string) => () => `tilføj det i content/data/${file}`;

export const REF_TARGETS: Record<RefTarget, TargetInfo> = {
	krav: { label: 'krav', where: 'content/krav/', create: (id) => `opret content/krav/${id}.mdx` },
	foranstaltning: { label: 'foranstaltning', where: 'content/foranstaltninger/', create: (id) => `opret content/foranstaltninger/${id}.mdx` },
	drejebog: { label: 'drejebogstrin', where: 'content/drejebog/', create: (id) => `opret content/drejebog/${id}.mdx` },
	skabelon: { label: 'skabelon', where: 'content/skabeloner/', create: (id) => `opret content/skabeloner/${id}.mdx`, fileNameOfKind: 'skabelon' },
	kilde: { label: 'kilde', where: 'content/data/kilder.yaml', create: inData('kilder.yaml') },
	beslutning: { label: 'beslutning', where: 'content/data/beslutninger.yaml', create: inData('beslutninger.yaml') },
	spoergsmaal: { label: 'åbent spørgsmål', where: 'content/data/spoergsmaal.yaml', create: inData('spoergsmaal.yaml') },
	rolle: { label: 'rolle', where: 'content/data/roller.yaml', create: inData('roller.yaml') },
	fase: { label: 'fase', where: 'content/data/faser.yaml', create: inData('faser.yaml') },
	ord: { label: 'term', where: 'content/data/ordliste.yaml', create: inData('ordliste.yaml') },
	cir: {
		label: 'afsnit i bilaget til forordning (EU) 2024/2690',
		where: 'src/data/cir-2024-2690-annex.ts',
		create: () => 'brug et afsnit, der står i bilaget',
		known: true,
	},
	// Any page, by its address without slashes ("krav/k-21-2-j"): every page defines its own.
	side: { label: 'side', where: 'content/', create: (id) => `opret content/${id}.md`, everyPage: true },
	iso27001: {
		label: 'kontrol i ISO/IEC 27001:2022 bilag A',
		where: 'src/data/iso27001-annex-a.ts',
		create: () => 'brug en kontrol, der står i bilag A',
		known: true,
	},
};

/** Marks an id schema as a reference to `target`; every field built from it is checked. */
export function reference<T extends z.ZodType>(target: RefTarget, schema: T): T {
	refRegistry.add(schema, { target, role: 'reference' });
	return schema;
}

/** The field that defines ids of this kind (a page's or entry's own `id`), not a reference to one. */
export function definition<T extends z.ZodType>(schema: T): T {
	const target = refRegistry.get(schema)?.target;
	if (!target) throw new Error('definition() needs an id schema made with reference()');
	const copy = schema.clone();
	refRegistry.add(copy, { target, role: 'definition' });
	return copy;
}

/** A list of ids that must be done first; the content check rejects cycles through such lists. */
export function dependencies<T extends z.ZodType>(idSchema: T) {
	return z.array(idSchema).default([]).register(dependencyRegistry, { dependency: true });
}

/**
 * An id from a fixed list (`what` with its article: "en kontrol i …") (the annex of a regulation, a standard's control list), checked in the
 * schema so Astro rejects it too, with the nearest valid id as a hint.
 */
export function knownValue(target: RefTarget, valid: ReadonlySet<string>, what: string, rule: string) {
	return reference(
		target,
		z.string().refine((value) => valid.has(value), {
			error: (issue) => `"${String(issue.input)}" er ikke ${what}${didYouMean(String(issue.input), valid)}; ${rule}`,
		}),
	);
}
