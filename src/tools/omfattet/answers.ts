// Reading the answers given so far: the predicates the questions (whether one is asked) and the
// rules (whether one applies) share, so each condition is written once.

import type { EnhedId, Svar } from './types.ts';

export const enhedOf = (svar: Svar) => svar.enhed as EnhedId | undefined;
export const isEnhed =
	(...ids: EnhedId[]) =>
	(svar: Svar) =>
		ids.includes(enhedOf(svar)!);
export const hasValgt = (svar: Svar, id: string, value: string) => {
	const v = svar[id];
	return Array.isArray(v) ? v.includes(value) : v === value;
};
/** Companies assessed on their own: not district heating (other law) and not run inside the municipality. */
export const isSelvstaendigt = (svar: Svar) => isEnhed('vand', 'spildevand', 'affald', 'havn', 'sundhed')(svar) && svar.organisering === 'selskab';
export const hasSaerlig = (svar: Svar, v: string) => hasValgt(svar, 'saerlige', v);
/** A company in one of the sectors, by its own answer to the sector question. */
export const inSektor = (svar: Svar) => isSelvstaendigt(svar) && svar[`sektor-${enhedOf(svar)}`] === 'ja';
/** The municipality runs at least one annex activity other than district heating (other law). */
export const hasKommuneAktivitet = (svar: Svar) => {
	const a = svar.aktiviteter;
	return Array.isArray(a) && a.some((x) => x !== 'fjernvarme');
};

/** Size under the Commission's SME recommendation as the fact sheet gives it: staff or both money figures. */
export function stoerrelseOf(svar: Svar): 'lille' | 'mellem' | 'stor' {
	if (svar.ansatte === '250+' || svar.oekonomi === 'stor') return 'stor';
	if (svar.ansatte === '50-249' || svar.oekonomi === 'mellem') return 'mellem';
	return 'lille';
}
