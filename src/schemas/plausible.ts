// Cost, hour and staff fields carry a mark naming their plausibility bound in
// content/data/omkostningsmodel.yaml (graenser), so the content check finds every such field from
// the schema, including fields added later, and the bounds have one home beside the rates.
import { z } from 'astro/zod';

export type BoundName = 'engang' | 'aarlig' | 'aarsvaerk' | 'timerPrRolle' | 'pris' | 'timepris' | 'konsulentTimepris' | 'aarsvaerkKr';

export const boundRegistry = z.registry<{ bound: BoundName }>();

/** A number field checked against graenser.<bound> in the cost model (an upper bound, or a fra–til range). */
export function plausible<T extends z.ZodType>(bound: BoundName, schema: T): T {
	boundRegistry.add(schema, { bound });
	return schema;
}
