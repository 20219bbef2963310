// The last touches to built pages: Danish soft hyphens in table cells and "På denne side" from
// the headings a page really renders (config/integrations/finish-html.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hyphenateTableCells } from '../../src/lib/hyphenate.ts';
import { rebuildToc } from '../../src/lib/page-toc.ts';

const SHY = '\u00AD';

test('long Danish words in table cells get soft hyphens at syllables; text outside tables, tags and short words do not', () => {
	const html =
		'<p>Hændelsesunderretning</p><table><tr><th class="Informationssikkerhed">Hændelsesunderretning</th><td><a href="/x/">sikkerhedskopiering</a> og 6.159.000 kr.</td></tr></table>';
	const out = hyphenateTableCells(html);
	assert.ok(out.startsWith('<p>Hændelsesunderretning</p>'), 'text outside tables is left alone');
	assert.ok(out.includes('class="Informationssikkerhed"'), 'attributes are never changed');
	assert.ok(out.includes(`Hæn${SHY}del${SHY}ses${SHY}un${SHY}der${SHY}ret${SHY}ning</th>`));
	assert.ok(out.includes(`>sik${SHY}ker${SHY}heds${SHY}ko${SHY}pi${SHY}e${SHY}ring</a> og 6.159.000 kr.`), 'numbers and short words stay whole');
	assert.equal(out.replaceAll(SHY, ''), html, 'only soft hyphens are added');
});

const TOC_LIST = (cls: string) =>
	`<ul class="${cls}" style="--depth: 0;"><li style="--depth: 0;" class="astro-x"><a href="#_top" style="--depth: 0;" class="astro-x"><span style="--depth: 0;" class="astro-x">Oversigt</span></a></li><li style="--depth: 0;" class="astro-x"><a href="#a" style="--depth: 0;" class="astro-x"><span style="--depth: 0;" class="astro-x">A</span></a></li></ul>`;

test('"På denne side" lists every h2 and h3 in the content, in order, on desktop and phone', () => {
	const page = [
		`<starlight-toc data-min-h="2" data-max-h="3"><nav><h2 id="starlight__on-this-page">På denne side</h2>${TOC_LIST('astro-x')}</nav></starlight-toc>`,
		`<mobile-starlight-toc data-min-h="2" data-max-h="3"><details><div class="dropdown">${TOC_LIST('isMobile astro-x')}</div></details></mobile-starlight-toc>`,
		'<main><div class="sl-markdown-content"><h2 id="a">A</h2><section><h2 id="fra-visning">Fra <code>visningen</code></h2><h3 id="under">Under</h3><h4 id="dybt">Dybt</h4></section></div></main>',
	].join('');
	const out = rebuildToc(page);
	const desktop = out.slice(0, out.indexOf('</starlight-toc>'));
	const phone = out.slice(out.indexOf('<mobile-starlight-toc'), out.indexOf('</mobile-starlight-toc>'));
	for (const toc of [desktop, phone]) {
		const links = [...toc.matchAll(/href="#([^"]+)">([^<]*)</g)].map((m) => `${m[1]}:${m[2]}`);
		assert.deepEqual(links, ['_top:Oversigt', 'a:A', 'fra-visning:Fra visningen', 'under:Under']);
		assert.match(toc, /<li><a href="#fra-visning">Fra visningen<\/a><ul><li><a href="#under">Under<\/a><\/li><\/ul><\/li>/, 'an h3 nests under its h2');
		assert.doesNotMatch(toc, /astro-x|--depth|<span/, 'lean lists: no scoped classes, depth styles or spans (src/styles/toc.css styles them)');
	}
	assert.equal(rebuildToc(out), out, 'rebuilding a rebuilt page changes nothing');
	assert.equal(rebuildToc('<main><h2 id="x">X</h2></main>'), '<main><h2 id="x">X</h2></main>', 'a page without a table of contents is left alone');
});

test('page titles are left whole', () => {
	assert.equal(hyphenateTableCells('<h1 id="_top">Modenhedsvurdering</h1>'), '<h1 id="_top">Modenhedsvurdering</h1>');
});
