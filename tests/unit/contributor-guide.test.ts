// The editors' guide must keep up with the code: every view component has its own guide page with
// a usage example, and every field of every page kind carries a description for the generated
// field reference (/bidrag/feltoversigt/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageSchemas, dataSchemas } from '../../src/schemas/index.ts';
import { describeFields } from '../../src/lib/schema-fields.ts';
import { ROOT } from '../helpers/content-fixture.ts';

const COMPONENT_PAGES = join(ROOT, 'content/bidrag/skrivevejledning/komponenter');

test('every view component editors can use has a guide page with an import and usage example', () => {
	const pages = readdirSync(COMPONENT_PAGES).map((f) => readFileSync(join(COMPONENT_PAGES, f), 'utf8'));
	const views = readdirSync(join(ROOT, 'src/components/views')).filter((f) => f.endsWith('.astro'));
	const sources = views.map((f) => readFileSync(join(ROOT, 'src/components/views', f), 'utf8'));
	for (const file of views) {
		// A part that other views import (a cell renderer, say) is not placed on pages by editors.
		if (sources.some((s) => s.includes(`from './${file}'`))) continue;
		const name = file.replace(/\.astro$/, '');
		const page = pages.find((p) => p.includes(`import ${name} from '~/components/views/${name}.astro';`) && new RegExp(`<${name}[ />]`).test(p));
		assert.ok(page, `src/components/views/${file} has no page in content/bidrag/skrivevejledning/komponenter/ showing how to use it`);
	}
});

test('every field of every page kind and data file has a Danish description', () => {
	const missing: string[] = [];
	for (const [kind, schema] of Object.entries({ ...pageSchemas, ...dataSchemas })) {
		for (const field of describeFields(schema)) {
			if (field.path === 'type' || field.path.endsWith('.<navn>')) continue;
			if (!field.description) missing.push(`${kind}: ${field.path}`);
		}
	}
	assert.deepEqual(missing, []);
});

test('the field reference documents nested fields with their format rules', () => {
	const fields = describeFields(pageSchemas.foranstaltning);
	const byPath = new Map(fields.map((f) => [f.path, f]));
	assert.equal(byPath.get('id')?.rule, 'skal være "f-" og tre cifre (fx "f-007")');
	assert.equal(byPath.get('niveau')?.kind, 'en af: grundniveau, udvidet');
	assert.equal(byPath.get('omkostninger.lille.engang')?.description, 'engangsudgift i kr.');
	assert.equal(byPath.get('afhaengerAf')?.required, false);
	assert.equal(byPath.get('afhaengerAf')?.defaultValue, 'tom liste');
	assert.equal(describeFields(pageSchemas.krav).find((f) => f.path === 'sidstGennemgaaet')?.kind, 'dato (ÅÅÅÅ-MM-DD)');
	assert.ok(existsSync(join(ROOT, 'content/bidrag/feltoversigt.mdx')));
});
