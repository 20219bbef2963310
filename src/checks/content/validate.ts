// Validates every page's front matter and every data entry against the schemas in src/schemas,
// after reading numbers the way an editor meant them (danish-numbers.ts).
import { dataSchemas, KIND_FOLDERS, KINDS_WITH_ID, omkostningsmodelSchema, PAGE_KINDS, type DataName, type PageKind } from '../../schemas/index.ts';
import type { z } from 'astro/zod';
import type { ContentTree, PageFile } from './load.ts';
import { parseOptions, zodProblems } from './zod-problems.ts';
import { lineOf, type YamlSource } from './yaml-source.ts';
import { checkDanishNumbers } from './danish-numbers.ts';
import { descriptionAt, expectsNumber } from '../../schemas/walk.ts';
import { fullPageSchemas } from './page-schemas.ts';
import { didYouMean } from '../../util/closest.ts';
import type { Problem } from '../problem.ts';

export interface ValidPage {
	page: PageFile;
	kind: PageKind;
	schema: z.ZodType;
	data: Record<string, unknown> & { type: PageKind; id?: string };
}

interface ValidEntry {
	file: string;
	line: number;
	/** Index of the entry in its file: the first element of every path into it. */
	index: number;
	source: YamlSource;
	schema: z.ZodType;
	data: Record<string, unknown>;
}

export interface ValidContent {
	pages: ValidPage[];
	data: Partial<Record<DataName, ValidEntry[]>>;
	costModel?: { file: string; source: YamlSource; schema: z.ZodType; data: z.infer<typeof omkostningsmodelSchema> };
	problems: Problem[];
	/** Pages and entries the schema rejected, as written: their ids still exist for other files' references. */
	rejected: { file: string; source: YamlSource; schema: z.ZodType; raw: unknown; prefix: (string | number)[]; kind?: PageKind }[];
}

/** Validates one YAML value against a schema, Danish numbers first; returns the data or undefined. */
function parseWith(file: string, source: YamlSource, schema: z.ZodType, value: unknown, where: string, problems: Problem[], prefix: (string | number)[] = [], rejected?: ValidContent['rejected'], kind?: PageKind): unknown {
	const numbers = checkDanishNumbers(file, source, (path) => path.length >= prefix.length && prefix.every((p, i) => path[i] === p) && expectsNumber(schema, path.slice(prefix.length)));
	// A data file is checked entry by entry; report its number problems with the entry they are in.
	const own = numbers.problems.filter((p) => prefix.length === 0 || p.field === prefix.join('.') || p.field.startsWith(`${prefix.join('.')}.`));
	problems.push(...own);
	const result = schema.safeParse(value, parseOptions);
	if (result.success && own.length === 0) return result.data;
	rejected?.push({ file, source, schema, raw: value, prefix, kind });
	if (!result.success) {
		const found = zodProblems(result.error, { file, source, schema, describe: (p) => descriptionAt(schema, p), pathPrefix: prefix, where });
		// A number problem already says what is wrong with that field; Zod would only repeat it.
		problems.push(...found.filter((p) => !numbers.covered.has(p.field)));
	}
	return undefined;
}

export function validate(tree: ContentTree): ValidContent {
	const problems: Problem[] = [...tree.problems];
	const pages: ValidPage[] = [];
	const rejected: ValidContent['rejected'] = [];
	for (const page of tree.pages) {
		if (page.frontmatter.syntaxErrors.length) {
			// Unreadable front matter is reported by load.ts; its id is its file name, so references to it stand.
			const kind = (Object.entries(KIND_FOLDERS).find(([, folder]) => folder === page.slug.split('/')[0])?.[0] ?? 'side') as PageKind;
			rejected.push({ file: page.file, source: page.frontmatter, schema: fullPageSchemas[kind], raw: { id: page.slug.split('/').pop() }, prefix: [], kind });
			continue;
		}
		const fm = page.frontmatter.data;
		if (!fm || typeof fm !== 'object' || Array.isArray(fm)) {
			problems.push({ file: page.file, line: 1, field: '', message: 'forsiden (front matter) er tom eller ikke en gruppe felter.', fix: 'skriv mindst "title:" og "type:" mellem de to linjer med "---".' });
			continue;
		}
		const type = (fm as Record<string, unknown>).type;
		if (typeof type !== 'string' || !PAGE_KINDS.includes(type as PageKind)) {
			problems.push({
				file: page.file,
				line: lineOf(page.frontmatter, ['type']),
				field: 'type',
				message: type === undefined ? 'feltet mangler.' : `"${typeof type === 'string' || typeof type === 'number' || typeof type === 'boolean' ? String(type) : JSON.stringify(type)}" er ikke en sidetype${typeof type === 'string' ? didYouMean(type, PAGE_KINDS) : ''}.`,
				fix: `skriv én af: ${PAGE_KINDS.join(', ')}.`,
			});
			continue;
		}
		const kind = type as PageKind;
		const schema = fullPageSchemas[kind];
		const data = parseWith(page.file, page.frontmatter, schema, fm, 'forsiden (front matter)', problems, [], rejected, kind) as ValidPage['data'] | undefined;
		if (!data) continue;
		const folder = KIND_FOLDERS[kind];
		const top = page.slug.split('/')[0];
		if (folder && top !== folder) {
			problems.push({ file: page.file, line: lineOf(page.frontmatter, ['type']), field: 'type', message: `en side af typen "${kind}" skal ligge i mappen content/${folder}/.`, fix: `flyt filen til content/${folder}/ eller ret "type".` });
			continue;
		}
		if (KINDS_WITH_ID.includes(kind)) {
			const stem = page.slug.split('/').pop();
			if (data.id !== stem) {
				problems.push({ file: page.file, line: lineOf(page.frontmatter, ['id']), field: 'id', message: `id "${data.id}" passer ikke med filnavnet "${stem}".`, fix: `omdøb filen til ${data.id}${page.file.slice(page.file.lastIndexOf('.'))} eller ret id til "${stem}".` });
				continue;
			}
		}
		pages.push({ page, kind, schema, data });
	}

	const data: ValidContent['data'] = {};
	let costModel: ValidContent['costModel'];
	for (const file of tree.data) {
		if (file.source.syntaxErrors.length) {
			for (const err of file.source.syntaxErrors) problems.push({ file: file.file, line: err.line, field: '', message: `filen er ikke gyldig YAML: ${err.message}.`, fix: 'tjek indrykning, kolon efter hvert feltnavn, bindestreger foran hvert element og anførselstegn om tekst med kolon.' });
			continue;
		}
		const where = `content/data/${file.name}.yaml`;
		if (file.name === 'omkostningsmodel') {
			const parsed = parseWith(file.file, file.source, omkostningsmodelSchema, file.source.data, where, problems);
			if (parsed) costModel = { file: file.file, source: file.source, schema: omkostningsmodelSchema, data: parsed as z.infer<typeof omkostningsmodelSchema> };
			continue;
		}
		if (!(file.name in dataSchemas)) {
			problems.push({ file: file.file, line: 1, field: '', message: `"${file.name}.yaml" er ikke en kendt datafil${didYouMean(file.name, Object.keys(dataSchemas))}.`, fix: `datafiler hedder: ${[...Object.keys(dataSchemas), 'omkostningsmodel'].join(', ')}.` });
			continue;
		}
		const name = file.name as DataName;
		const schema = dataSchemas[name];
		if (!Array.isArray(file.source.data)) {
			problems.push({ file: file.file, line: 1, field: '', message: 'filen skal være en liste, hvor hvert element begynder med "- ".', fix: 'se de andre filer i content/data/ som eksempel.' });
			continue;
		}
		const entries: ValidEntry[] = [];
		file.source.data.forEach((entry: unknown, index: number) => {
			const parsed = parseWith(file.file, file.source, schema, entry, where, problems, [index], rejected);
			if (parsed) entries.push({ file: file.file, line: lineOf(file.source, [index]), index, source: file.source, schema, data: parsed as Record<string, unknown> });
		});
		data[name] = entries;
	}
	return { pages, data, costModel, problems, rejected };
}
