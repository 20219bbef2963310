// The OSCAL export must have the structure of a NIST OSCAL 1.1 catalog and hold every measure
// exactly once, in the group of its first requirement. Reads dist/ (run `npx astro build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureFrontMatter, readBuilt } from '../helpers/built-site.ts';
import { uuidV5 } from '../../src/lib/oscal.ts';

const catalog = JSON.parse(readBuilt('data/oscal-catalog.json')).catalog;
const measures = measureFrontMatter();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TOKEN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const controls = catalog.groups.flatMap((g: any) => (g.controls ?? []).map((c: any) => ({ group: g.id, c })));

test('catalog has a stable uuid and the required metadata', () => {
	assert.match(catalog.uuid, UUID);
	assert.equal(catalog.uuid, uuidV5('nis2-drejebogen/foranstaltningskatalog'), 'the uuid is derived from a fixed name, not random per build');
	const m = catalog.metadata;
	assert.ok(m.title?.length > 0);
	assert.ok(!Number.isNaN(Date.parse(m['last-modified'])) && /(Z|[+-]\d{2}:\d{2})$/.test(m['last-modified']), 'last-modified is a date-time with time zone');
	assert.ok(m.version?.length > 0);
	assert.equal(m['oscal-version'], '1.1.2');
});

test('groups are requirements with id, title and controls with id, title, parts and props', () => {
	assert.ok(catalog.groups.length > 0);
	for (const g of catalog.groups) {
		assert.match(g.id, TOKEN);
		assert.ok(g.title?.length > 0, `group ${g.id} has a title`);
	}
	for (const { c } of controls) {
		assert.match(c.id, TOKEN);
		assert.ok(c.title?.length > 0);
		assert.deepEqual(c.parts.map((p: any) => p.name), ['statement', 'guidance', 'evidence'], `${c.id} parts`);
		for (const p of c.parts) assert.ok(p.prose?.length > 0, `${c.id} ${p.name} has prose`);
		for (const p of c.props) {
			assert.match(p.name, TOKEN);
			assert.equal(typeof p.value, 'string');
			assert.ok(p.value.length > 0, `${c.id} prop ${p.name} has a value`);
		}
		const prop = (name: string) => c.props.filter((p: any) => p.name === name).map((p: any) => p.value);
		assert.equal(prop('niveau').length, 1, `${c.id} has its tier`);
		for (const s of ['lille', 'mellem', 'stor']) for (const k of ['engang', 'aarlig', 'aarsvaerk']) assert.equal(prop(`${k}-${s}`).length, 1, `${c.id} has ${k}-${s}`);
	}
});

test('every measure appears exactly once, in the group of its first requirement', () => {
	const ids = controls.map(({ c }: any) => c.id);
	assert.equal(ids.length, new Set(ids).size, 'no measure appears twice');
	assert.deepEqual([...ids].sort(), measures.map((m) => m.id).sort());
	for (const m of measures) {
		const found = controls.find(({ c }: any) => c.id === m.id);
		assert.equal(found.group, m.krav[0], `${m.id} sits under its first requirement`);
		const krav = found.c.props.filter((p: any) => p.name === 'krav').map((p: any) => p.value);
		assert.deepEqual(krav, m.krav, `${m.id} lists all its requirements`);
		assert.deepEqual(found.c.props.filter((p: any) => p.name === 'iso27001-2022').map((p: any) => p.value), m.iso27001 ?? []);
	}
});

test('links to other requirements point at groups that exist', () => {
	const groupIds = new Set(catalog.groups.map((g: any) => g.id));
	for (const { c } of controls) for (const l of c.links.filter((x: any) => x.href.startsWith('#'))) assert.ok(groupIds.has(l.href.slice(1)), `${c.id} → ${l.href}`);
});
