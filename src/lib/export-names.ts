import { drejebogRows, foranstaltningRows, kravRows } from './exports.ts';

export const EXPORTS = { krav: kravRows, foranstaltninger: foranstaltningRows, drejebog: drejebogRows } as const;
export type ExportName = keyof typeof EXPORTS;
