// One reader of a schema's structure (src/schemas/walk.ts): the content checks, the field reference
// and the editor configuration ask it, so they cannot disagree on what a field is. Zod keeps that
// structure in `_zod.def`, which has no public API; a second module reading it is a second walker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { descriptionAt, isDate, presence, shapeOf } from '../../src/schemas/walk.ts';
import { pastDate } from '../../src/schemas/common.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WALKER = 'src/schemas/walk.ts';

test(`only ${WALKER} reads Zod's internal schema definitions`, () => {
	const readers: string[] = [];
	const visit = (dir: string) => {
		for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
			const rel = `${dir}/${e.name}`;
			if (e.isDirectory()) visit(rel);
			else if (/\.(?:ts|mjs|astro)$/.test(e.name) && rel !== WALKER) {
				readFileSync(join(ROOT, rel), 'utf8')
					.split('\n')
					.forEach((line, i) => {
						if (line.includes('_zod')) readers.push(`${rel}:${i + 1}: ${line.trim()}`);
					});
			}
		}
	};
	for (const dir of ['src', 'config', 'scripts']) visit(dir);
	assert.deepEqual(readers, [], `read the schema through ${WALKER} instead:\n${readers.join('\n')}`);
});

test('the walker sees through wrappers: presence, default, description, dates, nested fields', () => {
	const schema = z.strictObject({
		navn: z.string().describe('navnet på rollen'),
		timer: z.number().default(4).describe('timer pr. måned'),
		dato: pastDate.optional(),
		punkter: z.array(z.strictObject({ tekst: z.string().describe('et punkt') })).optional(),
	});
	assert.deepEqual(presence(schema.shape.navn), { required: true, defaultValue: undefined, description: 'navnet på rollen' });
	assert.deepEqual(presence(schema.shape.timer), { required: false, defaultValue: 4, description: 'timer pr. måned' });
	assert.equal(presence(schema.shape.dato).required, false);
	assert.ok(isDate(schema.shape.dato));
	assert.ok(!isDate(schema.shape.navn));
	assert.deepEqual(Object.keys(shapeOf(schema.shape.punkter.unwrap().element) ?? {}), ['tekst']);
	assert.equal(shapeOf(schema.shape.navn), undefined);
	assert.equal(descriptionAt(schema, ['punkter', 0, 'tekst']), 'et punkt');
	assert.equal(descriptionAt(schema, ['timer']), 'timer pr. måned');
	assert.equal(descriptionAt(schema, ['findes-ikke']), undefined);
});
