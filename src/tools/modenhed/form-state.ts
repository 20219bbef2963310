// The form ↔ the assessment: writing every field of the built form from the state, and reading the
// key and value of the one field an input event came from. The form itself is built in skema.ts.
import { $, h } from '../shared/dom.ts';
import { feltTekst } from './display.ts';
import { datoFejl } from './felter.ts';
import { feltVaerdi } from './merge.ts';
import { karakterNavn } from './opsummering.ts';
import type { Vurdering } from './vurdering.ts';

const FIELDSETS = 'fieldset[data-udfald], fieldset[data-foranstaltning]';

const setValue = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, v: string) => {
	// Only touch a field whose value differs, so a caret in the field being typed in stays put.
	if (el.value !== v) el.value = v;
};

/** Marks a date field as invalid (with the reason under it) or valid. */
function markDate(el: HTMLInputElement, why: string | null): void {
	const id = `${el.id}-fejl`;
	let note = document.getElementById(id);
	if (!why) {
		el.removeAttribute('aria-invalid');
		note?.remove();
		return;
	}
	el.setAttribute('aria-invalid', 'true');
	el.setAttribute('aria-describedby', id);
	if (!note) {
		note = h('p', { id, class: 'felt-fejl', role: 'alert' });
		el.after(note);
	}
	note.textContent = `Måldatoen er ikke gemt: ${why}.`;
}

/** Writes every field of the form from the state, and the lists of retired posts and quarantined fields. */
export function writeForm(root: HTMLElement, form: HTMLFormElement, state: Vurdering, hasBackup: boolean): void {
	setValue($(form, '#maalniveau') as HTMLSelectElement, state.maalniveau);
	setValue($(form, '#stoerrelse') as HTMLSelectElement, state.stoerrelse);
	for (const fs of form.querySelectorAll<HTMLFieldSetElement>(FIELDSETS)) {
		const id = fs.dataset.udfald ?? fs.dataset.foranstaltning!;
		for (const el of fs.querySelectorAll<HTMLInputElement>('[data-felt]')) {
			const felt = el.dataset.felt!;
			const v = feltVaerdi(state, `${id}.${felt}`);
			if (felt === 'indikatorer') el.checked = (v as string[]).includes(el.value);
			else if (el.type === 'checkbox') el.checked = v === true;
			else setValue(el, v === null || v === undefined ? '' : feltTekst(v));
			if (felt === 'maaldato') markDate(el, null);
		}
		const old = fs.querySelector<HTMLElement>('[data-tidligere-niveau]');
		if (old) {
			const n = state.vurderinger[id]?.tidligereNiveau ?? null;
			old.hidden = n === null;
			old.textContent = n === null ? '' : `Tidligere vurderet til niveau ${n} på den gamle skala fra 0 til 4 (bevaret fra en ældre vurdering).`;
		}
	}
	const retired = Object.entries(state.udgaaede);
	const section = $(form, '#modenhed-udgaaede');
	section.hidden = retired.length === 0;
	$(section, 'ul').replaceChildren(
		...retired.map(([id, p]) => {
			const parts = Object.entries(p)
				.filter(([k, v]) => k !== 'titel' && v !== '' && v !== null && v !== false && !(Array.isArray(v) && v.length === 0))
				.map(([k, v]) => `${k}: ${k === 'karakter' ? karakterNavn(v as '') : Array.isArray(v) ? v.join(', ') : String(v)}`);
			return h('li', { 'data-udgaaet': id }, h('strong', {}, `${id}: ${p.titel || 'ukendt titel'}`), parts.length ? ` – ${parts.join('; ')}` : '');
		}),
	);
	const quarantined = $(root, '#modenhed-karantaene');
	quarantined.hidden = state.karantaene.length === 0;
	$(quarantined, 'ul').replaceChildren(
		...state.karantaene.map((k) =>
			h(
				'li',
				{ 'data-karantaene': k.sti },
				h('strong', {}, k.sti),
				`: ${k.grund}.`,
				h('details', {}, h('summary', {}, 'Vis den gemte værdi'), h('pre', { class: 'raa' }, k.raa)),
			),
		),
	);
	($(form, '#modenhed-gendan') as HTMLButtonElement).hidden = !hasBackup;
}

/**
 * The field key and value an input event changed, or null when there is nothing to store: not a
 * field of the assessment, a date that is not valid (marked on the field), or text over its limit.
 */
export function readField(el: HTMLInputElement): { key: string; value: unknown } | null {
	if (el.id === 'maalniveau' || el.id === 'stoerrelse') return { key: el.id, value: el.value };
	const fs = el.closest<HTMLFieldSetElement>(FIELDSETS);
	const felt = el.dataset.felt;
	if (!fs || !felt) return null;
	const key = `${fs.dataset.udfald ?? fs.dataset.foranstaltning}.${felt}`;
	if (felt === 'maaldato') {
		// A date the browser cannot parse, or outside 1900–2100, is shown as an error and not stored.
		const why = el.validity.badInput
			? 'datoen er ikke gyldig'
			: el.validity.rangeOverflow || el.validity.rangeUnderflow
				? `året skal ligge mellem 1900 og 2100 (fandt »${el.value}«)`
				: datoFejl(el.value);
		markDate(el, why);
		if (why) return null;
	}
	let value: unknown;
	if (felt === 'indikatorer') value = [...fs.querySelectorAll<HTMLInputElement>('input[data-felt="indikatorer"]:checked')].map((c) => c.value).sort();
	else if (el.type === 'checkbox') value = el.checked;
	else value = el.value;
	if (typeof value === 'string' && el.maxLength > 0 && value.length > el.maxLength) return null;
	return { key, value };
}
