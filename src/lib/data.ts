// The data files in content/data/, parsed with the same schemas the checks use. The build has
// already rejected invalid data (config/integrations/content-integrity.ts), so parse() cannot throw here.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { dataSchemas, omkostningsmodelSchema, type DataName } from '../schemas/index.ts';
import { contentDir } from './content-dir.ts';

const cache = new Map<string, unknown>();

function readList<N extends DataName>(name: N): z.infer<(typeof dataSchemas)[N]>[] {
	if (!cache.has(name)) {
		const file = join(contentDir, 'data', `${name}.yaml`);
		const raw: unknown = existsSync(file) ? parse(readFileSync(file, 'utf8')) : [];
		cache.set(name, z.array(dataSchemas[name]).parse(raw ?? []));
	}
	return cache.get(name) as z.infer<(typeof dataSchemas)[N]>[];
}

export const kilder = () => readList('kilder');
export const ordliste = () => readList('ordliste');
export const beslutninger = () => readList('beslutninger');
export const spoergsmaal = () => readList('spoergsmaal');
export const faser = () => [...readList('faser')].sort((a, b) => a.nummer - b.nummer);
export const roller = () => readList('roller');
export const terminologi = () => readList('terminologi');
export const soegeord = () => readList('soegeord');
/** Editions, newest first (content/data/udgaver.yaml). */
export const udgaver = () => readList('udgaver');

export function omkostningsmodel(): z.infer<typeof omkostningsmodelSchema> {
	if (!cache.has('omkostningsmodel')) {
		cache.set('omkostningsmodel', omkostningsmodelSchema.parse(parse(readFileSync(join(contentDir, 'data', 'omkostningsmodel.yaml'), 'utf8'))));
	}
	return cache.get('omkostningsmodel') as z.infer<typeof omkostningsmodelSchema>;
}

const byId = <T extends { id: string }>(list: T[], id: string): T | undefined => list.find((x) => x.id === id);
export const kilde = (id: string) => byId(kilder(), id);
export const beslutning = (id: string) => byId(beslutninger(), id);
export const rolle = (id: string) => byId(roller(), id);
export const fase = (nummer: number) => faser().find((f) => f.nummer === nummer);
