// The self-assessment's file model: a file that is not an assessment is refused, a bad field inside
// one is quarantined and named while every other field is kept; version 1 files (0–4 levels) upgrade
// without loss; merging is field by field (newest wins); migration to a new catalogue never drops an
// assessment. What the tool reports from an assessment is in tools-modenhed-reports.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { katalogVersion } from '../../src/tools/modenhed/katalog.ts';
import { mergeVurderinger, forskelle, setFelt, asErstatning } from '../../src/tools/modenhed/merge.ts';
import { parseVurdering } from '../../src/tools/modenhed/read.ts';
import { newVurdering, toEksport } from '../../src/tools/modenhed/vurdering.ts';
import { UDFALD_GRADES } from '../../src/schemas/udfald.ts';
import { UDFALD_GRADES as BROWSER_GRADES } from '../../src/tools/modenhed/karakterer.ts';
import { readVurdering } from '../helpers/modenhed-files.ts';
import { filled, K1, katalog, measure, outcome, T } from '../helpers/modenhed-katalog.ts';

test('the browser grades are the schema grades', () => {
	assert.deepEqual(BROWSER_GRADES, UDFALD_GRADES);
});

test('the catalogue version depends on measure ids and outcome keys, not their order', () => {
	assert.equal(katalogVersion(['f-002', 'k-20:u1']), katalogVersion(['k-20:u1', 'f-002']));
	assert.notEqual(katalogVersion(['f-001']), katalogVersion(['f-001', 'k-20:u1']));
	assert.match(K1.version, /^6-[0-9a-f]{8}$/);
});

test('an export reads back field by field', () => {
	const v = filled();
	const r = parseVurdering(toEksport(v, K1), K1);
	assert.ok(r.ok);
	assert.equal(r.migrering, undefined);
	assert.deepEqual(r.karantaene, []);
	assert.deepEqual(r.vurdering.udfald, v.udfald);
	assert.deepEqual(r.vurdering.vurderinger, v.vurderinger);
	assert.deepEqual(r.vurdering.tider, v.tider);
	assert.equal(r.vurdering.maalniveau, 'opfyldt');
	const file = readVurdering(toEksport(v, K1));
	assert.equal(file.version, 2);
	assert.equal(file.udfald['k-20:u1'].titel, 'Udfald k-20:u1');
});

const rejects = (text: string, pattern: RegExp) => {
	const r = parseVurdering(text, K1);
	assert.equal(r.ok, false);
	if (!r.ok) assert.match(r.fejl.join('\n'), pattern);
};

test('files that are not an assessment are refused with a Danish reason', () => {
	rejects('{"format": ', /ikke gyldig JSON/);
	rejects('[1,2]', /ikke en modenhedsvurdering/);
	rejects(JSON.stringify({ format: 'noget-andet', version: 1 }), /format/);
	rejects(JSON.stringify({ format: 'nis2-drejebogen/modenhedsvurdering', katalogVersion: 'x' }), /mangler feltet »version«/);
	rejects(JSON.stringify({ ...JSON.parse(toEksport(filled(), K1)), version: 3 }), /version 3 .* nyere/);
	rejects(JSON.stringify({ ...JSON.parse(toEksport(filled(), K1)), version: '1' }), /ukendt version/);
});

test('a bad field is quarantined and named; every other field is kept', () => {
	const file = readVurdering(toEksport(filled(), K1));
	// @ts-expect-error -- the test writes a grade the format does not allow
	file.udfald['k-20:u1'].karakter = 'fremragende';
	file.udfald['k-20:u2'].maaldato = '20271-01-31';
	file.vurderinger['f-001'].noter = 'x'.repeat(10_001);
	// @ts-expect-error -- the test writes a measure post without its fields, which the format does not allow
	file.vurderinger['x-1'] = {};
	const r = parseVurdering(JSON.stringify(file), K1);
	assert.ok(r.ok);
	const reasons = r.karantaene.map((k) => k.grund).join('\n');
	assert.equal(r.karantaene.length, 4);
	assert.match(reasons, /»vurdering« for udfald k-20:u1 skal være »ikke-opfyldt«/);
	assert.match(reasons, /»måldato« for udfald k-20:u2 .*1900 og 2100/);
	assert.match(reasons, /»noter« for foranstaltning f-001 er længere end 10\.000 tegn/);
	assert.equal(r.karantaene.find((k) => k.sti.includes('noter'))!.raa, JSON.stringify('x'.repeat(10_001)), 'the raw value is kept');
	assert.deepEqual(r.vurdering.udfald['k-20:u1'].indikatorer, ['opfyldt.0']);
	assert.equal(r.vurdering.udfald['k-20:u2'].ejer, 'Direktionen');
	assert.equal(r.vurdering.vurderinger['f-001'].implementeret, true);
	assert.equal(r.vurdering.karantaene.length, 4, 'the quarantine travels with the assessment');
});

test('a version 1 file is upgraded without loss: the 0–4 level and target are kept, every field gets the file time', () => {
	const v1 = {
		format: 'nis2-drejebogen/modenhedsvurdering',
		version: 1,
		katalogVersion: '3-00000000',
		katalog: ['f-001', 'f-002', 'f-003'],
		maalniveau: 4,
		opdateret: '2026-01-02T03:04:05.000Z',
		vurderinger: { 'f-001': { niveau: 2, noter: 'n', ejer: '', maaldato: '2027-01-01' } },
	};
	const r = parseVurdering(JSON.stringify(v1), K1);
	assert.ok(r.ok);
	assert.equal(r.vurdering.version, 2);
	assert.equal(r.vurdering.tidligereMaalniveau, 4);
	assert.deepEqual(r.vurdering.vurderinger['f-001'], {
		dokumenteret: false,
		implementeret: false,
		afproevet: false,
		ejer: '',
		maaldato: '2027-01-01',
		noter: 'n',
		tidligereNiveau: 2,
	});
	const t = Date.parse(v1.opdateret);
	assert.deepEqual(r.vurdering.tider, { 'f-001.maaldato': t, 'f-001.noter': t, 'f-001.tidligereNiveau': t });
	assert.deepEqual(r.migrering?.tilfoejet, ['k-20:u1', 'k-20:u2', 'k-21-2-a:u1'], 'the outcomes are new to a version 1 file');
	const again = parseVurdering(toEksport(r.vurdering, K1), K1);
	assert.ok(again.ok);
	assert.deepEqual(again.vurdering.vurderinger, r.vurdering.vurderinger);
});

test('merging keeps the newest change per field, symmetrically; a replacement wins over what came before', () => {
	const a = filled();
	const b = structuredClone(a);
	setFelt(a, 'k-20:u2.ejer', 'A');
	a.tider['k-20:u2.ejer'] = T + 100;
	setFelt(b, 'f-003.noter', 'B');
	b.tider['f-003.noter'] = T + 200;
	setFelt(b, 'k-20:u2.ejer', 'ældre');
	b.tider['k-20:u2.ejer'] = T + 50;
	const { vurdering, aendret } = mergeVurderinger(a, b);
	assert.equal(vurdering.udfald['k-20:u2'].ejer, 'A');
	assert.equal(vurdering.vurderinger['f-003'].noter, 'B');
	assert.deepEqual(aendret, ['f-003.noter']);
	assert.deepEqual(mergeVurderinger(b, a).vurdering.udfald, vurdering.udfald);
	assert.deepEqual(mergeVurderinger(b, a).vurdering.vurderinger, vurdering.vurderinger);
	const replaced = asErstatning(b, T + 300);
	assert.deepEqual(mergeVurderinger(a, replaced).vurdering.udfald, b.udfald);
	assert.deepEqual(forskelle(a, b), ['f-003.noter', 'k-20:u2.ejer']);
});

test('an assessment from an older catalogue is migrated: removed outcomes and measures kept, added ones listed', () => {
	const old = katalog(
		[measure('f-001', ['k-20']), measure('f-009', ['k-23'])],
		[{ id: 'k-20', titel: 'Ledelse', url: '/krav/k-20/', udfald: [outcome('k-20', 'u1', ['f-001']), outcome('k-20', 'u9', ['f-009'])] }],
	);
	const v = newVurdering(old);
	for (const [key, value] of [
		['k-20:u9.karakter', 'opfyldt'],
		['k-20:u9.noter', 'udgået udfald'],
		['f-009.afproevet', true],
		['k-20:u1.karakter', 'delvist-opfyldt'],
	] as const) {
		setFelt(v, key, value);
		v.tider[key] = T;
	}
	const r = parseVurdering(toEksport(v, old), K1);
	assert.ok(r.ok);
	assert.deepEqual(r.migrering?.fjernet, ['f-009', 'k-20:u9']);
	assert.deepEqual(r.migrering?.tilfoejet, ['f-002', 'f-003', 'k-20:u2', 'k-21-2-a:u1']);
	assert.equal(r.vurdering.udfald['k-20:u1'].karakter, 'delvist-opfyldt');
	assert.deepEqual(
		{ karakter: r.vurdering.udgaaede['k-20:u9'].titel, noter: (r.vurdering.udgaaede['k-20:u9'] as { noter: string }).noter },
		{ karakter: 'Udfald k-20:u9', noter: 'udgået udfald' },
	);
	// The retired assessment survives a further export and import, and comes back if the outcome does.
	const back = parseVurdering(toEksport(r.vurdering, K1), old);
	assert.ok(back.ok);
	assert.equal(back.vurdering.udfald['k-20:u9'].karakter, 'opfyldt');
	assert.equal(back.vurdering.vurderinger['f-009'].afproevet, true);
});
