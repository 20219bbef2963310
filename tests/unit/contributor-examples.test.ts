// The contributor guide's copy-ready examples must be valid content: every ```yaml block in the
// guide pages and CONTRIBUTING.md is validated with the same schemas as the real pages. A block
// with a `type:` is page front matter; a block titled title="content/data/<name>.yaml" is a data
// file excerpt. Any other yaml block fails, so no example escapes the check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { dataSchemas, type DataName, type PageKind } from '../../src/schemas/index.ts';
import { fullPageSchemas } from '../../src/checks/content/page-schemas.ts';

// Page examples are checked with the schema Astro applies: Starlight's fields (title, …) and ours, strict.
const pageSchema = { safeParse: (data: unknown) => (fullPageSchemas[(data as { type: PageKind }).type] ?? z.never()).safeParse(data) };
import { ROOT } from '../helpers/content-fixture.ts';

interface Example {
	file: string;
	line: number;
	meta: string;
	text: string;
}

function guideFiles(): string[] {
	const out = [join(ROOT, 'CONTRIBUTING.md')];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const abs = join(dir, name);
			if (statSync(abs).isDirectory()) walk(abs);
			else if (/\.mdx?$/.test(name)) out.push(abs);
		}
	};
	walk(join(ROOT, 'content/bidrag'));
	return out;
}

export function yamlExamples(file: string): Example[] {
	const text = readFileSync(file, 'utf8');
	const examples: Example[] = [];
	for (const m of text.matchAll(/^```ya?ml([^\n]*)\n([\s\S]*?)^```$/gm)) {
		examples.push({ file: relative(ROOT, file), line: text.slice(0, m.index).split('\n').length, meta: m[1].trim(), text: m[2] });
	}
	return examples;
}

const examples = guideFiles().flatMap(yamlExamples);

test('the guide has a front-matter example for each page kind a contributor adds', () => {
	const kinds = new Set(examples.map((e) => (parse(e.text) as { type?: string } | null)?.type).filter(Boolean));
	for (const kind of ['krav', 'foranstaltning', 'drejebog', 'erfaring']) assert.ok(kinds.has(kind), `no example with type: ${kind}`);
	assert.ok(
		examples.some((e) => e.file === 'CONTRIBUTING.md'),
		'CONTRIBUTING.md has examples',
	);
});

for (const example of examples) {
	test(`example is valid: ${example.file}:${example.line}`, () => {
		const data = parse(example.text) as unknown;
		const dataFile = /title="content\/data\/([a-z]+)\.yaml"/.exec(example.meta)?.[1];
		if (dataFile) {
			assert.ok(dataFile in dataSchemas, `${dataFile}.yaml is not a data file`);
			const result = z.array(dataSchemas[dataFile as DataName]).safeParse(data);
			assert.ok(result.success, `${example.file}:${example.line}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
			return;
		}
		assert.ok(
			data && typeof data === 'object' && 'type' in data,
			`${example.file}:${example.line}: a yaml example must be page front matter (with type:) or be titled title="content/data/<name>.yaml"`,
		);
		assert.equal(typeof (data as { title?: unknown }).title, 'string', `${example.file}:${example.line}: front matter needs a title`);
		const result = pageSchema.safeParse(data);
		assert.ok(result.success, `${example.file}:${example.line}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	});
}

test('a broken example would be caught (the check is not vacuous)', () => {
	const krav = examples.find((e) => /^type: krav$/m.test(e.text));
	assert.ok(krav);
	assert.equal(pageSchema.safeParse(parse(krav.text.replace(/^status: \S+$/m, 'status: vedtaget'))).success, false);
});
