// Cost totals from the per-measure estimates. Pure functions: the economy page, the calculator,
// the exports and the tests all add up the same way.
import { SIZE_CLASSES, type SizeClass } from './size-classes.ts';

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
