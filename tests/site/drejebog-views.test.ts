// The RACI matrix and the timeline are generated from the steps' front matter; these tests read
// the built pages and check that every step and every letter agrees with the source files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, builtHtml, pagesIn, yamlData } from '../helpers/built-site.ts';

interface Step {
	id: string;
	fase: number;
	raekkefoelge: number;
	raci: Record<'R' | 'A' | 'C' | 'I', string[] | undefined>;
	afhaengerAf?: string[];
}

const steps = [...pagesIn('drejebog').values()].filter((p) => p.type === 'drejebog') as unknown as Step[];
steps.sort((a, b) => a.fase - b.fase || a.raekkefoelge - b.raekkefoelge);
const roles = yamlData<{ id: string }[]>('roller').map((r) => r.id);
const phases = yamlData<{ nummer: number }[]>('faser').map((f) => f.nummer);

/** The letter a role should show: A if accountable, else R, C or I – the rule stated on the matrix page; "-" for none. */
function expectedLetter(step: Step, role: string): string {
	for (const letter of ['A', 'R', 'C', 'I'] as const) if (step.raci[letter]?.includes(role)) return letter;
	return '-';
}

/** The inner HTML of each element that opens with a tag carrying data-<name>="…", keyed by that value. */
function sections(html: string, tagName: string, attr: string): Map<string, string> {
	const open = new RegExp(`<${tagName}\\b[^>]*\\s${attr}="([^"]+)"[^>]*>`, 'g');
	const starts = [...html.matchAll(open)];
	return new Map(starts.map((m, i) => [m[1], html.slice(m.index + m[0].length, starts[i + 1]?.index ?? html.length)]));
}

test('the playbook has at least 7 phases and 30 steps, each with exactly one accountable role', () => {
	assert.ok(phases.length >= 7, `kun ${phases.length} faser`);
	assert.ok(steps.length >= 30, `kun ${steps.length} trin`);
	for (const s of steps) assert.equal(s.raci.A?.length, 1, `${s.id} skal have præcis én A`);
});

test('RACI matrix: every step is a row, in playbook order, under its own phase', () => {
	const html = builtHtml('drejebog/raci-matrix');
	const rows = [...html.matchAll(/<tr\b[^>]*\sdata-step="([^"]+)"/g)].map((m) => m[1]);
	assert.deepEqual(
		rows,
		steps.map((s) => s.id),
	);
	const bodies = sections(html, 'tbody', 'data-fase');
	assert.deepEqual([...bodies.keys()].map(Number), phases);
	for (const s of steps) {
		assert.match(bodies.get(String(s.fase)) ?? '', new RegExp(`data-step="${s.id}"`), `${s.id} står ikke under fase ${s.fase}`);
	}
});

test('RACI matrix: every cell shows the letter from the step front matter', () => {
	const html = builtHtml('drejebog/raci-matrix');
	const headerRoles = [...(/<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '').matchAll(/<th\b[^>]*\sdata-role="([^"]+)"/g)].map((m) => m[1]);
	assert.deepEqual(headerRoles, roles, 'kolonnerne skal være rollerne fra roller.yaml i rækkefølge');
	const rows = sections(html, 'tr', 'data-step');
	let cells = 0;
	for (const s of steps) {
		const row = (rows.get(s.id) ?? '').split('</tr>')[0];
		const tds = [...row.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((m) => ({ attrs: attributes(m[0].slice(0, m[0].indexOf('>') + 1)), inner: m[1] }));
		assert.deepEqual(
			tds.map((t) => t.attrs['data-role']),
			roles,
			`${s.id}: én celle pr. rolle`,
		);
		for (const { attrs, inner } of tds) {
			const want = expectedLetter(s, attrs['data-role']);
			assert.equal(attrs['data-raci'], want, `${s.id} / ${attrs['data-role']}`);
			const shown = inner.replace(/<[^>]+>/g, '').trim();
			assert.equal(shown, want === '-' ? '·' : want, `${s.id} / ${attrs['data-role']}: synlig tekst`);
			cells++;
		}
	}
	assert.equal(cells, steps.length * roles.length);
});

test('timeline: every step appears once, in its phase, in order, with its prerequisites', () => {
	const html = builtHtml('drejebog/tidslinje');
	const list = /<ol\b[^>]*data-view="tidslinje"[^>]*>([\s\S]*)$/.exec(html)?.[1] ?? '';
	assert.ok(list, 'tidslinjens liste mangler');
	const byPhase = sections(list, 'li', 'data-fase');
	assert.deepEqual([...byPhase.keys()].map(Number), phases);
	const all = [...list.matchAll(/<li\b[^>]*\sdata-step="([^"]+)"/g)].map((m) => m[1]);
	assert.deepEqual(
		all,
		steps.map((s) => s.id),
	);
	const items = sections(list, 'li', 'data-step');
	const label = new Map(steps.map((s) => [s.id, `${s.fase}.${s.raekkefoelge}`]));
	for (const s of steps) {
		assert.match(byPhase.get(String(s.fase)) ?? '', new RegExp(`data-step="${s.id}"`), `${s.id} står ikke i fase ${s.fase}`);
		const item = (items.get(s.id) ?? '').split('</li>')[0];
		assert.match(item, new RegExp(`href="/drejebog/${s.id}/"`), `${s.id}: link til trinnet`);
		for (const dep of s.afhaengerAf ?? []) assert.ok(item.includes(label.get(dep)!), `${s.id}: forudsætningen ${dep} (${label.get(dep)}) mangler`);
	}
});

test('timeline: the SVG flow has one box per step and places each after its prerequisites', () => {
	const html = builtHtml('drejebog/tidslinje');
	const svg = /<svg\b[^>]*data-view="tidslinje-svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
	assert.match(svg, /role="img"/);
	assert.match(svg, /<title id="flow-title">/);
	const boxes = [...svg.matchAll(/<g\b[^>]*\sdata-step="([^"]+)"[^>]*>\s*<rect\b([^>]*)>/g)].map((m) => ({ id: m[1], x: Number(attributes(m[2]).x) }));
	assert.deepEqual(boxes.map((b) => b.id).sort(), steps.map((s) => s.id).sort());
	const x = new Map(boxes.map((b) => [b.id, b.x]));
	for (const s of steps) for (const dep of s.afhaengerAf ?? []) assert.ok(x.get(dep)! < x.get(s.id)!, `${s.id} skal stå til højre for ${dep}`);
});
