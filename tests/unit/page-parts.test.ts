// The bench's page breakdown (scripts/bench/page-parts.ts): every byte counted once, under the
// innermost part it belongs to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageParts } from '../../scripts/bench/page-parts.ts';

const page = [
	'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Side</title><script>var x = 1;</script></head><body>',
	'<header class="header astro-abcdefgh"><a href="/">NIS2</a><site-search data-base="/"><button>Søg</button></site-search></header>',
	'<nav class="sidebar" aria-label="Hovednavigation"><button>Menu<svg><path d="M0 0"/></svg></button>',
	'<sl-sidebar-state-persist><script>restore()</script><ul><li><a href="/krav/">Krav og fortolkninger</a></li></ul></sl-sidebar-state-persist></nav>',
	'<aside><mobile-starlight-toc><ul><li><a href="#a">A</a></li></ul></mobile-starlight-toc><starlight-toc><ul><li><a href="#a">A</a></li></ul></starlight-toc></aside>',
	'<main><h1 id="_top">Side</h1><div class="sl-markdown-content"><h2 id="a">Æble</h2><p>Tekst med æøå.</p>',
	'<section class="nis2-citations"><h2>Kilder</h2></section></div><footer><a href="/x/">Næste</a></footer></main></body></html>\n',
].join('');

test('the parts of a page add up to the page, each byte under its innermost part', () => {
	const p = pageParts(page);
	assert.equal(p.bytes, Buffer.byteLength(page));
	assert.equal(
		Object.values(p.parts).reduce((a, b) => a + b, 0),
		p.bytes,
		'the parts add up to the page, Danish letters counted in bytes',
	);
	const bytes = (s: string) => Buffer.byteLength(s);
	assert.equal(p.parts['indlejrede scripts'], bytes('<script>var x = 1;</script><script>restore()</script>'), 'a script counts as a script wherever it is');
	assert.equal(p.parts['indlejret SVG'], bytes('<svg><path d="M0 0"/></svg>'));
	assert.equal(p.parts['søgedialog'], bytes('<site-search data-base="/"><button>Søg</button></site-search>'), 'the dialog inside the header is its own part');
	assert.equal(
		p.parts['sidebar: links'],
		bytes('<sl-sidebar-state-persist><ul><li><a href="/krav/">Krav og fortolkninger</a></li></ul></sl-sidebar-state-persist>'),
	);
	assert.equal(p.parts['På denne side (telefon)'], p.parts['På denne side (desktop)'] + bytes('mobile-') * 2);
	assert.equal(p.parts['relationer og kilder'], bytes('<section class="nis2-citations"><h2>Kilder</h2></section>'));
	assert.equal(p.parts['sidefod (ret, datoer, forrige/næste)'], bytes('<footer><a href="/x/">Næste</a></footer>'));
	assert.equal(p.sidebar, bytes(page.slice(page.indexOf('<nav'), page.indexOf('</nav>') + 6)), 'the whole sidebar, scripts and icons included');
	assert.equal(p.attributes.scopedClasses, bytes(' astro-abcdefgh'));
});
