// The reference check has no table of fields: a field built from an exported id schema is checked
// wherever it is. This proves it for a field no check knows by name, shaped like the outcomes
// (udfald) other work adds to requirements: nested in a list, pointing at measures and CIR points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { kravSchema } from '../../src/schemas/krav.ts';
import { foranstaltningId, foranstaltningSchema } from '../../src/schemas/foranstaltning.ts';
import { cirSection } from '../../src/schemas/iso27001.ts';
import { parseYaml } from '../../src/checks/content/yaml-source.ts';
import { checkReferences, collectIds } from '../../src/checks/content/references.ts';
import { checkLists } from '../../src/checks/content/consistency.ts';
import { parseOptions, zodProblems } from '../../src/checks/content/zod-problems.ts';
import type { ValidContent, ValidPage } from '../../src/checks/content/validate.ts';

const schema = kravSchema.extend({
	udfald: z
		.array(z.strictObject({ id: z.string().regex(/^u\d{1,2}$/), foranstaltninger: z.array(foranstaltningId).min(1), cir: z.array(cirSection).default([]) }))
		.default([]),
});

const yaml = `type: krav
id: k-20
kilder: [{ kilde: nis2-loven, henvisning: § 7 }]
resume: Ledelsesorganet skal godkende foranstaltningerne og føre tilsyn.
status: udkast
sidstGennemgaaet: 2026-11-30
ejer: Referencegruppen
udfald:
  - id: u1
    foranstaltninger: [f-001, f-999, f-001]
    cir: ["11.7"]
`;

function content(text: string): { content: ValidContent; problems: ReturnType<typeof zodProblems> } {
	const frontmatter = parseYaml(text, 2);
	const result = schema.safeParse(frontmatter.data, parseOptions);
	const page = {
		page: { file: 'content/krav/k-20.mdx', slug: 'krav/k-20', frontmatter, body: 'Tekst.', bodyLine: 14 },
		kind: 'krav',
		schema,
		data: result.data,
	} as unknown as ValidPage;
	// f-001 exists: its page's id field is the real schema's definition().
	const measure = {
		page: { file: 'content/foranstaltninger/f-001.mdx', slug: 'foranstaltninger/f-001', frontmatter: parseYaml('id: f-001\n', 2), body: 'x', bodyLine: 5 },
		kind: 'foranstaltning',
		schema: foranstaltningSchema.pick({ id: true }),
		data: { id: 'f-001' },
	} as unknown as ValidPage;
	return {
		content: { pages: result.success ? [page, measure] : [measure], data: {}, problems: [], rejected: [] },
		problems: result.success
			? []
			: zodProblems(result.error, { file: page.page.file, source: frontmatter, schema, describe: () => undefined, where: 'forsiden' }),
	};
}

test('a new nested field using foranstaltningId is checked without being named anywhere', () => {
	const { content: c } = content(yaml);
	const uses = collectIds(c);
	// (kilder.0.kilde is dangling too: this tree has no kilder.yaml; only the new field matters here.)
	const problems = checkReferences(c, uses).filter((p) => p.field.startsWith('udfald'));
	assert.deepEqual(
		problems.map((p) => [p.field, p.line, p.message]),
		[['udfald.0.foranstaltninger.1', 11, 'henviser til foranstaltning "f-999", som ikke findes.']],
	);
	assert.deepEqual(
		checkLists(uses).map((p) => [p.field, p.message]),
		[['udfald.0.foranstaltninger.2', '"f-001" står to gange i listen (også i linje 11).']],
	);
});

test('a new field using cirSection is held to the full list of annex points', () => {
	const { problems } = content(yaml.replace('cir: ["11.7"]', 'cir: ["11.7", "2.9"]'));
	assert.equal(problems.length, 1);
	assert.equal(problems[0].field, 'udfald.0.cir.1');
	assert.match(problems[0].message, /"2\.9" er ikke et afsnit i bilaget til forordning \(EU\) 2024\/2690/);
});
