// Icons drawn by CSS (src/lib/css-icons.ts): Starlight's inline SVG for an icon in public/icons/
// becomes an empty span with the same classes and size; any other SVG is left alone. For the
// printed documents the spans turn back into the same SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cssIcons, iconsAsCss, iconsAsSvg } from '../../src/lib/css-icons.ts';

const caret = /\sd="([^"]+)"/.exec(readFileSync('public/icons/right-caret.svg', 'utf8'))![1];

test('every icon file is listed and has a CSS rule', () => {
	const css = readFileSync('src/styles/css-icons.css', 'utf8');
	assert.ok(cssIcons.size >= 4);
	// Any layout of the rule (one line as written, or one declaration per line as Prettier prints it).
	for (const name of cssIcons.values())
		assert.match(css, new RegExp(`\\.nis2-icon--${name}\\s*\\{\\s*--nis2-icon: url\\('/icons/${name}\\.svg'\\);\\s*\\}`), `a rule for ${name}`);
});

test("an icon's inline SVG becomes a span with its classes and size; other SVGs stay", () => {
	const known = `<svg aria-hidden="true" class="caret astro-abc astro-hkc32dio" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1.25rem;"><path d="${caret}"/></svg>`;
	const other = '<svg aria-hidden="true" class="astro-x" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M1 1h2"/></svg>';
	assert.equal(
		iconsAsCss(`<summary>Gruppe${known}</summary>${other}`),
		`<summary>Gruppe<span aria-hidden="true" class="caret astro-abc astro-hkc32dio nis2-icon nis2-icon--right-caret" style="--sl-icon-size: 1.25rem"></span></summary>${other}`,
	);
});

test('for print, every CSS icon turns back into the SVG Starlight wrote; other spans stay', () => {
	for (const [d, name] of cssIcons) {
		const svg = `<svg aria-hidden="true" class="icon rtl:flip astro-zaaezwya" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1.333em;"><path d="${d}"/></svg>`;
		const page = `<a href="/x/">Næste${svg}</a>`;
		assert.notEqual(iconsAsCss(page), page, `${name} is drawn by CSS on the page`);
		assert.equal(iconsAsSvg(iconsAsCss(page)), page, `${name} comes back as it was`);
	}
	const other = '<span aria-hidden="true" class="x nis2-icon nis2-icon--ukendt"></span><span class="nis2-icon nis2-icon--right-caret"></span>';
	assert.equal(iconsAsSvg(other), other, 'unknown names and spans not shaped like ours are left alone');
});
