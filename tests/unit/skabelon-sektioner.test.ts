// The checklist generator: one section per listed requirement, one field per graded outcome with its
// indicators, a fallback field where a requirement has no outcomes yet, and a closing summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allSections, generatedSections, type KravLike } from '../../src/lib/skabelon-sektioner.ts';

const medUdfald: KravLike = {
	id: 'k-21-2-c',
	title: 'Driftskontinuitet, backup og krisestyring',
	resume: 'Kommunen skal kunne holde de vigtigste opgaver kørende.',
	udfald: [
		{
			id: 'u1',
			titel: 'Backup kan genskabes',
			beskrivelse: 'Kommunen kan genskabe kritiske data inden for den aftalte tid.',
			indikatorer: {
				ikkeOpfyldt: ['Ingen test af genskabelse'],
				delvistOpfyldt: ['Test af nogle systemer'],
				opfyldt: ['Årlig test af alle kritiske systemer med rapport.', 'Fund følges op'],
			},
		},
		{
			id: 'u2',
			titel: 'Krisestab er øvet',
			beskrivelse: 'Krisestaben har øvet et scenarie det seneste år.',
			indikatorer: { ikkeOpfyldt: ['Ingen øvelse'], delvistOpfyldt: ['Bordøvelse uden rapport'], opfyldt: ['Øvelse med rapport og opfølgning'] },
		},
	],
};
const udenUdfald: KravLike = { id: 'k-23', title: 'Rapportering af væsentlige hændelser', resume: 'Væsentlige hændelser skal rapporteres til tiden.' };

test('one section per listed requirement, in the listed order, then the summary', () => {
	const sections = generatedSections('krav-udfald', ['k-23', 'k-21-2-c'], [medUdfald, udenUdfald]);
	assert.deepEqual(
		sections.map((s) => s.overskrift),
		['Rapportering af væsentlige hændelser', 'Driftskontinuitet, backup og krisestyring', 'Opsamling'],
	);
});

test('each outcome becomes a field whose guidance carries all three grades', () => {
	const [section] = generatedSections('krav-udfald', ['k-21-2-c'], [medUdfald]);
	assert.deepEqual(
		section.felter.map((f) => f.navn),
		['U1: Backup kan genskabes', 'U2: Krisestab er øvet', 'Fund og opfølgning'],
	);
	const guidance = section.felter[0].vejledning;
	assert.match(guidance, /^Kommunen kan genskabe kritiske data inden for den aftalte tid\./);
	assert.match(guidance, /Opfyldt: Årlig test af alle kritiske systemer med rapport\. Fund følges op\. Delvist/);
	assert.match(guidance, /Delvist opfyldt: Test af nogle systemer\./);
	assert.match(guidance, /Ikke opfyldt: Ingen test af genskabelse\./);
});

test('a requirement without outcomes gets one overall assessment built from its summary', () => {
	const [section] = generatedSections('krav-udfald', ['k-23'], [udenUdfald]);
	assert.equal(section.felter[0].navn, 'Samlet vurdering af kravet');
	assert.match(section.felter[0].vejledning, /^Væsentlige hændelser skal rapporteres til tiden\. Kravet har endnu ingen beskrevne udfald\./);
});

test('templates without a generator, or with no known requirement, get nothing extra', () => {
	assert.deepEqual(generatedSections(undefined, ['k-23'], [udenUdfald]), []);
	assert.deepEqual(generatedSections('krav-udfald', ['k-findes-ikke'], [udenUdfald]), []);
	const typed = [{ overskrift: 'Rammer', felter: [{ navn: 'Dato', vejledning: 'Hvornår.' }] }];
	assert.deepEqual(allSections({ sektioner: typed, krav: ['k-23'] }, [udenUdfald]), typed);
});
