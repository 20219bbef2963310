// The scope check's rules: each path ends in the expected outcome, every rule cites a source that
// exists, and results resting on unverified facts are marked as uncertain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { vurderingFor } from '../../src/tools/omfattet/vurdering.ts';
import { REGLER } from '../../src/tools/omfattet/regler.ts';
import { SPOERGSMAAL } from '../../src/tools/omfattet/spoergsmaal.ts';
import type { Svar } from '../../src/tools/omfattet/types.ts';
import { NAESTE_SKRIDT } from '../../src/tools/omfattet/udfald.ts';

const selskab = (enhed: string, extra: Svar): Svar => ({ enhed, organisering: 'selskab', [`sektor-${enhed}`]: 'ja', saerlige: [], energi: 'nej', ...extra });

const cases: [string, Svar, string][] = [
	['district heating goes to the energy-sector law', { enhed: 'fjernvarme' }, 'energilov'],
	['a medium water company is important', selskab('vand', { ansatte: '50-249', oekonomi: 'lille' }), 'omfattet-vigtig'],
	['a large waste water company is essential', selskab('spildevand', { ansatte: '250+', oekonomi: 'mellem' }), 'omfattet-vaesentlig'],
	['size by money alone counts', selskab('vand', { ansatte: 'under-50', oekonomi: 'stor' }), 'omfattet-vaesentlig'],
	['a small water company is not covered by size', selskab('vand', { ansatte: 'under-50', oekonomi: 'lille' }), 'ikke-omfattet-stoerrelse'],
	['a small but designated company is covered', selskab('havn', { ansatte: 'under-50', oekonomi: 'lille', saerlige: ['udpeget'] }), 'omfattet'],
	[
		'a CER critical entity is essential regardless of size',
		selskab('vand', { ansatte: 'under-50', oekonomi: 'lille', saerlige: ['cer'] }),
		'omfattet-vaesentlig',
	],
	['a large waste company (Annex II) is important', selskab('affald', { ansatte: '250+', oekonomi: 'stor' }), 'omfattet-vigtig'],
	[
		'waste as a side activity is outside the sector',
		{ enhed: 'affald', organisering: 'selskab', 'sektor-affald': 'nej', saerlige: [], energi: 'nej' },
		'ikke-omfattet-sektor',
	],
	['an in-house activity belongs to the municipality', { enhed: 'vand', organisering: 'kommunen' }, 'del-af-kommunen'],
	['a municipality with an Annex activity is covered', { enhed: 'kommune', aktiviteter: ['havn'] }, 'omfattet'],
	['a municipality without listed activities rests on the announcement', { enhed: 'kommune', aktiviteter: [] }, 'sandsynligvis-omfattet'],
	['district heating alone does not bring the municipality in', { enhed: 'kommune', aktiviteter: ['fjernvarme'] }, 'sandsynligvis-omfattet'],
];

for (const [name, svar, expected] of cases) {
	test(`scope: ${name}`, () => {
		const v = vurderingFor(svar);
		assert.deepEqual(
			v.mangler.map((q) => q.id),
			[],
		);
		assert.equal(v.udfald, expected);
		assert.ok(v.begrundelser[0].udfald, 'the deciding rule comes first');
	});
}

test('missing answers hold the result back and are listed', () => {
	const v = vurderingFor({ enhed: 'vand', organisering: 'selskab' });
	assert.equal(v.udfald, undefined);
	assert.deepEqual(
		v.mangler.map((q) => q.id),
		['sektor-vand', 'energi'],
	);
});

test('answers to questions no longer asked are ignored', () => {
	// A size answer left over from a company path must not change the municipality's result.
	const v = vurderingFor({ enhed: 'kommune', aktiviteter: [], ansatte: 'under-50', organisering: 'selskab', 'sektor-vand': 'nej' });
	assert.equal(v.udfald, 'sandsynligvis-omfattet');
});

test('every path that rests on an unverified fact is marked uncertain', () => {
	assert.equal(vurderingFor({ enhed: 'kommune', aktiviteter: [] }).usikker, true);
	assert.equal(vurderingFor(selskab('vand', { ansatte: '50-249', oekonomi: 'lille' })).usikker, true, 'size thresholds are from secondary sources');
	assert.ok(vurderingFor({ enhed: 'kommune', aktiviteter: ['sundhed'] }).begrundelser.some((r) => r.id === 'kommune-sundhed' && r.sikkerhed === 'U'));
});

test('covered results list the next steps; uncovered ones do not', () => {
	assert.equal(vurderingFor(selskab('vand', { ansatte: '50-249', oekonomi: 'lille' })).naesteSkridt, NAESTE_SKRIDT);
	assert.deepEqual(vurderingFor({ enhed: 'fjernvarme' }).naesteSkridt, []);
});

test('every rule cites sources that exist in kilder.yaml, requirements and open questions that exist', () => {
	const kilder = new Set((parse(readFileSync('content/data/kilder.yaml', 'utf8')) as { id: string }[]).map((k) => k.id));
	const questions = new Set((parse(readFileSync('content/data/spoergsmaal.yaml', 'utf8')) as { id: string }[]).map((q) => q.id));
	for (const r of [...REGLER, ...NAESTE_SKRIDT.map((n, i) => ({ id: `naeste-${i}`, kilder: n.kilder, krav: [n.krav], aabentSpoergsmaal: undefined }))]) {
		assert.ok(r.kilder.length > 0, `${r.id} has no source`);
		for (const k of r.kilder) assert.ok(kilder.has(k.kilde), `${r.id}: unknown source ${k.kilde}`);
		for (const k of r.krav ?? []) assert.ok(readFileSync(`content/krav/${k}.mdx`, 'utf8'), `${r.id}: unknown requirement ${k}`);
		if (r.aabentSpoergsmaal) assert.ok(questions.has(r.aabentSpoergsmaal), `${r.id}: unknown open question ${r.aabentSpoergsmaal}`);
	}
});

test('question ids are unique and every radio question has at least two choices', () => {
	assert.equal(new Set(SPOERGSMAAL.map((q) => q.id)).size, SPOERGSMAAL.length);
	for (const q of SPOERGSMAAL) if (q.type === 'radio') assert.ok(q.valg.length >= 2, q.id);
});
