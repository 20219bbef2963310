// The Atom feeds of major change notes (/aendringer/<feed>.xml), read from the built site: well-
// formed XML, the Atom structure feed readers rely on, dated entries, ids that are the same on
// every build, and exactly the notes the pages carry (site feed: all; chapter feeds: their chapter).
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { readBuilt, root } from '../helpers/built-site.ts';
import { uuidV5 } from '../../src/lib/oscal.ts';

const FEEDS = ['alle', 'krav', 'foranstaltninger', 'drejebog', 'briefinger'] as const;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface Note {
	id: string;
	chapter: string;
	dato: string;
	tekst: string;
}

/** Major notes straight from the content files (not through the site's code), with the id they must have. */
function notesInContent(): Note[] {
	const notes: Note[] = [];
	for (const file of readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(file) || file.startsWith('data/')) continue;
		const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, 'content', file), 'utf8'))?.[1];
		const data = fm ? (parseYaml(fm) as { aendringer?: { dato: string; type: string; tekst: string }[] }) : undefined;
		const all = data?.aendringer ?? [];
		const pageId = file.replace(/\.mdx?$/, '').replace(/\/index$/, '');
		for (const n of all) {
			if (n.type !== 'vaesentlig') continue;
			const sameDay = all.filter((x) => x.dato === n.dato).indexOf(n);
			notes.push({
				id: `urn:uuid:${uuidV5(`aendring:${pageId}:${n.dato}:${sameDay}`)}`,
				chapter: file.split('/')[0],
				dato: String(n.dato),
				tekst: n.tekst,
			});
		}
	}
	return notes;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
/** An XML node's text: fast-xml-parser gives an element with attributes as { '#text': … }, a bare one as its value. */
const text = (v: unknown): string => {
	const value = typeof v === 'object' && v !== null ? (v as { '#text'?: unknown })['#text'] : v;
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
};

const content = notesInContent();

test('the site has real major change notes to announce', () => {
	assert.ok(content.length >= 1, 'at least one page carries a major change note');
});

for (const key of FEEDS) {
	test(`/aendringer/${key}.xml is a valid Atom feed with dated entries and stable ids`, () => {
		const xml = readBuilt(`aendringer/${key}.xml`);
		const valid = XMLValidator.validate(xml);
		assert.equal(valid, true, `well-formed XML: ${JSON.stringify(valid)}`);
		const { feed } = parser.parse(xml) as { feed: Record<string, unknown> | undefined };
		assert.ok(feed, 'the root element is <feed>');
		assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
		// RFC 4287 4.1.1: a feed has exactly one id, title and updated, and (with a self link) says where it lives.
		assert.match(text(feed.id), /^urn:uuid:[0-9a-f-]{36}$/);
		assert.ok(text(feed.title).startsWith('NIS2-drejebogen: væsentlige ændringer'));
		assert.match(text(feed.updated), RFC3339);
		const self = (feed.link as Record<string, string>[]).find((l) => l['@rel'] === 'self');
		assert.ok(self?.['@href'].endsWith(`/aendringer/${key}.xml`), 'a self link');
		assert.ok((feed.author as { name?: unknown } | undefined)?.name, 'a feed author (so entries need none of their own)');

		const entries = (feed.entry ?? []) as Record<string, unknown>[];
		const wanted = content.filter((n) => key === 'alle' || n.chapter === key).sort((a, b) => b.dato.localeCompare(a.dato));
		assert.equal(entries.length, wanted.length, `${key}: one entry per major note`);
		const ids = entries.map((e) => text(e.id));
		assert.equal(new Set(ids).size, ids.length, 'entry ids are unique');
		assert.deepEqual(
			[...ids].sort(),
			wanted.map((n) => n.id).sort(),
			'ids are derived from page, date and position only, so they are the same on every build',
		);
		const dates = entries.map((e) => text(e.updated));
		for (const d of dates) assert.match(d, RFC3339);
		assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
		for (const e of entries) {
			assert.ok(text(e.title).length > 10, 'an entry has a title');
			assert.ok((e.link as Record<string, string>[])[0]?.['@href'], 'an entry links to its page');
			const note = wanted.find((n) => n.id === text(e.id))!;
			assert.ok(text(e.title).includes(note.tekst), `the entry says what changed: ${note.tekst}`);
			assert.equal(text(e.updated).slice(0, 10), note.dato);
		}
		if (key === 'alle') assert.equal(text(feed.updated).slice(0, 10), wanted[0]?.dato, 'the feed is as new as its newest entry');
	});
}

test('the change page lists every major note, newest first, and per chapter', () => {
	const html = readBuilt('om/vaesentlige-aendringer/index.html');
	const all = /<h2 id="alle-aendringer">[\s\S]*?<ul class="nis2-change-list"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
	const dates = [...all.matchAll(/data-date="([\d-]+)"/g)].map((m) => m[1]);
	assert.equal(dates.length, content.length);
	assert.deepEqual(dates, [...dates].sort().reverse());
	for (const chapter of FEEDS.slice(1)) {
		assert.match(html, new RegExp(`<section aria-labelledby="${chapter}" data-chapter="${chapter}">`));
		assert.match(html, new RegExp(`href="#${chapter}"`), 'a link to the chapter section');
		assert.match(html, new RegExp(`href="/aendringer/${chapter}\\.xml"`), "the chapter's feed");
	}
});
