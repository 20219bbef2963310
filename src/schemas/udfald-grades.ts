// The three grades of an outcome, in order from worst to best; the self-assessment stores these
// values. Apart from the schema (udfald.ts) so browser code can use them without pulling in Zod.
export const UDFALD_GRADES = ['ikke-opfyldt', 'delvist-opfyldt', 'opfyldt'] as const;
export type UdfaldGrade = (typeof UDFALD_GRADES)[number];
