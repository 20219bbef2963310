// The OSCAL export must have the structure of a NIST OSCAL 1.1 catalog and hold every measure
// exactly once, in the group of its first requirement. Reads dist/ (run `npx astro build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kravFrontMatter, measureFrontMatter, readBuilt } from '../helpers/built-site.ts';
import { uuidV5, type OscalCatalog } from '../../src/lib/oscal.ts';

const { catalog } = JSON.parse(readBuilt('data/oscal-catalog.json')) as OscalCatalog;
const measures = measureFrontMatter();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TOKEN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const controls = catalog.groups.flatMap((g) => (g.controls ?? []).map((c) => ({ group: g.id, c })));
/** Has text: the export must never write an empty title or prose. */
const filled = (text: string | undefined) => (text ?? '').length > 0;

test('catalog has a stable uuid and the required metadata', () => {
	assert.match(catalog.uuid, UUID);
	assert.equal(catalog.uuid, uuidV5('nis2-drejebogen/foranstaltningskatalog'), 'the uuid is derived from a fixed name, not random per build');
	const m = catalog.metadata;
	assert.ok(filled(m.title));
	assert.ok(!Number.isNaN(Date.parse(m['last-modified'])) && /(Z|[+-]\d{2}:\d{2})$/.test(m['last-modified']), 'last-modified is a date-time with time zone');
	assert.ok(filled(m.version));
	assert.equal(m['oscal-version'], '1.1.2');
});

test('groups are requirements with id, title and controls with id, title, parts and props', () => {
	assert.ok(catalog.groups.length > 0);
	for (const g of catalog.groups) {
		assert.match(g.id, TOKEN);
		assert.ok(filled(g.title), `group ${g.id} has a title`);
	}
	for (const { c } of controls) {
		assert.match(c.id, TOKEN);
		assert.ok(filled(c.title));
		assert.deepEqual(
			c.parts.map((p) => p.name),
			['statement', 'guidance', 'evidence'],
			`${c.id} parts`,
		);
		for (const p of c.parts) assert.ok(filled(p.prose), `${c.id} ${p.name} has prose`);
		for (const p of c.props) {
			assert.match(p.name, TOKEN);
			assert.equal(typeof p.value, 'string');
			assert.ok(p.value.length > 0, `${c.id} prop ${p.name} has a value`);
		}
		const prop = (name: string) => c.props.filter((p) => p.name === name).map((p) => p.value);
		assert.equal(prop('niveau').length, 1, `${c.id} has its tier`);
		for (const s of ['lille', 'mellem', 'stor'])
			for (const k of ['engang', 'aarlig', 'aarsvaerk']) assert.equal(prop(`${k}-${s}`).length, 1, `${c.id} has ${k}-${s}`);
	}
});

test('every measure appears exactly once, in the group of its first requirement', () => {
	const ids = controls.map(({ c }) => c.id);
	assert.equal(ids.length, new Set(ids).size, 'no measure appears twice');
	assert.deepEqual([...ids].sort(), measures.map((m) => m.id).sort());
	for (const m of measures) {
		const found = controls.find(({ c }) => c.id === m.id);
		assert.ok(found, `${m.id} is in the catalog`);
		assert.equal(found.group, m.krav[0], `${m.id} sits under its first requirement`);
		const krav = found.c.props.filter((p) => p.name === 'krav').map((p) => p.value);
		assert.deepEqual(krav, m.krav, `${m.id} lists all its requirements`);
		assert.deepEqual(
			found.c.props.filter((p) => p.name === 'iso27001-2022').map((p) => p.value),
			m.iso27001 ?? [],
		);
	}
});

test('links to other requirements point at groups that exist', () => {
	const groupIds = new Set(catalog.groups.map((g) => g.id));
	for (const { c } of controls)
		for (const l of c.links.filter((x) => x.href.startsWith('#'))) assert.ok(groupIds.has(l.href.slice(1)), `${c.id} → ${l.href}`);
});

test('every graded outcome of a requirement is an assessment-objective part of its group, with stable ids and the three grades', () => {
	const krav = kravFrontMatter().filter((k) => (k.udfald ?? []).length > 0);
	assert.ok(krav.length >= 15, 'the core requirements carry outcomes');
	const measureIds = new Set(measures.map((m) => m.id));
	for (const k of krav) {
		const group = catalog.groups.find((g) => g.id === k.id);
		assert.ok(group, `${k.id} has a group`);
		const udfald = k.udfald ?? [];
		const objectives = group.parts.filter((p) => p.name === 'assessment-objective');
		assert.deepEqual(
			objectives.map((p) => p.id),
			udfald.map((u) => `${k.id}_obj.${u.id}`),
			`${k.id}: one part per outcome, in order`,
		);
		for (const [i, u] of udfald.entries()) {
			const part = objectives[i];
			assert.match(part.id ?? '', TOKEN);
			assert.equal(part.title, u.titel);
			assert.equal(part.prose, u.beskrivelse);
			const prop = (name: string) => (part.props ?? []).filter((p) => p.name === name).map((p) => p.value);
			assert.deepEqual(prop('label'), [`${k.id}:${u.id}`], 'the label is the global outcome key');
			assert.deepEqual(prop('foranstaltning'), u.foranstaltninger);
			assert.deepEqual(prop('cir-2024-2690'), u.cir ?? []);
			for (const l of part.links ?? []) assert.ok(measureIds.has(l.href.slice(1)), `${part.id} → ${l.href} is a control in the catalog`);
			const grades = part.parts ?? [];
			assert.deepEqual(
				grades.map((p) => p.class),
				['ikke-opfyldt', 'delvist-opfyldt', 'opfyldt'],
			);
			const byGrade: Record<string, string | undefined> = Object.fromEntries(grades.map((p) => [p.class ?? '', p.prose]));
			assert.equal(byGrade.opfyldt, u.indikatorer.opfyldt.map((t) => `- ${t}`).join('\n'));
			assert.equal(byGrade['ikke-opfyldt'], u.indikatorer.ikkeOpfyldt.map((t) => `- ${t}`).join('\n'));
			for (const p of grades) assert.match(p.id ?? '', TOKEN);
		}
	}
	const ids = catalog.groups.flatMap((g) => g.parts.map((p) => p.id));
	assert.equal(ids.length, new Set(ids).size, 'part ids are unique in the catalog');
});
