// The cost calculator's arithmetic. Totals come from src/lib/costs.ts, the same function the
// economy page uses, so the calculator and the consequences pages can never disagree.
import { totalsFor, type CostTotals } from '../../lib/costs.ts';
import type { SizeClass } from '../../schemas/size-classes.ts';
import type { ExportRow } from '../../lib/exports.ts';

export interface Klasse {
	id: SizeClass;
	navn: string;
	indbyggere: string;
	indbyggereFra: number;
	ansatte: number;
}

interface Cost {
	engang: number;
	aarlig: number;
	aarsvaerk: number;
}
export interface BeregnForanstaltning {
	id: string;
	titel: string;
	url: string;
	niveau: 'grundniveau' | 'udvidet';
	omkostninger: Record<SizeClass, Cost> & { antagelser: string };
}

export type TalLaesning = { status: 'tom' } | { status: 'ok'; tal: number } | { status: 'fejl'; fejl: string };

/**
 * Reads a number as Danes write it: "100.000" is a hundred thousand (the dot groups thousands),
 * "1.500,5" is one thousand five hundred and a half, spaces are allowed ("100 000"). Own code
 * rather than Intl: the browser can format Danish numbers but has no parser for them.
 */
export function readDanishNumber(text: string, navn: string): TalLaesning {
	const t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
	if (t === '') return { status: 'tom' };
	const negative = /^[-−]/.test(t);
	const body = t.replace(/^[-−+]/, '');
	const grouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body);
	const plain = /^\d+(,\d+)?$/.test(body);
	if (!grouped && !plain) return { status: 'fejl', fejl: `${navn} skal være et tal, fx 45.000 (du skrev »${text.trim()}«).` };
	const tal = Number(body.replaceAll('.', '').replace(',', '.'));
	if (negative && tal !== 0) return { status: 'fejl', fejl: `${navn} kan ikke være negativt (du skrev »${text.trim()}«).` };
	return { status: 'ok', tal };
}

/** The size class an inhabitant count falls in: the class with the highest lower bound not above it. */
export function klasseForIndbyggere(indbyggere: number, klasser: Klasse[]): SizeClass {
	const sorted = [...klasser].sort((a, b) => a.indbyggereFra - b.indbyggereFra);
	let found = sorted[0].id;
	for (const k of sorted) if (indbyggere >= k.indbyggereFra) found = k.id;
	return found;
}

/** The class whose assumed staff count is nearest (on a ratio scale: 3.000 is nearer 2.000 than 5.000). */
export function klasseForAnsatte(ansatte: number, klasser: Klasse[]): SizeClass {
	const distance = (k: Klasse) => Math.abs(Math.log(Math.max(1, ansatte) / k.ansatte));
	return [...klasser].sort((a, b) => distance(a) - distance(b))[0].id;
}

export interface Beregning {
	klasse: SizeClass;
	/** Measures still to be implemented. */
	mangler: BeregnForanstaltning[];
	/** Cost of the measures still to be implemented. */
	total: CostTotals;
	/** Cost of the whole catalogue, for comparison. */
	alle: CostTotals;
}

export function beregningFor(measures: BeregnForanstaltning[], klasse: SizeClass, iBrug: ReadonlySet<string>): Beregning {
	const mangler = measures.filter((m) => !iBrug.has(m.id));
	return { klasse, mangler, total: totalsFor(mangler, klasse), alle: totalsFor(measures, klasse) };
}

export function csvRows(b: Beregning, measures: BeregnForanstaltning[], iBrug: ReadonlySet<string>, origin = ''): ExportRow[] {
	const rows: ExportRow[] = measures.map((m) => {
		const inPlace = iBrug.has(m.id);
		const c = m.omkostninger[b.klasse];
		return {
			Id: m.id,
			Foranstaltning: m.titel,
			Niveau: m.niveau === 'grundniveau' ? 'Grundniveau' : 'Udvidet',
			Status: inPlace ? 'allerede på plads' : 'skal gennemføres',
			'Engangsudgift (kr.)': inPlace ? 0 : c.engang,
			'Årlig udgift (kr.)': inPlace ? 0 : c.aarlig,
			Årsværk: inPlace ? 0 : c.aarsvaerk,
			Antagelser: m.omkostninger.antagelser,
			Adresse: origin + m.url,
		};
	});
	rows.push({
		Id: 'I alt',
		Foranstaltning: `${b.mangler.length} foranstaltninger skal gennemføres`,
		Niveau: '',
		Status: '',
		'Engangsudgift (kr.)': b.total.engang,
		'Årlig udgift (kr.)': b.total.aarlig,
		Årsværk: b.total.aarsvaerk,
		Antagelser: 'Skøn, ikke faktiske tal',
		Adresse: '',
	});
	return rows;
}
