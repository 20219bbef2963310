// The self-assessment's messages about storage, another tab and the catalogue, as elements; the
// browser code (main.ts) decides where and when they are shown.
import { h } from '../shared/dom.ts';
import { STORAGE_TEXT, type StorageProblem } from './storage.ts';
import { list } from './display.ts';
import type { Migrering } from './vurdering.ts';

const reloadButton = () => {
	const b = h('button', { type: 'button' }, 'Genindlæs siden');
	b.addEventListener('click', () => location.reload());
	return b;
};

/** Storage is full or blocked: the answers live in this page only, so offer the export at once. */
export const storageProblem = (problem: StorageProblem, exportButton: HTMLElement) =>
	h(
		'div',
		{ class: 'fejl', 'data-lagerproblem': problem },
		h(
			'p',
			{},
			h('strong', {}, STORAGE_TEXT[problem]),
			' Dine svar er bevaret på denne side, men kun indtil du lukker eller genindlæser den. Eksportér vurderingen som fil nu, og importér filen igen senere.',
		),
		h('div', { class: 'knapper' }, exportButton),
	);

/** Storage holds an assessment from a newer version of the tool: this tab stops saving. */
export const newerVersion = (exportButton: HTMLElement) =>
	h(
		'div',
		{ class: 'fejl', 'data-lagerproblem': 'nyere' },
		h(
			'p',
			{},
			h('strong', {}, 'Vurderingen i browseren er gemt af en nyere udgave af værktøjet (fx i en anden fane). '),
			'Denne fane gemmer ikke, så den nyere vurdering ikke bliver overskrevet. Genindlæs siden for at fortsætte med den; eksportér først det, du har skrevet her, hvis du vil beholde det.',
		),
		h('div', { class: 'knapper' }, reloadButton(), exportButton),
	);

/** The assessment was moved to the current catalogue: what is new, and what is kept aside. */
export const migration = (m: Migrering, titleOf: (id: string) => string | undefined, retiredTitle: (id: string) => string | undefined) => {
	const item = (id: string, title: string | undefined) => h('li', {}, `${id}: ${title || 'ukendt titel'}`);
	return h(
		'div',
		{ class: 'usikker', 'data-migrering': '' },
		h(
			'p',
			{},
			h('strong', {}, 'Vurderingen er lavet mod en anden udgave af kataloget '),
			`(${m.fraVersion}; nu ${m.tilVersion}). Den er flyttet over, og intet er slettet.`,
		),
		m.tilfoejet.length
			? [
					h('p', {}, 'Nye foranstaltninger, som endnu ikke er vurderet:'),
					h(
						'ul',
						{ 'data-tilfoejet': '' },
						m.tilfoejet.map((id) => item(id, titleOf(id))),
					),
				]
			: null,
		m.fjernet.length
			? [
					h('p', {}, 'Foranstaltninger, der ikke længere er i kataloget (vurderingerne er bevaret nederst i skemaet):'),
					h(
						'ul',
						{ 'data-fjernet': '' },
						m.fjernet.map((id) => item(id, retiredTitle(id))),
					),
				]
			: null,
	);
};

/** Fields another tab changed, merged in here (before this tab's own change was saved, or on its event). */
export const mergedFromTab = (changes: string[], cause: 'gem' | 'fane') =>
	h(
		'div',
		{ class: 'usikker', 'data-flettet': String(changes.length) },
		h(
			'p',
			{},
			h('strong', {}, `${changes.length === 1 ? 'Et felt er' : `${changes.length} felter er`} ændret i en anden fane og flettet ind her`),
			cause === 'gem' ? ' (før denne fanes ændring blev gemt).' : '.',
			' For hvert felt gælder den nyeste ændring; intet er overskrevet uden at blive vist her:',
		),
		list(changes),
	);

export const deletedInOtherTab = () =>
	h(
		'div',
		{ class: 'usikker', 'data-anden-fane': 'slettet' },
		h(
			'p',
			{},
			'Vurderingen er slettet fra browseren i en anden fane. Svarene på denne side gemmes igen ved din næste ændring; genindlæs siden, hvis du vil starte forfra.',
		),
		h('div', { class: 'knapper' }, reloadButton()),
	);
