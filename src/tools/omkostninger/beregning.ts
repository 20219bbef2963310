// The cost calculator's arithmetic. Totals come from src/lib/costs.ts, the same function the
// economy page uses, so the calculator and the consequences pages can never disagree.
import { totalsFor, type CostTotals } from '../../lib/costs.ts';
import type { SizeClass } from '../../lib/size-classes.ts';
import type { ExportRow } from '../../lib/exports.ts';

export interface Klasse {
	id: SizeClass;
	navn: string;
	indbyggere: string;
	indbyggereFra: number;
	ansatte: number;
}

type Cost = { engang: number; aarlig: number; aarsvaerk: number };
export interface BeregnForanstaltning {
	id: string;
	titel: string;
	url: string;
	niveau: 'grundniveau' | 'udvidet';
	omkostninger: Record<SizeClass, Cost> & { antagelser: string };
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

export function beregn(measures: BeregnForanstaltning[], klasse: SizeClass, iBrug: ReadonlySet<string>): Beregning {
	const mangler = measures.filter((m) => !iBrug.has(m.id));
	return { klasse, mangler, total: totalsFor(mangler, klasse), alle: totalsFor(measures, klasse) };
}

export function csvRaekker(b: Beregning, measures: BeregnForanstaltning[], iBrug: ReadonlySet<string>, origin = ''): ExportRow[] {
	const rows: ExportRow[] = measures.map((m) => {
		const inPlace = iBrug.has(m.id);
		const c = m.omkostninger[b.klasse];
		return {
			id: m.id,
			foranstaltning: m.titel,
			niveau: m.niveau,
			status: inPlace ? 'allerede på plads' : 'skal gennemføres',
			engangsudgiftKr: inPlace ? 0 : c.engang,
			aarligUdgiftKr: inPlace ? 0 : c.aarlig,
			aarsvaerk: inPlace ? 0 : c.aarsvaerk,
			antagelser: m.omkostninger.antagelser,
			adresse: origin + m.url,
		};
	});
	rows.push({ id: 'I alt', foranstaltning: `${b.mangler.length} foranstaltninger skal gennemføres`, niveau: '', status: '', engangsudgiftKr: b.total.engang, aarligUdgiftKr: b.total.aarlig, aarsvaerk: b.total.aarsvaerk, antagelser: 'Skøn, ikke faktiske tal', adresse: '' });
	return rows;
}
