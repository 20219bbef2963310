// A synthetic catalogue of N pages in our content model (krav, foranstaltninger, drejebog steps
// with cross-references, plus the data files), and the same page text as a plain Starlight docs
// tree, so both sites index and render the same words.
//
// The id formats cap two kinds (f-NNN: 999 measures; d-<phase>-NN: 10 phases × 99 steps), so at
// 5,000 pages most pages are requirements; the sidebar and views see the same total either way.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { body, paragraph, rng, title } from './text.ts';

export interface Corpus {
	pages: number;
	krav: number;
	foranstaltninger: number;
	trin: number;
}

const write = (file: string, text: string) => {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
};
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const yamlList = (xs: string[]) => `[${xs.join(', ')}]`;

/** Writes our content tree to `ours` and the plain Starlight docs tree to `plain`. */
export function generateCorpus(size: number, ours: string, plain: string, baseFixture: string): Corpus {
	const r = rng(size * 7919);
	const trin = Math.min(Math.floor(size * 0.35), 10 * 99);
	const foranstaltninger = Math.min(Math.floor(size * 0.35), 999);
	const fixed = 8; // home, three chapter indexes, three lookup pages, the cost page
	const krav = Math.max(10, size - trin - foranstaltninger - fixed);

	// Data files and lookup pages from the smallest valid tree, with ten phases for the steps.
	cpSync(join(baseFixture, 'data'), join(ours, 'data'), { recursive: true });
	write(
		join(ours, 'data/faser.yaml'),
		Array.from({ length: 10 }, (_, i) => `- nummer: ${i}\n  titel: Fase ${i} i planen\n  formaal: ${paragraph(r, 1)}\n`).join(''),
	);
	// Lookup pages and the cost page that generated links point to; plain gets text pages in their place.
	for (const [folder, f] of [
		['opslag', 'kilder'],
		['opslag', 'beslutninger'],
		['opslag', 'aabne-spoergsmaal'],
		['konsekvenser', 'oekonomi'],
	] as const) {
		cpSync(join(baseFixture, folder, `${f}.mdx`), join(ours, folder, `${f}.mdx`));
		write(join(plain, folder, `${f}.md`), `---\ntitle: ${f}\n---\n\n${paragraph(r)}\n`);
	}

	const kravIds = Array.from({ length: krav }, (_, i) => `k-${pad(i + 1, 4)}`);
	const fIds = Array.from({ length: foranstaltninger }, (_, i) => `f-${pad(i + 1, 3)}`);
	const perPhase = Math.ceil(trin / 10);
	const dIds = Array.from({ length: trin }, (_, i) => `d-${Math.floor(i / perPhase)}-${pad((i % perPhase) + 1, 2)}`);
	const titles = new Map<string, string>();
	for (const id of [...kravIds, ...fIds, ...dIds]) titles.set(id, title(r));
	const href = (id: string) => (id.startsWith('k-') ? `/krav/${id}/` : id.startsWith('f-') ? `/foranstaltninger/${id}/` : `/drejebog/${id}/`);
	const someOf = (ids: string[], n: number) => Array.from({ length: n }, () => ids[Math.floor(r() * ids.length)]).filter((v, i, a) => a.indexOf(v) === i);
	const links = () => someOf([...kravIds, ...fIds, ...dIds], 3).map((id) => ({ text: titles.get(id)!, href: href(id) }));

	const emit = (folder: string, id: string, frontmatter: string, keywords: string[]) => {
		const text = body(r, links());
		const t = titles.get(id)!;
		const description = paragraph(r, 1);
		write(
			join(ours, folder, `${id}.mdx`),
			`---\ntitle: ${t}\ndescription: ${description}\n${frontmatter}soegeord: ${yamlList(keywords)}\n---\n\n${text}\n`,
		);
		write(join(plain, folder, `${id}.md`), `---\ntitle: ${t}\ndescription: ${description}\n---\n\n${text}\n`);
	};

	kravIds.forEach((id, i) =>
		emit(
			'krav',
			id,
			`type: krav\nid: ${id}\nraekkefoelge: ${i + 1}\nkilder:\n  - kilde: nis2-direktivet\n    henvisning: art. 21\nresume: ${paragraph(r, 1)}\nstatus: udkast\nsidstGennemgaaet: 2026-01-15\nejer: Referencegruppens juridiske arbejdsgruppe\nrelateret: ${yamlList(
				someOf(
					kravIds.filter((k) => k !== id),
					2,
				),
			)}\n`,
			['hændelse', 'krav'],
		),
	);
	fIds.forEach((id, i) =>
		emit(
			'foranstaltninger',
			id,
			`type: foranstaltning\nid: ${id}\nkrav: ${yamlList(someOf(kravIds, 2))}\nniveau: ${i % 3 ? 'grundniveau' : 'udvidet'}\niso27001: ["5.1"]\ncir: ["1"]\nevidens:\n  dokumenteret:\n    - Godkendt dokument med dato\n  implementeret:\n    - Oversigt fra driften\n  afproevet:\n    - Testrapport med dato og fund\nomkostninger:\n  lille: { engang: ${10000 + i}, aarlig: 1000, aarsvaerk: 0.1 }\n  mellem: { engang: 20000, aarlig: 2000, aarsvaerk: 0.2 }\n  stor: { engang: 30000, aarlig: 3000, aarsvaerk: 0.3 }\n  antagelser: Skønnet bygger på en intern arbejdsindsats på nogle dage.\n${i > 0 ? `afhaengerAf: [${fIds[i - 1]}]\n` : ''}`,
			['foranstaltning', 'leverandør'],
		),
	);
	dIds.forEach((id, i) => {
		const [, fase, nr] = id.split('-');
		const previous = Number(nr) > 1 ? [dIds[i - 1]] : [];
		emit(
			'drejebog',
			id,
			`type: drejebog\nid: ${id}\nfase: ${Number(fase)}\nraekkefoelge: ${Number(nr)}\nformaal: ${paragraph(r, 1)}\nraci:\n  R: [ciso]\n  A: [direktion]\n  C: [it-chef, dpo]\n  I: [fagchefer]\ntimer:\n  lille: { ciso: 20, direktion: 2 }\n  stor: { ciso: 40, direktion: 4 }\nleverancer:\n  - Godkendt plan\nafhaengerAf: ${yamlList(previous)}\nforanstaltninger: ${yamlList(someOf(fIds, 2))}\n`,
			['trin', 'plan'],
		);
	});

	// Home and chapter indexes: ours with the generated overviews, plain with text only.
	const index = (folder: string, t: string, view: string | undefined) => {
		const fm = `---\ntitle: ${t}\ndescription: ${paragraph(r, 1)}\ntype: side\nsidebar:\n  order: 0\n  label: Oversigt\n---\n\n`;
		const text = paragraph(r);
		write(
			join(ours, folder, 'index.mdx'),
			`${fm}${view ? `import ${view} from '~/components/views/${view}.astro';\n\n${text}\n\n<${view} />\n` : `${text}\n`}`,
		);
		write(join(plain, folder, 'index.md'), `---\ntitle: ${t}\n---\n\n${text}\n`);
	};
	index('krav', 'Krav og fortolkninger', 'KravOversigt');
	index('foranstaltninger', 'Foranstaltninger', 'ForanstaltningOversigt');
	index('drejebog', 'Drejebogen', 'DrejebogOversigt');
	const home = `Se [kravene](/krav/), [foranstaltningerne](/foranstaltninger/) og [drejebogen](/drejebog/).\n\n${paragraph(r)}\n`;
	write(join(ours, 'index.md'), `---\ntitle: NIS2-drejebogen (benchmark)\ndescription: Syntetisk katalog til måling.\ntype: side\n---\n\n${home}`);
	write(join(plain, 'index.md'), `---\ntitle: NIS2-drejebogen (benchmark)\n---\n\n${home}`);
	return { pages: krav + foranstaltninger + trin + fixed, krav, foranstaltninger, trin };
}
