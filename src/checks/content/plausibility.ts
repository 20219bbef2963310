// Figures a council will read in print must be plausible: every field marked plausible() in the
// schemas is held to its bound in content/data/omkostningsmodel.yaml (graenser), a measure's cost
// must not fall as the municipality grows, price ranges must contain the price used, and the
// size classes must be the three classes in order.
import type { z } from 'astro/zod';
import { boundRegistry, type BoundName } from '../../schemas/plausible.ts';
import { SIZE_CLASSES } from '../../schemas/size-classes.ts';
import type { Problem } from '../problem.ts';
import type { ValidContent } from './validate.ts';
import { lineOf, type YamlSource } from './yaml-source.ts';
import { walk } from '../../schemas/walk.ts';

const MODEL = 'content/data/omkostningsmodel.yaml';
const danish = (n: number) => n.toLocaleString('da-DK', { maximumFractionDigits: 2 });
/** How a figure is written in YAML (no thousands separator), for the fix. */
const yamlNumber = (n: number) => String(n);

export function checkPlausibility(content: ValidContent): Problem[] {
	const model = content.costModel;
	if (!model) return []; // a content tree without a cost model has no figures to hold against it
	const bounds = model.data.graenser as Record<BoundName, number | { fra: number; til: number }>;
	const problems: Problem[] = [];

	const scan = (file: string, source: YamlSource, schema: z.ZodType, data: unknown, prefix: (string | number)[]) => {
		walk(schema, data, ({ path, value, layers }) => {
			if (typeof value !== 'number') return;
			const meta = layers.map((l) => boundRegistry.get(l)).find(Boolean);
			if (!meta) return;
			const bound = bounds[meta.bound];
			const full = [...prefix, ...path];
			const at = { file, line: lineOf(source, full), field: full.join('.') };
			if (typeof bound === 'number') {
				if (value > bound) problems.push({ ...at, message: `${danish(value)} er over grænsen for, hvad der er plausibelt her (${danish(bound)}, graenser.${meta.bound} i ${MODEL}); er der kommet et nul for meget med?`, fix: `ret tallet (skriv det uden tusindtalspunktum, fx ${yamlNumber(Math.round(value / 10))}), eller hæv graenser.${meta.bound} i ${MODEL} med en begrundelse, hvis skønnet virkelig er så stort.` });
			} else if (value < bound.fra || value > bound.til) {
				problems.push({ ...at, message: `${danish(value)} ligger uden for det plausible interval ${danish(bound.fra)}–${danish(bound.til)} (graenser.${meta.bound} i ${MODEL}); mangler der nuller, eller er der for mange?`, fix: `ret tallet (skriv det uden tusindtalspunktum), eller ret intervallet graenser.${meta.bound} med en begrundelse.` });
			}
		});
	};
	for (const p of content.pages) scan(p.page.file, p.page.frontmatter, p.schema, p.data, []);
	for (const entries of Object.values(content.data)) for (const e of entries ?? []) scan(e.file, e.source, e.schema, e.data, [e.index]);
	scan(model.file, model.source, model.schema, model.data, []);

	// A bigger municipality never needs less of a measure than a smaller one.
	for (const p of content.pages) {
		if (p.kind !== 'foranstaltning') continue;
		const costs = p.data.omkostninger as Record<string, Record<string, number>>;
		for (const field of ['engang', 'aarlig', 'aarsvaerk']) {
			for (let i = 1; i < SIZE_CLASSES.length; i++) {
				const smaller = SIZE_CLASSES[i - 1];
				const larger = SIZE_CLASSES[i];
				if (costs[larger][field] >= costs[smaller][field]) continue;
				problems.push({ file: p.page.file, line: lineOf(p.page.frontmatter, ['omkostninger', larger, field]), field: `omkostninger.${larger}.${field}`, message: `${field} for en ${larger} kommune (${danish(costs[larger][field])}) er mindre end for en ${smaller} kommune (${danish(costs[smaller][field])}); en større kommune bruger ikke mindre på den samme foranstaltning.`, fix: `tjek begge tal – ofte er et nul faldet ud – så ${smaller} ≤ ${larger}.` });
			}
		}
	}

	const ranges = (model.data.prisintervaller ?? []) as { id: string; fra: number; til: number; brugt: number }[];
	ranges.forEach((r, i) => {
		const line = (key: string) => lineOf(model.source, ['prisintervaller', i, key]);
		if (r.fra > r.til) problems.push({ file: model.file, line: line('fra'), field: `prisintervaller.${i}.fra`, message: `prisintervallet "${r.id}" begynder ved ${danish(r.fra)}, som er over slutningen ${danish(r.til)}.`, fix: 'byt om på fra og til, eller ret tallene, så fra ≤ til.' });
		else if (r.brugt < r.fra || r.brugt > r.til) problems.push({ file: model.file, line: line('brugt'), field: `prisintervaller.${i}.brugt`, message: `den brugte pris ${danish(r.brugt)} for "${r.id}" ligger uden for intervallet ${danish(r.fra)}–${danish(r.til)}.`, fix: 'ret den brugte pris, så fra ≤ brugt ≤ til, eller ret intervallet.' });
	});

	const classes = model.data.stoerrelser as Record<string, unknown>[];
	const seen = new Map<string, number>();
	classes.forEach((c, i) => {
		const id = String(c.id);
		const line = lineOf(model.source, ['stoerrelser', i, 'id']);
		if (seen.has(id)) problems.push({ file: model.file, line, field: `stoerrelser.${i}.id`, message: `kommunestørrelsen "${id}" står to gange (også i linje ${seen.get(id)}).`, fix: `der skal være præcis én af hver: ${SIZE_CLASSES.join(', ')}.` });
		else {
			seen.set(id, line);
			if (SIZE_CLASSES[i] !== id) problems.push({ file: model.file, line, field: `stoerrelser.${i}.id`, message: `kommunestørrelse nr. ${i + 1} er "${id}", men rækkefølgen skal være ${SIZE_CLASSES.join(', ')}.`, fix: `sorter størrelserne: ${SIZE_CLASSES.join(', ')}.` });
		}
		if (i === 0) return;
		const prev = classes[i - 1];
		for (const key of ['indbyggereFra', 'ansatte', 'itBrugere', 'endepunkter', 'privilegeredeKonti', 'ledelseskreds']) {
			const a = prev[key];
			const b = c[key];
			if (typeof a !== 'number' || typeof b !== 'number') continue;
			if (key === 'indbyggereFra' ? b > a : b >= a) continue;
			problems.push({ file: model.file, line: lineOf(model.source, ['stoerrelser', i, key]), field: `stoerrelser.${i}.${key}`, message: `${key} for "${id}" (${danish(b)}) er ${key === 'indbyggereFra' ? 'ikke større end' : 'mindre end'} for "${String(prev.id)}" (${danish(a)}); størrelserne skal vokse fra lille til stor.`, fix: 'tjek tallene – ofte er et nul faldet ud.' });
		}
	});

	const model_ = model.data as { timepris: number; aarsvaerkKr: number };
	const hoursPerFte = model_.aarsvaerkKr / model_.timepris;
	// An FTE is at most 52 weeks of 37 hours; fewer than 800 paid hours means one of the two rates is off.
	if (hoursPerFte < 800 || hoursPerFte > 1924) {
		problems.push({ file: model.file, line: lineOf(model.source, ['aarsvaerkKr']), field: 'aarsvaerkKr', message: `aarsvaerkKr (${danish(model_.aarsvaerkKr)}) og timepris (${danish(model_.timepris)}) giver ${danish(Math.round(hoursPerFte))} timer pr. årsværk; det skal ligge mellem 800 og 1.924 (37 timer i 52 uger).`, fix: 'tjek begge satser – ofte mangler der nuller i den ene.' });
	}
	return problems;
}
