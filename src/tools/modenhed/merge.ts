// Field-level access to an assessment and the merging of two, field by field and newest first
// (two tabs, an imported file). Pure: no DOM, no storage.
import { sameValue, MAAL_DEFAULT } from './felter.ts';
import { artOf, emptyOf, isEmpty, mergeQuarantine, sectionOf, specOf, type Vurdering } from './vurdering.ts';

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
export function setFelt(v: Vurdering, key: string, value: unknown): void {
	if (key in TOP) {
		(v as unknown as Record<string, unknown>)[key] = value;
		return;
	}
	const [id, felt] = key.split('.');
	const art = artOf(id);
	if (!art || !(felt in specOf(art))) return;
	const section = sectionOf(v, art);
	const post = { ...(section[id] ?? emptyOf(art)), [felt]: value };
	if (isEmpty(art, post)) delete section[id];
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
	for (const k of Object.keys(TOP)) if (!sameValue(feltVaerdi(v, k), TOP[k])) keys.add(k);
	for (const art of ['udfald', 'foranstaltning'] as const) {
		for (const [id, p] of Object.entries(sectionOf(v, art)))
			for (const [felt, e] of Object.entries(emptyOf(art))) if (!sameValue(p[felt] ?? e, e)) keys.add(`${id}.${felt}`);
	}
	return [...keys].sort();
}

/** The fields whose values differ between two assessments. */
export function forskelle(a: Vurdering, b: Vurdering): string[] {
	return [...new Set([...feltNoegler(a), ...feltNoegler(b)])].filter((k) => !sameValue(feltVaerdi(a, k), feltVaerdi(b, k))).sort();
}

/**
 * Merges `other` into `mine` field by field: for each field the newer change wins (mine on a tie); a
 * change at or before the latest clearing counts as empty. Retired posts and quarantined fields are
 * united. Returns the merged assessment and the keys whose value changed compared with `mine`.
 */
export function mergeVurderinger(
	mine: Vurdering,
	other: Vurdering,
	options: { ignoreOtherClearing?: boolean } = {},
): { vurdering: Vurdering; aendret: string[] } {
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
	};
	for (const key of new Set([...feltNoegler(mine), ...feltNoegler(other)])) {
		const tm = mine.tider[key] ?? -Infinity;
		const to = other.tider[key] ?? -Infinity;
		const from = to > tm ? other : mine;
		const t = Math.max(tm, to);
		// A change at or before the latest clearing is gone (ryddet 0: never cleared).
		if (ryddet > 0 && t <= ryddet) continue;
		setFelt(out, key, feltVaerdi(from, key));
		out.tider[key] = t;
	}
	const opdateret = [mine.opdateret, other.opdateret].sort().at(-1)!;
	return { vurdering: { ...out, opdateret }, aendret: forskelle(mine, out) };
}

/**
 * `incoming` as a replacement for everything before `now`: the old fields count as cleared, and the
 * incoming fields are stamped just after, so a merge anywhere (another tab) adopts the replacement.
 */
export function asErstatning(incoming: Vurdering, now: number): Vurdering {
	const out: Vurdering = { ...incoming, ...TOP, udfald: {}, vurderinger: {}, tider: {}, ryddet: now };
	for (const key of feltNoegler(incoming)) {
		const value = feltVaerdi(incoming, key);
		if (sameValue(value, emptyValue(key))) continue;
		setFelt(out, key, value);
		out.tider[key] = now + 1;
	}
	return out;
}

/** How many answers an assessment holds: filled-in fields of current outcomes and measures. */
export const antalSvar = (v: Vurdering) => feltNoegler(v).filter((k) => !(k in TOP) && !sameValue(feltVaerdi(v, k), emptyValue(k))).length;
