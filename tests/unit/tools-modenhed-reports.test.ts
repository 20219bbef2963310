// What the self-assessment reports from an assessment: grades per requirement keep "ikke vurderet"
// apart from "under målniveau"; the action list and the cost of closing the gaps; the council
// report, the CSV and the benchmark file come from the same numbers. The file model (import,
// quarantine, migration, merge) is in tools-modenhed.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newVurdering } from '../../src/tools/modenhed/vurdering.ts';
import { benchmark, handlinger, lukning, perKrav, udfaldRows } from '../../src/tools/modenhed/opsummering.ts';
import { raadsrapport } from '../../src/tools/modenhed/raadsrapport.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { totalsFor } from '../../src/lib/costs.ts';
import { readBenchmark } from '../helpers/modenhed-files.ts';
import { filled, K1, KRAV, T } from '../helpers/modenhed-katalog.ts';

test('grades per requirement: unassessed is counted apart and never as under the target', () => {
	const rows = perKrav(filled(), K1);
	assert.deepEqual(
		rows.map((r) => r.krav.id),
		['k-20', 'k-21-2-a'],
		'requirements without outcomes are left out',
	);
	assert.deepEqual(rows[0], { krav: KRAV[0], antal: 2, karakterer: { 'ikke-opfyldt': 1, 'delvist-opfyldt': 0, opfyldt: 1 }, ikkeVurderet: 0, underMaal: 1 });
	const empty = perKrav(newVurdering(K1), K1);
	assert.deepEqual(
		empty.map((r) => [r.ikkeVurderet, r.underMaal]),
		[
			[2, 0],
			[1, 0],
		],
	);
	const partial = { ...filled(), maalniveau: 'delvist-opfyldt' as const };
	assert.deepEqual(
		perKrav(partial, K1).map((r) => r.underMaal),
		[1, 0],
	);
});

test('actions: "ikke opfyldt" first; the cost of closing the gaps leaves out implemented measures', () => {
	const list = handlinger(filled(), K1);
	assert.deepEqual(
		list.map((h) => h.udfald.key),
		['k-20:u2', 'k-21-2-a:u1'],
	);
	assert.deepEqual(
		list[1].foranstaltninger.map((f) => f.id),
		['f-003'],
		'f-001 is implemented',
	);
	const l = lukning(list, K1);
	assert.deepEqual(
		l.foranstaltninger.map((f) => f.id),
		['f-002', 'f-003'],
	);
	assert.deepEqual(l.total.mellem, totalsFor([K1.foranstaltninger[1], K1.foranstaltninger[2]], 'mellem'));
});

test('the council report: summary, grades, costs from the cost model and decisions', () => {
	const v = { ...filled(), stoerrelse: 'mellem' as const };
	const r = raadsrapport(v, K1, (s) => ({ lille: 'Lille kommune', mellem: 'Mellemstor kommune', stor: 'Stor kommune' })[s], new Date(T));
	assert.equal(r.titel, 'Årlig NIS2-status til kommunalbestyrelsen');
	assert.match(r.udgave, /Katalogudgave 0\.1\.0 \(abc1234\) af 1\. december 2026/);
	assert.match(r.resume[0], /vurderet 3 af 3 udfald/);
	assert.match(r.omkostninger.tekst, /mellemstor kommune skønsmæssigt 10\.400 kr\. én gang og 1\.040 kr\. om året/);
	assert.ok(r.beslutninger.some((b) => b.includes('handlingslisten med 2 huller og at afsætte skønsmæssigt 10.400 kr.')));
	const none = raadsrapport(newVurdering(K1), K1, (s) => s, new Date(T));
	assert.match(none.resume[0], /endnu ikke vurderet nogen/);
	assert.equal(none.handlinger.length, 0);
	assert.ok(none.beslutninger.some((b) => b.includes('vurdere de 3 udfald')));
});

test('the CSV has Danish headers and goes through the one CSV writer', () => {
	const csv = toCsv(udfaldRows(filled(), K1, 'https://example.invalid'));
	assert.ok(
		csv.startsWith(
			'\uFEFFUdfald;Krav;Titel;Vurdering;Målniveau;Under målniveau;Kendetegn, der passer;Evidens;Ejer;Måldato;Noter;Foranstaltninger;Adresse\r\n',
		),
	);
	assert.match(
		csv,
		/k-20:u1;Ledelsens ansvar;Udfald k-20:u1;Opfyldt;Opfyldt;nej;Opfyldt: Alt er gjort og beskrevet\.;"Politik v\. 2, godkendt 3\.3\.2026; ""citat""; semikolon;"/,
	);
	assert.match(csv, /k-20:u2;Ledelsens ansvar;Udfald k-20:u2;Ikke opfyldt;Opfyldt;ja;/);
});

test('the benchmark file holds grades per outcome, size class and edition, and nothing else', () => {
	const v = { ...filled(), stoerrelse: 'lille' as const };
	const file = readBenchmark(benchmark(v, K1));
	assert.deepEqual(Object.keys(file).sort(), ['format', 'karakterer', 'katalogUdgave', 'katalogVersion', 'stoerrelse', 'version']);
	assert.deepEqual(file.karakterer, { 'k-20:u1': 'opfyldt', 'k-20:u2': 'ikke-opfyldt', 'k-21-2-a:u1': 'delvist-opfyldt' });
	assert.equal(file.stoerrelse, 'lille');
	const text = benchmark(v, K1);
	for (const secret of ['Direktionen', 'Politik', 'æøå']) assert.ok(!text.includes(secret), secret);
});
