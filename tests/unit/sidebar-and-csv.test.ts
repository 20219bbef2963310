// Pure helpers behind every page: the per-chapter sidebar and the CSV export format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimSidebar } from '../../src/lib/sidebar-trim.ts';
import { toCsv } from '../../src/lib/csv.ts';

const link = (label: string, href: string, isCurrent = false) => ({ type: 'link' as const, label, href, isCurrent, badge: undefined, attrs: {} });
const group = (label: string, entries: ReturnType<typeof link>[]) => ({ type: 'group' as const, label, entries, collapsed: true, badge: undefined });

test('only the chapter holding the current page keeps its links', () => {
	const sidebar = [
		link('Forside', '/'),
		group('Krav', [link('Oversigt', '/krav/'), link('Ledelse', '/krav/k-20/', true)]),
		group('Drejebog', [link('Oversigt', '/drejebog/'), link('Trin 1', '/drejebog/d-0-01/')]),
	];
	const trimmed = trimSidebar(sidebar);
	assert.equal(trimmed.length, 3);
	assert.deepEqual(trimmed[1], { ...sidebar[1], collapsed: false });
	assert.deepEqual(trimmed[2], {
		type: 'link',
		label: 'Drejebog',
		href: '/drejebog/',
		isCurrent: false,
		badge: undefined,
		attrs: { 'data-chapter-link': '' },
	});
});

test('the trimmed sidebar does not grow with the size of other chapters', () => {
	const big = group(
		'Foranstaltninger',
		Array.from({ length: 5000 }, (_, i) => link(`F ${i}`, `/foranstaltninger/f-${i}/`)),
	);
	const size = (n: number) =>
		JSON.stringify(trimSidebar([group('Krav', [link('K', '/krav/k-20/', true)]), { ...big, entries: big.entries.slice(0, n) }])).length;
	assert.equal(size(10), size(5000));
});

test('CSV for Danish Excel: BOM, semicolons, decimal commas, flattened columns, quoting', () => {
	const csv = toCsv([
		{ id: 'f-001', title: 'Politik; godkendt', krav: ['k-20', 'k-21-2-a'], omkostninger: { lille: { engang: 1000, aarsvaerk: 0.25 } } },
		{ id: 'f-002', title: 'Han sagde "ja"', krav: [], omkostninger: { lille: { engang: 0, aarsvaerk: 1 } } },
	]);
	assert.ok(csv.startsWith('\uFEFF'));
	const lines = csv.slice(1).split('\r\n');
	assert.equal(lines[0], 'id;title;krav;omkostninger.lille.engang;omkostninger.lille.aarsvaerk');
	assert.equal(lines[1], 'f-001;"Politik; godkendt";k-20 | k-21-2-a;1000;0,25');
	assert.equal(lines[2], 'f-002;"Han sagde ""ja""";;0;1');
	assert.equal(lines[3], '');
});

test("CSV: a list of groups (a requirement's outcomes) becomes numbered columns, one row per page", () => {
	const csv = toCsv([
		{
			id: 'k-20',
			udfald: [
				{ noegle: 'k-20:u1', indikatorer: { opfyldt: ['Referat med dato', 'Årlig status'] } },
				{ noegle: 'k-20:u2', indikatorer: { opfyldt: ['Kursusliste'] } },
			],
		},
		{ id: 'k-15', udfald: [] },
	]);
	const lines = csv.slice(1).split('\r\n');
	assert.equal(lines[0], 'id;udfald.1.noegle;udfald.1.indikatorer.opfyldt;udfald.2.noegle;udfald.2.indikatorer.opfyldt;udfald');
	assert.equal(lines[1], 'k-20;k-20:u1;Referat med dato | Årlig status;k-20:u2;Kursusliste;');
	assert.equal(lines[2], 'k-15;;;;;');
});

test('inside the current chapter, only the group holding the current page is listed in full', () => {
	const phase = (n: number, current = false) =>
		group(
			`Fase ${n}`,
			Array.from({ length: 40 }, (_, i) => link(`Trin ${n}.${i}`, `/drejebog/d-${n}-${i}/`, current && i === 3)),
		);
	const chapter = { ...group('Drejebog', [link('Oversigt', '/drejebog/')]), entries: [link('Oversigt', '/drejebog/'), phase(1), phase(2, true), phase(3)] };
	const [trimmed] = trimSidebar([chapter]);
	assert.equal(trimmed.type, 'group');
	if (trimmed.type !== 'group') return;
	const [overview, one, two, three] = trimmed.entries;
	assert.equal(overview.type, 'link');
	assert.deepEqual([one.type, two.type, three.type], ['link', 'group', 'link']);
	assert.equal(one.type === 'link' && one.href, '/drejebog/d-1-0/');
	assert.equal(two.type === 'group' && two.entries.length, 40);
});
