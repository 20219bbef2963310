// Rules the content model implies but a schema for one file cannot express: the same id twice in a
// list, a page pointing at itself, dependency cycles, hours for a role outside the step's RACI, two
// glossary entries for one term, answered questions without an answer, decisions that do not fit
// the approval, empty text and empty pages. Each message names file, line, field and fix.
import type { Problem } from './problem.ts';
import type { ValidContent, ValidPage } from './validate.ts';
import type { RefUse } from './references.ts';
import type { RefTarget } from '../../src/schemas/references.ts';
import { lineOf, type YamlSource } from './yaml-source.ts';
import { walk } from './schema-walk.ts';
import type { z } from 'astro/zod';

const PLURAL: Partial<Record<RefTarget, string>> = { drejebog: 'trinnene', foranstaltning: 'foranstaltningerne', krav: 'kravene' };

export function checkLists(uses: RefUse[]): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, Map<string, RefUse>>();
	for (const u of uses) {
		if (u.meta.role !== 'reference') continue;
		if (u.owner.id !== undefined && u.meta.target === u.owner.target && u.value === u.owner.id) {
			problems.push({ file: u.file, line: lineOf(u.source, u.path), field: u.path.join('.'), message: `henviser til sig selv ("${u.value}").`, fix: `fjern "${u.value}" fra listen; en side kan ikke hænge sammen med eller afhænge af sig selv.` });
			continue;
		}
		if (!u.listPath) continue;
		const key = `${u.file}|${u.listPath.join('.')}`;
		const list = seen.get(key) ?? seen.set(key, new Map()).get(key)!;
		const first = list.get(u.value);
		if (first) {
			problems.push({ file: u.file, line: lineOf(u.source, u.path), field: u.path.join('.'), message: `"${u.value}" står to gange i listen (også i linje ${lineOf(first.source, first.path)}).`, fix: 'fjern den ene forekomst.' });
		} else list.set(u.value, u);
	}
	return problems;
}

/** Cycles through every dependency list (afhaengerAf) of every kind, found from the schema marks. */
export function checkCycles(uses: RefUse[]): Problem[] {
	const problems: Problem[] = [];
	const byTarget = new Map<RefTarget, Map<string, RefUse[]>>();
	for (const u of uses) {
		if (!u.dependency || u.owner.id === undefined || u.owner.target !== u.meta.target || u.value === u.owner.id) continue;
		const graph = byTarget.get(u.meta.target) ?? byTarget.set(u.meta.target, new Map()).get(u.meta.target)!;
		(graph.get(u.owner.id) ?? graph.set(u.owner.id, []).get(u.owner.id)!).push(u);
	}
	for (const [target, graph] of byTarget) {
		const state = new Map<string, 'visiting' | 'done'>();
		const reported = new Set<string>();
		const visit = (id: string, trail: string[]) => {
			if (state.get(id) === 'done') return;
			if (state.get(id) === 'visiting') {
				const cycle = [...trail.slice(trail.indexOf(id)), id];
				const key = [...new Set(cycle)].sort().join();
				if (!reported.has(key)) {
					reported.add(key);
					const edge = graph.get(id)![0];
					const listPath = edge.listPath ?? edge.path.slice(0, -1);
					problems.push({ file: edge.file, line: lineOf(edge.source, listPath), field: listPath.join('.'), message: `${PLURAL[target] ?? 'elementerne'} afhænger af hinanden i ring: ${cycle.join(' → ')}.`, fix: 'fjern én af afhængighederne, så rækkefølgen kan lade sig gøre.' });
				}
				return;
			}
			state.set(id, 'visiting');
			for (const edge of graph.get(id) ?? []) if (graph.has(edge.value)) visit(edge.value, [...trail, id]);
			state.set(id, 'done');
		};
		for (const id of [...graph.keys()].sort()) visit(id, []);
	}
	return problems;
}

/** Text that is empty or only spaces is a field left unfinished; it would print as nothing. */
export function checkBlankText(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	const scan = (file: string, source: YamlSource, schema: z.ZodType, data: unknown, prefix: (string | number)[]) => {
		walk(schema, data, ({ path, value, isKey }) => {
			if (isKey || typeof value !== 'string' || value.trim() !== '') return;
			const full = [...prefix, ...path];
			problems.push({ file, line: lineOf(source, full), field: full.join('.'), message: value === '' ? 'feltet er tomt.' : 'feltet indeholder kun mellemrum.', fix: 'skriv teksten, eller fjern feltet, hvis det ikke er påkrævet.' });
		});
	};
	for (const p of content.pages) scan(p.page.file, p.page.frontmatter, p.schema, p.data, []);
	for (const entries of Object.values(content.data)) for (const e of entries ?? []) scan(e.file, e.source, e.schema, e.data, [e.index]);
	if (content.costModel) scan(content.costModel.file, content.costModel.source, content.costModel.schema, content.costModel.data, []);
	return problems;
}

/** Kinds whose page body is the substance: a requirement's interpretation, a measure's how-to, a step's guide. */
const BODY_REQUIRED = new Set(['krav', 'foranstaltning', 'drejebog']);

export function checkPages(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	for (const p of content.pages) {
		const fm = p.page.frontmatter;
		const file = p.page.file;
		if (p.data.draft === true) {
			problems.push({ file, line: lineOf(fm, ['draft']), field: 'draft', message: '"draft: true" gør, at siden ikke kommer med på det byggede site, og henvisninger til den ville pege på ingenting.', fix: 'fjern "draft: true"; en side, der ikke er færdig, skal have status udkast eller ligge i en pull request, indtil den er klar.' });
		}
		if (Array.isArray(p.data.head) && p.data.head.length > 0) {
			problems.push({ file, line: lineOf(fm, ['head']), field: 'head', message: '"head:" lægger egne HTML-mærker (script, style, meta) ind i siden, og det bruger drejebogen ikke.', fix: 'fjern "head:"; beskrivelse og søgeord skrives i "description:" og "soegeord:".' });
		}
		const banner = p.data.banner as { content?: string } | undefined;
		if (banner?.content !== undefined && /[<>]/.test(banner.content)) {
			problems.push({ file, line: lineOf(fm, ['banner', 'content']), field: 'banner.content', message: 'banneret indeholder HTML, som Starlight indsætter uden at vise det som tekst.', fix: 'skriv banneret som almindelig tekst uden < og >.' });
		}
		if (BODY_REQUIRED.has(p.kind) && bodyIsEmpty(p)) {
			problems.push({ file, line: p.page.bodyLine, field: '', message: `siden har ingen brødtekst; en side af typen "${p.kind}" skal forklare ${p.kind === 'krav' ? 'kravet og fortolkningen' : p.kind === 'foranstaltning' ? 'hvordan foranstaltningen gennemføres' : 'hvordan trinnet udføres'}.`, fix: 'skriv teksten under forsidens afsluttende "---" (se bidragsguiden for afsnittene).' });
		}
	}
	return problems;
}

function bodyIsEmpty(p: ValidPage): boolean {
	const text = p.page.body
		.replace(/^\s*(import|export)\s.*$/gm, '')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	return text.trim() === '';
}

/** Approvals, decisions and open questions must agree with each other. */
export function checkDecisions(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	const decisions = new Map((content.data.beslutninger ?? []).map((e) => [String(e.data.id), e]));
	for (const p of content.pages) {
		if (p.kind !== 'krav') continue;
		const fm = p.page.frontmatter;
		const { status, beslutning, godkendtDato, id } = p.data as { status?: string; beslutning?: string; godkendtDato?: string; id?: string };
		if (status === 'udkast' && beslutning) {
			problems.push({ file: p.page.file, line: lineOf(fm, ['beslutning']), field: 'beslutning', message: `status er "udkast", men siden henviser til beslutningen "${beslutning}"; et udkast er ikke besluttet.`, fix: 'fjern "beslutning:", eller sæt status til "godkendt" med "godkendtDato:", hvis referencegruppen har godkendt fortolkningen.' });
		}
		if (status === 'udkast' && godkendtDato) {
			problems.push({ file: p.page.file, line: lineOf(fm, ['godkendtDato']), field: 'godkendtDato', message: 'status er "udkast", men siden har en godkendelsesdato.', fix: 'fjern "godkendtDato:", eller ret status.' });
		}
		if (status !== 'godkendt' || !beslutning) continue;
		const decision = decisions.get(beslutning);
		if (!decision) continue; // the reference check reports a decision that does not exist
		const dato = String(decision.data.dato);
		if (godkendtDato && dato > godkendtDato) {
			problems.push({ file: p.page.file, line: lineOf(fm, ['godkendtDato']), field: 'godkendtDato', message: `godkendelsesdatoen ${godkendtDato} ligger før beslutningen "${beslutning}" (${dato}); en fortolkning kan ikke være godkendt, før den er besluttet.`, fix: `sæt godkendtDato til ${dato} eller senere, eller henvis til den rigtige beslutning.` });
		}
		const listed = (decision.data.krav as string[] | undefined) ?? [];
		if (id && !listed.includes(id)) {
			problems.push({ file: p.page.file, line: lineOf(fm, ['beslutning']), field: 'beslutning', message: `beslutningen "${beslutning}" nævner ikke kravet "${id}" under "krav:", så den godkender ikke denne fortolkning.`, fix: `tilføj "${id}" under "krav:" i beslutningen i content/data/beslutninger.yaml, eller henvis til den beslutning, der godkendte kravet.` });
		}
	}
	for (const e of content.data.spoergsmaal ?? []) {
		const { status, besvaretAf } = e.data as { status: string; besvaretAf?: string };
		if (status === 'besvaret' && !besvaretAf) {
			problems.push({ file: e.file, line: lineOf(e.source, [e.index, 'status']), field: `${e.index}.status`, message: 'spørgsmålet er "besvaret", men der står ikke, hvilken beslutning der besvarede det.', fix: 'tilføj "besvaretAf: b-ÅÅÅÅ-NN" med beslutningens id, eller sæt status til "aaben".' });
		}
		if (status === 'aaben' && besvaretAf) {
			problems.push({ file: e.file, line: lineOf(e.source, [e.index, 'besvaretAf']), field: `${e.index}.besvaretAf`, message: `spørgsmålet er "aaben", men henviser til beslutningen "${besvaretAf}", der besvarede det.`, fix: 'sæt status til "besvaret", eller fjern "besvaretAf:".' });
		}
	}
	const terms = new Map<string, { id: string; line: number }>();
	for (const e of content.data.ordliste ?? []) {
		const term = String(e.data.term).trim().toLocaleLowerCase('da');
		const first = terms.get(term);
		if (first && first.id !== String(e.data.id)) {
			problems.push({ file: e.file, line: lineOf(e.source, [e.index, 'term']), field: `${e.index}.term`, message: `termen "${String(e.data.term)}" er allerede forklaret under id "${first.id}" (linje ${first.line}).`, fix: 'slå de to forklaringer sammen til én, og henvis til den med "se:" fra andre termer.' });
		} else if (!first) terms.set(term, { id: String(e.data.id), line: lineOf(e.source, [e.index, 'term']) });
	}
	return problems;
}

/** Hours are estimated for the roles that take part in the step, and for no one else. */
export function checkStepRoles(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	for (const p of content.pages) {
		if (p.kind !== 'drejebog') continue;
		const raci = p.data.raci as Record<'R' | 'A' | 'C' | 'I', string[]>;
		const roles = new Set([...raci.R, ...raci.A, ...raci.C, ...raci.I]);
		const timer = p.data.timer as Record<string, Record<string, number>>;
		for (const [size, byRole] of Object.entries(timer)) {
			for (const role of Object.keys(byRole)) {
				if (roles.has(role)) continue;
				problems.push({ file: p.page.file, line: lineOf(p.page.frontmatter, ['timer', size, role]), field: `timer.${size}.${role}`, message: `rollen "${role}" har timer i trinnet, men står ikke under raci (R, A, C eller I).`, fix: `tilføj "${role}" under raci (fx som C, hvis rollen høres), eller fjern timerne.` });
			}
		}
	}
	return problems;
}
