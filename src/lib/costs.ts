// Cost totals from the per-measure estimates. Pure functions: the economy page, the calculator,
// the exports and the tests all add up the same way.
import { SIZE_CLASSES, type SizeClass } from '../schemas/size-classes.ts';

/** One size class's estimate; structurally the same as the schema's, so pages and tools both fit. */
type CostEstimate = Record<SizeClass, { engang: number; aarlig: number; aarsvaerk: number }>;

export interface CostTotals {
	engang: number;
	aarlig: number;
	aarsvaerk: number;
}

export function totalsFor(measures: { omkostninger: CostEstimate }[], size: SizeClass): CostTotals {
	const sum = { engang: 0, aarlig: 0, aarsvaerk: 0 };
	for (const m of measures) {
		sum.engang += m.omkostninger[size].engang;
		sum.aarlig += m.omkostninger[size].aarlig;
		sum.aarsvaerk += m.omkostninger[size].aarsvaerk;
	}
	// Round FTE to two decimals so 0.1 + 0.2 shows as 0,3 and not 0,30000000000000004.
	return { ...sum, aarsvaerk: Math.round(sum.aarsvaerk * 100) / 100 };
}

export function totalsBySize(measures: { omkostninger: CostEstimate }[]): Record<SizeClass, CostTotals> {
	return Object.fromEntries(SIZE_CLASSES.map((s) => [s, totalsFor(measures, s)])) as Record<SizeClass, CostTotals>;
}

/** Internal staff cost per year: FTE valued at the model's rate per FTE. */
export function staffCost(totals: CostTotals, aarsvaerkKr: number): number {
	return Math.round(totals.aarsvaerk * aarsvaerkKr);
}

/** Cost over a horizon of years: one-off once, external and staff cost every year. */
export function costOverYears(totals: CostTotals, aarsvaerkKr: number, years: number): number {
	return totals.engang + years * (totals.aarlig + staffCost(totals, aarsvaerkKr));
}

export interface CostDriver<M> {
	measure: M;
	totals: CostTotals;
	overYears: number;
	share: number;
}

/** The measures that weigh most over a horizon for one size class, largest first, with their share of the whole. */
export function costDrivers<M extends { omkostninger: CostEstimate }>(
	measures: M[],
	size: SizeClass,
	aarsvaerkKr: number,
	years: number,
	count: number,
): CostDriver<M>[] {
	const rows = measures.map((measure) => {
		const totals = totalsFor([measure], size);
		return { measure, totals, overYears: costOverYears(totals, aarsvaerkKr, years), share: 0 };
	});
	const whole = rows.reduce((sum, r) => sum + r.overYears, 0);
	for (const r of rows) r.share = whole ? r.overYears / whole : 0;
	return rows.sort((a, b) => b.overYears - a.overYears).slice(0, count);
}

export interface CostRange {
	min: number;
	max: number;
}

/** The span of each cost figure across the size classes: what a briefing can say without picking one size. */
export function costRange(
	bySize: Record<SizeClass, CostTotals>,
	aarsvaerkKr: number,
	years: number,
): Record<'engang' | 'aarligIalt' | 'aarsvaerk' | 'overAar', CostRange> {
	const span = (pick: (t: CostTotals) => number): CostRange => {
		const values = SIZE_CLASSES.map((s) => pick(bySize[s]));
		return { min: Math.min(...values), max: Math.max(...values) };
	};
	return {
		engang: span((t) => t.engang),
		aarligIalt: span((t) => t.aarlig + staffCost(t, aarsvaerkKr)),
		aarsvaerk: span((t) => t.aarsvaerk),
		overAar: span((t) => costOverYears(t, aarsvaerkKr, years)),
	};
}
