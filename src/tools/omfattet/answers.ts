// Reading the answers given so far: the predicates the questions (whether one is asked) and the
// rules (whether one applies) share, so each condition is written once.

import type { EnhedId, Svar } from './typer.ts';

export const enhed = (svar: Svar) => svar.enhed as EnhedId | undefined;
export const er = (...ids: EnhedId[]) => (svar: Svar) => ids.includes(enhed(svar)!);
export const has = (svar: Svar, id: string, value: string) => {
	const v = svar[id];
	return Array.isArray(v) ? v.includes(value) : v === value;
};
/** Companies assessed on their own: not district heating (other law) and not run inside the municipality. */
export const selvstaendigt = (svar: Svar) => er('vand', 'spildevand', 'affald', 'havn', 'sundhed')(svar) && svar.organisering === 'selskab';
export const saerlig = (svar: Svar, v: string) => has(svar, 'saerlige', v);
/** A company in one of the sectors, by its own answer to the sector question. */
export const iSektor = (svar: Svar) => selvstaendigt(svar) && svar[`sektor-${enhed(svar)}`] === 'ja';
/** The municipality runs at least one annex activity other than district heating (other law). */
export const kommuneAktivitet = (svar: Svar) => {
	const a = svar.aktiviteter;
	return Array.isArray(a) && a.some((x) => x !== 'fjernvarme');
};

/** Size under the Commission's SME recommendation as the fact sheet gives it: staff or both money figures. */
export function stoerrelse(svar: Svar): 'lille' | 'mellem' | 'stor' {
	if (svar.ansatte === '250+' || svar.oekonomi === 'stor') return 'stor';
	if (svar.ansatte === '50-249' || svar.oekonomi === 'mellem') return 'mellem';
	return 'lille';
}
