// The fields of a self-assessment: what can be recorded per outcome and per measure, each field's
// empty value, limits and validation. One table, so the form, the reader, the merge and the exports
// all agree on what a field is. Pure: no DOM, no storage.
import { UDFALD_GRADES, type UdfaldGrade } from './karakterer.ts';

export type Karakter = UdfaldGrade | '';
type FeltType = 'bool' | 'tekst' | 'dato' | 'karakter' | 'liste' | 'niveau';

export interface FeltSpec {
	type: FeltType;
	/** Danish field name for messages. */
	navn: string;
	/** Longest text the field accepts (text fields). */
	max?: number;
}

/** Limits, enforced where the user types (maxlength, min/max) and again when a file is read. */
export const GRAENSER = { noter: 10_000, ejer: 200, evidens: 2_000, foersteDato: '1900-01-01', sidsteDato: '2100-12-31' } as const;

/** Per outcome (key "<kravId>:<udfaldId>", e.g. "k-21-2-a:u1"). */
export const UDFALD_FELTER = {
	karakter: { type: 'karakter', navn: 'vurdering' },
	indikatorer: { type: 'liste', navn: 'kendetegn, der passer' },
	evidens: { type: 'tekst', navn: 'evidens', max: GRAENSER.evidens },
	ejer: { type: 'tekst', navn: 'ejer', max: GRAENSER.ejer },
	maaldato: { type: 'dato', navn: 'måldato' },
	noter: { type: 'tekst', navn: 'noter', max: GRAENSER.noter },
} as const satisfies Record<string, FeltSpec>;

/** Per measure (key "f-001"): the three evidence levels of the measure schema, and the planning fields. */
export const FORANSTALTNING_FELTER = {
	dokumenteret: { type: 'bool', navn: 'dokumenteret' },
	implementeret: { type: 'bool', navn: 'implementeret' },
	afproevet: { type: 'bool', navn: 'afprøvet' },
	ejer: { type: 'tekst', navn: 'ejer', max: GRAENSER.ejer },
	maaldato: { type: 'dato', navn: 'måldato' },
	noter: { type: 'tekst', navn: 'noter', max: GRAENSER.noter },
	/** The 0–4 level of format version 1, kept read-only so an upgraded assessment loses nothing. */
	tidligereNiveau: { type: 'niveau', navn: 'tidligere niveau (0–4)' },
} as const satisfies Record<string, FeltSpec>;

export interface UdfaldPost {
	karakter: Karakter;
	/** The indicators that hold, as "<grade>.<index>", e.g. "delvistOpfyldt.0". */
	indikatorer: string[];
	evidens: string;
	ejer: string;
	maaldato: string;
	noter: string;
}

export interface ForanstaltningPost {
	dokumenteret: boolean;
	implementeret: boolean;
	afproevet: boolean;
	ejer: string;
	maaldato: string;
	noter: string;
	tidligereNiveau: number | null;
}

export const emptyUdfald = (): UdfaldPost => ({ karakter: '', indikatorer: [], evidens: '', ejer: '', maaldato: '', noter: '' });
export const emptyForanstaltning = (): ForanstaltningPost => ({
	dokumenteret: false,
	implementeret: false,
	afproevet: false,
	ejer: '',
	maaldato: '',
	noter: '',
	tidligereNiveau: null,
});

export const MAAL_DEFAULT: UdfaldGrade = 'opfyldt';

export const UDFALD_KEY = /^k-[a-z0-9-]+:u\d{1,2}$/;
export const FORANSTALTNING_ID = /^f-\d{3}$/;
const INDIKATOR = /^(ikkeOpfyldt|delvistOpfyldt|opfyldt)\.\d{1,2}$/;

/** Value equality for field values (lists compare by content). */
export const sameValue = (a: unknown, b: unknown) => (Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : a === b);

const tal = (n: number) => n.toLocaleString('da-DK');

/** Why a date is not acceptable, or null. Shared by the form and the reader. */
export function datoFejl(value: string): string | null {
	if (!value) return null;
	const year = /^\+?(\d+)-\d{2}-\d{2}$/.exec(value)?.[1];
	if (year && (year.length !== 4 || value < GRAENSER.foersteDato || value > GRAENSER.sidsteDato))
		return `året skal ligge mellem 1900 og 2100 (fandt »${value}«)`;
	if (
		!/^\d{4}-\d{2}-\d{2}$/.test(value) ||
		Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
		new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
	)
		return `skal skrives ÅÅÅÅ-MM-DD (fandt »${value}«)`;
	return null;
}

/** Why a value does not fit a field, or null. */
export function feltFejl(spec: FeltSpec, value: unknown): string | null {
	switch (spec.type) {
		case 'bool':
			return typeof value === 'boolean' ? null : `skal være sand eller falsk (fandt ${JSON.stringify(value)})`;
		case 'niveau':
			return value === null || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4)
				? null
				: `skal være et helt tal fra 0 til 4 eller tomt (fandt ${JSON.stringify(value)})`;
		case 'karakter':
			return value === '' || (UDFALD_GRADES as readonly unknown[]).includes(value)
				? null
				: `skal være ${UDFALD_GRADES.map((g) => `»${g}«`).join(', ')} eller tom (fandt ${JSON.stringify(value)})`;
		case 'liste':
			return Array.isArray(value) && value.every((v) => typeof v === 'string' && INDIKATOR.test(v))
				? null
				: `skal være en liste af kendetegn som »opfyldt.0« (fandt ${JSON.stringify(value)})`;
		case 'dato':
			return typeof value === 'string' ? datoFejl(value) : `skal være en dato ÅÅÅÅ-MM-DD (fandt ${JSON.stringify(value)})`;
		case 'tekst':
			if (typeof value !== 'string') return `skal være tekst (fandt ${JSON.stringify(value)})`;
			return spec.max !== undefined && value.length > spec.max ? `er længere end ${tal(spec.max)} tegn (${tal(value.length)} tegn)` : null;
	}
}
