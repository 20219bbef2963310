// Every template is a page and a Word file built from the same front matter. These tests open each
// built .docx (a zip; Debian's `unzip` reads it) and look for the title, headings and every field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { built, builtHtml, decodeEntities, pagesIn } from '../helpers/built-site.ts';
import { allSections, type Generator, type KravLike, type Sektion } from '../../src/lib/skabelon-sektioner.ts';

interface Skabelon {
	title: string;
	type: string;
	krav?: string[];
	genererSektioner?: Generator;
	sektioner: Sektion[];
}

const krav = [...pagesIn('krav').values()].filter((p) => p.type === 'krav') as unknown as KravLike[];
// What the page and the Word file must show: the typed sections and any generated from other content.
const templates = ([...pagesIn('skabeloner')].filter(([, p]) => p.type === 'skabelon') as unknown as [string, Skabelon][]).map(
	([slug, t]) => [slug, { ...t, sektioner: allSections({ ...t, krav: t.krav ?? [] }, krav) }] as [string, Skabelon],
);

function unzip(args: string[]): string {
	try {
		return execFileSync('unzip', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			throw new Error('Programmet "unzip" mangler. Installer det med "apt-get install unzip".', { cause: error });
		throw error;
	}
}

/** The visible text of a WordprocessingML document: the runs' text, with paragraph breaks as newlines. */
function documentText(docx: string): string {
	const xml = unzip(['-p', docx, 'word/document.xml']);
	return xml
		.split('</w:p>')
		.map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeEntities(m[1])).join(''))
		.join('\n');
}

test('there are at least 8 templates', () => {
	assert.ok(templates.length >= 8, `kun ${templates.length} skabeloner`);
});

test('a checklist generated from the requirements has a section per listed requirement and a summary', () => {
	const generated = ([...pagesIn('skabeloner')] as unknown as [string, Skabelon][]).filter(([, t]) => t.genererSektioner === 'krav-udfald');
	assert.ok(generated.length >= 1, 'ingen skabelon danner sektioner ud fra kravene');
	for (const [slug, t] of generated) {
		const all = templates.find(([s]) => s === slug)![1].sektioner;
		const titles = (t.krav ?? []).map((id) => krav.find((k) => k.id === id)!.title);
		assert.deepEqual(
			all.slice(t.sektioner.length, -1).map((s) => s.overskrift),
			titles,
			`${slug}: én sektion pr. krav i rækkefølge`,
		);
		assert.equal(all.at(-1)!.overskrift, 'Opsamling');
	}
});

for (const [slug, t] of templates) {
	test(`${slug}.docx is a valid Word file with the title, headings and every field`, () => {
		const file = built(`skabeloner/${slug}.docx`);
		assert.equal(readFileSync(file).subarray(0, 4).toString('latin1'), 'PK\u0003\u0004', 'skal være en zip-fil');
		assert.match(unzip(['-tq', file]), /No errors detected/);
		const parts = unzip(['-Z1', file]).split('\n');
		for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']) assert.ok(parts.includes(part), `${part} mangler`);
		const text = documentText(file);
		assert.ok(text.includes(t.title), `titlen "${t.title}" mangler`);
		for (const s of t.sektioner) {
			assert.ok(text.includes(s.overskrift), `afsnittet "${s.overskrift}" mangler`);
			for (const f of s.felter) {
				assert.ok(text.includes(f.navn), `feltet "${f.navn}" mangler`);
				assert.ok(text.includes(f.vejledning), `vejledningen til "${f.navn}" mangler`);
			}
		}
	});

	test(`${slug} page links to its .docx and shows the same fields`, () => {
		const html = builtHtml(`skabeloner/${slug}`);
		const link = new RegExp(
			`<a\\b[^>]*href="/skabeloner/${slug}\\.docx"[^>]*>Hent som Word-dokument</a> <span data-download-facts="/skabeloner/${slug}\\.docx">\\(Word, [0-9,]+ kB\\)</span>`,
		);
		assert.match(html, link);
		const fields = /<section\b[^>]*data-view="skabelon-felter"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
		const names = [...fields.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>/g)].map((m) => decodeEntities(m[1].replace(/<[^>]+>/g, '').trim()));
		assert.deepEqual(
			names,
			t.sektioner.flatMap((s) => s.felter.map((f) => f.navn)),
		);
	});
}
