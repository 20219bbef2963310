// Validates every page's front matter and every data entry against the schemas in src/schemas.
import { dataSchemas, KIND_FOLDERS, omkostningsmodelSchema, pageSchemas, PAGE_KINDS, type DataName, type PageKind } from '../../src/schemas/index.ts';
import type { ContentTree, PageFile } from './load.ts';
import { describeField } from './describe.ts';
import { zodProblems } from './zod-problems.ts';
import { lineOf } from './yaml-source.ts';
import type { Problem } from './problem.ts';

export interface ValidPage {
	page: PageFile;
	kind: PageKind;
	data: Record<string, unknown> & { type: PageKind; id?: string };
}

export interface ValidEntry {
	file: string;
	line: number;
	data: Record<string, unknown>;
}

export interface ValidContent {
	pages: ValidPage[];
	data: Partial<Record<DataName, ValidEntry[]>>;
	costModel?: Record<string, unknown>;
	problems: Problem[];
}

/** Pages whose kind carries an id, and must therefore be named after it. */
const KINDS_WITH_ID: PageKind[] = ['krav', 'foranstaltning', 'drejebog'];

export function validate(tree: ContentTree): ValidContent {
	const problems: Problem[] = [...tree.problems];
	const pages: ValidPage[] = [];
	for (const page of tree.pages) {
		if (page.frontmatter.syntaxErrors.length) continue;
		const fm = page.frontmatter.data;
		if (!fm || typeof fm !== 'object') {
			problems.push({ file: page.file, line: 1, field: '', message: 'forsiden (front matter) er tom.', fix: 'tilføj mindst "title:" og "type:".' });
			continue;
		}
		const type = (fm as Record<string, unknown>).type;
		if (typeof type !== 'string' || !PAGE_KINDS.includes(type as PageKind)) {
			problems.push({
				file: page.file,
				line: lineOf(page.frontmatter, ['type']),
				field: 'type',
				message: type === undefined ? 'feltet mangler.' : `"${String(type)}" er ikke en sidetype.`,
				fix: `skriv én af: ${PAGE_KINDS.join(', ')}.`,
			});
			continue;
		}
		const kind = type as PageKind;
		const schema = pageSchemas[kind];
		const result = schema.safeParse(fm);
		if (!result.success) {
			problems.push(...zodProblems(page.file, page.frontmatter, result.error, (p) => describeField(schema, p)));
			continue;
		}
		if (typeof (fm as Record<string, unknown>).title !== 'string') {
			problems.push({ file: page.file, line: 1, field: 'title', message: 'feltet mangler.', fix: 'tilføj "title:" med sidens overskrift.' });
			continue;
		}
		const folder = KIND_FOLDERS[kind];
		const top = page.slug.split('/')[0];
		if (folder && top !== folder) {
			problems.push({ file: page.file, line: lineOf(page.frontmatter, ['type']), field: 'type', message: `en side af typen "${kind}" skal ligge i mappen content/${folder}/.`, fix: `flyt filen til content/${folder}/ eller ret "type".` });
			continue;
		}
		const data = result.data as ValidPage['data'];
		if (KINDS_WITH_ID.includes(kind)) {
			const stem = page.slug.split('/').pop();
			if (data.id !== stem) {
				problems.push({ file: page.file, line: lineOf(page.frontmatter, ['id']), field: 'id', message: `id "${data.id}" passer ikke med filnavnet "${stem}".`, fix: `omdøb filen til ${data.id}${page.file.slice(page.file.lastIndexOf('.'))} eller ret id til "${stem}".` });
				continue;
			}
		}
		pages.push({ page, kind, data });
	}

	const data: ValidContent['data'] = {};
	let costModel: Record<string, unknown> | undefined;
	for (const file of tree.data) {
		if (file.source.syntaxErrors.length) {
			for (const err of file.source.syntaxErrors) problems.push({ file: file.file, line: err.line, field: '', message: `filen er ikke gyldig YAML: ${err.message}`, fix: 'tjek indrykning og bindestreger foran hvert element.' });
			continue;
		}
		if (file.name === 'omkostningsmodel') {
			const result = omkostningsmodelSchema.safeParse(file.source.data);
			if (result.success) costModel = result.data as Record<string, unknown>;
			else problems.push(...zodProblems(file.file, file.source, result.error, (p) => describeField(omkostningsmodelSchema, p)));
			continue;
		}
		if (!(file.name in dataSchemas)) {
			problems.push({ file: file.file, line: 1, field: '', message: `"${file.name}.yaml" er ikke en kendt datafil.`, fix: `datafiler hedder: ${[...Object.keys(dataSchemas), 'omkostningsmodel'].join(', ')}.` });
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
			const result = schema.safeParse(entry);
			if (result.success) entries.push({ file: file.file, line: lineOf(file.source, [index]), data: result.data as Record<string, unknown> });
			else problems.push(...zodProblems(file.file, file.source, result.error, (p) => describeField(schema, p), [index]));
		});
		data[name] = entries;
	}
	return { pages, data, costModel, problems };
}
