// The content is complete: every required requirement page exists with its sections filled, the
// glossary and the open-questions register are large enough and cross-linked, and the five key
// questions can be answered from the pages. Reads content/ directly so it runs without a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..');
const contentDir = join(root, 'content');

const REQUIRED_KRAV = [
	'k-20',
	'k-21-1',
	'k-21-2-a',
	'k-21-2-b',
	'k-21-2-c',
	'k-21-2-d',
	'k-21-2-e',
	'k-21-2-f',
	'k-21-2-g',
	'k-21-2-h',
	'k-21-2-i',
	'k-21-2-j',
	'k-6-2',
	'k-23',
	'k-15',
	'k-registrering',
	'k-tilsyn',
	'k-sanktioner',
	'k-gdpr',
	'k-iso27001',
	'k-cer',
];
const REQUIRED_SECTIONS = ['Hvad reglen siger', 'Fortolkning for kommuner', 'Det betyder det i praksis', 'Åbne spørgsmål'];

interface Page {
	file: string;
	data: Record<string, unknown>;
	body: string;
}

function readPage(file: string): Page {
	const text = readFileSync(file, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	assert.ok(match, `${file}: mangler front matter`);
	return { file, data: parse(match[1]) as Record<string, unknown>, body: match[2] };
}

function allPages(dir = contentDir): Page[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'data' ? [] : allPages(path);
		return /\.mdx?$/.test(entry.name) ? [readPage(path)] : [];
	});
}

/** h2 headings with the text under each, up to the next h2. */
function sections(body: string): Map<string, string> {
	const result = new Map<string, string>();
	const parts = body.split(/^## +/m).slice(1);
	for (const part of parts) {
		const newline = part.indexOf('\n');
		result.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
	}
	return result;
}

// Every entry of a data file has a string id (src/schemas/data.ts); the other fields are checked here.
const readData = (name: string) => parse(readFileSync(join(contentDir, 'data', `${name}.yaml`), 'utf8')) as ({ id: string } & Record<string, unknown>)[];
const kravPage = (id: string) => readPage(join(contentDir, 'krav', `${id}.mdx`));

test('every required requirement page exists with its id, a source and all sections filled', () => {
	const kilder = new Set(readData('kilder').map((k) => k.id));
	for (const id of REQUIRED_KRAV) {
		const file = join(contentDir, 'krav', `${id}.mdx`);
		assert.ok(existsSync(file), `${id}: siden mangler`);
		const page = readPage(file);
		assert.equal(page.data.id, id);
		const cited = page.data.kilder as { kilde: string }[];
		assert.ok(Array.isArray(cited) && cited.length >= 1, `${id}: ingen kilder`);
		for (const c of cited) assert.ok(kilder.has(c.kilde), `${id}: ukendt kilde ${c.kilde}`);
		const found = sections(page.body);
		for (const name of REQUIRED_SECTIONS) {
			assert.ok(found.has(name), `${id}: mangler afsnittet "${name}"`);
			assert.ok((found.get(name) ?? '').length >= 80, `${id}: afsnittet "${name}" er for kort`);
		}
		// The site renders sources and review status from front matter; a body copy would drift.
		assert.ok(!found.has('Kilder'), `${id}: brødteksten må ikke have et afsnit "Kilder"`);
		assert.match(
			found.get('Hvad reglen siger') ?? '',
			/eur-lex\.europa\.eu|retsinformation\.dk/,
			`${id}: "Hvad reglen siger" linker hverken til EUR-Lex eller Retsinformation`,
		);
	}
});

test('the glossary has at least 60 terms with unique ids and valid cross-references', () => {
	const terms = readData('ordliste');
	assert.ok(terms.length >= 60, `kun ${terms.length} termer`);
	const ids = terms.map((t) => t.id);
	assert.equal(new Set(ids).size, ids.length, 'dublerede id i ordlisten');
	for (const t of terms) {
		assert.match(t.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
		for (const ref of (t.se as string[] | undefined) ?? []) assert.ok(ids.includes(ref), `${t.id}: se-henvisning til ukendt term ${ref}`);
	}
	for (const expected of [
		'haendelse',
		'vaesentlig-haendelse',
		'tidlig-varsling',
		'haendelsesunderretning',
		'endelig-rapport',
		'ledelsesorgan',
		'vaesentlig-enhed',
		'vigtig-enhed',
		'forsyningskaedesikkerhed',
		'csirt',
		'kompetent-myndighed',
		'cyberhygiejne',
		'multifaktorautentifikation',
		'alle-farer-tilgang',
	]) {
		assert.ok(ids.includes(expected), `ordlisten mangler ${expected}`);
	}
});

test('the open-questions register has at least 8 questions, each answerable and sourced', () => {
	const questions = readData('spoergsmaal');
	assert.ok(questions.length >= 8, `kun ${questions.length} spørgsmål`);
	for (const q of questions) {
		assert.ok(((q.hvadViVed as string | undefined) ?? '').length >= 40, `${q.id}: hvadViVed er for kort`);
		assert.ok(((q.hvemKanSvare as string | undefined) ?? '').length >= 3, `${q.id}: hvemKanSvare mangler`);
		assert.ok(Array.isArray(q.kilder) && q.kilder.length >= 1, `${q.id}: ingen kilder`);
		assert.ok(['aaben', 'besvaret'].includes(q.status as string));
	}
});

test('every open question is raised by at least one page, and pages link the questions they list', () => {
	const pages = allPages();
	for (const q of readData('spoergsmaal')) {
		const id = q.id;
		const raised = pages.some(
			(p) => ((p.data.aabneSpoergsmaal as string[] | undefined) ?? []).includes(id) || p.body.includes(`/opslag/aabne-spoergsmaal/#${id})`),
		);
		assert.ok(raised, `${id} nævnes ikke på nogen side`);
	}
	for (const p of pages) {
		for (const id of (p.data.aabneSpoergsmaal as string[] | undefined) ?? []) {
			assert.ok(p.body.includes(`/opslag/aabne-spoergsmaal/#${id})`), `${p.file}: ${id} står i front matter, men siden linker ikke til det`);
		}
	}
});

test('a reader can answer the five key questions from the pages themselves', () => {
	const k23 = kravPage('k-23').body;
	for (const phrase of ['24 timer', '72 timer', 'en måned', 'Foreløbig rapport', 'Statusrapport', 'kendskab', 'virk.dk'])
		assert.ok(k23.includes(phrase), `k-23 nævner ikke "${phrase}"`);
	const k20 = kravPage('k-20').body;
	for (const phrase of ['ledelsesorgan', '§ 7', 'Kommunalbestyrelsen', 'direktionen']) assert.ok(k20.includes(phrase), `k-20 nævner ikke "${phrase}"`);
	const reg = kravPage('k-registrering').body;
	for (const phrase of ['1. oktober 2025', 'virk.dk', 'MitID Erhverv', 'to uger']) assert.ok(reg.includes(phrase), `k-registrering nævner ikke "${phrase}"`);
	const sanktioner = kravPage('k-sanktioner').body;
	for (const phrase of ['§ 32', '§ 27, stk. 2', 'art. 34, stk. 7', ':::caution[Usikkert]'])
		assert.ok(sanktioner.includes(phrase), `k-sanktioner nævner ikke "${phrase}"`);
	const overblik = readPage(join(contentDir, 'overblik.md')).body;
	for (const letter of 'abcdefghij') assert.ok(overblik.includes(`(/krav/k-21-2-${letter}/)`), `overblikket linker ikke til k-21-2-${letter}`);
	for (const phrase of ['1. juli 2025', '1. oktober 2025']) assert.ok(overblik.includes(phrase), `overblikket nævner ikke ${phrase}`);
});
