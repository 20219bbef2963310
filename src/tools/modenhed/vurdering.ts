// A self-assessment as stored in localStorage and in the exported JSON file, with the validation
// and catalogue migration both paths go through. Pure: no DOM, no storage.
import type { Katalog } from './katalog.ts';
import { MAX_NIVEAU } from './niveauer.ts';

export const FORMAT = 'nis2-drejebogen/modenhedsvurdering';
export const FORMAT_VERSION = 1;

export interface Post {
	niveau: number | null;
	noter: string;
	ejer: string;
	/** ÅÅÅÅ-MM-DD or empty. */
	maaldato: string;
}

/** An assessment of a measure that is no longer in the catalogue: kept, with the title it had. */
export interface UdgaaetPost extends Post {
	titel: string;
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
		opdateret: now.toISOString(),
	};
}

/** A post with nothing filled in is not worth storing or exporting. */
export const erTom = (p: Post) => p.niveau === null && !p.noter && !p.ejer && !p.maaldato;

export type Resultat = { ok: true; vurdering: Vurdering; migrering?: Migrering } | { ok: false; fejl: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^f-\d{3}$/;
const DATO = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 10_000;

function checkPost(id: string, raw: unknown, fejl: string[], udgaaet: boolean): UdgaaetPost | undefined {
	const where = `foranstaltning ${id}`;
	if (!isObject(raw)) return void fejl.push(`Vurderingen af ${where} er ikke et objekt.`);
	const niveau = raw.niveau ?? null;
	if (niveau !== null && !(Number.isInteger(niveau) && (niveau as number) >= 0 && (niveau as number) <= MAX_NIVEAU)) {
		fejl.push(`Niveauet for ${where} skal være et helt tal fra 0 til ${MAX_NIVEAU} eller tomt (fandt ${JSON.stringify(niveau)}).`);
	}
	const text = (field: string): string => {
		const v = raw[field] ?? '';
		if (typeof v !== 'string') fejl.push(`Feltet »${field}« for ${where} skal være tekst.`);
		else if (v.length > MAX_TEXT) fejl.push(`Feltet »${field}« for ${where} er længere end ${MAX_TEXT} tegn.`);
		return typeof v === 'string' ? v : '';
	};
	const noter = text('noter');
	const ejer = text('ejer');
	const maaldato = text('maaldato');
	if (maaldato && (!DATO.test(maaldato) || Number.isNaN(Date.parse(`${maaldato}T00:00:00Z`)))) fejl.push(`Måldatoen for ${where} skal skrives ÅÅÅÅ-MM-DD (fandt »${maaldato}«).`);
	const titel = udgaaet ? text('titel') : typeof raw.titel === 'string' ? raw.titel : '';
	return { niveau: niveau as number | null, noter, ejer, maaldato, titel };
}

/**
 * Reads an assessment from JSON text (an imported file or localStorage). Either the whole file is
 * accepted or nothing is: the caller keeps its current assessment when `ok` is false.
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
	if (raw.version !== FORMAT_VERSION) {
		const newer = typeof raw.version === 'number' && raw.version > FORMAT_VERSION;
		return {
			ok: false,
			fejl: [
				newer
					? `Filen er gemt i version ${raw.version} af formatet, som er nyere end denne udgave af værktøjet (version ${FORMAT_VERSION}). Genindlæs siden, og prøv igen.`
					: `Filen er gemt i en ukendt version af formatet (${JSON.stringify(raw.version)}). Værktøjet kan læse version ${FORMAT_VERSION}.`,
			],
		};
	}
	const fejl: string[] = [];
	if (typeof raw.katalogVersion !== 'string' || !raw.katalogVersion) fejl.push('Filen mangler feltet »katalogVersion«.');
	if (raw.katalog !== undefined && !(Array.isArray(raw.katalog) && raw.katalog.every((id) => typeof id === 'string' && ID.test(id)))) fejl.push('Feltet »katalog« skal være en liste af foranstaltnings-id som »f-001«.');
	const maal = raw.maalniveau ?? 3;
	if (!(Number.isInteger(maal) && (maal as number) >= 1 && (maal as number) <= MAX_NIVEAU)) fejl.push(`Målniveauet skal være et helt tal fra 1 til ${MAX_NIVEAU}.`);
	const vurderinger: Record<string, Post> = {};
	const udgaaede: Record<string, UdgaaetPost> = {};
	// Titles that came with the posts, for measures that may turn out to be retired.
	const titler = new Map<string, string>();
	for (const [field, target, udgaaet] of [['vurderinger', vurderinger, false], ['udgaaede', udgaaede, true]] as const) {
		const section = raw[field] ?? {};
		if (!isObject(section)) {
			fejl.push(`Feltet »${field}« skal være et objekt med foranstaltnings-id som nøgler.`);
			continue;
		}
		for (const [id, value] of Object.entries(section)) {
			if (!ID.test(id)) {
				fejl.push(`»${id}« i »${field}« er ikke et foranstaltnings-id (forventet fx »f-001«).`);
				continue;
			}
			const post = checkPost(id, value, fejl, udgaaet);
			if (!post) continue;
			if (udgaaet) (target as Record<string, UdgaaetPost>)[id] = post;
			else {
				const { titel: _titel, ...rest } = post;
				(target as Record<string, Post>)[id] = rest;
				if (post.titel) titler.set(id, post.titel);
			}
		}
	}
	if (fejl.length > 0) return { ok: false, fejl };
	const vurdering: Vurdering = {
		format: FORMAT,
		version: FORMAT_VERSION,
		katalogVersion: raw.katalogVersion as string,
		katalog: (raw.katalog as string[] | undefined) ?? Object.keys(vurderinger),
		maalniveau: maal as number,
		vurderinger,
		udgaaede,
		opdateret: typeof raw.opdateret === 'string' ? raw.opdateret : now.toISOString(),
	};
	if (vurdering.katalogVersion === katalog.version) return { ok: true, vurdering };
	const { vurdering: migreret, migrering } = migrer(vurdering, katalog, titler);
	return { ok: true, vurdering: migreret, migrering };
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
		migrering: { fraVersion: v.katalogVersion, tilVersion: katalog.version, tilfoejet: tilfoejet.sort(), fjernet: fjernet.sort() },
	};
}

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
