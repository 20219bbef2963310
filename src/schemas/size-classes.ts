// The three municipality size classes, without any Zod code: the schemas build on it, and browser
// tools import it directly (and via src/lib/costs.ts); pulling the Zod schemas into a page bundle
// would cost tens of kilobytes, so this file imports nothing.
export const SIZE_CLASSES = ['lille', 'mellem', 'stor'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
