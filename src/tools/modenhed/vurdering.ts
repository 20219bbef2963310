// A self-assessment as stored in localStorage and in the exported JSON file, with the validation,
// catalogue migration and merging every path goes through. Pure: no DOM, no storage.
//
// Nothing a user typed is ever dropped silently:
// - every field carries its own change time (`tider`), so two tabs, or a file and the browser, are
//   merged field by field, newest first, instead of one whole assessment overwriting the other;
// - a stored or imported assessment is read field by field: a field that cannot be read is put in
//   quarantine (`karantaene`, with its raw value and the reason) and named, and every other field is kept.
import type { Katalog } from './katalog.ts';
import { MAX_NIVEAU } from './niveauer.ts';

export const FORMAT = 'nis2-drejebogen/modenhedsvurdering';
/** 2: per-field change times, `ryddet`, `karantaene`. Version 1 files are read and upgraded. */
export const FORMAT_VERSION = 2;

export interface Post {
	niveau: number | null;
	noter: string;
	ejer: string;
	/** ÅÅÅÅ-MM-DD or empty. */
	maaldato: string;
}
export type Felt = keyof Post;
export const FELTER: readonly Felt[] = ['niveau', 'ejer', 'maaldato', 'noter'];
export const FELTNAVNE: Record<Felt, string> = { niveau: 'niveau', ejer: 'ejer', maaldato: 'måldato', noter: 'noter' };

/** Limits, enforced where the user types (maxlength, min/max) and again when a file is read. */
export const GRAENSER = { noter: 10_000, ejer: 200, foersteDato: '1900-01-01', sidsteDato: '2100-12-31' } as const;

/** An assessment of a measure that is no longer in the catalogue: kept, with the title it had. */
export interface UdgaaetPost extends Post {
	titel: string;
}

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
	/** The measure ids of the catalogue the assessment was last saved against. */
	katalog: string[];
	maalniveau: number;
	vurderinger: Record<string, Post>;
	udgaaede: Record<string, UdgaaetPost>;
	/** Change time (ms since 1970) per field: key "maalniveau" or "<measure id>.<field>". */
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
	/** Measures new in the catalogue since the assessment was saved: not yet assessed. */
	tilfoejet: string[];
	/** Assessed measures no longer in the catalogue: moved to `udgaaede`, not dropped. */
	fjernet: string[];
}

export const tomPost = (): Post => ({ niveau: null, noter: '', ejer: '', maaldato: '' });

export function nyVurdering(katalog: Katalog, now = new Date()): Vurdering {
	return {
		format: FORMAT,
		version: FORMAT_VERSION,
		katalogVersion: katalog.version,
		katalog: katalog.foranstaltninger.map((f) => f.id),
		maalniveau: 3,
		vurderinger: {},
		udgaaede: {},
		tider: {},
		ryddet: 0,
		karantaene: [],
		opdateret: now.toISOString(),
	};
}

/** A post with nothing filled in is not worth storing or exporting. */
export const erTom = (p: Post) => p.niveau === null && !p.noter && !p.ejer && !p.maaldato;

export type Resultat =
	| { ok: true; vurdering: Vurdering; migrering?: Migrering; /** Fields quarantined by this read, named in Danish. */ karantaene: Karantaene[] }
	| { ok: false; fejl: string[]; /** The file is from a newer version of the tool: never overwrite it. */ nyere?: boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^f-\d{3}$/;
const DATO = /^\d{4}-\d{2}-\d{2}$/;
const tal = (n: number) => n.toLocaleString('da-DK');

/** Why a date is not acceptable, or null. Shared by the form and the reader. */
export function datoFejl(value: string): string | null {
	if (!value) return null;
	const year = /^\+?(\d+)-\d{2}-\d{2}$/.exec(value)?.[1];
	if (year && (year.length !== 4 || value < GRAENSER.foersteDato || value > GRAENSER.sidsteDato)) return `året skal ligge mellem 1900 og 2100 (fandt »${value}«)`;
	if (!DATO.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) return `skal skrives ÅÅÅÅ-MM-DD (fandt »${value}«)`;
	if (value < GRAENSER.foersteDato || value > GRAENSER.sidsteDato) return `året skal ligge mellem 1900 og 2100 (fandt »${value}«)`;
	return null;
}

/** Why a field value is not acceptable, or null. */
export function feltFejl(felt: Felt, value: unknown): string | null {
	if (felt === 'niveau') return value === null || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_NIVEAU) ? null : `skal være et helt tal fra 0 til ${MAX_NIVEAU} eller tomt (fandt ${JSON.stringify(value)})`;
	if (typeof value !== 'string') return `skal være tekst (fandt ${JSON.stringify(value)})`;
	if (felt === 'maaldato') return datoFejl(value);
	const max = GRAENSER[felt];
	return value.length > max ? `er længere end ${tal(max)} tegn (${tal(value.length)} tegn)` : null;
}

const raaTekst = (v: unknown) => {
	try {
		return JSON.stringify(v) ?? String(v);
	} catch {
		return String(v);
	}
};

/** The Danish sentence that names a quarantined field. */
export const karantaeneTekst = (k: Karantaene) => `${k.sti}: ${k.grund}`;

function readPost(id: string, section: string, raw: unknown, quarantine: (sti: string, raa: unknown, grund: string) => void, udgaaet: boolean): UdgaaetPost | undefined {
	if (!isObject(raw)) {
		quarantine(`${section} › ${id}`, raw, `vurderingen af foranstaltning ${id} er ikke et objekt`);
		return undefined;
	}
	const post: UdgaaetPost = { ...tomPost(), titel: typeof raw.titel === 'string' ? raw.titel : '' };
	for (const felt of FELTER) {
		const value = raw[felt] ?? (felt === 'niveau' ? null : '');
		const why = feltFejl(felt, value);
		if (why) quarantine(`${section} › ${id} › ${FELTNAVNE[felt]}`, value, `feltet »${FELTNAVNE[felt]}« for foranstaltning ${id} ${why}`);
		else (post as unknown as Record<string, unknown>)[felt] = value;
	}
	if (!udgaaet) delete (post as Partial<UdgaaetPost>).titel;
	return post;
}

/**
 * Reads an assessment from JSON text (an imported file or localStorage). A file that is not an
 * assessment at all, or is from a newer version of the tool, is refused as a whole; inside a valid
 * file each field is read on its own, and a field that fails is quarantined and named.
 */
export function laesVurdering(text: string, katalog: Katalog, now = new Date()): Resultat {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, fejl: ['Filen er ikke gyldig JSON. Vælg en fil, der er eksporteret fra modenhedsvurderingen.'] };
	}
	if (!isObject(raw)) return { ok: false, fejl: ['Filen indeholder ikke en modenhedsvurdering.'] };
	if (raw.format !== FORMAT) return { ok: false, fejl: ['Filen er ikke en modenhedsvurdering fra NIS2-drejebogen (feltet »format« mangler eller er forkert).'] };
	if (raw.version === undefined) return { ok: false, fejl: ['Filen mangler feltet »version«.'] };
	if (raw.version !== 1 && raw.version !== FORMAT_VERSION) {
		const newer = typeof raw.version === 'number' && raw.version > FORMAT_VERSION;
		return {
			ok: false,
			nyere: newer,
			fejl: [
				newer
					? `Filen er gemt i version ${raw.version} af formatet, som er nyere end denne udgave af værktøjet (version ${FORMAT_VERSION}). Genindlæs siden, og prøv igen.`
					: `Filen er gemt i en ukendt version af formatet (${JSON.stringify(raw.version)}). Værktøjet kan læse version 1 og ${FORMAT_VERSION}.`,
			],
		};
	}
	const found: Karantaene[] = [];
	const quarantine = (sti: string, value: unknown, grund: string) => found.push({ sti, raa: raaTekst(value), grund });

	// Version 1 has no per-field times: every field counts as changed when the file was last saved.
	const savedAt = typeof raw.opdateret === 'string' && !Number.isNaN(Date.parse(raw.opdateret)) ? Date.parse(raw.opdateret) : 0;
	const tider: Record<string, number> = {};
	if (isObject(raw.tider)) for (const [k, t] of Object.entries(raw.tider)) if (typeof t === 'number' && Number.isFinite(t)) tider[k] = t;
	const ryddet = typeof raw.ryddet === 'number' && Number.isFinite(raw.ryddet) ? raw.ryddet : 0;

	let katalogVersion = '';
	if (typeof raw.katalogVersion === 'string' && raw.katalogVersion) katalogVersion = raw.katalogVersion;
	else quarantine('katalogVersion', raw.katalogVersion, 'feltet »katalogVersion« mangler; vurderingen behandles som lavet mod en anden udgave af kataloget');
	let katalogIds: string[] | undefined;
	if (Array.isArray(raw.katalog) && raw.katalog.every((id) => typeof id === 'string' && ID.test(id))) katalogIds = raw.katalog as string[];
	else if (raw.katalog !== undefined) quarantine('katalog', raw.katalog, 'feltet »katalog« skal være en liste af foranstaltnings-id som »f-001«');

	let maalniveau = 3;
	const maal = raw.maalniveau ?? 3;
	if (Number.isInteger(maal) && (maal as number) >= 1 && (maal as number) <= MAX_NIVEAU) maalniveau = maal as number;
	else quarantine('målniveau', maal, `målniveauet skal være et helt tal fra 1 til ${MAX_NIVEAU}; målniveau 3 bruges`);

	const vurderinger: Record<string, Post> = {};
	const udgaaede: Record<string, UdgaaetPost> = {};
	// Titles that came with the posts, for measures that may turn out to be retired.
	const titler = new Map<string, string>();
	for (const [field, udgaaet] of [['vurderinger', false], ['udgaaede', true]] as const) {
		const section = raw[field] ?? {};
		if (!isObject(section)) {
			quarantine(field, section, `feltet »${field}« skal være et objekt med foranstaltnings-id som nøgler`);
			continue;
		}
		for (const [id, value] of Object.entries(section)) {
			if (!ID.test(id)) {
				quarantine(`${field} › ${id}`, value, `»${id}« i »${field}« er ikke et foranstaltnings-id (forventet fx »f-001«)`);
				continue;
			}
			const post = readPost(id, field, value, quarantine, udgaaet);
			if (!post) continue;
			if (udgaaet) udgaaede[id] = post;
			else {
				const { titel, ...rest } = post;
				if (!erTom(rest)) vurderinger[id] = rest;
				if (isObject(value) && typeof value.titel === 'string' && value.titel) titler.set(id, value.titel);
				void titel;
			}
		}
	}
	// Every field present gets a change time: its own, or the file's save time.
	if (tider.maalniveau === undefined && maalniveau !== 3) tider.maalniveau = savedAt;
	for (const [id, p] of Object.entries(vurderinger)) for (const felt of FELTER) if (p[felt] !== tomPost()[felt] && tider[`${id}.${felt}`] === undefined) tider[`${id}.${felt}`] = savedAt;

	const earlier = Array.isArray(raw.karantaene) ? raw.karantaene.filter((k): k is Karantaene => isObject(k) && typeof k.sti === 'string' && typeof k.raa === 'string' && typeof k.grund === 'string') : [];
	const vurdering: Vurdering = {
		format: FORMAT,
		version: FORMAT_VERSION,
		katalogVersion,
		katalog: katalogIds ?? Object.keys(vurderinger),
		maalniveau,
		vurderinger,
		udgaaede,
		tider,
		ryddet,
		karantaene: mergeQuarantine(earlier, found),
		opdateret: savedAt ? new Date(savedAt).toISOString() : now.toISOString(),
	};
	if (vurdering.katalogVersion === katalog.version) return { ok: true, vurdering, karantaene: found };
	const { vurdering: migreret, migrering } = migrer(vurdering, katalog, titler);
	return { ok: true, vurdering: migreret, migrering, karantaene: found };
}

function mergeQuarantine(a: Karantaene[], b: Karantaene[]): Karantaene[] {
	const seen = new Set(a.map((k) => `${k.sti}\n${k.raa}`));
	return [...a, ...b.filter((k) => !seen.has(`${k.sti}\n${k.raa}`))];
}

/**
 * Brings an assessment made against another catalogue version up to the current one. Assessments
 * of removed measures move to `udgaaede` with their title; new measures are listed. Nothing is lost.
 */
export function migrer(v: Vurdering, katalog: Katalog, titler = new Map<string, string>()): { vurdering: Vurdering; migrering: Migrering } {
	const current = new Set(katalog.foranstaltninger.map((f) => f.id));
	const before = new Set(v.katalog);
	const vurderinger: Record<string, Post> = {};
	const udgaaede: Record<string, UdgaaetPost> = { ...v.udgaaede };
	const fjernet: string[] = [];
	for (const [id, post] of Object.entries(v.vurderinger)) {
		if (current.has(id)) vurderinger[id] = post;
		else {
			udgaaede[id] = { ...post, titel: titler.get(id) ?? '' };
			fjernet.push(id);
		}
	}
	// A retired measure that has come back gets its assessment back.
	for (const [id, post] of Object.entries(v.udgaaede)) {
		if (current.has(id) && !vurderinger[id]) {
			const { titel: _titel, ...rest } = post;
			vurderinger[id] = rest;
			delete udgaaede[id];
		}
	}
	const tilfoejet = [...current].filter((id) => !before.has(id));
	return {
		vurdering: { ...v, katalogVersion: katalog.version, katalog: [...current], vurderinger, udgaaede },
		migrering: { fraVersion: v.katalogVersion || 'ukendt', tilVersion: katalog.version, tilfoejet: tilfoejet.sort(), fjernet: fjernet.sort() },
	};
}

// ---- Field-level access and merging --------------------------------------------------------------

/** The value of one field by its key ("maalniveau" or "f-001.noter"). */
export function feltVaerdi(v: Vurdering, key: string): unknown {
	if (key === 'maalniveau') return v.maalniveau;
	const [id, felt] = key.split('.') as [string, Felt];
	return (v.vurderinger[id] ?? tomPost())[felt];
}

/** Sets one field in place; an emptied post is removed. */
export function saetFelt(v: Vurdering, key: string, value: unknown): void {
	if (key === 'maalniveau') {
		v.maalniveau = value as number;
		return;
	}
	const [id, felt] = key.split('.') as [string, Felt];
	if (!FELTER.includes(felt)) return;
	const post = { ...(v.vurderinger[id] ?? tomPost()), [felt]: value } as Post;
	if (erTom(post)) delete v.vurderinger[id];
	else v.vurderinger[id] = post;
}

const emptyValue = (key: string) => (key === 'maalniveau' ? 3 : key.endsWith('.niveau') ? null : '');

/** Every field key that has a value or a change time. */
export function feltNoegler(v: Vurdering): string[] {
	const keys = new Set(Object.keys(v.tider));
	if (v.maalniveau !== 3) keys.add('maalniveau');
	for (const [id, p] of Object.entries(v.vurderinger)) for (const felt of FELTER) if (p[felt] !== tomPost()[felt]) keys.add(`${id}.${felt}`);
	return [...keys].filter((k) => k === 'maalniveau' || /^f-\d{3}\.(niveau|ejer|maaldato|noter)$/.test(k)).sort();
}

/** The fields whose values differ between two assessments. */
export function forskelle(a: Vurdering, b: Vurdering): string[] {
	return [...new Set([...feltNoegler(a), ...feltNoegler(b)])].filter((k) => feltVaerdi(a, k) !== feltVaerdi(b, k)).sort();
}

/**
 * Merges `other` into `mine` field by field: for each field the newer change wins (mine on a tie); a
 * change older than the latest clearing counts as empty. Retired posts and quarantined fields are
 * united. Returns the merged assessment and the keys whose value changed compared with `mine`.
 */
export function flet(mine: Vurdering, other: Vurdering, options: { ignoreOtherClearing?: boolean } = {}): { vurdering: Vurdering; aendret: string[] } {
	const ryddet = Math.max(mine.ryddet, options.ignoreOtherClearing ? 0 : other.ryddet);
	const out: Vurdering = { ...mine, vurderinger: {}, udgaaede: { ...other.udgaaede, ...mine.udgaaede }, tider: {}, ryddet, karantaene: mergeQuarantine(mine.karantaene, other.karantaene), maalniveau: 3 };
	for (const key of new Set([...feltNoegler(mine), ...feltNoegler(other)])) {
		const tm = mine.tider[key] ?? -Infinity;
		const to = other.tider[key] ?? -Infinity;
		const from = to > tm ? other : mine;
		const t = Math.max(tm, to);
		// A change at or before the latest clearing is gone (ryddet 0: never cleared).
		if (ryddet > 0 && t <= ryddet) continue;
		saetFelt(out, key, feltVaerdi(from, key));
		out.tider[key] = t;
	}
	const aendret = forskelle(mine, out).filter((k) => feltVaerdi(mine, k) !== feltVaerdi(out, k));
	const opdateret = [mine.opdateret, other.opdateret].sort().at(-1)!;
	return { vurdering: { ...out, opdateret }, aendret };
}

/**
 * `incoming` as a replacement for everything before `now`: the old fields count as cleared, and the
 * incoming fields are stamped just after, so a merge anywhere (another tab) adopts the replacement.
 */
export function somErstatning(incoming: Vurdering, now: number): Vurdering {
	const out: Vurdering = { ...incoming, vurderinger: {}, tider: {}, ryddet: now, maalniveau: 3 };
	for (const key of feltNoegler(incoming)) {
		const value = feltVaerdi(incoming, key);
		if (value === emptyValue(key)) continue;
		saetFelt(out, key, value);
		out.tider[key] = now + 1;
	}
	return out;
}

/** How many answers an assessment holds: filled-in fields of current measures. */
export const antalSvar = (v: Vurdering) => Object.values(v.vurderinger).reduce((n, p) => n + FELTER.filter((f) => p[f] !== tomPost()[f]).length, 0);

/** The exported file: only filled-in posts, with titles so a later catalogue can still name them. */
export function tilEksport(v: Vurdering, katalog: Katalog, now = new Date()): string {
	const titel = new Map(katalog.foranstaltninger.map((f) => [f.id, f.titel]));
	const vurderinger = Object.fromEntries(
		Object.entries(v.vurderinger)
			.filter(([, p]) => !erTom(p))
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([id, p]) => [id, { ...p, titel: titel.get(id) ?? '' }]),
	);
	const file = { ...v, eksporteret: now.toISOString(), vurderinger };
	return JSON.stringify(file, null, 2);
}
