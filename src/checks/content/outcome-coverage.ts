// Outcome rule: every core requirement (src/lib/coverage-rules.ts, OUTCOME_RULES) must carry
// between two and five graded outcomes in its front matter, so the page, the exports, the OSCAL
// catalogue and the self-assessment can grade it. Like the measure rule, a requirement is judged
// only when its page exists, so a partial content tree (a test fixture) is judged on what it holds.
import type { Problem } from '../problem.ts';
import type { ValidContent } from './validate.ts';
import { lineOf } from './yaml-source.ts';
import { OUTCOME_RULES } from '../../lib/coverage-rules.ts';

const EXAMPLE = `udfald:
      - id: u1
        titel: Kort navn på udfaldet
        beskrivelse: Hvad kommunen skal have opnået.
        indikatorer:
          ikkeOpfyldt: [...]
          delvistOpfyldt: [...]
          opfyldt: [...]
        cir: ["1.1"]
        foranstaltninger: [f-001]`;

export function checkOutcomeCoverage(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	for (const page of content.pages) {
		if (page.kind !== 'krav') continue;
		const id = String(page.data.id);
		const rule = OUTCOME_RULES.get(id);
		if (!rule) continue;
		const count = (page.data.udfald as unknown[]).length;
		if (count >= rule.min && count <= rule.max) continue;
		const fm = page.page.frontmatter;
		const present = count > 0;
		problems.push({
			file: page.page.file,
			line: present ? lineOf(fm, ['udfald']) : lineOf(fm, ['id']),
			field: present ? 'udfald' : 'id',
			message: present
				? `kravet "${id}" har ${count} udfald, men som kernekrav efter ${rule.henvisning} skal det have mellem ${rule.min} og ${rule.max} graduerede udfald.`
				: `kravet "${id}" har ingen graduerede udfald, men som kernekrav efter ${rule.henvisning} skal det have mellem ${rule.min} og ${rule.max}, så kommunen kan vurderes efter det.`,
			fix:
				count > rule.max
					? `slå beslægtede udfald sammen under "udfald:", så der højst er ${rule.max}.`
					: `tilføj ${present ? 'flere udfald' : 'udfald'} i forsiden (front matter) med kendetegn for ikke opfyldt, delvist opfyldt og opfyldt, fx:\n    ${EXAMPLE}\n    Se feltoversigten under /bidrag/feltoversigt/.`,
		});
	}
	return problems;
}
