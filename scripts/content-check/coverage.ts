// Coverage rule: the catalogue must answer every minimum measure of NIS2 art. 21(2) with at least
// two measures (one alone leaves no room for the small/large variation the site promises), and
// management (art. 20) and reporting (art. 23) with at least one. Requirements are checked only when
// their page exists, so a partial content tree (a test fixture) is judged on what it contains.
import type { Problem } from './problem.ts';
import type { ValidContent } from './validate.ts';
import { lineOf } from './yaml-source.ts';

const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

/** Requirement id → minimum number of measures and how the law names it in a message. */
export const COVERAGE_RULES: ReadonlyMap<string, { min: number; henvisning: string }> = new Map([
	...LETTERS.map((l) => [`k-21-2-${l}`, { min: 2, henvisning: `NIS2-direktivets art. 21, stk. 2, litra ${l}` }] as const),
	['k-20', { min: 1, henvisning: 'NIS2-direktivets art. 20 (NIS 2-loven § 7)' }],
	['k-23', { min: 1, henvisning: 'NIS2-direktivets art. 23' }],
]);

export function checkCoverage(content: ValidContent): Problem[] {
	const measures = content.pages.filter((p) => p.kind === 'foranstaltning');
	const problems: Problem[] = [];
	for (const page of content.pages) {
		if (page.kind !== 'krav') continue;
		const id = String(page.data.id);
		const rule = COVERAGE_RULES.get(id);
		if (!rule) continue;
		const covering = measures.filter((m) => (m.data.krav as string[]).includes(id)).map((m) => String(m.data.id));
		if (covering.length >= rule.min) continue;
		const title = typeof page.page.frontmatter.data === 'object' ? String((page.page.frontmatter.data as Record<string, unknown>).title ?? '') : '';
		const found = covering.length === 0 ? 'ingen foranstaltninger' : `kun ${covering.length} ${covering.length === 1 ? 'foranstaltning' : 'foranstaltninger'} (${covering.join(', ')})`;
		const need = rule.min === 1 ? 'mindst én foranstaltning' : `mindst ${rule.min === 2 ? 'to' : rule.min} foranstaltninger`;
		problems.push({
			file: page.page.file,
			line: lineOf(page.page.frontmatter, ['id']),
			field: 'id',
			message: `kravet "${id}" (${title}) har ${found}, men ${rule.henvisning} skal dækkes af ${need} i kataloget.`,
			fix: `tilføj "${id}" under "krav:" i ${rule.min - covering.length === 1 ? 'en foranstaltning' : 'flere foranstaltninger'} i content/foranstaltninger/, der opfylder kravet, eller opret en ny foranstaltning (content/foranstaltninger/f-NNN.mdx) med "${id}" under "krav:".`,
		});
	}
	return problems;
}
