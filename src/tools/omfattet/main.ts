// Browser side of "Er vi omfattet?": reads the form, shows the questions that apply, renders the result.
import { $, bindPrint, embedded, h } from '../shared/dom.ts';
import { SPOERGSMAAL } from './spoergsmaal.ts';
import type { Henvisning, Sikkerhed, Svar } from './types.ts';
import { relevantSvar, vurderingFor, type Vurdering } from './vurdering.ts';

interface Data {
	kilder: Record<string, string>;
	krav: Record<string, string>;
	spoergsmaal: Record<string, string>;
}

const SIKKERHED: Record<Sikkerhed, string> = {
	V: 'Kontrolleret i lovteksten',
	S: 'Sekundær kilde',
	U: 'Usikkert',
};

function readAnswers(form: HTMLFormElement): Svar {
	const svar: Svar = {};
	for (const q of SPOERGSMAAL) {
		const checked = [...form.querySelectorAll<HTMLInputElement>(`input[name="${q.id}"]:checked`)].map((i) => i.value);
		svar[q.id] = q.type === 'radio' ? checked[0] : checked;
	}
	return svar;
}

function sources(list: Henvisning[], data: Data) {
	return list.map((k, i) => [i > 0 ? '; ' : '', h('a', { href: `/opslag/kilder/#${k.kilde}` }, data.kilder[k.kilde] ?? k.kilde), `, ${k.henvisning}`]);
}

function answerSummary(v: Vurdering, svar: Svar) {
	return h(
		'dl',
		{},
		v.stillede.map((q) => {
			const chosen = ([] as string[]).concat(svar[q.id] ?? []);
			const text = chosen.length
				? q.valg
						.filter((x) => chosen.includes(x.vaerdi))
						.map((x) => x.tekst)
						.join('; ')
				: 'Ingen af dem';
			return [h('dt', {}, q.tekst), h('dd', {}, text)];
		}),
	);
}

function render(v: Vurdering, svar: Svar, data: Data): HTMLElement {
	const box = h('div', { class: 'resultat', 'data-udfald': v.udfald });
	box.append(h('p', { class: 'udfald' }, h('strong', {}, v.overskrift ?? '')), h('p', {}, v.tekst ?? ''));
	if (v.usikker) {
		box.append(
			h(
				'div',
				{ class: 'usikker', role: 'note' },
				h('strong', {}, 'Usikkert: '),
				'Dele af vurderingen bygger på forhold, der ikke er afklaret eller kun kendes fra sekundære kilder. De er markeret »Usikkert« nedenfor. Se også ',
				h('a', { href: '/opslag/aabne-spoergsmaal/' }, 'åbne spørgsmål'),
				'.',
			),
		);
	}
	box.append(h('h3', {}, 'Begrundelse'));
	box.append(
		h(
			'ol',
			{ class: 'begrundelser' },
			v.begrundelser.map((r) =>
				h(
					'li',
					{ 'data-regel': r.id, 'data-sikkerhed': r.sikkerhed },
					r.begrundelse,
					h('span', { class: 'maerke', 'data-sikkerhed': r.sikkerhed }, SIKKERHED[r.sikkerhed]),
					h('br'),
					h('span', { class: 'hjaelp' }, 'Kilde: ', sources(r.kilder, data)),
					r.krav?.length
						? [h('br'), 'Læs mere: ', r.krav.map((k, i) => [i > 0 ? ', ' : '', h('a', { href: `/krav/${k}/` }, data.krav[k] ?? k)])]
						: null,
					r.aabentSpoergsmaal && data.spoergsmaal[r.aabentSpoergsmaal]
						? [
								h('br'),
								'Åbent spørgsmål: ',
								h(
									'a',
									{ href: `/opslag/aabne-spoergsmaal/#${r.aabentSpoergsmaal}` },
									`${r.aabentSpoergsmaal.toUpperCase()}: ${data.spoergsmaal[r.aabentSpoergsmaal]}`,
								),
							]
						: null,
				),
			),
		),
	);
	if (v.naesteSkridt.length) {
		box.append(
			h('h3', {}, 'Næste skridt'),
			h(
				'ul',
				{},
				v.naesteSkridt.map((n) =>
					h(
						'li',
						{},
						n.tekst,
						' ',
						h('a', { href: `/krav/${n.krav}/` }, data.krav[n.krav] ?? n.krav),
						h('br'),
						h('span', { class: 'hjaelp' }, 'Kilde: ', sources(n.kilder, data)),
					),
				),
			),
		);
	}
	box.append(h('h3', {}, 'Jeres svar'), answerSummary(v, svar));
	const stamp = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(new Date());
	box.append(
		h(
			'p',
			{ class: 'hjaelp' },
			`Vurderet ${stamp} med NIS2-drejebogens værktøj. Vurderingen er vejledende og ikke en juridisk afgørelse. Baggrunden står på siden `,
			h('a', { href: '/omfattet/' }, 'Er kommunen omfattet?'),
			'.',
		),
	);
	return box;
}

function init() {
	const root = document.getElementById('omfattet');
	if (!root) return;
	const data = embedded<Data>('omfattet-data');
	const form = $(root, '#omfattet-form') as HTMLFormElement;
	const section = $(root, '#omfattet-resultat');
	const content = $(root, '#omfattet-indhold');
	const status = $(root, '#omfattet-status');
	let lastAnnounced = '';

	const update = () => {
		const svar = readAnswers(form);
		const kept = relevantSvar(svar);
		for (const q of SPOERGSMAAL) {
			const fs = form.querySelector<HTMLFieldSetElement>(`fieldset[data-spoergsmaal="${q.id}"]`)!;
			const asked = q.stilles(kept);
			// Show a question only once the ones before it are answered, so the path unfolds step by step.
			const before = SPOERGSMAAL.slice(0, SPOERGSMAAL.indexOf(q)).filter((p) => p.stilles(kept));
			const ready = before.every((p) => p.type === 'afkryds' || typeof kept[p.id] === 'string');
			fs.hidden = !(asked && ready);
		}
		const v = vurderingFor(svar);
		content.replaceChildren();
		if (v.udfald) {
			content.append(render(v, kept, data));
			section.hidden = false;
		} else section.hidden = true;
		const announce = v.udfald ? `Resultat: ${v.overskrift}` : '';
		if (announce !== lastAnnounced) {
			status.textContent = announce;
			lastAnnounced = announce;
		}
	};
	form.addEventListener('change', update);
	form.addEventListener('reset', () => setTimeout(update));
	form.addEventListener('submit', (e) => e.preventDefault());
	bindPrint(root);
	update();
}

init();
