// The search dialog's query understanding, on its own: legal references read from citations and
// from queries, the Danish stemmer behind the junk-match test, folding of words typed without
// æ, ø and å, the search register's phrases and the spacing of block elements before indexing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationKeys, queryRefs } from '../../src/lib/search/refs.ts';
import { isLiteralMatch, isRealMatch, isWordFormMatch, stem } from '../../src/lib/search/text.ts';
import { foldWord, planQuery, suggest, typoOf } from '../../src/lib/search/plan.ts';
import { buildSearchData } from '../../src/lib/search/search-data.ts';
import { spaceBlocks } from '../../config/integrations/search-text.ts';

test('citations become reference keys at every level, with lists and ranges expanded', () => {
	assert.deepEqual(citationKeys('art. 21, stk. 2, litra d, og stk. 3'), [
		'art. 21',
		'art. 21 stk. 2',
		'art. 21 stk. 2 litra d',
		'art. 21 litra d',
		'litra d',
		'art. 21 stk. 3',
	]);
	assert.deepEqual(citationKeys('§ 26, stk. 1, og § 27, stk. 2'), ['§ 26', '§ 26 stk. 1', '§ 27', '§ 27 stk. 2']);
	assert.deepEqual(citationKeys('art. 34–36 og art. 32, stk. 6'), ['art. 34', 'art. 35', 'art. 36', 'art. 32', 'art. 32 stk. 6']);
	assert.deepEqual(citationKeys('§ 32, stk. 1 (straf for overtrædelse af § 6, stk. 1-2)'), ['§ 32', '§ 32 stk. 1', '§ 6', '§ 6 stk. 1', '§ 6 stk. 2']);
	assert.deepEqual(citationKeys('bilag, afsnit 11, herunder 11.7 om multifaktorautentifikation'), ['bilag 11', 'bilag 11.7']);
	assert.deepEqual(citationKeys('fristen 1. oktober 2025 og registrering på virk.dk'), []);
});

test('references in a query are read as the reader means them, and the rest is left for the word search', () => {
	assert.deepEqual(queryRefs('§ 6, stk. 2'), { keys: ['§ 6 stk. 2'], rest: '' });
	assert.deepEqual(queryRefs('§6 stk 2'), { keys: ['§ 6 stk. 2'], rest: '' });
	assert.deepEqual(queryRefs('artikel 21 litra j'), { keys: ['art. 21 litra j'], rest: '' });
	assert.deepEqual(queryRefs('art 21(2)(j)'), { keys: ['art. 21 stk. 2 litra j'], rest: '' });
	assert.deepEqual(queryRefs('bilag 11.7'), { keys: ['bilag 11.7'], rest: '' });
	assert.deepEqual(queryRefs('paragraf 12 om hændelser'), { keys: ['§ 12'], rest: 'om hændelser' });
	// "art" without a number is the Danish word for "kind", not an article.
	assert.deepEqual(queryRefs('hvilken art af hændelser'), { keys: [], rest: 'hvilken art af hændelser' });
	assert.deepEqual(queryRefs('2FA og nis2'), { keys: [], rest: '2fa og nis2' });
});

test('the Danish stemmer gives the stems Pagefind matches on', () => {
	assert.equal(stem('hændelserne'), stem('hændelse'));
	assert.equal(stem('leverandørerne'), 'leverandør');
	assert.equal(stem('kravene'), 'krav');
	assert.equal(stem('vandværket'), 'vandværk');
});

test("only real word forms count as matches, not Pagefind's prefix fallback", () => {
	assert.ok(isRealMatch('hændelserne', 'hændelser.'));
	assert.ok(isRealMatch('hænd', 'Hændelsesur.'), 'a word being typed matches its completions');
	assert.ok(isRealMatch('tofaktor', 'to-faktor'));
	assert.ok(!isRealMatch('hackerangreb', 'h)'));
	assert.ok(!isRealMatch('bcp', '(1fc4bc5).'));
	assert.ok(!isRealMatch('handelse', 'handlingsplanen.'), 'a shared stem prefix is not a match');
});

test('stricter matches decide folding (the word as typed) and compound parts (a word of its own)', () => {
	assert.ok(isLiteralMatch('kravene', 'Kravene,'));
	assert.ok(!isLiteralMatch('handelse', 'hånd'), '"handelse" and "hånd" share only the stem "hand"');
	assert.ok(isWordFormMatch('aktiv', 'aktiver'));
	assert.ok(!isWordFormMatch('krypt', 'kryptering'), 'a beginning of a longer word is not a part');
});

const data = buildSearchData(
	[
		{ id: 's-multifaktor', begreb: 'Multifaktorautentifikation', ord: ['2FA', 'to-faktor'], sider: ['krav/k-21-2-j'] },
		{ id: 's-oekonomi', begreb: 'Økonomi', ord: ['hvad koster', 'budget'], sider: ['konsekvenser/oekonomi', 'vaerktoejer/omkostningsberegner'] },
		{ id: 's-omfattet', begreb: 'Hvem er omfattet', ord: ['vandværk'], sider: ['omfattet'] },
	],
	[
		{
			title: 'Rapportering af væsentlige hændelser',
			text: 'hændelse hændelsen hændelser leverandør leverandører før for data; en hændelse hos en leverandør',
			reader: true,
		},
		{ title: 'Kryptering', text: 'kryptering af data', reader: true },
	],
);

test('words typed without æ, ø and å are searched in their Danish form, but real ASCII words are kept', () => {
	assert.equal(foldWord('handelse', data.fold), 'hændelse');
	assert.equal(foldWord('haendelser', data.fold), 'hændelser');
	assert.equal(foldWord('leverandoer', data.fold), 'leverandør');
	assert.equal(foldWord('handelsesrapportering', data.fold), 'hændelsesrapportering', 'a compound keeps its known beginning');
	assert.equal(foldWord('for', data.fold), undefined, '"for" is a word of its own');
	assert.equal(foldWord('hændelse', data.fold), undefined);
});

test('a query is planned: register phrases, inflected register words, question words left out', () => {
	const mfa = planQuery('2FA', data);
	assert.deepEqual(
		mfa.entries.map((e) => e.entry.id),
		['s-multifaktor'],
	);
	assert.deepEqual(mfa.entries[0].entry.pages, ['/krav/k-21-2-j/']);
	const cost = planQuery('hvad koster det', data);
	assert.deepEqual(
		cost.entries.map((e) => e.entry.id),
		['s-oekonomi'],
	);
	assert.deepEqual(cost.words, ['koster']);
	const scope = planQuery('er vandværket omfattet', data);
	assert.deepEqual(
		scope.entries.map((e) => e.entry.id),
		['s-omfattet'],
	);
	assert.deepEqual(scope.words, ['vandværket', 'omfattet']);
	const typed = planQuery('leverandor', data);
	assert.deepEqual(typed.folded, [['leverandor', 'leverandør']]);
	const ref = planQuery('§ 6, stk. 2, nr. 10', data);
	assert.deepEqual(ref.refs, [['§ 6 stk. 2 nr. 10', '§ 6 stk. 2', '§ 6']]);
});

test('a query nothing matches gets close suggestions from the register and the titles', () => {
	assert.deepEqual(suggest('kryptring', data).slice(0, 1), ['Kryptering']);
	assert.deepEqual(suggest('xyzzy', data), []);
	assert.equal(typoOf('kryptring', data), 'kryptering');
	assert.equal(typoOf('leverandøraftale', data), undefined);
});

test('block boundaries get a space before indexing; code, scripts and inline text are left alone', () => {
	assert.equal(spaceBlocks('<dl><dt>Formål</dt><dd>Handlingsplanen</dd></dl>'), '<dl><dt>Formål</dt> <dd>Handlingsplanen</dd> </dl>');
	assert.equal(spaceBlocks('<tr><th>Krav</th><th>Antal</th></tr>'), '<tr><th>Krav</th> <th>Antal</th> </tr>');
	assert.equal(spaceBlocks('<pre><div>a</div><div>b</div></pre>'), '<pre><div>a</div><div>b</div></pre>');
	assert.equal(spaceBlocks('<script>x = "</div><p>";</script>'), '<script>x = "</div><p>";</script>');
	assert.equal(spaceBlocks('<p><strong>Status:</strong><em>x</em></p>'), '<p><strong>Status:</strong><em>x</em></p>');
});
