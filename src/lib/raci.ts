// RACI helpers shared by the step page and the generated matrix.
import type { Drejebog } from '../schemas/drejebog.ts';

export type RaciLetter = 'R' | 'A' | 'C' | 'I';
export const RACI_LABELS: Record<RaciLetter, string> = {
	R: 'Udfører (Responsible)',
	A: 'Har det endelige ansvar (Accountable)',
	C: 'Høres (Consulted)',
	I: 'Orienteres (Informed)',
};

/** The strongest letter a role holds in a step; A outranks R, which outranks C and I. */
export function raciOf(step: Pick<Drejebog, 'raci'>, role: string): RaciLetter | undefined {
	return (['A', 'R', 'C', 'I'] as const).find((letter) => step.raci[letter].includes(role));
}
