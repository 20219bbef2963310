// The two ways into the assessment, built in the browser from the embedded catalogue: one fieldset
// per outcome (grade, indicators that hold, evidence reference, owner, target date, note) grouped by
// requirement, and one per measure (the three evidence levels and the planning fields).
import { h } from '../shared/dom.ts';
import { GRAENSER, UDFALD_FELTER } from './felter.ts';
import type { Katalog, KatalogForanstaltning, KatalogKrav, KatalogUdfald } from './katalog.ts';
import { UDFALD_GRADE_LABELS, UDFALD_GRADES } from './karakterer.ts';

/** An id usable in HTML and CSS selectors: "k-21-2-a:u1" → "k-21-2-a-u1". */
const domId = (key: string) => key.replace(/[^a-zA-Z0-9-]/g, '-');

const LISTS = [
	['ikkeOpfyldt', 'ikke-opfyldt'],
	['delvistOpfyldt', 'delvist-opfyldt'],
	['opfyldt', 'opfyldt'],
] as const;

const planning = (prefix: string) => [
	h('label', { class: 'felt', for: `ejer-${prefix}` }, 'Ejer'),
	h('input', { type: 'text', id: `ejer-${prefix}`, 'data-felt': 'ejer', autocomplete: 'off', maxlength: String(GRAENSER.ejer) }),
	h('label', { class: 'felt', for: `maaldato-${prefix}` }, 'Måldato'),
	h('input', { type: 'date', id: `maaldato-${prefix}`, 'data-felt': 'maaldato', min: GRAENSER.foersteDato, max: GRAENSER.sidsteDato }),
	h('label', { class: 'felt', for: `noter-${prefix}` }, 'Noter'),
	h('textarea', { id: `noter-${prefix}`, 'data-felt': 'noter', rows: '2', maxlength: String(GRAENSER.noter) }),
];

function outcomeFieldset(krav: KatalogKrav, u: KatalogUdfald, titleOf: Map<string, KatalogForanstaltning>) {
	const id = domId(u.key);
	return h(
		'fieldset',
		{ 'data-udfald': u.key },
		h('legend', {}, `${u.id}: ${u.titel}`),
		h('p', {}, u.beskrivelse),
		h('label', { class: 'felt', for: `karakter-${id}` }, 'Vurdering'),
		h(
			'select',
			{ id: `karakter-${id}`, 'data-felt': 'karakter' },
			h('option', { value: '' }, 'Ikke vurderet'),
			UDFALD_GRADES.map((g) => h('option', { value: g }, UDFALD_GRADE_LABELS[g])),
		),
		h(
			'fieldset',
			{ class: 'kendetegn' },
			h('legend', {}, 'Kendetegn, der passer'),
			LISTS.flatMap(([list, grade]) =>
				u.indikatorer[list].map((text, i) =>
					h(
						'div',
						{ class: 'valg' },
						h('input', { type: 'checkbox', id: `ind-${id}-${list}-${i}`, value: `${list}.${i}`, 'data-felt': 'indikatorer' }),
						h(
							'label',
							{ for: `ind-${id}-${list}-${i}` },
							h('span', { class: 'maerke', 'data-karakter': grade }, UDFALD_GRADE_LABELS[grade]),
							' ',
							text,
						),
					),
				),
			),
		),
		h('label', { class: 'felt', for: `evidens-${id}` }, 'Evidens (henvisning)'),
		h('input', {
			type: 'text',
			id: `evidens-${id}`,
			'data-felt': 'evidens',
			autocomplete: 'off',
			maxlength: String(UDFALD_FELTER.evidens.max),
			'aria-describedby': `evidens-${id}-hjaelp`,
		}),
		h('p', { class: 'hjaelp', id: `evidens-${id}-hjaelp` }, 'Fx dokumentets navn og dato, journalnummer eller sti til dokumentationen.'),
		planning(id),
		h(
			'p',
			{ class: 'hjaelp' },
			'Foranstaltninger: ',
			u.foranstaltninger.map((fid, i) => [
				i > 0 ? ', ' : '',
				titleOf.get(fid) ? h('a', { href: titleOf.get(fid)!.url }, `${fid}: ${titleOf.get(fid)!.titel}`) : fid,
			]),
			' · ',
			h('a', { href: krav.url }, 'Læs kravet'),
		),
	);
}

export function outcomeForms(katalog: Katalog): Node[] {
	const byId = new Map(katalog.foranstaltninger.map((f) => [f.id, f]));
	return katalog.krav
		.filter((k) => k.udfald.length > 0)
		.map((k) =>
			h(
				'section',
				{ class: 'krav-udfald', 'data-krav': k.id, 'aria-labelledby': `udfald-${k.id}` },
				h('h3', { id: `udfald-${k.id}` }, k.titel),
				k.udfald.map((u) => outcomeFieldset(k, u, byId)),
			),
		);
}

const LEVELS = [
	['dokumenteret', 'Dokumenteret', 'besluttet og beskrevet'],
	['implementeret', 'Implementeret', 'findes i drift'],
	['afproevet', 'Afprøvet', 'testet, og det virker'],
] as const;

export function measureForms(katalog: Katalog): Node[] {
	return katalog.foranstaltninger.map((f) =>
		h(
			'fieldset',
			{ 'data-foranstaltning': f.id },
			h('legend', {}, `${f.id}: ${f.titel}`),
			h(
				'p',
				{ class: 'hjaelp' },
				h('a', { href: f.url }, 'Læs om foranstaltningen'),
				` · ${f.niveau === 'grundniveau' ? 'Grundniveau' : 'Udvidet niveau'}`,
			),
			h(
				'fieldset',
				{ class: 'evidens' },
				h('legend', {}, 'Evidens'),
				LEVELS.map(([felt, navn, forklaring]) =>
					h(
						'div',
						{ class: 'valg' },
						h('input', { type: 'checkbox', id: `${felt}-${f.id}`, 'data-felt': felt }),
						h('label', { for: `${felt}-${f.id}` }, `${navn} – ${forklaring}`),
					),
				),
			),
			planning(f.id),
			h('p', { class: 'hjaelp', 'data-tidligere-niveau': '', hidden: true }),
		),
	);
}
