// What an assessment adds up to: grades per requirement, the outcomes under the target, what it
// costs to close them (the cost model, summed by src/lib/costs.ts as the cost calculator does), and
// the rows of every export. Pure, so the screen, the print report, the files and the tests agree.
import { totalsFor, type CostTotals } from '../../lib/costs.ts';
import type { ExportRow } from '../../lib/exports.ts';
import type { SizeClass } from '../../schemas/size-classes.ts';
import { emptyForanstaltning, emptyUdfald, type Karakter, type UdfaldPost } from './felter.ts';
import { allUdfald, type Katalog, type KatalogForanstaltning, type KatalogKrav, type KatalogUdfald } from './katalog.ts';
import { UDFALD_GRADE_LABELS, UDFALD_GRADES, type UdfaldGrade } from './karakterer.ts';
import { karakterOf, type Vurdering } from './vurdering.ts';

const rank = (g: UdfaldGrade) => UDFALD_GRADES.indexOf(g);
export const karakterNavn = (k: Karakter) => (k ? UDFALD_GRADE_LABELS[k] : 'Ikke vurderet');
/** Assessed and below the target. An unassessed outcome is never "under målniveau": it is unknown. */
const underMaal = (k: Karakter, maal: UdfaldGrade) => k !== '' && rank(k) < rank(maal);

export interface KravOpsummering {
	krav: KatalogKrav;
	antal: number;
	karakterer: Record<UdfaldGrade, number>;
	ikkeVurderet: number;
	underMaal: number;
}

export function perKrav(v: Vurdering, katalog: Katalog): KravOpsummering[] {
	return katalog.krav
		.filter((krav) => krav.udfald.length > 0)
		.map((krav) => {
			const grades = krav.udfald.map((u) => karakterOf(v, u.key));
			const karakterer = Object.fromEntries(UDFALD_GRADES.map((g) => [g, grades.filter((x) => x === g).length])) as Record<UdfaldGrade, number>;
			return {
				krav,
				antal: krav.udfald.length,
				karakterer,
				ikkeVurderet: grades.filter((g) => g === '').length,
				underMaal: grades.filter((g) => underMaal(g, v.maalniveau)).length,
			};
		});
}

export interface Samlet {
	udfald: number;
	vurderet: number;
	ikkeVurderet: number;
	underMaal: number;
	karakterer: Record<UdfaldGrade, number>;
}

export function samlet(rows: KravOpsummering[]): Samlet {
	const karakterer = Object.fromEntries(UDFALD_GRADES.map((g) => [g, rows.reduce((n, r) => n + r.karakterer[g], 0)])) as Record<UdfaldGrade, number>;
	const udfald = rows.reduce((n, r) => n + r.antal, 0);
	const ikkeVurderet = rows.reduce((n, r) => n + r.ikkeVurderet, 0);
	return { udfald, vurderet: udfald - ikkeVurderet, ikkeVurderet, underMaal: rows.reduce((n, r) => n + r.underMaal, 0), karakterer };
}

export interface Handling {
	krav: KatalogKrav;
	udfald: KatalogUdfald;
	post: UdfaldPost;
	karakter: UdfaldGrade;
	/** The measures serving the outcome that are not yet recorded as implemented. */
	foranstaltninger: KatalogForanstaltning[];
}

/**
 * Outcomes assessed below the target, most urgent first: "ikke opfyldt" before "delvist opfyldt",
 * then the earliest target date (none last), then the catalogue order.
 */
export function handlinger(v: Vurdering, katalog: Katalog): Handling[] {
	const measure = new Map(katalog.foranstaltninger.map((f) => [f.id, f]));
	const order = new Map(allUdfald(katalog).map((x, i) => [x.udfald.key, i]));
	return allUdfald(katalog)
		.filter(({ udfald }) => underMaal(karakterOf(v, udfald.key), v.maalniveau))
		.map(({ krav, udfald }) => ({
			krav,
			udfald,
			post: v.udfald[udfald.key] ?? emptyUdfald(),
			karakter: karakterOf(v, udfald.key) as UdfaldGrade,
			foranstaltninger: udfald.foranstaltninger
				.map((id) => measure.get(id))
				.filter((f): f is KatalogForanstaltning => !!f && !v.vurderinger[f.id]?.implementeret),
		}))
		.sort(
			(a, b) =>
				rank(a.karakter) - rank(b.karakter) ||
				(a.post.maaldato || '9999').localeCompare(b.post.maaldato || '9999') ||
				order.get(a.udfald.key)! - order.get(b.udfald.key)!,
		);
}

/** The outcomes nobody has assessed yet, in catalogue order. */
export const ikkeVurderede = (v: Vurdering, katalog: Katalog) => allUdfald(katalog).filter(({ udfald }) => karakterOf(v, udfald.key) === '');

export interface Lukning {
	/** The measures to implement, each once, even when it serves several gaps. */
	foranstaltninger: KatalogForanstaltning[];
	total: Record<SizeClass, CostTotals>;
}

/** What closing the gaps costs: the measures serving outcomes under the target that are not implemented yet. */
export function lukning(list: Handling[], katalog: Katalog): Lukning {
	const ids = new Set(list.flatMap((h) => h.foranstaltninger.map((f) => f.id)));
	const foranstaltninger = katalog.foranstaltninger.filter((f) => ids.has(f.id));
	return {
		foranstaltninger,
		total: { lille: totalsFor(foranstaltninger, 'lille'), mellem: totalsFor(foranstaltninger, 'mellem'), stor: totalsFor(foranstaltninger, 'stor') },
	};
}

const indikatorTekst = (u: KatalogUdfald, ref: string) => {
	const [grade, i] = ref.split('.') as [keyof KatalogUdfald['indikatorer'], string];
	return u.indikatorer[grade]?.[Number(i)] ?? ref;
};
const GRADE_OF_LIST = { ikkeOpfyldt: 'ikke-opfyldt', delvistOpfyldt: 'delvist-opfyldt', opfyldt: 'opfyldt' } as const;
const kendetegn = (u: KatalogUdfald, refs: string[]) =>
	refs.map((r) => `${karakterNavn(GRADE_OF_LIST[r.split('.')[0] as keyof typeof GRADE_OF_LIST])}: ${indikatorTekst(u, r)}`);

/** One row per outcome, with Danish column names (CSV through src/lib/csv.ts, and the workbook). */
export function udfaldRows(v: Vurdering, katalog: Katalog, origin = ''): ExportRow[] {
	return allUdfald(katalog).map(({ krav, udfald }) => {
		const p = v.udfald[udfald.key] ?? emptyUdfald();
		return {
			Udfald: udfald.key,
			Krav: krav.titel,
			Titel: udfald.titel,
			Vurdering: karakterNavn(p.karakter),
			Målniveau: karakterNavn(v.maalniveau),
			'Under målniveau': p.karakter === '' ? 'ikke vurderet' : underMaal(p.karakter, v.maalniveau) ? 'ja' : 'nej',
			'Kendetegn, der passer': kendetegn(udfald, p.indikatorer),
			Evidens: p.evidens,
			Ejer: p.ejer,
			Måldato: p.maaldato,
			Noter: p.noter,
			Foranstaltninger: udfald.foranstaltninger,
			Adresse: origin + krav.url,
		};
	});
}

const ja = (b: boolean) => (b ? 'ja' : 'nej');
/** One row per measure: the evidence levels and planning fields. */
export function foranstaltningRows(v: Vurdering, katalog: Katalog, origin = ''): ExportRow[] {
	return katalog.foranstaltninger.map((f) => {
		const p = v.vurderinger[f.id] ?? emptyForanstaltning();
		return {
			Foranstaltning: f.id,
			Titel: f.titel,
			Krav: f.krav,
			Dokumenteret: ja(p.dokumenteret),
			Implementeret: ja(p.implementeret),
			Afprøvet: ja(p.afproevet),
			Ejer: p.ejer,
			Måldato: p.maaldato,
			Noter: p.noter,
			'Tidligere niveau (0–4)': p.tidligereNiveau ?? '',
			Adresse: origin + f.url,
		};
	});
}

/** The action list as rows: one per outcome under the target. */
export function handlingRows(list: Handling[], origin = ''): ExportRow[] {
	return list.map((h, i) => ({
		Prioritet: i + 1,
		Udfald: h.udfald.key,
		Krav: h.krav.titel,
		Titel: h.udfald.titel,
		Vurdering: karakterNavn(h.karakter),
		Ejer: h.post.ejer,
		Måldato: h.post.maaldato,
		'Foranstaltninger, der mangler': h.foranstaltninger.map((f) => `${f.id}: ${f.titel}`),
		Drejebog: [...new Set(h.foranstaltninger.flatMap((f) => f.trin.map((t) => t.id)))],
		Adresse: origin + h.krav.url,
	}));
}

/**
 * The anonymised benchmark file: grades per outcome, the size class and the catalogue edition, and
 * nothing else (no notes, owners, evidence, dates or names), so municipalities can pool results.
 */
export function benchmark(v: Vurdering, katalog: Katalog): string {
	const karakterer = Object.fromEntries(
		allUdfald(katalog).flatMap(({ udfald }) => (karakterOf(v, udfald.key) ? [[udfald.key, karakterOf(v, udfald.key)]] : [])),
	);
	return JSON.stringify(
		{
			format: 'nis2-drejebogen/modenhed-benchmark',
			version: 1,
			katalogUdgave: katalog.udgave,
			katalogVersion: katalog.version,
			stoerrelse: v.stoerrelse || null,
			karakterer,
		},
		null,
		2,
	);
}
