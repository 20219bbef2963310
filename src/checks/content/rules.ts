// Editorial rules that a schema alone cannot express: unique ids, approval needs a decision and a
// date, a step's effort covers the roles that do the work. More rules are in consistency.ts.
import type { Problem } from '../problem.ts';
import type { ValidContent } from './validate.ts';
import { lineOf } from './yaml-source.ts';

export function checkDuplicates(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	const add = (id: string, file: string, line: number) => {
		const first = seen.get(id);
		if (first) problems.push({ file, line, field: 'id', message: `id "${id}" er allerede brugt i ${first}.`, fix: 'giv det ene element et andet, entydigt id.' });
		else seen.set(id, `${file}:${line}`);
	};
	for (const p of content.pages) if (p.data.id) add(String(p.data.id), p.page.file, lineOf(p.page.frontmatter, ['id']));
	for (const [name, entries] of Object.entries(content.data)) {
		// Phases are keyed by number and editions by name; every other data file by id.
		const key = name === 'faser' ? 'nummer' : name === 'udgaver' ? 'udgave' : 'id';
		for (const e of entries ?? []) add(name === 'faser' ? `fase ${String(e.data[key])}` : name === 'udgaver' ? `udgave ${String(e.data[key])}` : String(e.data[key]), e.file, e.line);
	}
	return problems;
}

export function checkApprovals(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	for (const p of content.pages) {
		if (p.kind !== 'krav' || p.data.status !== 'godkendt') continue;
		const fm = p.page.frontmatter;
		if (!p.data.beslutning) {
			problems.push({ file: p.page.file, line: lineOf(fm, ['status']), field: 'beslutning', message: 'status er "godkendt", men der er ingen beslutning fra referencegruppen.', fix: 'tilføj "beslutning: b-ÅÅÅÅ-NN" med id fra content/data/beslutninger.yaml, eller sæt status til "i-hoering".' });
		}
		if (!p.data.godkendtDato) {
			problems.push({ file: p.page.file, line: lineOf(fm, ['status']), field: 'godkendtDato', message: 'status er "godkendt", men godkendelsesdatoen mangler.', fix: 'tilføj "godkendtDato: ÅÅÅÅ-MM-DD" (datoen for referencegruppens beslutning), eller sæt status til "i-hoering".' });
		}
	}
	return problems;
}

/** A step's effort must be estimated for the roles that do or own the work, in both size classes. */
export function checkStepEffort(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	for (const p of content.pages) {
		if (p.kind !== 'drejebog') continue;
		const raci = p.data.raci as { R: string[]; A: string[] };
		const timer = p.data.timer as Record<'lille' | 'stor', Record<string, number>>;
		for (const size of ['lille', 'stor'] as const) {
			for (const role of new Set([...raci.R, ...raci.A])) {
				if (!(timer[size][role] > 0)) {
					problems.push({ file: p.page.file, line: lineOf(p.page.frontmatter, ['timer', size]), field: `timer.${size}`, message: `rollen "${role}" udfører eller har ansvaret for trinnet, men har ingen skønnede timer for en ${size} kommune.`, fix: `tilføj "${role}: <timer>" under timer.${size}.` });
				}
			}
		}
	}
	return problems;
}

/** content/data/udgaver.yaml is newest first: covers and exports name the first entry as the current edition. */
export function checkEditionOrder(content: ValidContent): Problem[] {
	const problems: Problem[] = [];
	const entries = content.data.udgaver ?? [];
	const order = (u: string) => u.replace(/-(\d+)$/, (_m, n: string) => `-${n.padStart(4, '0')}`);
	for (let i = 1; i < entries.length; i++) {
		const newer = entries[i - 1];
		const older = entries[i];
		const [nu, nd, ou, od] = [String(newer.data.udgave), String(newer.data.dato), String(older.data.udgave), String(older.data.dato)];
		if (order(ou) >= order(nu) || od > nd) {
			problems.push({
				file: older.file,
				line: older.line,
				field: 'udgave',
				message: `udgave ${ou} (${od}) står efter ${nu} (${nd}), men listen skal have den nyeste udgave først.`,
				fix: 'byt om på de to udgaver, så den nyeste står øverst; brug npm run release til at tilføje en ny udgave.',
			});
		}
	}
	return problems;
}
