// The page-kind and chapter registries (src/schemas/page-kinds.ts, chapters.ts) are the one home of
// the kinds and chapters: these tests fail when a kind, a folder or a chapter is known in one place
// and missing in another. That adding a kind needs no other edits is proved in page-kind-added.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
	KIND_FOLDERS,
	KINDS_WITH_ID,
	PAGE_KIND_REGISTRY,
	PAGE_KINDS,
	pageKindInfo,
	REVIEW_KINDS,
	type PageKind,
	type ReviewKind,
} from '../../src/schemas/page-kinds.ts';
import { CHAPTERS, chapterOfId, FEED_CHAPTERS, kindsOfChapter, PRINT_CHAPTERS } from '../../src/schemas/chapters.ts';
import { pageSchema } from '../../src/schemas/index.ts';
import { refRegistry, REF_TARGETS, type RefTarget } from '../../src/schemas/references.ts';
import { ROOT } from '../helpers/content-fixture.ts';

// Checked by `npm run typecheck`: the review kinds are derived as literal kinds, not widened to string.
const reviewKinds: ReviewKind[] = ['krav', 'foranstaltning', 'drejebog'];

test('every kind is registered under the literal its schema gives `type`', () => {
	for (const kind of PAGE_KINDS) {
		const type = PAGE_KIND_REGISTRY[kind].schema.shape.type;
		assert.ok(type instanceof z.ZodLiteral, `${kind}: "type" is not a literal`);
		assert.deepEqual([...type.values], [kind], `${kind}: the schema's type literal differs from the registry key`);
	}
});

test('the schema union holds exactly the registered kinds', () => {
	const inUnion = pageSchema.options.map((o) => [...(o.shape.type as z.ZodLiteral).values][0]);
	assert.deepEqual(inUnion, PAGE_KINDS);
});

test('every top-level folder of content/ is a registered chapter, and every kind folder is one', () => {
	const folders = readdirSync(join(ROOT, 'content'), { withFileTypes: true })
		.filter((d) => d.isDirectory() && d.name !== 'data')
		.map((d) => d.name);
	const chapters = new Set<string>(CHAPTERS.map((c) => c.slug));
	for (const folder of folders) assert.ok(chapters.has(folder), `content/${folder}/ is not in src/schemas/chapters.ts, so it has no place in the sidebar`);
	for (const [kind, folder] of Object.entries(KIND_FOLDERS)) assert.ok(chapters.has(folder), `${kind}: its folder "${folder}" is not a chapter`);
	assert.equal(chapters.size, CHAPTERS.length, 'a chapter is listed twice');
});

test('a chapter lists the kinds whose folder it is, and a page id finds its chapter', () => {
	assert.deepEqual(kindsOfChapter('foranstaltninger'), ['foranstaltning']);
	assert.deepEqual(kindsOfChapter('om'), []);
	assert.equal(chapterOfId('drejebog/d-2-03')?.slug, 'drejebog');
	assert.equal(chapterOfId('drejebogen/x'), undefined);
	assert.equal(chapterOfId('omfattet'), undefined);
	for (const kind of PAGE_KINDS) {
		const folder = pageKindInfo(kind)?.folder;
		if (folder) assert.ok(kindsOfChapter(folder).includes(kind), kind);
	}
});

test('printed chapters and feeds are chapters, in chapter order', () => {
	const order = CHAPTERS.map((c) => c.slug as string);
	const inOrder = (keys: string[]) => keys.every((k, i) => i === 0 || order.indexOf(k) > order.indexOf(keys[i - 1]));
	assert.ok(Object.keys(PRINT_CHAPTERS).length > 0 && inOrder(Object.keys(PRINT_CHAPTERS)));
	assert.ok(Object.keys(FEED_CHAPTERS).length > 0 && inOrder(Object.keys(FEED_CHAPTERS)));
	for (const [slug, title] of Object.entries({ ...PRINT_CHAPTERS, ...FEED_CHAPTERS })) assert.equal(title, CHAPTERS.find((c) => c.slug === slug)?.title);
});

test('a kind has an id exactly when its schema defines one, and the id field is where such ids are defined', () => {
	for (const kind of PAGE_KINDS) {
		const id = (PAGE_KIND_REGISTRY[kind].schema.shape as Record<string, z.ZodType>).id;
		assert.equal(KINDS_WITH_ID.includes(kind), id !== undefined, kind);
		if (id) assert.deepEqual(refRegistry.get(id), { target: kind, role: 'definition' }, `${kind}: its id is not definition(<kind>Id)`);
	}
	assert.deepEqual(reviewKinds, REVIEW_KINDS);
});

test("reference targets that are page kinds point to the kind's folder", () => {
	for (const kind of PAGE_KINDS) {
		const target = REF_TARGETS[kind as RefTarget];
		const folder = KIND_FOLDERS[kind];
		if (!target || !folder) continue;
		assert.equal(target.where, `content/${folder}/`, `src/schemas/references.ts: ${kind}`);
		assert.match(target.create('x'), new RegExp(`^opret content/${folder}/x\\.mdx$`), `src/schemas/references.ts: ${kind}`);
	}
});

test('pageKindInfo knows only the registered kinds (unvalidated front matter may say anything)', () => {
	for (const kind of PAGE_KINDS) assert.equal(pageKindInfo(kind), PAGE_KIND_REGISTRY[kind]);
	for (const other of [undefined, 3, 'toString', 'constructor', 'ukendt', 'Krav']) assert.equal(pageKindInfo(other), undefined, String(other));
});

test('the sidebar order rules: requirements by raekkefoelge, steps by phase and number, the rest after', () => {
	const order = (kind: PageKind, fm: Record<string, unknown>) => pageKindInfo(kind)?.sidebarOrder?.(fm);
	assert.equal(order('krav', { raekkefoelge: 7 }), 7);
	assert.equal(order('krav', {}), 100);
	assert.equal(order('drejebog', { fase: 2, raekkefoelge: 3 }), 203);
	assert.equal(order('drejebog', { fase: 'to' }), 0);
	assert.equal(order('skabelon', { raekkefoelge: 1 }), undefined);
});
