// The catalogue as the self-assessment sees it, embedded in the page at build time: requirements with
// their graded outcomes (front matter `udfald`), measures with their evidence levels and cost estimates.
import { fingerprint } from '../shared/hash.ts';
import type { SizeClass } from '../../schemas/size-classes.ts';

interface KatalogTrin {
	id: string;
	titel: string;
	url: string;
}

interface Cost {
	engang: number;
	aarlig: number;
	aarsvaerk: number;
}

export interface KatalogForanstaltning {
	id: string;
	titel: string;
	url: string;
	krav: string[];
	niveau: 'grundniveau' | 'udvidet';
	trin: KatalogTrin[];
	omkostninger: Record<SizeClass, Cost>;
}

interface KatalogIndikatorer {
	ikkeOpfyldt: string[];
	delvistOpfyldt: string[];
	opfyldt: string[];
}

export interface KatalogUdfald {
	/** Global key "<kravId>:<udfaldId>". */
	key: string;
	id: string;
	titel: string;
	beskrivelse: string;
	indikatorer: KatalogIndikatorer;
	foranstaltninger: string[];
}

export interface KatalogKrav {
	id: string;
	titel: string;
	url: string;
	udfald: KatalogUdfald[];
}

interface KatalogKlasse {
	id: SizeClass;
	navn: string;
}

export interface Katalog {
	version: string;
	/** Catalogue edition and date as printed on reports: package version and build date. */
	udgave: string;
	dato: string;
	foranstaltninger: KatalogForanstaltning[];
	krav: KatalogKrav[];
	klasser: KatalogKlasse[];
}

/**
 * The catalogue version: the number of measures and outcomes and a fingerprint of their ids. It
 * changes when a measure or an outcome is added or removed (what an assessment must be migrated
 * for), not when a text is edited.
 */
export const katalogVersion = (ids: readonly string[]) => `${ids.length}-${fingerprint(ids)}`;

export const allUdfald = (k: Katalog) => k.krav.flatMap((krav) => krav.udfald.map((u) => ({ krav, udfald: u })));
