// The three municipality size classes, without any schema code: browser tools import this (via
// src/lib/costs.ts), and pulling the Zod schemas into a page bundle would cost tens of kilobytes.
export const SIZE_CLASSES = ['lille', 'mellem', 'stor'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
