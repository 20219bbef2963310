// The content model in one place: every page kind, discriminated on `type`, and every data file.
import { z } from 'astro/zod';
import { kravSchema } from './krav.ts';
import { foranstaltningSchema } from './foranstaltning.ts';
import { drejebogSchema } from './drejebog.ts';
import { briefingSchema, erfaringSchema, konsekvensSchema, sideSchema, skabelonSchema } from './pages.ts';
import { beslutningSchema, faseSchema, kildeSchema, omkostningsmodelSchema, ordSchema, rolleSchema, soegeordSchema, spoergsmaalSchema, termSchema, udgaveSchema } from './data.ts';

export const pageSchemas = {
	side: sideSchema,
	krav: kravSchema,
	foranstaltning: foranstaltningSchema,
	drejebog: drejebogSchema,
	konsekvens: konsekvensSchema,
	erfaring: erfaringSchema,
	skabelon: skabelonSchema,
	briefing: briefingSchema,
} as const;
export type PageKind = keyof typeof pageSchemas;
export const PAGE_KINDS = Object.keys(pageSchemas) as PageKind[];

/** Danish names of the page kinds, as shown in search filters and messages. */
export const PAGE_KIND_LABELS: Record<PageKind, string> = {
	side: 'Side',
	krav: 'Krav',
	foranstaltning: 'Foranstaltning',
	drejebog: 'Drejebogstrin',
	konsekvens: 'Konsekvens',
	erfaring: 'Erfaring',
	skabelon: 'Skabelon',
	briefing: 'Ledelsesbriefing',
};

/** Which folder under content/ holds which kind; the checker enforces it so URLs stay predictable. */
export const KIND_FOLDERS: Partial<Record<PageKind, string>> = {
	krav: 'krav',
	foranstaltning: 'foranstaltninger',
	drejebog: 'drejebog',
	skabelon: 'skabeloner',
	briefing: 'briefinger',
	erfaring: 'erfaringer',
	konsekvens: 'konsekvenser',
};

export const pageSchema = z.discriminatedUnion('type', [
	sideSchema,
	kravSchema,
	foranstaltningSchema,
	drejebogSchema,
	konsekvensSchema,
	erfaringSchema,
	skabelonSchema,
	briefingSchema,
]);

/** Data files under content/data/: file name → schema of one entry. */
export const dataSchemas = {
	kilder: kildeSchema,
	ordliste: ordSchema,
	beslutninger: beslutningSchema,
	spoergsmaal: spoergsmaalSchema,
	faser: faseSchema,
	roller: rolleSchema,
	terminologi: termSchema,
	soegeord: soegeordSchema,
	udgaver: udgaveSchema,
} as const;
export type DataName = keyof typeof dataSchemas;
export { omkostningsmodelSchema };
