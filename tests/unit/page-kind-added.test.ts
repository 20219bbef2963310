// Adding a page kind is one entry in the page-kind registry, one in the chapter registry (for a
// chapter of its own) and its schema file: nothing else. This test does exactly that to a copy of the
// project (a made-up kind "oevelse" in content/oevelser/) and checks that the schema union, the
// content check, the sidebar and its order, print, feeds, review rules and the CMS all pick it up.
// The facts component (PageFacts.astro) is the one further edit; `npm run typecheck` demands it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';

let project: string;

/**
 * The example in CONTRIBUTING.md's "For developers: adding a page kind", so the documented edits are
 * the tested ones: the first ts block of that section, in parts headed by the file they go into.
 */
function documentedExample(): { schema: string; entry: string; chapter: string } {
	const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
	const section = text.slice(text.indexOf('## For developers: adding a page kind'));
	const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
	assert.ok(block, 'CONTRIBUTING.md: the section "For developers: adding a page kind" has no ts example');
	const part = (file: string) => {
		const start = block.indexOf(`// ${file}`);
		assert.ok(start >= 0, `CONTRIBUTING.md: the example has no part headed "// ${file}"`);
		const body = block.slice(block.indexOf('\n', start) + 1);
		const end = body.search(/^\/\/ src\//m);
		return (end < 0 ? body : body.slice(0, end)).trim();
	};
	return { schema: part('src/schemas/oevelse.ts'), entry: part('src/schemas/page-kinds.ts'), chapter: part('src/schemas/chapters.ts') };
}

const page = (id: string, title: string, nummer: number, body = 'Sådan gennemføres øvelsen trin for trin.') =>
	`---\ntitle: ${title}\ntype: oevelse\nid: ${id}\nnummer: ${nummer}\nsidstGennemgaaet: 2026-06-01\n---\n\n${body}\n`;

/** Inserts `text` into a file of the copy after the first line matching `after`. */
function insertAfter(file: string, after: RegExp, text: string) {
	const path = join(project, file);
	const lines = readFileSync(path, 'utf8').split('\n');
	const at = lines.findIndex((l) => after.test(l));
	assert.ok(at >= 0, `${file}: no line matches ${after}; the registry's layout changed, update this test's insertion point`);
	lines.splice(at + 1, 0, text.replace(/\n$/, ''));
	writeFileSync(path, lines.join('\n'));
}

function write(file: string, text: string) {
	mkdirSync(dirname(join(project, file)), { recursive: true });
	writeFileSync(join(project, file), text);
}

before(() => {
	project = mkdtempSync(join(tmpdir(), 'nis2-new-kind-'));
	for (const dir of ['src', 'scripts', 'config']) cpSync(join(ROOT, dir), join(project, dir), { recursive: true });
	cpSync(join(ROOT, 'package.json'), join(project, 'package.json'));
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
	cpSync(join(ROOT, 'tests/fixtures/content/base'), join(project, 'content'), { recursive: true });

	// The edits a contributor makes, as CONTRIBUTING.md shows them (less the facts component), and no other.
	const example = documentedExample();
	const indent = (text: string) => text.replace(/^(?=.)/gm, '\t');
	write('src/schemas/oevelse.ts', `import { z } from 'astro/zod';\nimport { pageBase } from './common.ts';\n\n${example.schema}\n`);
	insertAfter('src/schemas/page-kinds.ts', /^import .* from '\.\/pages\.ts';$/, "import { oevelseSchema } from './oevelse.ts';");
	insertAfter('src/schemas/page-kinds.ts', /^\tbriefing: pageKind\(/, indent(example.entry));
	insertAfter('src/schemas/chapters.ts', /slug: 'drejebog'/, indent(example.chapter));

	// Titles in the opposite order of the numbers: the sidebar must follow the kind's own order rule.
	write('content/oevelser/oe-01.mdx', page('oe-01', 'Øvelse med beredskabsplanen', 1));
	write('content/oevelser/oe-02.mdx', page('oe-02', 'Aftenøvelse', 2));
});

after(() => rmSync(project, { recursive: true, force: true }));

const env = { ...process.env, NIS2_CONTENT_DIR: undefined };

/** `npm run check:content` in the copy, with `change` applied to its content tree first and undone after. */
function checkContent(change?: { file: string; text?: string }) {
	const path = change && join(project, 'content', change.file);
	const before =
		path &&
		(() => {
			try {
				return readFileSync(path, 'utf8');
			} catch {
				return undefined;
			}
		})();
	if (path) {
		if (change.text === undefined) rmSync(path);
		else write(join('content', change.file), change.text);
	}
	try {
		const run = spawnSync('npm', ['run', '--silent', 'check:content'], { cwd: project, env, encoding: 'utf8' });
		return { code: run.status, out: `${run.stdout}${run.stderr}` };
	} finally {
		if (path) {
			if (before === undefined) rmSync(path, { force: true });
			else writeFileSync(path, before);
		}
	}
}

test('the content check accepts pages of the new kind', () => {
	const { code, out } = checkContent();
	assert.equal(code, 0, out);
	assert.match(out, /Indholdet er i orden/);
});

test('the content check names the new kind among the kinds, and suggests it for a misspelling', () => {
	const { code, out } = checkContent({ file: 'oevelser/oe-03.mdx', text: page('oe-03', 'Tredje øvelse', 3).replace('type: oevelse', 'type: oevelsen') });
	assert.equal(code, 1, out);
	assert.match(out, /"oevelsen" er ikke en sidetype \(mente du "oevelse"\?\)/);
	assert.match(out, /skriv én af: .*\boevelse\b/);
});

test("the content check applies the new kind's folder, id and body rules", () => {
	const misplaced = checkContent({ file: 'om/oe-04.mdx', text: page('oe-04', 'Fjerde øvelse', 4) });
	assert.equal(misplaced.code, 1, misplaced.out);
	assert.match(misplaced.out, /en side af typen "oevelse" skal ligge i mappen content\/oevelser\//);

	const renamed = checkContent({ file: 'oevelser/oe-05.mdx', text: page('oe-06', 'Femte øvelse', 5) });
	assert.equal(renamed.code, 1, renamed.out);
	assert.match(renamed.out, /id "oe-06" passer ikke med filnavnet "oe-05"/);

	const empty = checkContent({ file: 'oevelser/oe-07.mdx', text: page('oe-07', 'Syvende øvelse', 7, '') });
	assert.equal(empty.code, 1, empty.out);
	assert.match(empty.out, /en side af typen "oevelse" skal forklare hvordan øvelsen gennemføres/);

	const wrongField = checkContent({ file: 'oevelser/oe-08.mdx', text: page('oe-08', 'Ottende øvelse', 8).replace('nummer: 8', 'nummer: otte') });
	assert.equal(wrongField.code, 1, wrongField.out);
	assert.match(wrongField.out, /nummer/);
});

// Everything else that lists kinds or chapters, read in the copy by a small program there.
const PROBE = `
import { KINDS_WITH_ID, PAGE_KIND_LABELS, pageSchema } from './src/schemas/index.ts';
import { FEED_CHAPTERS, PRINT_CHAPTERS } from './src/schemas/chapters.ts';
import { REVIEW_KINDS, REVIEW_RULES } from './src/lib/review-rules.ts';
import { sidebar } from './config/sidebar.ts';
import { buildCmsConfig } from './src/cms/config.ts';

const good = { type: 'oevelse', id: 'oe-09', nummer: 9 };
const cms = buildCmsConfig({ root: process.cwd(), contentDir: process.cwd() + '/content', backend: { name: 'proxy', proxyUrl: 'http://127.0.0.1:8081/api/v1', branch: 'main' } });
console.log(JSON.stringify({
	parses: pageSchema.safeParse(good).success,
	refusesWithoutNumber: !pageSchema.safeParse({ ...good, nummer: undefined }).success,
	label: PAGE_KIND_LABELS.oevelse,
	hasId: KINDS_WITH_ID.includes('oevelse'),
	review: REVIEW_KINDS.includes('oevelse') ? REVIEW_RULES.oevelse : null,
	print: PRINT_CHAPTERS.oevelser,
	feed: FEED_CHAPTERS.oevelser,
	sidebar: sidebar.map((e) => (typeof e === 'string' ? e : { label: e.label, items: 'items' in e ? e.items : undefined })),
	collection: cms.collections.find((c) => c.name === 'oevelse'),
}));
`;

/** What PROBE prints (one JSON line). */
interface ProbeResult {
	parses: boolean;
	refusesWithoutNumber: boolean;
	label: string;
	hasId: boolean;
	review: { months: number; text: string } | null;
	print: string;
	feed: string;
	sidebar: (string | { label: string; items?: unknown })[];
	collection?: { label: string; folder: string; identifier_field: string; fields: { name: string }[] };
}

test('schema union, review rules, print, feeds, sidebar and CMS pick up the new kind and chapter', () => {
	write('probe.ts', PROBE);
	const run = spawnSync(process.execPath, ['probe.ts'], { cwd: project, env, encoding: 'utf8' });
	assert.equal(run.status, 0, run.stderr);
	const seen = JSON.parse(run.stdout) as ProbeResult;
	assert.equal(seen.parses, true);
	assert.equal(seen.refusesWithoutNumber, true);
	assert.equal(seen.label, 'Øvelse');
	assert.equal(seen.hasId, true);
	assert.deepEqual(seen.review, { months: 6, text: 'et halvt år efter seneste gennemgang' });
	assert.equal(seen.print, 'Øvelser');
	assert.equal(seen.feed, 'Øvelser');

	// After the playbook, as in the chapter registry, and ordered by the kind's rule (not by title).
	const labels = seen.sidebar.map((e) => (typeof e === 'string' ? undefined : e.label));
	assert.ok(labels.indexOf('Øvelser') > labels.indexOf('Drejebog') || !labels.includes('Drejebog'), labels.join(', '));
	const group = seen.sidebar.find((e) => typeof e !== 'string' && e.label === 'Øvelser');
	assert.deepEqual(typeof group === 'object' ? group.items : undefined, ['oevelser/oe-01', 'oevelser/oe-02']);

	const collection = seen.collection;
	assert.ok(collection, 'the CMS has no collection for the new kind');
	assert.equal(collection.label, 'Øvelse');
	assert.equal(collection.folder, 'content/oevelser');
	assert.equal(collection.identifier_field, 'id');
	assert.ok(
		collection.fields.some((f) => f.name === 'nummer'),
		"the CMS collection lacks the new kind's own field",
	);
});
