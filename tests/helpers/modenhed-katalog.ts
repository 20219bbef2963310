// A small self-assessment catalogue for the unit tests of src/tools/modenhed/ (tools-modenhed*.test.ts):
// three measures, three requirements (one without outcomes) and a filled assessment with a grade,
// indicators, evidence, an owner and notes, all stamped at one fixed time so merges are predictable.
import { katalogVersion, type Katalog, type KatalogForanstaltning, type KatalogKrav } from '../../src/tools/modenhed/katalog.ts';
import { setFelt } from '../../src/tools/modenhed/merge.ts';
import { katalogIds, newVurdering, type Vurdering } from '../../src/tools/modenhed/vurdering.ts';

const cost = (n: number) => ({
	lille: { engang: n, aarlig: n / 10, aarsvaerk: 0.1 },
	mellem: { engang: 2 * n, aarlig: n / 5, aarsvaerk: 0.2 },
	stor: { engang: 3 * n, aarlig: n / 2, aarsvaerk: 0.3 },
});
export const measure = (id: string, krav: string[], n = 1000): KatalogForanstaltning => ({
	id,
	titel: `Foranstaltning ${id}`,
	url: `/foranstaltninger/${id}/`,
	krav,
	niveau: 'grundniveau',
	trin: [],
	omkostninger: cost(n),
});
export const outcome = (kravId: string, id: string, foranstaltninger: string[]) => ({
	key: `${kravId}:${id}`,
	id,
	titel: `Udfald ${kravId}:${id}`,
	beskrivelse: 'Kommunen har opnået noget bestemt.',
	indikatorer: { ikkeOpfyldt: ['Intet er gjort.'], delvistOpfyldt: ['Noget er gjort.', 'Det er ikke beskrevet.'], opfyldt: ['Alt er gjort og beskrevet.'] },
	foranstaltninger,
});
export const katalog = (measures: KatalogForanstaltning[], krav: KatalogKrav[]): Katalog => {
	const k = {
		version: '',
		udgave: '0.1.0 (abc1234)',
		dato: '1. december 2026',
		foranstaltninger: measures,
		krav,
		klasser: [
			{ id: 'lille' as const, navn: 'Lille kommune' },
			{ id: 'mellem' as const, navn: 'Mellemstor kommune' },
			{ id: 'stor' as const, navn: 'Stor kommune' },
		],
	};
	return { ...k, version: katalogVersion(katalogIds(k)) };
};
export const KRAV: KatalogKrav[] = [
	{ id: 'k-20', titel: 'Ledelsens ansvar', url: '/krav/k-20/', udfald: [outcome('k-20', 'u1', ['f-001']), outcome('k-20', 'u2', ['f-002'])] },
	{ id: 'k-21-2-a', titel: 'Risikoanalyse', url: '/krav/k-21-2-a/', udfald: [outcome('k-21-2-a', 'u1', ['f-001', 'f-003'])] },
	{ id: 'k-gdpr', titel: 'Uden udfald', url: '/krav/k-gdpr/', udfald: [] },
];
/** The catalogue the tests assess against; f-001 serves two requirements. */
export const K1 = katalog([measure('f-001', ['k-20', 'k-21-2-a'], 1000), measure('f-002', ['k-20'], 5000), measure('f-003', ['k-21-2-a'], 200)], KRAV);
/** The one time every field of filled() was changed. */
export const T = Date.parse('2026-11-30T10:00:00Z');

/** An assessment of K1 with every outcome graded (two under the default target) and f-001 implemented. */
export function filled(): Vurdering {
	const v = newVurdering(K1, new Date(T));
	const set = (key: string, value: unknown) => {
		setFelt(v, key, value);
		v.tider[key] = T;
	};
	set('k-20:u1.karakter', 'opfyldt');
	set('k-20:u1.indikatorer', ['opfyldt.0']);
	set('k-20:u1.evidens', 'Politik v. 2, godkendt 3.3.2026; "citat"; semikolon;');
	set('k-20:u2.karakter', 'ikke-opfyldt');
	set('k-20:u2.ejer', 'Direktionen');
	set('k-21-2-a:u1.karakter', 'delvist-opfyldt');
	set('f-001.implementeret', true);
	set('f-001.noter', 'Politik vedtaget; »æøå«');
	return v;
}
