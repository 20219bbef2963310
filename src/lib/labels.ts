// Danish labels for enum values that appear in the UI.
import type { UdfaldGrade } from '../schemas/udfald.ts';
import type { ReviewStatus } from '../schemas/common.ts';

export const STATUS_LABELS: Record<ReviewStatus, string> = {
	udkast: 'Udkast',
	'i-hoering': 'I høring',
	godkendt: 'Godkendt',
};

export const STATUS_EXPLANATIONS: Record<ReviewStatus, string> = {
	udkast: 'Fortolkningen er et udkast fra redaktionen og er endnu ikke drøftet i referencegruppen.',
	'i-hoering': 'Fortolkningen er sendt i høring i referencegruppen og kan ændre sig.',
	godkendt: 'Fortolkningen er godkendt af referencegruppen.',
};

export const SIZE_LABELS = { lille: 'Lille kommune', mellem: 'Mellemstor kommune', stor: 'Stor kommune' } as const;
export const TIER_LABELS = { grundniveau: 'Grundniveau', udvidet: 'Udvidet' } as const;

/**
 * The one label of a playbook step: "Trin 6.2" (phase 6, second step). Pages, views, print and
 * tools all name a step this way, with its id (d-6-02) only in small print beside it.
 */
export const stepNumber = (step: { fase: number; raekkefoelge: number }) => `Trin ${step.fase}.${step.raekkefoelge}`;

/** The three grades of an outcome (src/schemas/udfald.ts), as the site and the self-assessment show them. */
export const UDFALD_GRADE_LABELS: Record<UdfaldGrade, string> = {
	'ikke-opfyldt': 'Ikke opfyldt',
	'delvist-opfyldt': 'Delvist opfyldt',
	opfyldt: 'Opfyldt',
};

/** The three evidence levels of a measure, in the order a supervisor reads them: designed, in place, shown to work. */
export const EVIDENS_LEVELS = [
	{ key: 'dokumenteret', label: 'Dokumenteret', question: 'Er foranstaltningen fastlagt og besluttet?' },
	{ key: 'implementeret', label: 'Implementeret', question: 'Findes den i drift?' },
	{ key: 'afproevet', label: 'Afprøvet', question: 'Er det vist, at den virker?' },
] as const;
