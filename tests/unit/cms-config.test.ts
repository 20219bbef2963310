// The editor at /admin/ is generated from the schemas: these tests fail when a schema field has no
// editor field, or an editor field has no schema field, and when the editor's kind of field (select,
// date, relation, list, required) does not say what the schema accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { KIND_FOLDERS, pageSchemas, type PageKind } from '../../src/schemas/index.ts';
import { kravSchema } from '../../src/schemas/krav.ts';
import { describeFields } from '../../src/lib/schema-fields.ts';
import { buildCmsConfig, backendFromEnv, apiOrigin } from '../../src/cms/config.ts';
import { objectFields, labelOf, type CmsField } from '../../src/cms/fields.ts';
import { ROOT } from '../helpers/content-fixture.ts';

const config = buildCmsConfig({ root: ROOT, contentDir: join(ROOT, 'content'), backend: { name: 'github', repo: 'kl-nis2/nis2-drejebogen', branch: 'main' } });
interface Collection {
	name: string;
	folder?: string;
	extension?: string;
	filter?: { field: string; value: string };
	fields?: CmsField[];
	files?: { file: string; fields: CmsField[] }[];
}
const collections = config.collections as Collection[];
/** Fields the editor adds that are not in our schemas: Starlight's title/description and the body. */
const EDITOR_ONLY = new Set(['title', 'description', 'body']);

/** Editor fields flattened to the paths describeFields() uses: "a.b", "list[].x", "map.<navn>". */
function editorPaths(fields: CmsField[], schemaPaths: Set<string>, prefix = ''): Map<string, CmsField> {
	const out = new Map<string, CmsField>();
	for (const f of fields) {
		const path = prefix ? `${prefix}.${f.name}` : f.name;
		if (prefix && schemaPaths.has(`${prefix}.<navn>`)) {
			// A record (hours per role) is offered as one field per existing key.
			out.set(`${prefix}.<navn>`, f);
			continue;
		}
		out.set(path, f);
		if (f.widget === 'object' && f.fields) for (const [p, c] of editorPaths(f.fields, schemaPaths, path)) out.set(p, c);
		if (f.widget === 'list' && f.fields) for (const [p, c] of editorPaths(f.fields, schemaPaths, `${path}[]`)) out.set(p, c);
	}
	return out;
}

const fieldsOfKind = (kind: PageKind): CmsField[][] =>
	collections.filter((c) => c.name === kind || c.name.startsWith(`${kind}-`)).map((c) => c.fields ?? c.files?.[0]?.fields ?? []);

for (const kind of Object.keys(pageSchemas) as PageKind[]) {
	test(`editor fields for "${kind}" are exactly the schema's fields, in schema order`, () => {
		const docs = describeFields(pageSchemas[kind]);
		const schemaPaths = new Set(docs.map((d) => d.path));
		const lists = fieldsOfKind(kind);
		assert.ok(lists.length > 0, `no editor collection for the page kind "${kind}"`);
		for (const fields of lists) {
			const editor = editorPaths(fields, schemaPaths);
			for (const d of docs) assert.ok(editor.has(d.path), `schema field "${d.path}" of "${kind}" has no editor field`);
			for (const path of editor.keys())
				assert.ok(schemaPaths.has(path) || EDITOR_ONLY.has(path), `editor field "${path}" of "${kind}" has no schema field`);
			// Top-level order follows the schema (type first, then Starlight's title/description).
			const own = fields.map((f) => f.name).filter((n) => !EDITOR_ONLY.has(n));
			const schemaOrder = Object.keys((pageSchemas[kind] as z.ZodObject).shape);
			assert.deepEqual(own, ['type', ...schemaOrder.filter((n) => n !== 'type')]);
			for (const d of docs) {
				const f = editor.get(d.path)!;
				if (d.path.endsWith('<navn>')) continue;
				if (d.path === 'type') {
					assert.equal(f.widget, 'hidden');
					continue;
				}
				assert.equal(
					f.required !== false,
					d.required,
					`"${d.path}" of "${kind}": required in the schema is ${d.required}, in the editor ${f.required !== false}`,
				);
				if (d.kind.startsWith('en af: '))
					assert.deepEqual(f.options, d.kind.slice(7).split(', '), `"${d.path}" should be a select of the schema's values`);
				if (d.kind.startsWith('dato')) assert.equal(f.widget, 'datetime', `"${d.path}" is a date`);
				// A number that refers to something (a phase) is picked from the ids that exist.
				if (d.kind === 'tal') assert.ok(['number', 'select'].includes(f.widget), `"${d.path}" is a number`);
				if (d.kind === 'true eller false') assert.equal(f.widget, 'boolean');
				if (d.kind === 'gruppe af felter') assert.equal(f.widget, 'object');
				if (d.description)
					assert.ok(
						f.hint?.toLowerCase().includes(d.description.toLowerCase().slice(0, 20)),
						`"${d.path}" should carry the schema's description as its hint`,
					);
			}
		}
	});
}

test('every page kind with a folder is a folder collection over that folder, filtered on its type', () => {
	for (const [kind, folder] of Object.entries(KIND_FOLDERS)) {
		const cols = collections.filter((c) => c.name === kind || c.name.startsWith(`${kind}-`));
		assert.ok(cols.length, kind);
		for (const c of cols) {
			assert.equal(c.folder, `content/${folder}`);
			assert.deepEqual(c.filter, { field: 'type', value: kind });
		}
	}
	const side = collections.find((c) => c.name === 'side')!;
	assert.ok(side.files!.length > 10, 'ordinary pages are listed file by file');
	assert.ok(side.files!.some((f) => f.file === 'content/bidrag/index.md'));
});

test('references offer the ids that exist: relations over page kinds, lists over data files', () => {
	const fields = collections.find((c) => c.name === 'foranstaltning')!.fields!;
	const krav = fields.find((f) => f.name === 'krav')!;
	assert.equal(krav.widget, 'relation');
	assert.equal(krav.collection, 'krav');
	assert.equal(krav.multiple, true);
	assert.equal(krav.min, 1);
	const id = fields.find((f) => f.name === 'id')!;
	assert.equal(id.widget, 'string', "a page's own id is typed, not picked");
	assert.deepEqual(id.pattern, ['^f-\\d{3}$', 'skal være "f-" og tre cifre (fx "f-007")']);
	const iso = fields.find((f) => f.name === 'iso27001')!;
	assert.equal(iso.widget, 'select');
	assert.ok(iso.options!.includes('5.24') && !iso.options!.includes('5.38'));
	const kravFields = collections.find((c) => c.name === 'krav')!.fields!;
	const kilde = kravFields.find((f) => f.name === 'kilder')!.fields!.find((f) => f.name === 'kilde')!;
	assert.equal(kilde.widget, 'select');
	assert.ok(kilde.options!.includes('nis2-loven'));
	const drejebog = collections.find((c) => c.name === 'drejebog')!.fields!;
	const fase = drejebog.find((f) => f.name === 'fase')!;
	assert.ok(
		fase.options!.every((o) => typeof o === 'object' && typeof o.value === 'number'),
		'phases are stored as numbers',
	);
	const timer = drejebog.find((f) => f.name === 'timer')!.fields![0];
	assert.ok(
		timer.fields!.some((f) => f.name === 'it-chef'),
		'hours per role: one field per role in roller.yaml',
	);
});

test("constraints carry the schema's Danish message", () => {
	const fields = collections.find((c) => c.name === 'krav')!.fields!;
	assert.deepEqual(fields.find((f) => f.name === 'resume')!.pattern, ['^[\\s\\S]{20,}$', 'skriv et resumé på mindst én sætning']);
	const cost = collections.find((c) => c.name === 'foranstaltning')!.fields!.find((f) => f.name === 'omkostninger')!;
	const engang = cost.fields![0].fields!.find((f) => f.name === 'engang')!;
	assert.equal(engang.min, 0);
	assert.equal(fields.find((f) => f.name === 'raekkefoelge')!.value_type, 'int');
});

test('a field added to a schema gets an editor field without touching the generator', () => {
	const extended = kravSchema.extend({ nytFelt: z.enum(['a', 'b']).describe('et nyt felt') });
	const fields = objectFields(extended, { references: () => ({ options: [] }) });
	const added = fields.find((f) => f.name === 'nytFelt');
	assert.deepEqual({ widget: added?.widget, options: added?.options, label: added?.label }, { widget: 'select', options: ['a', 'b'], label: 'Nyt felt' });
});

test('labels turn the ASCII names back into Danish', () => {
	assert.equal(labelOf('sidstGennemgaaet'), 'Sidst gennemgået');
	assert.equal(labelOf('raekkefoelge'), 'Rækkefølge');
	assert.equal(labelOf('aabneSpoergsmaal'), 'Åbne spørgsmål');
});

test('the production backend and its API origin come from the environment', () => {
	assert.deepEqual(backendFromEnv({ EDIT_BASE_URL: 'https://github.com/a/b/edit/main/' }), {
		name: 'github',
		repo: 'a/b',
		branch: 'main',
		baseUrl: undefined,
		authEndpoint: undefined,
	});
	assert.equal(apiOrigin(backendFromEnv({})), 'https://api.github.com');
	assert.equal(
		apiOrigin(
			backendFromEnv({
				NIS2_CMS_BACKEND: 'gitea',
				NIS2_CMS_REPO: 'x/y',
				NIS2_CMS_APP_ID: 'id',
				NIS2_CMS_API_ROOT: 'https://git.example.dk/api/v1',
				NIS2_CMS_AUTH_BASE_URL: 'https://git.example.dk',
			}),
		),
		'https://git.example.dk',
	);
	assert.throws(() => backendFromEnv({ NIS2_CMS_BACKEND: 'gitlab' }), /NIS2_CMS_APP_ID/);
});
