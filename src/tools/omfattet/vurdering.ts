// Evaluates the rules in regler.ts against a set of answers. Pure: the page, the print view and the
// tests all get the same result from the same answers.
import { REGLER } from './regler.ts';
import { SPOERGSMAAL } from './spoergsmaal.ts';
import type { Regel, Spoergsmaal, Svar, Udfald } from './types.ts';
import { NAESTE_SKRIDT, UDFALD_TEKST } from './udfald.ts';

export interface Vurdering {
	/** Questions asked for these answers, in order. */
	stillede: Spoergsmaal[];
	/** Asked radio questions without an answer; the result waits for them. */
	mangler: Spoergsmaal[];
	udfald?: Udfald;
	overskrift?: string;
	tekst?: string;
	/** Every applying rule, the deciding one first. */
	begrundelser: Regel[];
	/** True when any applying rule rests on an unverified fact. */
	usikker: boolean;
	naesteSkridt: typeof NAESTE_SKRIDT;
}

const answered = (q: Spoergsmaal, svar: Svar) => q.type === 'afkryds' || (typeof svar[q.id] === 'string' && svar[q.id] !== '');

/** Only answers to questions that are still asked count; a changed earlier answer can hide later ones. */
export function relevantSvar(svar: Svar): Svar {
	const kept: Svar = {};
	for (const q of SPOERGSMAAL) {
		if (q.stilles(kept)) kept[q.id] = svar[q.id] ?? (q.type === 'afkryds' ? [] : undefined);
	}
	return kept;
}

export function vurderingFor(input: Svar): Vurdering {
	const svar = relevantSvar(input);
	const stillede = SPOERGSMAAL.filter((q) => q.stilles(svar));
	const mangler = stillede.filter((q) => !answered(q, svar));
	if (mangler.length > 0) return { stillede, mangler, begrundelser: [], usikker: false, naesteSkridt: [] };
	const gaeldende = REGLER.filter((r) => r.gaelder(svar));
	const afgoerende = gaeldende.find((r) => r.udfald);
	const begrundelser = afgoerende ? [afgoerende, ...gaeldende.filter((r) => r !== afgoerende)] : gaeldende;
	const udfald = afgoerende?.udfald;
	const omfattet = udfald === 'omfattet' || udfald === 'omfattet-vaesentlig' || udfald === 'omfattet-vigtig' || udfald === 'sandsynligvis-omfattet';
	return {
		stillede,
		mangler,
		udfald,
		overskrift: udfald && UDFALD_TEKST[udfald].overskrift,
		tekst: udfald && UDFALD_TEKST[udfald].tekst,
		begrundelser,
		usikker: begrundelser.some((r) => r.sikkerhed === 'U'),
		naesteSkridt: omfattet ? NAESTE_SKRIDT : [],
	};
}
