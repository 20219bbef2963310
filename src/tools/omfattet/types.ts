// The shapes of "Er vi omfattet?": the questions, the answers, the rules and their outcomes.
// The questions are in spoergsmaal.ts, the rules in regler.ts, the outcome texts in udfald.ts.

export type EnhedId = 'kommune' | 'vand' | 'spildevand' | 'affald' | 'fjernvarme' | 'havn' | 'sundhed';
export type Sikkerhed = 'V' | 'S' | 'U';

export interface Henvisning {
	/** Id in content/data/kilder.yaml; linked to /opslag/kilder/#id. */
	kilde: string;
	henvisning: string;
}

export interface Valg {
	vaerdi: string;
	tekst: string;
}

export interface Spoergsmaal {
	id: string;
	tekst: string;
	hjaelp?: string;
	/** radio: exactly one answer; afkryds: any number of boxes, none is a valid answer. */
	type: 'radio' | 'afkryds';
	valg: Valg[];
	/** Whether the question is asked, given the answers so far. */
	stilles: (svar: Svar) => boolean;
}

export type Svar = Record<string, string | string[] | undefined>;

export type Udfald =
	| 'energilov'
	| 'del-af-kommunen'
	| 'omfattet-vaesentlig'
	| 'omfattet-vigtig'
	| 'omfattet'
	| 'sandsynligvis-omfattet'
	| 'ikke-omfattet-sektor'
	| 'ikke-omfattet-stoerrelse';

export interface Regel {
	id: string;
	/** When the rule applies; only called once every asked question has an answer. */
	gaelder: (svar: Svar) => boolean;
	/** The first applying rule with an outcome decides the result; the rest add reasoning. */
	udfald?: Udfald;
	begrundelse: string;
	sikkerhed: Sikkerhed;
	kilder: Henvisning[];
	/** Requirement pages that explain the consequence (/krav/<id>/). */
	krav?: string[];
	/** Open question in content/data/spoergsmaal.yaml this rule depends on. */
	aabentSpoergsmaal?: string;
}
