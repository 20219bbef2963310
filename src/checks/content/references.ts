// Cross-reference integrity, derived from the schemas: every field whose schema is marked with
// reference() in src/schemas/references.ts is checked against the ids defined by fields marked
// definition(), wherever the field is (a list, a record key, a nested group, a field added later).
// Astro only logs a dangling reference(), so without this a measure could point at nothing.
import type { z } from 'astro/zod';
import { dependencyRegistry, refRegistry, REF_TARGETS, type RefMeta, type RefTarget, type TargetInfo } from '../../schemas/references.ts';
import type { Problem } from '../problem.ts';
import type { ValidContent, ValidPage } from './validate.ts';
import { lineOf, type YamlSource } from './yaml-source.ts';
import { child, layers, walk } from '../../schemas/walk.ts';
import { didYouMean } from '../../util/closest.ts';

type Path = (string | number)[];

/** One id-valued spot in the content: where it is, what it is, and what it points to. */
export interface RefUse {
	file: string;
	source: YamlSource;
	/** Path inside the YAML document. */
	path: Path;
	value: string;
	meta: RefMeta;
	/** The list this value is an item of, when it is one; its path. */
	listPath?: Path;
	/** Set when the list is a dependency list (afhaengerAf). */
	dependency: boolean;
	/** The page or entry the value belongs to, and the id it defines, if any. */
	owner: { target?: RefTarget; id?: string };
}

function metaOf(layers: z.ZodType[]): RefMeta | undefined {
	for (const layer of layers) {
		const meta = refRegistry.get(layer);
		if (meta) return meta;
	}
	return undefined;
}

/** Every reference and definition in the content, found by walking each value with its schema. */
export function collectIds(content: ValidContent): RefUse[] {
	const uses: RefUse[] = [];
	const collect = (file: string, source: YamlSource, schema: z.ZodType, data: unknown, prefix: Path) => {
		const found: Omit<RefUse, 'owner'>[] = [];
		const dependencyLists = new Set<string>();
		walk(schema, data, ({ path, value, layers }) => {
			if (layers.some((l) => dependencyRegistry.get(l))) dependencyLists.add(path.join('.'));
			const meta = metaOf(layers);
			// Only scalars name or point to an id (YAML has no other non-object values).
			if (!meta || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')) return;
			const parent = path.slice(0, -1);
			const inList = typeof path[path.length - 1] === 'number';
			found.push({ file, source, path: [...prefix, ...path], value: String(value), meta, listPath: inList ? [...prefix, ...parent] : undefined, dependency: inList && dependencyLists.has(parent.join('.')) });
		});
		// A union or intersection may visit a value twice; keep one.
		const unique = new Map(found.map((u) => [`${u.path.join('.')}|${u.meta.role}`, u]));
		const own = [...unique.values()].find((u) => u.meta.role === 'definition' && u.path.length === prefix.length + 1);
		for (const u of unique.values()) uses.push({ ...u, owner: { target: own?.meta.target, id: own?.value } });
	};
	for (const page of content.pages) {
		const before = uses.length;
		collect(page.page.file, page.page.frontmatter, page.schema, page.data, []);
		const fileNamed = Object.entries(REF_TARGETS).find(([, t]) => t.fileNameOfKind === page.kind)?.[0] as RefTarget | undefined;
		if (fileNamed) {
			const id = stem(page);
			uses.push({ file: page.page.file, source: page.page.frontmatter, path: [], value: id, meta: { target: fileNamed, role: 'definition' }, dependency: false, owner: { target: fileNamed, id } });
			for (const u of uses.slice(before)) u.owner = { target: fileNamed, id };
		}
		for (const [target, info] of Object.entries(REF_TARGETS) as [RefTarget, TargetInfo][]) {
			if (info.everyPage) uses.push({ file: page.page.file, source: page.page.frontmatter, path: [], value: page.page.slug, meta: { target, role: 'definition' }, dependency: false, owner: {} });
		}
	}
	for (const entries of Object.values(content.data)) for (const e of entries ?? []) collect(e.file, e.source, e.schema, e.data, [e.index]);
	// A page the schema rejected is reported already; the ids it defines must not turn every
	// reference to it into a second, misleading error.
	for (const r of content.rejected) {
		if (!r.raw || typeof r.raw !== 'object') continue;
		for (const [key, value] of Object.entries(r.raw as Record<string, unknown>)) {
			const s = child(r.schema, key);
			const meta = s && metaOf(layers(s));
			if (meta?.role === 'definition' && (typeof value === 'string' || typeof value === 'number')) uses.push({ file: r.file, source: r.source, path: [...r.prefix, key], value: String(value), meta, dependency: false, owner: {} });
		}
		const fileNamed = Object.entries(REF_TARGETS).find(([, t]) => t.fileNameOfKind === r.kind)?.[0] as RefTarget | undefined;
		if (fileNamed) uses.push({ file: r.file, source: r.source, path: [], value: r.file.replace(/^.*\//, '').replace(/\.mdx?$/, ''), meta: { target: fileNamed, role: 'definition' }, dependency: false, owner: {} });
	}
	if (content.costModel) collect(content.costModel.file, content.costModel.source, content.costModel.schema, content.costModel.data, []);
	return uses;
}

const stem = (p: ValidPage) => p.page.slug.split('/').pop() ?? '';

/** The ids defined per target. */
export function definedIds(uses: RefUse[]): Map<RefTarget, Set<string>> {
	const ids = new Map<RefTarget, Set<string>>();
	for (const u of uses) if (u.meta.role === 'definition') (ids.get(u.meta.target) ?? ids.set(u.meta.target, new Set()).get(u.meta.target)!).add(u.value);
	return ids;
}

export function checkReferences(content: ValidContent, uses = collectIds(content)): Problem[] {
	const problems: Problem[] = [];
	const ids = definedIds(uses);
	for (const u of uses) {
		if (u.meta.role !== 'reference') continue;
		const target = REF_TARGETS[u.meta.target];
		if (target.known) continue; // checked by the schema against its fixed list
		const known = ids.get(u.meta.target) ?? new Set<string>();
		if (known.has(u.value)) continue;
		problems.push({
			file: u.file,
			line: lineOf(u.source, u.path),
			field: u.path.join('.'),
			message: `henviser til ${target.label} "${u.value}", som ikke findes.`,
			fix: `ret til et id, der findes i ${target.where}${didYouMean(u.value, known)}, eller ${target.create(u.value)}.`,
		});
	}
	return problems;
}
