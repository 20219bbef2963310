// Coverage rule: every minimum measure of NIS2 art. 21(2), management (art. 20) and reporting
// (art. 23) must be met by enough measures (numbers in src/lib/coverage-rules.ts). Requirements are checked only when
// their page exists, so a partial content tree (a test fixture) is judged on what it contains.
import type { Problem } from '../problem.ts';
import type { ValidContent } from './validate.ts';
import { lineOf } from './yaml-source.ts';
import { COVERAGE_RULES } from '../../lib/coverage-rules.ts';

export function checkCoverage(content: ValidContent): Problem[] {
	const measures = content.pages.filter((p) => p.kind === 'foranstaltning');
	// A measure the schema rejected is reported already; counting it keeps its krav from a second error.
	const rejectedMeasures = content.rejected.some((r) => r.kind === 'foranstaltning' && !Array.isArray((r.raw as { krav?: unknown } | undefined)?.krav));
	const rejectedKrav = content.rejected.filter((r) => r.kind === 'foranstaltning').flatMap((r) => ((r.raw as { krav?: unknown }).krav instanceof Array ? ((r.raw as { krav: unknown[] }).krav) : []).map(String));
	const problems: Problem[] = [];
	for (const page of content.pages) {
		if (page.kind !== 'krav') continue;
		const id = String(page.data.id);
		const rule = COVERAGE_RULES.get(id);
		if (!rule) continue;
		const covering = measures.filter((m) => (m.data.krav as string[]).includes(id)).map((m) => String(m.data.id));
		if (covering.length >= rule.min || rejectedKrav.includes(id) || rejectedMeasures) continue;
		const rawTitle = typeof page.page.frontmatter.data === 'object' ? (page.page.frontmatter.data as Record<string, unknown>).title : undefined;
		const title = typeof rawTitle === 'string' || typeof rawTitle === 'number' || typeof rawTitle === 'boolean' ? String(rawTitle) : '';
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
