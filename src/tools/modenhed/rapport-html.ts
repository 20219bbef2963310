// The council report on the tool page; printing the page prints exactly this (src/tools/shared/tools.css).
import { h } from '../shared/dom.ts';
import { karakterNavn } from './opsummering.ts';
import type { Handling } from './opsummering.ts';
import type { Raadsrapport } from './raadsrapport.ts';

const handlingItem = (a: Handling, compact = false) =>
	h(
		'li',
		{ 'data-udfald': a.udfald.key },
		h('a', { href: a.krav.url }, compact ? a.udfald.titel : `${a.krav.titel}: ${a.udfald.titel}`),
		compact ? ` (${a.krav.titel})` : '',
		` – ${karakterNavn(a.karakter).toLowerCase()}`,
		a.post.ejer ? `; ejer: ${a.post.ejer}` : '',
		a.post.maaldato ? `; måldato: ${a.post.maaldato}` : '',
		!compact && a.foranstaltninger.length
			? [h('br'), 'Mangler: ', a.foranstaltninger.map((f, i) => [i > 0 ? ', ' : '', h('a', { href: f.url }, `${f.id}: ${f.titel}`)])]
			: null,
		!compact && a.foranstaltninger.some((f) => f.trin.length)
			? [
					h('br'),
					'Drejebog: ',
					[...new Map(a.foranstaltninger.flatMap((f) => f.trin).map((t) => [t.id, t])).values()].map((t, i) => [
						i > 0 ? ', ' : '',
						h('a', { href: t.url }, `${t.id}: ${t.titel}`),
					]),
				]
			: null,
	);

export function rapportHtml(r: Raadsrapport): Node {
	return h(
		'div',
		{},
		h('p', { class: 'udgave', 'data-udgave': '' }, `${r.udgave}. Udskrevet ${r.dato}.`),
		h(
			'section',
			{ class: 'resume', 'aria-labelledby': 'rapport-resume' },
			h('h3', { id: 'rapport-resume' }, 'Resumé'),
			r.resume.map((p) => h('p', {}, p)),
		),
		h(
			'div',
			{ class: 'nis2-table-wrap' },
			h(
				'table',
				{ id: 'modenhed-tabel' },
				h('caption', {}, 'Vurderinger pr. krav (antal udfald)'),
				h(
					'thead',
					{},
					h(
						'tr',
						{},
						['Krav', 'Udfald', 'Opfyldt', 'Delvist opfyldt', 'Ikke opfyldt', 'Ikke vurderet', 'Under målniveau'].map((c, i) =>
							h('th', { scope: 'col', class: i > 0 ? 'tal' : undefined }, c),
						),
					),
				),
				h(
					'tbody',
					{},
					r.krav.map((k) =>
						h(
							'tr',
							{ 'data-krav': k.krav.id },
							h('th', { scope: 'row' }, h('a', { href: k.krav.url }, k.krav.titel)),
							[k.antal, k.karakterer.opfyldt, k.karakterer['delvist-opfyldt'], k.karakterer['ikke-opfyldt']].map((n) =>
								h('td', { class: 'tal' }, String(n)),
							),
							h('td', { class: 'tal', 'data-ikke-vurderet': String(k.ikkeVurderet) }, String(k.ikkeVurderet)),
							h('td', { class: 'tal', 'data-under-maal': String(k.underMaal) }, String(k.underMaal)),
						),
					),
				),
			),
		),
		h('h3', {}, 'Huller, der betyder mest'),
		r.huller.length
			? h(
					'ol',
					{ class: 'huller' },
					r.huller.map((a) => handlingItem(a, true)),
				)
			: h('p', {}, 'Ingen vurderede udfald ligger under målniveauet.'),
		r.handlinger.length > r.huller.length ? h('p', {}, `Alle ${r.handlinger.length} huller står i handlingslisten.`) : null,
		h('h3', {}, 'Hvad det koster at lukke hullerne'),
		h('p', { 'data-omkostninger': '' }, r.omkostninger.tekst),
		h('h3', {}, 'Kommunalbestyrelsen bedes beslutte'),
		h(
			'ol',
			{ class: 'beslutninger' },
			r.beslutninger.map((b) => h('li', {}, b)),
		),
		h(
			'section',
			{ class: 'handlingsliste', 'aria-labelledby': 'handlinger' },
			h('h3', { id: 'handlinger' }, 'Handlingsliste'),
			r.handlinger.length
				? h(
						'ol',
						{ id: 'modenhed-handlinger' },
						r.handlinger.map((a) => handlingItem(a)),
					)
				: h('p', {}, 'Ingen handlinger: ingen vurderede udfald ligger under målniveauet.'),
		),
		r.ikkeVurderet.length
			? h(
					'section',
					{ 'aria-labelledby': 'ikke-vurderet' },
					h('h3', { id: 'ikke-vurderet' }, `Ikke vurderet (${r.ikkeVurderet.length})`),
					h(
						'ul',
						{ id: 'modenhed-ikke-vurderet' },
						r.ikkeVurderet.map((u) => h('li', { 'data-udfald': u.key }, `${u.kravId} ${u.key.split(':')[1]}: ${u.titel}`)),
					),
				)
			: null,
	);
}
