// Reading an assessment from JSON text (localStorage or an imported file), field by field, with the
// upgrade of version 1 files and the migration to the current catalogue. Pure: no DOM, no storage.
import type { Katalog } from './katalog.ts';
import { feltFejl, MAAL_DEFAULT, type ForanstaltningPost, type UdfaldPost } from './felter.ts';
import { UDFALD_GRADES, type UdfaldGrade } from './karakterer.ts';
import { SIZE_CLASSES, type SizeClass } from '../../schemas/size-classes.ts';
import { feltNoegler } from './merge.ts';
import {
	artOf,
	emptyOf,
	isEmpty,
	FORMAT,
	FORMAT_VERSION,
	katalogIds,
	mergeQuarantine,
	sectionOf,
	specOf,
	type Art,
	type Karantaene,
	type Migrering,
	type UdgaaetPost,
	type Vurdering,
} from './vurdering.ts';

export type Resultat =
	| { ok: true; vurdering: Vurdering; migrering?: Migrering; /** Fields quarantined by this read, named in Danish. */ karantaene: Karantaene[] }
	| { ok: false; fejl: string[]; /** The file is from a newer version of the tool: never overwrite it. */ nyere?: boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const rawText = (v: unknown) => {
	try {
		return JSON.stringify(v) ?? String(v);
	} catch {
		return String(v);
	}
};

const describePost = (art: Art, id: string) => (art === 'udfald' ? `udfald ${id}` : `foranstaltning ${id}`);

/** Reads one post field by field; what fails goes to quarantine, the rest is kept. */
function readPost(
	art: Art,
	id: string,
	section: string,
	raw: unknown,
	quarantine: (sti: string, raa: unknown, grund: string) => void,
): Record<string, unknown> | undefined {
	if (!isObject(raw)) {
		quarantine(`${section} › ${id}`, raw, `vurderingen af ${describePost(art, id)} er ikke et objekt`);
		return undefined;
	}
	const post = emptyOf(art);
	for (const [felt, spec] of Object.entries(specOf(art))) {
		const value = raw[felt] ?? post[felt];
		const why = feltFejl(spec, value);
		if (why) quarantine(`${section} › ${id} › ${spec.navn}`, value, `feltet »${spec.navn}« for ${describePost(art, id)} ${why}`);
		else post[felt] = Array.isArray(value) ? [...new Set(value as string[])].sort() : value;
	}
	// A field this version does not know (a typo, a newer tool) is kept aside too, never dropped unseen.
	for (const [felt, value] of Object.entries(raw))
		if (felt !== 'titel' && !(felt in post))
			quarantine(`${section} › ${id} › ${felt}`, value, `feltet »${felt}« for ${describePost(art, id)} findes ikke i denne udgave af værktøjet`);
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
export function parseVurdering(text: string, katalog: Katalog, now = new Date()): Resultat {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, fejl: ['Filen er ikke gyldig JSON. Vælg en fil, der er eksporteret fra modenhedsvurderingen.'] };
	}
	if (!isObject(raw)) return { ok: false, fejl: ['Filen indeholder ikke en modenhedsvurdering.'] };
	if (raw.format !== FORMAT)
		return { ok: false, fejl: ['Filen er ikke en modenhedsvurdering fra NIS2-drejebogen (feltet »format« mangler eller er forkert).'] };
	if (raw.version === undefined) return { ok: false, fejl: ['Filen mangler feltet »version«.'] };
	if (raw.version !== 1 && raw.version !== FORMAT_VERSION) {
		const newer = typeof raw.version === 'number' && raw.version > FORMAT_VERSION ? raw.version : undefined;
		return {
			ok: false,
			nyere: newer !== undefined,
			fejl: [
				newer !== undefined
					? `Filen er gemt i version ${newer} af formatet, som er nyere end denne udgave af værktøjet (version ${FORMAT_VERSION}). Genindlæs siden, og prøv igen.`
					: `Filen er gemt i en ukendt version af formatet (${JSON.stringify(raw.version)}). Værktøjet kan læse version 1 og ${FORMAT_VERSION}.`,
			],
		};
	}
	const v1 = raw.version === 1;
	const found: Karantaene[] = [];
	const quarantine = (sti: string, value: unknown, grund: string) => found.push({ sti, raa: rawText(value), grund });

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
	else if (raw.katalog !== undefined)
		quarantine('katalog', raw.katalog, 'feltet »katalog« skal være en liste af foranstaltnings-id som »f-001« og udfald som »k-20:u1«');

	let maalniveau: UdfaldGrade = MAAL_DEFAULT;
	let tidligereMaalniveau: number | null = typeof raw.tidligereMaalniveau === 'number' ? raw.tidligereMaalniveau : null;
	if (v1) tidligereMaalniveau = typeof raw.maalniveau === 'number' ? raw.maalniveau : 3;
	else if ((UDFALD_GRADES as readonly unknown[]).includes(raw.maalniveau) && raw.maalniveau !== 'ikke-opfyldt') maalniveau = raw.maalniveau as UdfaldGrade;
	else if (raw.maalniveau !== undefined)
		quarantine('målniveau', raw.maalniveau, `målniveauet skal være »delvist-opfyldt« eller »opfyldt«; »${MAAL_DEFAULT}« bruges`);
	let stoerrelse: SizeClass | '' = '';
	if (raw.stoerrelse === undefined || raw.stoerrelse === '' || (SIZE_CLASSES as readonly unknown[]).includes(raw.stoerrelse))
		stoerrelse = (raw.stoerrelse as SizeClass | undefined) ?? '';
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
				quarantine(
					`${field} › ${id}`,
					rawValue,
					`»${id}« i »${field}« er ikke ${field === 'udfald' ? 'et udfald (forventet fx »k-20:u1«)' : field === 'vurderinger' ? 'et foranstaltnings-id (forventet fx »f-001«)' : 'et foranstaltnings-id eller et udfald'}`,
				);
				continue;
			}
			const value = v1 && art === 'foranstaltning' ? upgradeV1Post(rawValue) : rawValue;
			const post = readPost(art, id, field, value, quarantine);
			if (!post) continue;
			const titel = isObject(rawValue) && typeof rawValue.titel === 'string' ? rawValue.titel : '';
			if (field === 'udgaaede') udgaaede[id] = { ...post, titel };
			else {
				if (titel) titler.set(id, titel);
				if (isEmpty(art, post)) continue;
				(sectionOf({ udfald, vurderinger } as Vurdering, art) as Record<string, unknown>)[id] = post;
			}
		}
	}
	const earlier = Array.isArray(raw.karantaene)
		? raw.karantaene.filter((k): k is Karantaene => isObject(k) && typeof k.sti === 'string' && typeof k.raa === 'string' && typeof k.grund === 'string')
		: [];
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
	for (const key of feltNoegler(vurdering)) vurdering.tider[key] ??= savedAt;
	if (vurdering.katalogVersion === katalog.version) return { ok: true, vurdering, karantaene: found };
	const { vurdering: migreret, migrering } = migrate(vurdering, katalog, titler);
	return { ok: true, vurdering: migreret, migrering, karantaene: found };
}

/**
 * Brings an assessment made against another catalogue version up to the current one. Assessments
 * of removed measures and outcomes move to `udgaaede` with their title; new ones are listed. Nothing is lost.
 */
function migrate(v: Vurdering, katalog: Katalog, titler = new Map<string, string>()): { vurdering: Vurdering; migrering: Migrering } {
	const current = new Set(katalogIds(katalog));
	const before = new Set(v.katalog);
	const out: Vurdering = { ...v, udfald: {}, vurderinger: {}, udgaaede: { ...v.udgaaede } };
	const fjernet: string[] = [];
	for (const art of ['udfald', 'foranstaltning'] as const) {
		for (const [id, post] of Object.entries(sectionOf(v, art))) {
			if (current.has(id)) sectionOf(out, art)[id] = post;
			else {
				out.udgaaede[id] = { ...post, titel: titler.get(id) ?? '' };
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
