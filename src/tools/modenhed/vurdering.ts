// A self-assessment as stored in localStorage and in the exported JSON file, with the validation,
// catalogue migration and merging every path goes through. Pure: no DOM, no storage.
//
// Nothing a user typed is ever dropped silently:
// - every field carries its own change time (`tider`), so two tabs, or a file and the browser, are
//   merged field by field, newest first, instead of one whole assessment overwriting the other;
// - a stored or imported assessment is read field by field: a field that cannot be read is put in
//   quarantine (`karantaene`, with its raw value and the reason) and named, and every other field is kept.
import { alleUdfald, type Katalog } from './katalog.ts';
import {
	FORANSTALTNING_FELTER,
	FORANSTALTNING_ID,
	feltFejl,
	lige,
	MAAL_DEFAULT,
	tomForanstaltning,
	tomUdfald,
	UDFALD_FELTER,
	UDFALD_KEY,
	type FeltSpec,
	type ForanstaltningPost,
	type Karakter,
	type UdfaldPost,
} from './felter.ts';
import { UDFALD_GRADES, type UdfaldGrade } from './karakterer.ts';
import { SIZE_CLASSES, type SizeClass } from '../../schemas/size-classes.ts';

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
type Art = 'udfald' | 'foranstaltning';
const artOf = (id: string): Art | null => (UDFALD_KEY.test(id) ? 'udfald' : FORANSTALTNING_ID.test(id) ? 'foranstaltning' : null);
const specOf = (art: Art): Record<string, FeltSpec> => (art === 'udfald' ? UDFALD_FELTER : FORANSTALTNING_FELTER);
const emptyOf = (art: Art): Record<string, unknown> => (art === 'udfald' ? tomUdfald() : tomForanstaltning()) as unknown as Record<string, unknown>;
const sectionOf = (v: Vurdering, art: Art) => (art === 'udfald' ? v.udfald : v.vurderinger) as unknown as Record<string, Record<string, unknown>>;

export const katalogIds = (k: Katalog) => [...k.foranstaltninger.map((f) => f.id), ...alleUdfald(k).map((x) => x.udfald.key)];

export function nyVurdering(katalog: Katalog, now = new Date()): Vurdering {
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
export const erTom = (art: Art, p: Record<string, unknown>) => Object.entries(emptyOf(art)).every(([k, e]) => lige(p[k] ?? e, e));

export type Resultat =
	| { ok: true; vurdering: Vurdering; migrering?: Migrering; /** Fields quarantined by this read, named in Danish. */ karantaene: Karantaene[] }
	| { ok: false; fejl: string[]; /** The file is from a newer version of the tool: never overwrite it. */ nyere?: boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const raaTekst = (v: unknown) => {
	try {
		return JSON.stringify(v) ?? String(v);
	} catch {
		return String(v);
	}
};

/** The Danish sentence that names a quarantined field. */
export const karantaeneTekst = (k: Karantaene) => `${k.sti}: ${k.grund}`;

const beskriv = (art: Art, id: string) => (art === 'udfald' ? `udfald ${id}` : `foranstaltning ${id}`);

/** Reads one post field by field; what fails goes to quarantine, the rest is kept. */
function readPost(art: Art, id: string, section: string, raw: unknown, quarantine: (sti: string, raa: unknown, grund: string) => void): Record<string, unknown> | undefined {
	if (!isObject(raw)) {
		quarantine(`${section} › ${id}`, raw, `vurderingen af ${beskriv(art, id)} er ikke et objekt`);
		return undefined;
	}
	const post = emptyOf(art);
	for (const [felt, spec] of Object.entries(specOf(art))) {
		const value = raw[felt] ?? post[felt];
		const why = feltFejl(spec, value);
		if (why) quarantine(`${section} › ${id} › ${spec.navn}`, value, `feltet »${spec.navn}« for ${beskriv(art, id)} ${why}`);
		else post[felt] = Array.isArray(value) ? [...new Set(value as string[])].sort() : value;
	}
	// A field this version does not know (a typo, a newer tool) is kept aside too, never dropped unseen.
	for (const [felt, value] of Object.entries(raw)) if (felt !== 'titel' && !(felt in post)) quarantine(`${section} › ${id} › ${felt}`, value, `feltet »${felt}« for ${beskriv(art, id)} findes ikke i denne udgave af værktøjet`);
	return post;
}

/** A version 1 post (0–4 level, no evidence levels) as a version 2 measure post. */
function upgradeV1Post(raw: unknown): unknown {
	if (!isObject(raw)) return raw;
	const { niveau, ...rest } = raw;
	return { ...rest, tidligereNiveau: niveau ?? null };
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
	const v1 = raw.version === 1;
	const found: Karantaene[] = [];
	const quarantine = (sti: string, value: unknown, grund: string) => found.push({ sti, raa: raaTekst(value), grund });

	// Version 1 has no per-field times: every field counts as changed when the file was last saved.
	const savedAt = typeof raw.opdateret === 'string' && !Number.isNaN(Date.parse(raw.opdateret)) ? Date.parse(raw.opdateret) : 1;
	const tider: Record<string, number> = {};
	if (isObject(raw.tider)) for (const [k, t] of Object.entries(raw.tider)) if (typeof t === 'number' && Number.isFinite(t)) tider[k] = t;
	const ryddet = typeof raw.ryddet === 'number' && Number.isFinite(raw.ryddet) ? raw.ryddet : 0;

	let katalogVersion = '';
	if (typeof raw.katalogVersion === 'string' && raw.katalogVersion) katalogVersion = raw.katalogVersion;
	else quarantine('katalogVersion', raw.katalogVersion, 'feltet »katalogVersion« mangler; vurderingen behandles som lavet mod en anden udgave af kataloget');
	let ids: string[] | undefined;
	if (Array.isArray(raw.katalog) && raw.katalog.every((id) => typeof id === 'string' && artOf(id))) ids = raw.katalog as string[];
	else if (raw.katalog !== undefined) quarantine('katalog', raw.katalog, 'feltet »katalog« skal være en liste af foranstaltnings-id som »f-001« og udfald som »k-20:u1«');

	let maalniveau: UdfaldGrade = MAAL_DEFAULT;
	let tidligereMaalniveau: number | null = typeof raw.tidligereMaalniveau === 'number' ? raw.tidligereMaalniveau : null;
	if (v1) tidligereMaalniveau = typeof raw.maalniveau === 'number' ? raw.maalniveau : 3;
	else if ((UDFALD_GRADES as readonly unknown[]).includes(raw.maalniveau) && raw.maalniveau !== 'ikke-opfyldt') maalniveau = raw.maalniveau as UdfaldGrade;
	else if (raw.maalniveau !== undefined) quarantine('målniveau', raw.maalniveau, `målniveauet skal være »delvist-opfyldt« eller »opfyldt«; »${MAAL_DEFAULT}« bruges`);
	let stoerrelse: SizeClass | '' = '';
	if (raw.stoerrelse === undefined || raw.stoerrelse === '' || (SIZE_CLASSES as readonly unknown[]).includes(raw.stoerrelse)) stoerrelse = (raw.stoerrelse as SizeClass | undefined) ?? '';
	else quarantine('størrelse', raw.stoerrelse, `kommunestørrelsen skal være ${SIZE_CLASSES.map((s) => `»${s}«`).join(', ')} eller tom`);

	const udfald: Record<string, UdfaldPost> = {};
	const vurderinger: Record<string, ForanstaltningPost> = {};
	const udgaaede: Record<string, UdgaaetPost> = {};
	// Titles that came with the posts, for measures and outcomes that may turn out to be retired.
	const titler = new Map<string, string>();
	for (const field of ['udfald', 'vurderinger', 'udgaaede'] as const) {
		const section = raw[field] ?? {};
		if (!isObject(section)) {
			quarantine(field, section, `feltet »${field}« skal være et objekt med id som nøgler`);
			continue;
		}
		for (const [id, rawValue] of Object.entries(section)) {
			const art = artOf(id);
			const expected = field === 'udfald' ? 'udfald' : field === 'vurderinger' ? 'foranstaltning' : art;
			if (!art || art !== expected) {
				quarantine(`${field} › ${id}`, rawValue, `»${id}« i »${field}« er ikke ${field === 'udfald' ? 'et udfald (forventet fx »k-20:u1«)' : field === 'vurderinger' ? 'et foranstaltnings-id (forventet fx »f-001«)' : 'et foranstaltnings-id eller et udfald'}`);
				continue;
			}
			const value = v1 && art === 'foranstaltning' ? upgradeV1Post(rawValue) : rawValue;
			const post = readPost(art, id, field, value, quarantine);
			if (!post) continue;
			const titel = isObject(rawValue) && typeof rawValue.titel === 'string' ? rawValue.titel : '';
			if (field === 'udgaaede') udgaaede[id] = { ...post, titel } as UdgaaetPost;
			else {
				if (titel) titler.set(id, titel);
				if (erTom(art, post)) continue;
				(sectionOf({ udfald, vurderinger } as Vurdering, art) as Record<string, unknown>)[id] = post;
			}
		}
	}
	const earlier = Array.isArray(raw.karantaene) ? raw.karantaene.filter((k): k is Karantaene => isObject(k) && typeof k.sti === 'string' && typeof k.raa === 'string' && typeof k.grund === 'string') : [];
	const vurdering: Vurdering = {
		format: FORMAT,
		version: FORMAT_VERSION,
		katalogVersion,
		katalog: ids ?? [...Object.keys(vurderinger), ...Object.keys(udfald)],
		maalniveau,
		stoerrelse,
		udfald,
		vurderinger,
		udgaaede,
		tidligereMaalniveau,
		tider,
		ryddet,
		karantaene: mergeQuarantine(earlier, found),
		opdateret: savedAt > 1 ? new Date(savedAt).toISOString() : now.toISOString(),
	};
	// Every field present gets a change time: its own, or the file's save time.
	for (const key of feltNoegler(vurdering)) if (vurdering.tider[key] === undefined) vurdering.tider[key] = savedAt;
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
 * of removed measures and outcomes move to `udgaaede` with their title; new ones are listed. Nothing is lost.
 */
export function migrer(v: Vurdering, katalog: Katalog, titler = new Map<string, string>()): { vurdering: Vurdering; migrering: Migrering } {
	const current = new Set(katalogIds(katalog));
	const before = new Set(v.katalog);
	const out: Vurdering = { ...v, udfald: {}, vurderinger: {}, udgaaede: { ...v.udgaaede } };
	const fjernet: string[] = [];
	for (const art of ['udfald', 'foranstaltning'] as const) {
		for (const [id, post] of Object.entries(sectionOf(v, art))) {
			if (current.has(id)) sectionOf(out, art)[id] = post;
			else {
				out.udgaaede[id] = { ...post, titel: titler.get(id) ?? '' } as UdgaaetPost;
				fjernet.push(id);
			}
		}
	}
	// A retired measure or outcome that has come back gets its assessment back.
	for (const [id, post] of Object.entries(v.udgaaede)) {
		const art = artOf(id);
		if (art && current.has(id) && !sectionOf(out, art)[id]) {
			const { titel: _titel, ...rest } = post;
			sectionOf(out, art)[id] = { ...emptyOf(art), ...rest };
			delete out.udgaaede[id];
		}
	}
	// Field times of retired posts are dropped with them (they are no longer fields of the form).
	for (const key of Object.keys(out.tider)) {
		const id = key.split('.')[0];
		if (artOf(id) && !current.has(id)) delete out.tider[key];
	}
	// Version 1 files list measures only; outcomes are new to them, so they are not worth listing one by one.
	const tilfoejet = [...current].filter((id) => !before.has(id));
	return {
		vurdering: { ...out, katalogVersion: katalog.version, katalog: [...current] },
		migrering: { fraVersion: v.katalogVersion || 'ukendt', tilVersion: katalog.version, tilfoejet: tilfoejet.sort(), fjernet: fjernet.sort() },
	};
}

// ---- Field-level access and merging --------------------------------------------------------------

const TOP: Record<string, unknown> = { maalniveau: MAAL_DEFAULT, stoerrelse: '' };

/** The value of one field by its key ("maalniveau", "f-001.noter", "k-20:u1.karakter"). */
export function feltVaerdi(v: Vurdering, key: string): unknown {
	if (key in TOP) return (v as unknown as Record<string, unknown>)[key];
	const [id, felt] = key.split('.');
	const art = artOf(id);
	if (!art) return undefined;
	return (sectionOf(v, art)[id] ?? emptyOf(art))[felt];
}

/** Sets one field in place; an emptied post is removed. */
export function saetFelt(v: Vurdering, key: string, value: unknown): void {
	if (key in TOP) {
		(v as unknown as Record<string, unknown>)[key] = value;
		return;
	}
	const [id, felt] = key.split('.');
	const art = artOf(id);
	if (!art || !(felt in specOf(art))) return;
	const section = sectionOf(v, art);
	const post = { ...(section[id] ?? emptyOf(art)), [felt]: value };
	if (erTom(art, post)) delete section[id];
	else section[id] = post;
}

const emptyValue = (key: string) => {
	if (key in TOP) return TOP[key];
	const [id, felt] = key.split('.');
	const art = artOf(id);
	return art ? emptyOf(art)[felt] : undefined;
};

const isKey = (key: string) => {
	if (key in TOP) return true;
	const [id, felt] = key.split('.');
	const art = artOf(id);
	return art !== null && felt in specOf(art);
};

/** Every field key that has a value or a change time. */
export function feltNoegler(v: Vurdering): string[] {
	const keys = new Set(Object.keys(v.tider).filter(isKey));
	for (const k of Object.keys(TOP)) if (!lige(feltVaerdi(v, k), TOP[k])) keys.add(k);
	for (const art of ['udfald', 'foranstaltning'] as const) {
		for (const [id, p] of Object.entries(sectionOf(v, art))) for (const [felt, e] of Object.entries(emptyOf(art))) if (!lige(p[felt] ?? e, e)) keys.add(`${id}.${felt}`);
	}
	return [...keys].sort();
}

/** The fields whose values differ between two assessments. */
export function forskelle(a: Vurdering, b: Vurdering): string[] {
	return [...new Set([...feltNoegler(a), ...feltNoegler(b)])].filter((k) => !lige(feltVaerdi(a, k), feltVaerdi(b, k))).sort();
}

/**
 * Merges `other` into `mine` field by field: for each field the newer change wins (mine on a tie); a
 * change at or before the latest clearing counts as empty. Retired posts and quarantined fields are
 * united. Returns the merged assessment and the keys whose value changed compared with `mine`.
 */
export function flet(mine: Vurdering, other: Vurdering, options: { ignoreOtherClearing?: boolean } = {}): { vurdering: Vurdering; aendret: string[] } {
	const ryddet = Math.max(mine.ryddet, options.ignoreOtherClearing ? 0 : other.ryddet);
	const out: Vurdering = {
		...mine,
		...TOP,
		udfald: {},
		vurderinger: {},
		udgaaede: { ...other.udgaaede, ...mine.udgaaede },
		tidligereMaalniveau: mine.tidligereMaalniveau ?? other.tidligereMaalniveau,
		tider: {},
		ryddet,
		karantaene: mergeQuarantine(mine.karantaene, other.karantaene),
	} as Vurdering;
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
	const opdateret = [mine.opdateret, other.opdateret].sort().at(-1)!;
	return { vurdering: { ...out, opdateret }, aendret: forskelle(mine, out) };
}

/**
 * `incoming` as a replacement for everything before `now`: the old fields count as cleared, and the
 * incoming fields are stamped just after, so a merge anywhere (another tab) adopts the replacement.
 */
export function somErstatning(incoming: Vurdering, now: number): Vurdering {
	const out: Vurdering = { ...incoming, ...TOP, udfald: {}, vurderinger: {}, tider: {}, ryddet: now } as Vurdering;
	for (const key of feltNoegler(incoming)) {
		const value = feltVaerdi(incoming, key);
		if (lige(value, emptyValue(key))) continue;
		saetFelt(out, key, value);
		out.tider[key] = now + 1;
	}
	return out;
}

/** How many answers an assessment holds: filled-in fields of current outcomes and measures. */
export const antalSvar = (v: Vurdering) => feltNoegler(v).filter((k) => !(k in TOP) && !lige(feltVaerdi(v, k), emptyValue(k))).length;

/** The grade of an outcome, '' when not assessed. */
export const karakterAf = (v: Vurdering, key: string): Karakter => v.udfald[key]?.karakter ?? '';

/** The exported file: only filled-in posts, with titles so a later catalogue can still name them. */
export function tilEksport(v: Vurdering, katalog: Katalog, now = new Date()): string {
	const titel = new Map<string, string>([...katalog.foranstaltninger.map((f): [string, string] => [f.id, f.titel]), ...alleUdfald(katalog).map((x): [string, string] => [x.udfald.key, x.udfald.titel])]);
	const withTitles = <P extends object>(section: Record<string, P>) =>
		Object.fromEntries(
			Object.entries(section)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([id, p]) => [id, { ...p, titel: titel.get(id) ?? '' }]),
		);
	const file = { ...v, eksporteret: now.toISOString(), udfald: withTitles(v.udfald), vurderinger: withTitles(v.vurderinger) };
	return JSON.stringify(file, null, 2);
}
