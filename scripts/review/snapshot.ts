// One content tree read for comparison: every page's raw text and front matter, the data files and
// the valid measures' cost estimates. Reuses the content checker's loader and validator so the
// review sees exactly what the build sees.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadContent } from '../../src/checks/content/load.ts';
import { validate } from '../../src/checks/content/validate.ts';
import type { YamlSource } from '../../src/checks/content/yaml-source.ts';
import { pageKindInfo, type PageKind } from '../../src/schemas/page-kinds.ts';
import type { CostEstimate } from '../../src/schemas/foranstaltning.ts';
import { asText } from './as-text.ts';

export interface PageSnapshot {
	/** Path inside content/, e.g. "krav/k-20.mdx": the same in both trees. */
	path: string;
	kind: PageKind | 'ukendt';
	title: string;
	data: Record<string, unknown>;
	text: string;
	frontmatter: YamlSource;
}

export interface Snapshot {
	pages: Map<string, PageSnapshot>;
	data: Record<string, Record<string, unknown>[]>;
	costs: Map<string, { title: string; omkostninger: CostEstimate }>;
}

export function snapshot(root: string, contentDir: string): Snapshot {
	const tree = loadContent(root, contentDir);
	const valid = validate(tree);
	const inside = (file: string) => relative(contentDir, join(root, file)).split(sep).join('/');
	const pages = new Map<string, PageSnapshot>();
	for (const page of tree.pages) {
		const data = (page.frontmatter.data ?? {}) as Record<string, unknown>;
		// pageKindInfo, not `in`: a page saying "type: constructor" is of no known kind.
		const kind = pageKindInfo(data.type) ? (data.type as PageKind) : 'ukendt';
		const path = inside(page.file);
		pages.set(path, {
			path,
			kind,
			title: asText(data.title, path),
			data,
			text: readFileSync(join(root, page.file), 'utf8'),
			frontmatter: page.frontmatter,
		});
	}
	const data: Snapshot['data'] = {};
	for (const file of tree.data) data[file.name] = Array.isArray(file.source.data) ? (file.source.data as Record<string, unknown>[]) : [];
	const costs = new Map<string, { title: string; omkostninger: CostEstimate }>();
	for (const p of valid.pages) {
		if (p.kind === 'foranstaltning')
			costs.set(String(p.data.id), {
				title: String((p.page.frontmatter.data as { title?: string }).title ?? p.data.id),
				omkostninger: p.data.omkostninger as CostEstimate,
			});
	}
	return { pages, data, costs };
}
