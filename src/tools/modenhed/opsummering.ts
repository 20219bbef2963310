// What an assessment adds up to: a summary per requirement, the gap to the target level and a
// prioritised list of actions. Pure, so the numbers in the chart, the table, the CSV and the tests agree.
import type { Katalog, KatalogForanstaltning, KatalogKrav } from './katalog.ts';
import { niveauNavn } from './niveauer.ts';
import { tomPost, type Post, type Vurdering } from './vurdering.ts';
import type { ExportRow } from '../../lib/exports.ts';

export interface KravOpsummering {
	krav: KatalogKrav;
	antal: number;
	vurderet: number;
	/** Mean level over assessed measures; null when none is assessed. */
	gennemsnit: number | null;
	/** Measures at or above the target level. */
	paaMaal: number;
	/** Sum of missing levels up to the target; an unassessed measure counts as level 0. */
	afstand: number;
}

const level = (p: Post | undefined) => p?.niveau ?? null;
export const afstandFor = (p: Post | undefined, maal: number) => Math.max(0, maal - (level(p) ?? 0));

export function perKrav(v: Vurdering, katalog: Katalog): KravOpsummering[] {
	return katalog.krav
		.map((krav) => {
			const measures = katalog.foranstaltninger.filter((f) => f.krav.includes(krav.id));
			const levels = measures.map((f) => level(v.vurderinger[f.id])).filter((n): n is number => n !== null);
			return {
				krav,
				antal: measures.length,
				vurderet: levels.length,
				gennemsnit: levels.length ? Math.round((levels.reduce((a, b) => a + b, 0) / levels.length) * 10) / 10 : null,
				paaMaal: measures.filter((f) => (level(v.vurderinger[f.id]) ?? -1) >= v.maalniveau).length,
				afstand: measures.reduce((sum, f) => sum + afstandFor(v.vurderinger[f.id], v.maalniveau), 0),
			};
		})
		.filter((k) => k.antal > 0);
}

export interface Handling {
	foranstaltning: KatalogForanstaltning;
	post: Post;
	afstand: number;
	/** How many other measures name this one as a prerequisite. */
	forudsaetningFor: number;
}

/**
 * Measures below the target, most urgent first: basic-level measures before extended ones, then the
 * largest gap, then measures others depend on, then the earliest target date, then the id.
 */
export function handlinger(v: Vurdering, katalog: Katalog): Handling[] {
	const dependents = new Map<string, number>();
	for (const f of katalog.foranstaltninger) for (const d of f.afhaengerAf) dependents.set(d, (dependents.get(d) ?? 0) + 1);
	return katalog.foranstaltninger
		.map((f) => {
			const post = v.vurderinger[f.id] ?? tomPost();
			return { foranstaltning: f, post, afstand: afstandFor(post, v.maalniveau), forudsaetningFor: dependents.get(f.id) ?? 0 };
		})
		.filter((h) => h.afstand > 0)
		.sort(
			(a, b) =>
				Number(a.foranstaltning.niveau !== 'grundniveau') - Number(b.foranstaltning.niveau !== 'grundniveau') ||
				b.afstand - a.afstand ||
				b.forudsaetningFor - a.forudsaetningFor ||
				(a.post.maaldato || '9999').localeCompare(b.post.maaldato || '9999') ||
				a.foranstaltning.id.localeCompare(b.foranstaltning.id),
		);
}

/** One row per measure, for the CSV export (src/lib/csv.ts turns it into Danish-Excel CSV). */
export function csvRaekker(v: Vurdering, katalog: Katalog, origin = ''): ExportRow[] {
	const rows: ExportRow[] = katalog.foranstaltninger.map((f) => {
		const p = v.vurderinger[f.id] ?? tomPost();
		return {
			id: f.id,
			foranstaltning: f.titel,
			krav: f.krav,
			niveau: p.niveau ?? '',
			niveaunavn: niveauNavn(p.niveau),
			maalniveau: v.maalniveau,
			afstand: afstandFor(p, v.maalniveau),
			ejer: p.ejer,
			maaldato: p.maaldato,
			noter: p.noter,
			adresse: origin + f.url,
		};
	});
	for (const [id, p] of Object.entries(v.udgaaede).sort(([a], [b]) => a.localeCompare(b))) {
		rows.push({ id, foranstaltning: `${p.titel || id} (udgået af kataloget)`, krav: [], niveau: p.niveau ?? '', niveaunavn: niveauNavn(p.niveau), maalniveau: v.maalniveau, afstand: '', ejer: p.ejer, maaldato: p.maaldato, noter: p.noter, adresse: '' });
	}
	return rows;
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * A horizontal bar chart of the mean level per requirement with the target as a dashed line, as an
 * SVG string. The same numbers are in the table beside it, so the chart is hidden from screen readers
 * except for its title.
 */
export function soejlediagram(rows: KravOpsummering[], maal: number): string {
	const label = 250;
	const width = 640;
	const plot = width - label - 40;
	const rowH = 26;
	const top = 24;
	const height = top + rows.length * rowH + 10;
	const x = (n: number) => label + (n / 4) * plot;
	const parts: string[] = [];
	parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="modenhed-diagram-titel" class="modenhed-diagram">`);
	parts.push(`<title id="modenhed-diagram-titel">Gennemsnitligt modenhedsniveau pr. krav (0–4) med målniveau ${maal}</title>`);
	for (let n = 0; n <= 4; n++) {
		parts.push(`<line x1="${x(n)}" x2="${x(n)}" y1="${top - 6}" y2="${height - 6}" class="gitter"/><text x="${x(n)}" y="${top - 10}" text-anchor="middle" class="akse">${n}</text>`);
	}
	rows.forEach((r, i) => {
		const y = top + i * rowH;
		const title = r.krav.titel.length > 38 ? `${r.krav.titel.slice(0, 36)}…` : r.krav.titel;
		parts.push(`<text x="${label - 8}" y="${y + 16}" text-anchor="end" class="etiket">${esc(title)}</text>`);
		const value = r.gennemsnit ?? 0;
		const cls = r.gennemsnit === null ? 'soejle ikke-vurderet' : value >= maal ? 'soejle paa-maal' : 'soejle under-maal';
		parts.push(`<rect x="${label}" y="${y + 4}" width="${Math.max(0, x(value) - label)}" height="${rowH - 10}" class="${cls}" data-krav="${esc(r.krav.id)}" data-gennemsnit="${r.gennemsnit ?? ''}"/>`);
	});
	parts.push(`<line x1="${x(maal)}" x2="${x(maal)}" y1="${top - 6}" y2="${height - 6}" class="maal-linje"/>`);
	parts.push('</svg>');
	return parts.join('');
}
