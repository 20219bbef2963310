// What the import preview says about a chosen file before the user merges, replaces or cancels:
// when it was saved, its catalogue, its answers and how it differs from the assessment in the browser.
import { $, h } from '../shared/dom.ts';
import { antalSvar, feltVaerdi, forskelle } from './merge.ts';
import type { Katalog } from './katalog.ts';
import { karakterNavn } from './opsummering.ts';
import { keyName, list, shownValue, when } from './display.ts';
import type { Migrering, Vurdering } from './vurdering.ts';

const MAX_DIFFS = 12;

function previewContent(
	state: Vurdering,
	katalog: Katalog,
	file: Vurdering,
	raw: Record<string, unknown>,
	migrering: Migrering | undefined,
	bad: string[],
): HTMLElement {
	const diffs = forskelle(state, file);
	const measures = Object.keys(file.vurderinger).length;
	const outcomes = Object.keys(file.udfald).length;
	const exported = typeof raw.eksporteret === 'string' ? raw.eksporteret : file.opdateret;
	const same = file.katalogVersion === katalog.version && !migrering;
	return h(
		'div',
		{},
		h(
			'dl',
			{},
			h('dt', {}, 'Gemt'),
			h('dd', { 'data-gemt': '' }, when(exported)),
			h('dt', {}, 'Katalogversion'),
			h(
				'dd',
				{ 'data-katalog': '' },
				same ? `${katalog.version} (samme som nu)` : `${migrering?.fraVersion ?? '?'} (nu ${katalog.version}; vurderingen flyttes over, intet slettes)`,
			),
			h('dt', {}, 'Svar'),
			h(
				'dd',
				{ 'data-svar': String(antalSvar(file)) },
				`${antalSvar(file)} udfyldte felter: ${outcomes} ${outcomes === 1 ? 'udfald' : 'udfald'} og ${measures} ${measures === 1 ? 'foranstaltning' : 'foranstaltninger'}; målniveau ${karakterNavn(file.maalniveau).toLowerCase()}`,
			),
			h('dt', {}, 'Forskelle fra vurderingen i browseren'),
			h(
				'dd',
				{ 'data-forskelle': String(diffs.length) },
				diffs.length === 0 ? 'Ingen: filen svarer til den nuværende vurdering.' : `${diffs.length} ${diffs.length === 1 ? 'felt' : 'felter'}`,
			),
		),
		diffs.length
			? h(
					'ul',
					{ 'data-forskel-liste': '' },
					diffs
						.slice(0, MAX_DIFFS)
						.map((k) => h('li', {}, `${keyName(k)}: nu ${shownValue(k, feltVaerdi(state, k))}, i filen ${shownValue(k, feltVaerdi(file, k))}`)),
				)
			: null,
		diffs.length > MAX_DIFFS ? h('p', {}, `… og ${diffs.length - MAX_DIFFS} forskelle mere.`) : null,
		bad.length
			? [h('p', {}, h('strong', {}, `${bad.length === 1 ? 'Et felt' : `${bad.length} felter`} i filen kan ikke læses og lægges til side:`)), list(bad)]
			: null,
	);
}

/** The preview of a chosen file, and the file it shows until the user merges, replaces or cancels. */
export function openPreview(preview: HTMLElement) {
	let pending: { name: string; vurdering: Vurdering; migrering?: Migrering; karantaene: string[] } | null = null;
	return {
		get pending() {
			return pending;
		},
		show(state: Vurdering, katalog: Katalog, name: string, file: Vurdering, raw: Record<string, unknown>, migrering: Migrering | undefined, bad: string[]) {
			pending = { name, vurdering: file, migrering, karantaene: bad };
			$(preview, '#modenhed-forhaandsvisning-titel').textContent = `Indhold af filen »${name}«`;
			preview.querySelector('[data-indhold]')!.replaceChildren(previewContent(state, katalog, file, raw, migrering, bad));
			preview.hidden = false;
			$(preview, '#modenhed-forhaandsvisning-titel').focus();
		},
		close() {
			pending = null;
			preview.hidden = true;
			preview.querySelector('[data-indhold]')!.replaceChildren();
		},
	};
}
