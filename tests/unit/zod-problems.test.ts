// One test per Zod issue code: the Danish message is built from the structured fields
// (expected type, bound, allowed values, unknown key), names the line, and never leaks Zod's English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { parseYaml } from '../../src/checks/content/yaml-source.ts';
import { parseOptions, zodProblems } from '../../src/checks/content/zod-problems.ts';
import { formatProblem } from '../../src/checks/content/index.ts';

function problemsFor(schema: z.ZodType, yaml: string) {
	const source = parseYaml(yaml, 1);
	const result = schema.safeParse(source.data, parseOptions);
	assert.equal(result.success, false, 'the value should be rejected');
	const problems = zodProblems(result.error, { file: 'x.yaml', source, schema, describe: () => undefined, where: 'filen' });
	for (const p of problems) assert.doesNotMatch(formatProblem(p), /Invalid|expected|received|Too (small|big)|Unrecognized/);
	return problems;
}

const one = (schema: z.ZodType, yaml: string) => {
	const problems = problemsFor(schema, yaml);
	assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
	return problems[0];
};

test('invalid_type, value absent: "feltet mangler"', () => {
	const p = one(z.strictObject({ a: z.string(), b: z.number() }), 'a: x\n');
	assert.equal(p.field, 'b');
	assert.equal(p.message, 'feltet mangler.');
	assert.match(p.fix, /tilføj "b:" i filen/);
});

test('invalid_type, value present: "forkert type" with the value found, never "mangler"', () => {
	const p = one(z.strictObject({ antal: z.number() }), 'antal: "12"\n');
	assert.match(p.message, /^forkert type: fandt "12" \(tekst\), men feltet skal være et tal\.$/);
	assert.match(p.fix, /skriv kun tallet/);
	const list = one(z.strictObject({ krav: z.array(z.string()) }), 'krav: k-20\n');
	assert.match(list.message, /forkert type: fandt "k-20" \(tekst\), men feltet skal være en liste/);
	const nothing = one(z.strictObject({ navn: z.string() }), 'navn:\n');
	assert.match(nothing.message, /forkert type: fandt null \(ingenting\), men feltet skal være tekst/);
});

test('too_small for text, numbers and lists', () => {
	assert.match(one(z.strictObject({ t: z.string().min(5) }), 't: ab\n').message, /"ab" er for lille: skal have mindst 5 tegn/);
	assert.match(one(z.strictObject({ n: z.number().min(1) }), 'n: 0\n').message, /0 er for lille: skal være mindst 1/);
	assert.match(one(z.strictObject({ l: z.array(z.string()).length(3) }), 'l: [a]\n').message, /skal have præcis 3 elementer/);
});

test('too_big', () => {
	const p = one(z.strictObject({ fase: z.number().max(9) }), 'fase: 12\n');
	assert.match(p.message, /^12 er for stor: må højst være 9\.$/);
	assert.match(p.fix, /ret værdien, så den må højst være 9/);
});

test('invalid_value: allowed values listed, the nearest offered in the fix', () => {
	const p = one(z.strictObject({ s: z.enum(['udkast', 'godkendt']) }), 's: godkent\n');
	assert.match(p.message, /værdien "godkent" er ikke gyldig: skal være en af: udkast, godkendt\./);
	assert.match(p.fix, /ret til "godkendt"/);
	assert.match(one(z.strictObject({ type: z.literal('krav') }), 'type: kra\n').message, /skal være "krav"/);
});

test('invalid_format: url and pattern', () => {
	assert.match(
		one(z.strictObject({ url: z.url() }), 'url: ikke-en-adresse\n').message,
		/har ikke det rigtige format: skal være en fuld adresse, der begynder med https:\/\//,
	);
	assert.match(one(z.strictObject({ id: z.string().regex(/^f-\d{3}$/) }), 'id: f7\n').message, /skal passe til mønsteret/);
});

test('not_multiple_of', () => {
	assert.match(one(z.strictObject({ n: z.number().multipleOf(5) }), 'n: 7\n').message, /7 er ikke gyldig: skal gå op i 5/);
});

test('unrecognized_keys: one problem per key, on its own line, with "mente du"', () => {
	const problems = problemsFor(
		z.strictObject({ sidstGennemgaaet: z.string().optional(), titel: z.string() }),
		'titel: x\nsidstGennemgået: y\nhelt-ukendt: z\n',
	);
	assert.equal(problems.length, 2);
	assert.equal(problems[0].line, 2);
	assert.match(problems[0].message, /ukendt felt "sidstGennemgået" \(mente du "sidstGennemgaaet"\?\)/);
	assert.equal(problems[1].line, 3);
	assert.match(problems[1].fix, /brug et af de kendte felter: sidstGennemgaaet, titel/);
});

test('invalid_union: the branch that came closest is reported', () => {
	const p = one(z.strictObject({ v: z.union([z.strictObject({ a: z.number() }), z.string()]) }), 'v:\n  a: x\n');
	assert.match(p.message, /forkert type: fandt "x" \(tekst\), men feltet skal være et tal/);
	assert.equal(p.field, 'v.a');
});

test('invalid_key: a record key that breaks its rule', () => {
	const p = one(z.strictObject({ timer: z.record(z.string().regex(/^[a-z-]+$/), z.number()) }), 'timer:\n  IT-chef: 3\n');
	assert.match(p.message, /^navnet "IT-chef" kan ikke bruges her: /);
});

test("custom: the schema's own Danish text", () => {
	const p = one(z.strictObject({ d: z.string().refine((v) => v < '2030', { error: 'datoen ligger i fremtiden' }) }), 'd: "2099"\n');
	assert.equal(p.message, 'datoen ligger i fremtiden.');
});
