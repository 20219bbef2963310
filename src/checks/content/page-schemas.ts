// The schema Astro itself applies to a page: Starlight's frontmatter (title, sidebar, head, …)
// merged with ours, built with Starlight's own docsSchema, so the check and the build cannot
// disagree. Our page objects are strict, and Starlight's merge keeps that, so an unknown field is
// an error in both.
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { pageSchemas, PAGE_KINDS, type PageKind } from '../../schemas/index.ts';

// Astro passes an `image()` helper that only exists inside a build; outside it a hero image is a
// path (files.ts checks that it exists).
const context = { image: () => z.string() } as unknown as Parameters<ReturnType<typeof docsSchema>>[0];

// Starlight's nested `sidebar` group is not strict; merging an empty strict object into it keeps
// Starlight's keys and refuses a misspelt one ("oder"). Done here, not in src/schemas, so the page
// types the components use are unchanged.
const strictSidebar = { sidebar: z.strictObject({}).prefault({}) };

export const fullPageSchemas = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, docsSchema({ extend: pageSchemas[kind].extend(strictSidebar) })(context) as z.ZodType])) as Record<PageKind, z.ZodType>;
