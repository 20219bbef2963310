// The content model in one place: every page kind, discriminated on `type`, and every data file.
import { z } from 'astro/zod';
import { PAGE_KINDS, pageSchemas, type PageKind } from './page-kinds.ts';
import {
	beslutningSchema,
	faseSchema,
	kildeSchema,
	omkostningsmodelSchema,
	ordSchema,
	rolleSchema,
	soegeordSchema,
	spoergsmaalSchema,
	termSchema,
	udgaveSchema,
} from './data.ts';

// The page kinds themselves are declared in page-kinds.ts; these are views of it for the many readers.
export { KIND_FOLDERS, KINDS_WITH_ID, PAGE_KIND_LABELS, PAGE_KINDS, pageSchemas, type PageKind } from './page-kinds.ts';

type PageKindSchema = (typeof pageSchemas)[PageKind];
export const pageSchema = z.discriminatedUnion('type', PAGE_KINDS.map((kind) => pageSchemas[kind]) as [PageKindSchema, ...PageKindSchema[]]);

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
