// The page-kind registry: every kind of page (front matter `type`) is declared here once, with its
// schema, its folder, its Danish names and the rules that differ per kind. The schema union
// (index.ts), the content check, the CMS configuration, print, the sidebar order, the review rules
// and the search filter all read the kinds from this object, so adding a kind is one entry here, its
// schema file and its facts component in PageFacts.astro (and a chapter in chapters.ts for a folder
// of its own); CONTRIBUTING.md, "For developers: adding a page kind".
//
// It lives in src/schemas/ because node programs (the content check, the CMS generator) and the
// Astro config load it without a build: it may import schemas, never src/lib/ or components.
import type { z } from 'astro/zod';
import { kravSchema } from './krav.ts';
import { foranstaltningSchema } from './foranstaltning.ts';
import { drejebogSchema } from './drejebog.ts';
import { briefingSchema, erfaringSchema, konsekvensSchema, sideSchema, skabelonSchema } from './pages.ts';

/** A page's own front matter as the sidebar sees it before validation: any field may be missing or wrong. */
type LooseFrontmatter<S extends z.ZodObject> = { [K in keyof z.input<S>]?: unknown };

export interface PageKindInfo<S extends z.ZodObject = z.ZodObject> {
	/** The kind's front matter; its `type` is `z.literal(<the kind's key>)`. */
	schema: S;
	/** Danish name of one page of the kind: search filter, messages, CMS, cover of a printed page. */
	label: string;
	/** Danish name of several pages of the kind (CMS collection of pages spread over the tree). */
	labelPlural: string;
	/**
	 * The folder under content/ that holds every page of this kind (its chapter, see chapters.ts);
	 * the content check refuses such a page elsewhere, so URLs stay predictable. No folder: the kind
	 * may be used anywhere (ordinary pages).
	 */
	folder?: string;
	/**
	 * Where the page sorts among its chapter's pages when it gives no `sidebar.order` (lower first;
	 * pages without a rule sort at 1000, then by title). Shared by the sidebar and the print.
	 */
	sidebarOrder?: (fm: LooseFrontmatter<S>) => number;
	/** The page body is the substance and must not be empty: what it has to explain, for the message. */
	body?: string;
	/** Each page of this kind is printed as a PDF of its own (besides the printed chapters). */
	printEachPage?: true;
	/** Fixed review cycle: months from one review to the next, and the rule in words for pages and guides. */
	review?: { months: number; text: string };
}

/**
 * One entry: checked against PageKindInfo, so each entry's `sidebarOrder` sees its own schema's
 * fields, while the entry keeps its literal shape (ReviewKind below reads which kinds have `review`).
 * A key PageKindInfo does not know (a misspelt `printEachPag`) is a type error, not silently ignored.
 */
const pageKind = <S extends z.ZodObject, I extends Omit<PageKindInfo<S>, 'schema'> & Record<Exclude<keyof I, keyof PageKindInfo>, never>>(
	schema: S,
	info: I,
): { schema: S } & I => ({
	schema,
	...info,
});

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const YEARLY = { months: 12, text: 'et år efter seneste gennemgang' };

/** Every page kind, in the order the field reference and the CMS list them. */
export const PAGE_KIND_REGISTRY = {
	side: pageKind(sideSchema, { label: 'Side', labelPlural: 'Sider' }),
	krav: pageKind(kravSchema, {
		label: 'Krav',
		labelPlural: 'Krav',
		folder: 'krav',
		sidebarOrder: (fm) => num(fm.raekkefoelge, 100),
		body: 'kravet og fortolkningen',
		review: YEARLY,
	}),
	foranstaltning: pageKind(foranstaltningSchema, {
		label: 'Foranstaltning',
		labelPlural: 'Foranstaltninger',
		folder: 'foranstaltninger',
		body: 'hvordan foranstaltningen gennemføres',
		review: YEARLY,
	}),
	drejebog: pageKind(drejebogSchema, {
		label: 'Drejebogstrin',
		labelPlural: 'Drejebogstrin',
		folder: 'drejebog',
		// Phase first, then the step's number within it: "Trin 2.3" sorts at 203.
		sidebarOrder: (fm) => num(fm.fase, 0) * 100 + num(fm.raekkefoelge, 0),
		body: 'hvordan trinnet udføres',
		review: YEARLY,
	}),
	konsekvens: pageKind(konsekvensSchema, { label: 'Konsekvens', labelPlural: 'Konsekvenser', folder: 'konsekvenser' }),
	erfaring: pageKind(erfaringSchema, { label: 'Erfaring', labelPlural: 'Erfaringer', folder: 'erfaringer' }),
	skabelon: pageKind(skabelonSchema, { label: 'Skabelon', labelPlural: 'Skabeloner', folder: 'skabeloner' }),
	briefing: pageKind(briefingSchema, { label: 'Ledelsesbriefing', labelPlural: 'Ledelsesbriefinger', folder: 'briefinger', printEachPage: true }),
};

type Registry = typeof PAGE_KIND_REGISTRY;
export type PageKind = keyof Registry;
export const PAGE_KINDS = Object.keys(PAGE_KIND_REGISTRY) as PageKind[];

/** The kind's info; undefined for a string that is not a kind (unvalidated front matter). */
export const pageKindInfo = (type: unknown): PageKindInfo | undefined =>
	typeof type === 'string' && Object.hasOwn(PAGE_KIND_REGISTRY, type) ? PAGE_KIND_REGISTRY[type as PageKind] : undefined;

/** Each kind's schema, by kind. */
export const pageSchemas = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, PAGE_KIND_REGISTRY[kind].schema])) as { [K in PageKind]: Registry[K]['schema'] };

/** Danish names of the page kinds, as shown in search filters and messages. */
export const PAGE_KIND_LABELS = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, PAGE_KIND_REGISTRY[kind].label])) as Record<PageKind, string>;

/** Which folder under content/ holds which kind; the checker enforces it so URLs stay predictable. */
export const KIND_FOLDERS: Partial<Record<PageKind, string>> = Object.fromEntries(
	PAGE_KINDS.flatMap((kind) => {
		const folder = (PAGE_KIND_REGISTRY[kind] as PageKindInfo).folder;
		return folder ? [[kind, folder]] : [];
	}),
);

/**
 * Kinds whose pages carry an `id`, and must therefore be named after it. Read from the schema, the
 * one home of the field (its pattern is the id schema there, e.g. kravId in krav.ts).
 */
export const KINDS_WITH_ID: PageKind[] = PAGE_KINDS.filter((kind) => 'id' in PAGE_KIND_REGISTRY[kind].schema.shape);

/** Kinds with a fixed review cycle (src/lib/review-rules.ts applies it). */
export type ReviewKind = { [K in PageKind]: Registry[K] extends { review: object } ? K : never }[PageKind];
export const REVIEW_KINDS = PAGE_KINDS.filter((kind) => (PAGE_KIND_REGISTRY[kind] as PageKindInfo).review) as ReviewKind[];
