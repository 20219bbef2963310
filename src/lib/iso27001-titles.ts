import { ISO_27001_CONTROLS } from '../data/iso27001-annex-a.ts';
export const isoTitle = (id: string) => ISO_27001_CONTROLS[id] ?? '';
