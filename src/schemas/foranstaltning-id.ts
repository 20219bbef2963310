// The id of a measure, in its own module because both the measure schema (which points at
// requirements) and the requirement schema (whose outcomes point at measures) need it; defining it in
// foranstaltning.ts would make krav.ts and foranstaltning.ts import each other, and an ES module
// cycle reads the id before it is initialised. Marked as a reference (src/schemas/references.ts):
// every field built from it is checked against the measures that exist.
import { z } from 'astro/zod';
import { reference } from './references.ts';

export const foranstaltningId = reference('foranstaltning', z.string().regex(/^f-\d{3}$/, { error: 'skal være "f-" og tre cifre (fx "f-007")' }));
