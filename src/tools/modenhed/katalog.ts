// The measures catalogue as the self-assessment sees it, embedded in the page at build time.
import { fingerprint } from '../shared/hash.ts';

export interface KatalogTrin {
	id: string;
	titel: string;
	url: string;
}

export interface KatalogForanstaltning {
	id: string;
	titel: string;
	url: string;
	krav: string[];
	niveau: 'grundniveau' | 'udvidet';
	afhaengerAf: string[];
	trin: KatalogTrin[];
}

export interface KatalogKrav {
	id: string;
	titel: string;
	url: string;
}

export interface Katalog {
	version: string;
	foranstaltninger: KatalogForanstaltning[];
	krav: KatalogKrav[];
}

/**
 * The catalogue version: the number of measures and a fingerprint of their ids. It changes when a
 * measure is added or removed (what an assessment must be migrated for), not when a text is edited.
 */
export const katalogVersion = (ids: readonly string[]) => `${ids.length}-${fingerprint(ids)}`;
