// The self-assessment's file format: a file that is not an assessment is refused, a bad field inside
// one is quarantined and named while every other field is kept; merging field by field (newest
// wins), migration to a new catalogue that never drops an assessment, summaries and the CSV export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { katalogVersion, type Katalog, type KatalogForanstaltning } from '../../src/tools/modenhed/katalog.ts';
import { flet, forskelle, laesVurdering, nyVurdering, saetFelt, somErstatning, tilEksport, type Vurdering } from '../../src/tools/modenhed/vurdering.ts';
import { csvRaekker, handlinger, perKrav, soejlediagram } from '../../src/tools/modenhed/opsummering.ts';
import { toCsv } from '../../src/lib/csv.ts';

const measure = (id: string, krav: string[], niveau: 'grundniveau' | 'udvidet' = 'grundniveau', afhaengerAf: string[] = []): KatalogForanstaltning => ({
	id,
	titel: `Foranstaltning ${id}`,
	url: `/foranstaltninger/${id}/`,
	krav,
	niveau,
	afhaengerAf,
	trin: [],
});
const katalog = (measures: KatalogForanstaltning[]): Katalog => ({
	version: katalogVersion(measures.map((m) => m.id)),
	foranstaltninger: measures,
	krav: [
		{ id: 'k-20', titel: 'Ledelsens ansvar', url: '/krav/k-20/' },
		{ id: 'k-21-2-a', titel: 'Risikoanalyse', url: '/krav/k-21-2-a/' },
		{ id: 'k-23', titel: 'Rapportering', url: '/krav/k-23/' },
	],
});
const K1 = katalog([measure('f-001', ['k-20', 'k-21-2-a']), measure('f-002', ['k-21-2-a'], 'udvidet', ['f-001']), measure('f-003', ['k-21-2-a'])]);

function filled(): Vurdering {
	const v = nyVurdering(K1, new Date('2026-11-30T10:00:00Z'));
	v.vurderinger['f-001'] = { niveau: 3, noter: 'Politik vedtaget; »æøå« og "citat"; semikolon;', ejer: 'IT-chef', maaldato: '2027-01-31' };
	v.vurderinger['f-002'] = { niveau: 1, noter: '', ejer: '', maaldato: '' };
	const t = Date.parse('2026-11-30T10:00:00Z');
	Object.assign(v.tider, { 'f-001.niveau': t, 'f-001.noter': t, 'f-001.ejer': t, 'f-001.maaldato': t, 'f-002.niveau': t });
	return v;
}

test('the catalogue version depends on the ids only, not their order', () => {
	assert.equal(katalogVersion(['f-002', 'f-001']), katalogVersion(['f-001', 'f-002']));
	assert.notEqual(katalogVersion(['f-001']), katalogVersion(['f-001', 'f-002']));
	assert.match(katalogVersion(['f-001', 'f-002']), /^2-[0-9a-f]{8}$/);
});

test('an export reads back field by field', () => {
	const v = filled();
	const r = laesVurdering(tilEksport(v, K1), K1);
	assert.ok(r.ok);
	assert.equal(r.migrering, undefined);
	assert.deepEqual(r.vurdering.vurderinger, v.vurderinger);
	assert.equal(r.vurdering.maalniveau, 3);
	assert.equal(r.vurdering.katalogVersion, K1.version);
});

test('the export carries version and katalogVersion and leaves out empty posts', () => {
	const v = filled();
	v.vurderinger['f-003'] = { niveau: null, noter: '', ejer: '', maaldato: '' };
	const file = JSON.parse(tilEksport(v, K1));
	assert.equal(file.version, 2);
	assert.equal(file.katalogVersion, K1.version);
	assert.deepEqual(Object.keys(file.vurderinger), ['f-001', 'f-002']);
	assert.equal(file.vurderinger['f-001'].titel, 'Foranstaltning f-001');
});

const rejects = (text: string, pattern: RegExp) => {
	const r = laesVurdering(text, K1);
	assert.equal(r.ok, false);
	if (!r.ok) assert.match(r.fejl.join('\n'), pattern);
};

test('malformed files are rejected with a Danish reason', () => {
	rejects('{"format": ', /ikke gyldig JSON/);
	rejects('[1,2]', /ikke en modenhedsvurdering/);
	rejects(JSON.stringify({ format: 'noget-andet', version: 1 }), /format/);
	rejects(JSON.stringify({ format: 'nis2-drejebogen/modenhedsvurdering', katalogVersion: 'x' }), /mangler feltet »version«/);
	rejects(JSON.stringify({ ...JSON.parse(tilEksport(filled(), K1)), version: 3 }), /version 3 .* nyere/);
	rejects(JSON.stringify({ ...JSON.parse(tilEksport(filled(), K1)), version: '1' }), /ukendt version/);
});

test('a bad field is quarantined and named; every other field is kept', () => {
	const file = JSON.parse(tilEksport(filled(), K1));
	file.vurderinger['f-001'].niveau = 7;
	file.vurderinger['f-002'].maaldato = '20271-01-31';
	file.vurderinger['f-002'].noter = 'x'.repeat(10_001);
	file.vurderinger['x-1'] = {};
	const r = laesVurdering(JSON.stringify(file), K1);
	assert.ok(r.ok);
	assert.equal(r.karantaene.length, 4);
	assert.match(r.karantaene[0].grund, /»niveau« for foranstaltning f-001 .*0 til 4/);
	assert.match(r.karantaene.map((k) => k.grund).join('\n'), /»måldato« for foranstaltning f-002 .*1900 og 2100/);
	assert.match(r.karantaene.map((k) => k.grund).join('\n'), /»noter« for foranstaltning f-002 er længere end 10\.000 tegn/);
	assert.equal(r.karantaene.find((k) => k.sti.includes('noter'))!.raa, JSON.stringify('x'.repeat(10_001)), 'the raw value is kept');
	// Everything else survived.
	assert.deepEqual({ ...r.vurdering.vurderinger['f-001'] }, { ...filled().vurderinger['f-001'], niveau: null });
	assert.equal(r.vurdering.vurderinger['f-002'].niveau, 1);
	assert.equal(r.vurdering.karantaene.length, 4, 'the quarantine travels with the assessment');
});

test('a version 1 file is upgraded: every field gets the file time', () => {
	const v1 = { format: 'nis2-drejebogen/modenhedsvurdering', version: 1, katalogVersion: K1.version, maalniveau: 4, opdateret: '2026-01-02T03:04:05.000Z', vurderinger: { 'f-001': { niveau: 2, noter: 'n', ejer: '', maaldato: '' } } };
	const r = laesVurdering(JSON.stringify(v1), K1);
	assert.ok(r.ok);
	assert.equal(r.vurdering.version, 2);
	assert.deepEqual(r.vurdering.tider, { maalniveau: Date.parse(v1.opdateret), 'f-001.niveau': Date.parse(v1.opdateret), 'f-001.noter': Date.parse(v1.opdateret) });
});

test('merging two assessments keeps the newest change per field', () => {
	const a = filled();
	const b = structuredClone(a);
	saetFelt(a, 'f-001.ejer', 'A');
	a.tider['f-001.ejer'] = 100 + Date.parse('2026-11-30T10:00:00Z');
	saetFelt(b, 'f-003.noter', 'B');
	b.tider['f-003.noter'] = 200 + Date.parse('2026-11-30T10:00:00Z');
	saetFelt(b, 'f-001.ejer', 'ældre');
	b.tider['f-001.ejer'] = 50 + Date.parse('2026-11-30T10:00:00Z');
	const { vurdering, aendret } = flet(a, b);
	assert.equal(vurdering.vurderinger['f-001'].ejer, 'A');
	assert.equal(vurdering.vurderinger['f-003'].noter, 'B');
	assert.deepEqual(aendret, ['f-003.noter']);
	assert.deepEqual(flet(b, a).vurdering.vurderinger, vurdering.vurderinger, 'merging is symmetric');
	// A replacement wins over everything that came before it.
	const replaced = somErstatning(b, 300 + Date.parse('2026-11-30T10:00:00Z'));
	assert.deepEqual(flet(a, replaced).vurdering.vurderinger, b.vurderinger);
	assert.deepEqual(forskelle(a, b), ['f-001.ejer', 'f-003.noter']);
});

test('an assessment from an older catalogue is migrated: removed measures kept, added ones listed', () => {
	const old = katalog([measure('f-001', ['k-20']), measure('f-009', ['k-23'])]);
	const v = nyVurdering(old);
	v.vurderinger['f-001'] = { niveau: 2, noter: 'a', ejer: 'b', maaldato: '' };
	v.vurderinger['f-009'] = { niveau: 4, noter: 'udgået', ejer: 'c', maaldato: '2027-06-01' };
	const r = laesVurdering(tilEksport(v, old), K1);
	assert.ok(r.ok);
	assert.deepEqual(r.migrering, { fraVersion: old.version, tilVersion: K1.version, tilfoejet: ['f-002', 'f-003'], fjernet: ['f-009'] });
	assert.deepEqual(r.vurdering.vurderinger, { 'f-001': v.vurderinger['f-001'] });
	assert.deepEqual(r.vurdering.udgaaede['f-009'], { ...v.vurderinger['f-009'], titel: 'Foranstaltning f-009' });
	assert.equal(r.vurdering.katalogVersion, K1.version);
	// The retired assessment survives a further export and import, and comes back if the measure does.
	const again = laesVurdering(tilEksport(r.vurdering, K1), old);
	assert.ok(again.ok);
	assert.deepEqual(again.vurdering.vurderinger['f-009'], v.vurderinger['f-009']);
});

test('the summary per requirement and the gap to the target', () => {
	const rows = perKrav(filled(), K1);
	assert.deepEqual(rows.map((r) => r.krav.id), ['k-20', 'k-21-2-a'], 'requirements without measures are left out');
	const a = rows.find((r) => r.krav.id === 'k-21-2-a')!;
	assert.equal(a.antal, 3);
	assert.equal(a.vurderet, 2);
	assert.equal(a.gennemsnit, 2);
	assert.equal(a.paaMaal, 1);
	assert.equal(a.afstand, 0 + 2 + 3, 'f-003 is unassessed and counts as level 0');
	assert.match(soejlediagram(rows, 3), /^<svg[^>]*role="img"/);
});

test('actions: basic level before extended, then the larger gap', () => {
	const list = handlinger(filled(), K1);
	assert.deepEqual(list.map((h) => h.foranstaltning.id), ['f-003', 'f-002']);
	assert.equal(list[1].afstand, 2);
});

test('the CSV is for Danish Excel: BOM, semicolons, quoted text', () => {
	const csv = toCsv(csvRaekker(filled(), K1, 'https://example.invalid'));
	assert.ok(csv.startsWith('\uFEFFid;foranstaltning;krav;niveau;niveaunavn;maalniveau;afstand;ejer;maaldato;noter;adresse\r\n'));
	assert.match(csv, /f-001;Foranstaltning f-001;k-20 \| k-21-2-a;3;Gennemført;3;0;IT-chef;2027-01-31;"Politik vedtaget; »æøå« og ""citat""; semikolon;";https:\/\/example.invalid\/foranstaltninger\/f-001\//);
	assert.match(csv, /f-003;Foranstaltning f-003;k-21-2-a;;Ikke vurderet;3;3;/);
});
