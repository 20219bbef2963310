// `npm run build` itself must fail on bad content, with the editor-facing message, not just the
// stand-alone checker. Real builds are slow, so this covers one case per check stage: schema,
// cross-reference, approval rule, Danish numbers, MDX components, and the post-build link and anchor check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendLine, contentTree } from '../helpers/content-fixture.ts';
import { buildContent } from '../helpers/build.ts';

const cases: [string, RegExp][] = [
	['missing-field', /foranstaltninger\/f-001\.mdx:2: feltet "krav": feltet mangler\.\n\s+Sådan retter du det: tilføj "krav:"/],
	['unknown-reference', /foranstaltninger\/f-002\.mdx:8: feltet "krav\.1": henviser til krav "k-21-2-z", som ikke findes\./],
	['approved-without-decision', /krav\/k-20\.mdx:13: feltet "beslutning": status er "godkendt", men der er ingen beslutning/],
	['danish-decimal-in-flow', /foranstaltninger\/f-001\.mdx:18: feltet "omkostninger\.lille\.aarsvaerk": "0,1" blev læst som tallet 0 og et ekstra felt "1"/],
	['mdx-undefined-component', /opslag\/kilder\.mdx:11: komponenten <Ordliste> bruges, men er ikke importeret/],
	['broken-link', /opslag\/links\.md:7: feltet "link": linket "\/krav\/k-registrering\/" peger på en side, der ikke findes\./],
	[
		'evidence-missing-level',
		/foranstaltninger\/f-001\.mdx:10: feltet "evidens\.afproevet": feltet mangler\.\n\s+Sådan retter du det: tilføj "afproevet:" under "evidens:"/,
	],
	[
		'broken-anchor',
		/opslag\/links\.md:7: feltet "link": linket "\/foranstaltninger\/f-001\/#findes-ikke" peger på afsnittet "#findes-ikke", som ikke findes/,
	],
];

// Astro 7's default Markdown processor does GFM for .md; MDX goes through @astrojs/mdx, so both
// are checked: tables, footnotes, task lists, autolinks and strikethrough; no English curly quotes.
function assertGfm(html: string, ext: string) {
	assert.match(html, /<table>[\s\S]*<th>Krav<\/th>[\s\S]*<td>24 timer<\/td>/, `table in .${ext}`);
	assert.match(html, /<sup><a href="#[^"]*fn[^"]*1"[^>]*>1<\/a><\/sup>/, `footnote reference in .${ext}`);
	assert.match(html, /<section[^>]*class="footnotes"[\s\S]*art\. 23, stk\. 4/, `footnote section in .${ext}`);
	assert.match(html, /<input[^>]*type="checkbox"[^>]*checked[^>]*>/, `checked task in .${ext}`);
	assert.match(html, /<a href="https:\/\/www\.retsinformation\.dk\/eli\/lta\/2025\/434">/, `autolink in .${ext}`);
	assert.match(html, /<del>Forældet krav<\/del>/, `strikethrough in .${ext}`);
	// Starlight's asides must survive our custom Sätteri processor options (astro.config.mjs).
	assert.match(html, /<aside[^>]*class="starlight-aside starlight-aside--caution"[\s\S]*Usikkert[\s\S]*Fristen er ikke afklaret/, `aside in .${ext}`);
}

test('the base fixture builds, and GFM renders in both .md and .mdx', () => {
	const { dir, cleanup } = contentTree();
	try {
		const { status, output } = buildContent(dir, (dist) => {
			for (const ext of ['md', 'mdx']) assertGfm(readFileSync(join(dist, `opslag/gfm-${ext}/index.html`), 'utf8'), ext);
		});
		assert.equal(status, 0, output.slice(-3000));
	} finally {
		cleanup();
	}
});

for (const [name, message] of cases) {
	test(`npm run build fails on ${name} and says why`, () => {
		const { dir, cleanup } = contentTree(name);
		try {
			const { status, output } = buildContent(dir);
			assert.notEqual(status, 0, 'the build must fail');
			assert.match(output, message);
			assert.match(output, /Sådan retter du det:/);
			assert.doesNotMatch(output, /Stack trace|\n\s+at [\w.<>]+ \(/, 'an editor should not see a stack trace');
		} finally {
			cleanup();
		}
	});
}

test('broken link: the build fails naming the page, the line and the address', () => {
	const { dir, cleanup } = contentTree();
	try {
		const line = appendLine(dir, 'krav/k-20.mdx', 'Se også [registreringen](/krav/k-registreringen/).');
		const { status, output } = buildContent(dir);
		assert.notEqual(status, 0);
		assert.match(output, new RegExp(`krav/k-20\\.mdx:${line}: feltet "link": linket "/krav/k-registreringen/" peger på en side, der ikke findes`));
	} finally {
		cleanup();
	}
});
