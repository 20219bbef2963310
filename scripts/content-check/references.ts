// Cross-reference integrity: Astro only logs a dangling reference(), so the build would pass with
// a measure pointing at a requirement that does not exist. These checks make it fail instead.
import type { Problem } from './problem.ts';
import type { ValidContent, ValidPage } from './validate.ts';
import { lineOf } from './yaml-source.ts';

interface Target {
	label: string;
	ids: Set<string>;
	where: string;
}

export function checkReferences(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	const idsOf = (kind: string) => new Set(content.pages.filter((p) => p.kind === kind).map((p) => String(p.data.id)));
	const entryIds = (name: keyof ValidContent['data'], key = 'id') => new Set((content.data[name] ?? []).map((e) => String(e.data[key])));
	const stem = (p: ValidPage) => p.page.slug.split('/').pop() ?? '';

	const targets: Record<string, Target> = {
		krav: { label: 'krav', ids: idsOf('krav'), where: 'content/krav/' },
		foranstaltning: { label: 'foranstaltning', ids: idsOf('foranstaltning'), where: 'content/foranstaltninger/' },
		drejebog: { label: 'drejebogstrin', ids: idsOf('drejebog'), where: 'content/drejebog/' },
		skabelon: { label: 'skabelon', ids: new Set(content.pages.filter((p) => p.kind === 'skabelon').map(stem)), where: 'content/skabeloner/' },
		kilde: { label: 'kilde', ids: entryIds('kilder'), where: 'content/data/kilder.yaml' },
		beslutning: { label: 'beslutning', ids: entryIds('beslutninger'), where: 'content/data/beslutninger.yaml' },
		spoergsmaal: { label: 'åbent spørgsmål', ids: entryIds('spoergsmaal'), where: 'content/data/spoergsmaal.yaml' },
		rolle: { label: 'rolle', ids: entryIds('roller'), where: 'content/data/roller.yaml' },
		fase: { label: 'fase', ids: entryIds('faser', 'nummer'), where: 'content/data/faser.yaml' },
		ord: { label: 'term', ids: entryIds('ordliste'), where: 'content/data/ordliste.yaml' },
	};

	const unknown = (file: string, line: number, field: string, value: string, target: Target): Problem => ({
		file,
		line,
		field,
		message: `henviser til ${target.label} "${value}", som ikke findes.`,
		fix: `ret til et id, der findes i ${target.where}${closest(value, target.ids)}, eller opret ${target.label === 'kilde' || target.where.endsWith('.yaml') ? `det i ${target.where}` : `${target.where}${value}.mdx`}.`,
	});

	// Which front-matter fields point where, per page kind.
	const pageRefs: Record<string, [string, keyof typeof targets][]> = {
		krav: [['kilder.*.kilde', 'kilde'], ['beslutning', 'beslutning'], ['aabneSpoergsmaal.*', 'spoergsmaal'], ['relateret.*', 'krav'], ['udfald.*.foranstaltninger.*', 'foranstaltning']],
		foranstaltning: [['krav.*', 'krav'], ['afhaengerAf.*', 'foranstaltning']],
		drejebog: [['fase', 'fase'], ['afhaengerAf.*', 'drejebog'], ['foranstaltninger.*', 'foranstaltning'], ['krav.*', 'krav'], ['skabeloner.*', 'skabelon'], ['raci.R.*', 'rolle'], ['raci.A.*', 'rolle'], ['raci.C.*', 'rolle'], ['raci.I.*', 'rolle'], ['timer.lille.<key>', 'rolle'], ['timer.stor.<key>', 'rolle']],
		side: [['kilder.*.kilde', 'kilde']],
		konsekvens: [['kilder.*.kilde', 'kilde'], ['krav.*', 'krav']],
		briefing: [['kilder.*.kilde', 'kilde'], ['krav.*', 'krav']],
		erfaring: [['krav.*', 'krav'], ['foranstaltninger.*', 'foranstaltning']],
		skabelon: [['krav.*', 'krav']],
	};
	for (const page of content.pages) {
		for (const [pattern, targetName] of pageRefs[page.kind] ?? []) {
			for (const { path, value } of resolve(page.data, pattern.split('.'))) {
				const target = targets[targetName];
				if (!target.ids.has(String(value))) {
					problems.push(unknown(page.page.file, lineOf(page.page.frontmatter, path), path.join('.'), String(value), target));
				}
			}
		}
	}

	const dataRefs: Record<string, [string, keyof typeof targets][]> = {
		beslutninger: [['krav.*', 'krav'], ['spoergsmaal.*', 'spoergsmaal']],
		spoergsmaal: [['besvaretAf', 'beslutning'], ['kilder.*.kilde', 'kilde']],
		ordliste: [['kilde.kilde', 'kilde'], ['se.*', 'ord']],
	};
	for (const [name, refs] of Object.entries(dataRefs)) {
		for (const entry of content.data[name as keyof ValidContent['data']] ?? []) {
			for (const [pattern, targetName] of refs) {
				for (const { path, value } of resolve(entry.data, pattern.split('.'))) {
					if (!targets[targetName].ids.has(String(value))) problems.push(unknown(entry.file, entry.line, path.join('.'), String(value), targets[targetName]));
				}
			}
		}
	}
	return problems;
}

/** Expands a pattern like "kilder.*.kilde" or "timer.lille.<key>" into concrete paths and values. */
function resolve(data: unknown, pattern: string[], prefix: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
	if (data === undefined || data === null) return [];
	if (pattern.length === 0) return [{ path: prefix, value: data }];
	const [head, ...rest] = pattern;
	if (head === '*') {
		return Array.isArray(data) ? data.flatMap((item, i) => resolve(item, rest, [...prefix, i])) : [];
	}
	if (head === '<key>') {
		return typeof data === 'object' ? Object.keys(data as object).map((key) => ({ path: [...prefix, key], value: key })) : [];
	}
	return typeof data === 'object' ? resolve((data as Record<string, unknown>)[head], rest, [...prefix, head]) : [];
}

/** A "did you mean" hint: the known id with the smallest edit distance, when it is close. */
function closest(value: string, ids: Set<string>): string {
	let best = '';
	let bestDistance = Infinity;
	for (const id of ids) {
		const d = distance(value, id);
		if (d < bestDistance) [best, bestDistance] = [id, d];
	}
	return best && bestDistance <= Math.max(2, value.length / 3) ? ` (mente du "${best}"?)` : '';
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}
