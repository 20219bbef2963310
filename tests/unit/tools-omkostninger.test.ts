// The cost calculator: size class from the inhabitant count, totals equal to the sum of the
// measures' own figures, and the budget CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	beregningFor,
	csvRows,
	klasseForAnsatte,
	klasseForIndbyggere,
	readDanishNumber,
	type BeregnForanstaltning,
	type Klasse,
} from '../../src/tools/omkostninger/beregning.ts';
import { toCsv } from '../../src/lib/csv.ts';

const KLASSER: Klasse[] = [
	{ id: 'lille', navn: 'Lille', indbyggere: 'under 30.000', indbyggereFra: 0, ansatte: 2000 },
	{ id: 'mellem', navn: 'Mellem', indbyggere: '30.000–100.000', indbyggereFra: 30000, ansatte: 5000 },
	{ id: 'stor', navn: 'Stor', indbyggere: 'over 100.000', indbyggereFra: 100000, ansatte: 15000 },
];
const m = (id: string, engang: number, aarlig: number, aarsvaerk: number): BeregnForanstaltning => ({
	id,
	titel: id,
	url: `/foranstaltninger/${id}/`,
	niveau: 'grundniveau',
	omkostninger: {
		lille: { engang, aarlig, aarsvaerk },
		mellem: { engang: engang * 2, aarlig: aarlig * 2, aarsvaerk: aarsvaerk * 2 },
		stor: { engang: engang * 3, aarlig: aarlig * 3, aarsvaerk: aarsvaerk * 3 },
		antagelser: 'Antagelse; med semikolon',
	},
});
const MEASURES = [m('f-001', 60000, 15000, 0.1), m('f-002', 10000, 5000, 0.2), m('f-003', 1000, 0, 0.05)];

test('inhabitants choose the size class at the model’s thresholds', () => {
	assert.equal(klasseForIndbyggere(29999, KLASSER), 'lille');
	assert.equal(klasseForIndbyggere(30000, KLASSER), 'mellem');
	assert.equal(klasseForIndbyggere(99999, KLASSER), 'mellem');
	assert.equal(klasseForIndbyggere(100000, KLASSER), 'stor');
});

test('staff counts point to the nearest class on a ratio scale', () => {
	assert.equal(klasseForAnsatte(3000, KLASSER), 'lille');
	assert.equal(klasseForAnsatte(4000, KLASSER), 'mellem');
	assert.equal(klasseForAnsatte(40000, KLASSER), 'stor');
});

test('totals are the sum of the measures not yet in place', () => {
	const b = beregningFor(MEASURES, 'mellem', new Set(['f-001']));
	assert.deepEqual(b.total, { engang: 22000, aarlig: 10000, aarsvaerk: 0.5 });
	assert.deepEqual(b.alle, { engang: 142000, aarlig: 40000, aarsvaerk: 0.7 });
	assert.deepEqual(
		b.mangler.map((x) => x.id),
		['f-002', 'f-003'],
	);
});

test('the CSV lists every measure, zero for those in place, and a total row', () => {
	const iBrug = new Set(['f-001']);
	const csv = toCsv(csvRows(beregningFor(MEASURES, 'lille', iBrug), MEASURES, iBrug));
	const lines = csv.slice(1).trim().split('\r\n');
	assert.equal(lines[0], 'Id;Foranstaltning;Niveau;Status;Engangsudgift (kr.);Årlig udgift (kr.);Årsværk;Antagelser;Adresse');
	assert.equal(lines[1], 'f-001;f-001;Grundniveau;allerede på plads;0;0;0;"Antagelse; med semikolon";/foranstaltninger/f-001/');
	assert.equal(lines[2], 'f-002;f-002;Grundniveau;skal gennemføres;10000;5000;0,2;"Antagelse; med semikolon";/foranstaltninger/f-002/');
	assert.equal(lines.at(-1), 'I alt;2 foranstaltninger skal gennemføres;;;11000;5000;0,25;Skøn, ikke faktiske tal;');
});

test('numbers are read as Danes write them; negative and non-numbers get a Danish message', () => {
	const ok = (text: string) => {
		const r = readDanishNumber(text, 'Antal indbyggere');
		assert.equal(r.status, 'ok', text);
		return r.status === 'ok' ? r.tal : NaN;
	};
	assert.equal(ok('100.000'), 100000);
	assert.equal(ok('1.500,5'), 1500.5);
	assert.equal(ok('45000'), 45000);
	assert.equal(ok(' 100 000 '), 100000);
	assert.equal(ok('1.234.567'), 1234567);
	assert.equal(ok('2,5'), 2.5);
	assert.equal(ok('0'), 0);
	assert.deepEqual(readDanishNumber('', 'Antal indbyggere'), { status: 'tom' });
	const fejl = (text: string, pattern: RegExp) => {
		const r = readDanishNumber(text, 'Antal indbyggere');
		assert.equal(r.status, 'fejl', text);
		if (r.status === 'fejl') assert.match(r.fejl, pattern);
	};
	fejl('-5', /kan ikke være negativt \(du skrev »-5«\)/);
	fejl('−1.000', /negativt/);
	fejl('mange', /skal være et tal, fx 45\.000 \(du skrev »mange«\)/);
	fejl('1.5', /skal være et tal/);
	fejl('12,5,3', /skal være et tal/);
	fejl('1e5', /skal være et tal/);
});
