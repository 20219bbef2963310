// The rewriting that makes site pages safe to concatenate into one PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteSectionHtml } from '../../src/lib/print-html.ts';

const options = {
	prefix: 'krav-k-20',
	sections: new Map([
		['/krav/k-20/', 'krav-k-20'],
		['/krav/k-23/', 'krav-k-23'],
	]),
	site: 'https://nis2.example.dk',
};

test('ids and references to them get the section prefix', () => {
	const out = rewriteSectionHtml(
		'<section aria-labelledby="kilder"><h2 id="kilder">Kilder</h2><a href="#kilder">op</a><label for="x"></label><div data-id="keep"></div></section>',
		options,
	);
	assert.match(out, /aria-labelledby="krav-k-20--kilder"/);
	assert.match(out, /id="krav-k-20--kilder"/);
	assert.match(out, /href="#krav-k-20--kilder"/);
	assert.match(out, /for="krav-k-20--x"/);
	assert.match(out, /data-id="keep"/, 'data-id is not an id');
});

test('links to pages in the document become in-PDF anchors; other site links absolute', () => {
	const out = rewriteSectionHtml(
		[
			'<a href="/krav/k-23/">a</a>',
			'<a href="/krav/k-23/#frister">b</a>',
			'<a href="/krav/k-23/#_top">c</a>',
			'<a href="/drejebog/d-0-01/">d</a>',
			'<a href="/data/krav.csv">e</a>',
			'<a href="https://eur-lex.europa.eu/x">f</a>',
			'<a href="#_top">g</a>',
		].join(''),
		options,
	);
	assert.match(out, /href="#krav-k-23">a/);
	assert.match(out, /href="#krav-k-23--frister">b/);
	assert.match(out, /href="#krav-k-23">c/);
	assert.match(out, /href="https:\/\/nis2\.example\.dk\/drejebog\/d-0-01\/" data-site-link>d/);
	assert.match(out, /href="https:\/\/nis2\.example\.dk\/data\/krav\.csv" data-site-link>e/);
	assert.match(out, /href="https:\/\/eur-lex\.europa\.eu\/x">f/, 'external links are untouched');
	assert.match(out, /href="#krav-k-20">g/, '#_top is the section itself');
});

test('headings move down a level under the section title, never past h6', () => {
	const out = rewriteSectionHtml('<h2 id="a">A</h2><h3 class="x">B</h3><h6>C</h6>', { ...options, headingShift: 1 });
	assert.equal(out, '<h3 id="krav-k-20--a">A</h3><h4 class="x">B</h4><h6>C</h6>');
});

test('heading anchor links (screen UI) are dropped', () => {
	const out = rewriteSectionHtml(
		'<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2><a class="sl-anchor-link" href="#a"><span aria-hidden="true"><svg></svg></span><span class="sr-only">Sektion kaldt »A«</span></a></div><p><a href="#a">A</a></p>',
		options,
	);
	assert.ok(!out.includes('Sektion kaldt'));
	assert.match(out, /<p><a href="#krav-k-20--a">A<\/a><\/p>/);
});
