// A self-assessment as stored in localStorage and in the exported JSON file: its shape, a new one,
// and the exported file. Pure: no DOM, no storage. Reading a stored or imported assessment is in
// read.ts, field-level access and merging in merge.ts.
//
// Nothing a user typed is ever dropped silently:
// - every field carries its own change time (`tider`), so two tabs, or a file and the browser, are
//   merged field by field, newest first, instead of one whole assessment overwriting the other;
// - a stored or imported assessment is read field by field: a field that cannot be read is put in
//   quarantine (`karantaene`, with its raw value and the reason) and named, and every other field is kept.
import { allUdfald, type Katalog } from './katalog.ts';
import {
	FORANSTALTNING_FELTER,
	FORANSTALTNING_ID,
	sameValue,
	MAAL_DEFAULT,
	emptyForanstaltning,
	emptyUdfald,
	UDFALD_FELTER,
	UDFALD_KEY,
	type FeltSpec,
	type ForanstaltningPost,
	type Karakter,
	type UdfaldPost,
} from './felter.ts';
import type { UdfaldGrade } from './karakterer.ts';
import type { SizeClass } from '../../schemas/size-classes.ts';

export const FORMAT = 'nis2-drejebogen/modenhedsvurdering';
/**
 * 2: graded outcomes (`udfald`), evidence levels per measure, per-field change times, `ryddet`,
 * `karantaene`. Version 1 files (0–4 level per measure) are read and upgraded without loss: the old
 * level is kept per measure as `tidligereNiveau`, the old target as `tidligereMaalniveau`.
 */
export const FORMAT_VERSION = 2;

/** An assessment of a measure or outcome that is no longer in the catalogue: kept, with the title it had. */
export type UdgaaetPost = (Partial<ForanstaltningPost> | Partial<UdfaldPost>) & { titel: string };

/** A field that could not be read: its place, its raw value as JSON text, and why. */
export interface Karantaene {
	sti: string;
	raa: string;
	grund: string;
}

export interface Vurdering {
	format: typeof FORMAT;
	version: typeof FORMAT_VERSION;
	katalogVersion: string;
	/** The measure ids and outcome keys of the catalogue the assessment was last saved against. */
	katalog: string[];
	/** The grade every outcome should reach. */
	maalniveau: UdfaldGrade;
	/** The municipality's size class, for the cost of closing gaps and the benchmark export; '' = not chosen. */
	stoerrelse: SizeClass | '';
	udfald: Record<string, UdfaldPost>;
	vurderinger: Record<string, ForanstaltningPost>;
	udgaaede: Record<string, UdgaaetPost>;
	/** The target level of a version 1 file (0–4 scale), kept for reference. */
	tidligereMaalniveau: number | null;
	/** Change time (ms since 1970) per field: "maalniveau", "stoerrelse" or "<id or key>.<field>". */
	tider: Record<string, number>;
	/** When the assessment was last cleared or replaced (ms): older field changes count as empty. */
	ryddet: number;
	karantaene: Karantaene[];
	/** ISO time of the last change. */
	opdateret: string;
}

export interface Migrering {
	fraVersion: string;
	tilVersion: string;
	/** Measures and outcomes new in the catalogue since the assessment was saved: not yet assessed. */
	tilfoejet: string[];
	/** Assessed measures and outcomes no longer in the catalogue: moved to `udgaaede`, not dropped. */
	fjernet: string[];
}

/** Which part of an assessment an id belongs to. */
export type Art = 'udfald' | 'foranstaltning';
export const artOf = (id: string): Art | null => (UDFALD_KEY.test(id) ? 'udfald' : FORANSTALTNING_ID.test(id) ? 'foranstaltning' : null);
export const specOf = (art: Art): Record<string, FeltSpec> => (art === 'udfald' ? UDFALD_FELTER : FORANSTALTNING_FELTER);
export const emptyOf = (art: Art): Record<string, unknown> => (art === 'udfald' ? emptyUdfald() : emptyForanstaltning()) as unknown as Record<string, unknown>;
export const sectionOf = (v: Vurdering, art: Art) => (art === 'udfald' ? v.udfald : v.vurderinger) as unknown as Record<string, Record<string, unknown>>;

export const katalogIds = (k: Katalog) => [...k.foranstaltninger.map((f) => f.id), ...allUdfald(k).map((x) => x.udfald.key)];

export function newVurdering(katalog: Katalog, now = new Date()): Vurdering {
	return {
		format: FORMAT,
		version: FORMAT_VERSION,
		katalogVersion: katalog.version,
		katalog: katalogIds(katalog),
		maalniveau: MAAL_DEFAULT,
		stoerrelse: '',
		udfald: {},
		vurderinger: {},
		udgaaede: {},
		tidligereMaalniveau: null,
		tider: {},
		ryddet: 0,
		karantaene: [],
		opdateret: now.toISOString(),
	};
}

/** A post with nothing filled in is not worth storing or exporting. */
export const isEmpty = (art: Art, p: Record<string, unknown>) => Object.entries(emptyOf(art)).every(([k, e]) => sameValue(p[k] ?? e, e));

/** The Danish sentence that names a quarantined field. */
export const karantaeneTekst = (k: Karantaene) => `${k.sti}: ${k.grund}`;

/** Two quarantine lists as one, each field and raw value once. */
export function mergeQuarantine(a: Karantaene[], b: Karantaene[]): Karantaene[] {
	const seen = new Set(a.map((k) => `${k.sti}\n${k.raa}`));
	return [...a, ...b.filter((k) => !seen.has(`${k.sti}\n${k.raa}`))];
}

/** The grade of an outcome, '' when not assessed. */
export const karakterOf = (v: Vurdering, key: string): Karakter => v.udfald[key]?.karakter ?? '';

/** The exported file: only filled-in posts, with titles so a later catalogue can still name them. */
export function toEksport(v: Vurdering, katalog: Katalog, now = new Date()): string {
	const titel = new Map<string, string>([
		...katalog.foranstaltninger.map((f): [string, string] => [f.id, f.titel]),
		...allUdfald(katalog).map((x): [string, string] => [x.udfald.key, x.udfald.titel]),
	]);
	const withTitles = <P extends object>(section: Record<string, P>) =>
		Object.fromEntries(
			Object.entries(section)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([id, p]) => [id, { ...p, titel: titel.get(id) ?? '' }]),
		);
	const file = { ...v, eksporteret: now.toISOString(), udfald: withTitles(v.udfald), vurderinger: withTitles(v.vurderinger) };
	return JSON.stringify(file, null, 2);
}
