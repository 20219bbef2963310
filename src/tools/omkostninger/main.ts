// Browser side of the cost calculator.
import { toCsv } from '../../lib/csv.ts';
import { staffCost } from '../../lib/costs.ts';
import type { SizeClass } from '../../schemas/size-classes.ts';
import { $, bindPrint, download, embedded, formatFte, formatKr, h, today } from '../shared/dom.ts';
import {
	beregningFor,
	csvRows,
	klasseForAnsatte,
	klasseForIndbyggere,
	readDanishNumber,
	type BeregnForanstaltning,
	type Beregning,
	type Klasse,
} from './beregning.ts';

interface Data {
	measures: BeregnForanstaltning[];
	klasser: Klasse[];
	aarsvaerkKr: number;
}

function init() {
	const root = document.getElementById('omkostninger');
	if (!root) return;
	const { measures, klasser, aarsvaerkKr } = embedded<Data>('omkostninger-data');
	const form = $(root, '#omkostninger-form') as HTMLFormElement;
	const inhabitants = $(form, '#indbyggere') as HTMLInputElement;
	const staff = $(form, '#ansatte') as HTMLInputElement;
	const note = $(form, '#klasse-note');
	const status = $(root, '#omkostninger-status');
	let current: Beregning;
	let inPlace = new Set<string>();

	const navn = (id: SizeClass) => klasser.find((k) => k.id === id)!.navn;
	const selectedClass = () => (form.querySelector<HTMLInputElement>('input[name="klasse"]:checked')?.value ?? klasser[0].id) as SizeClass;

	const fill = (row: string, t: { engang: number; aarlig: number; aarsvaerk: number }) => {
		const tr = $(root, `#omkostninger-total tr[data-raekke="${row}"]`);
		$(tr, '[data-felt="engang"]').textContent = formatKr(t.engang);
		$(tr, '[data-felt="aarlig"]').textContent = formatKr(t.aarlig);
		$(tr, '[data-felt="aarsvaerk"]').textContent = formatFte(t.aarsvaerk);
		tr.dataset.engang = String(t.engang);
		tr.dataset.aarlig = String(t.aarlig);
		tr.dataset.aarsvaerk = String(t.aarsvaerk);
	};

	const update = () => {
		inPlace = new Set([...form.querySelectorAll<HTMLInputElement>('input[name="i-brug"]:checked')].map((i) => i.value));
		current = beregningFor(measures, selectedClass(), inPlace);
		fill('mangler', current.total);
		fill('alle', current.alle);
		$(root, '#omkostninger-loebende').textContent =
			`Skal gennemføres: ${formatKr(current.total.engang)} én gang · ${formatKr(current.total.aarlig)} om året · ${formatFte(current.total.aarsvaerk)} årsværk (${current.mangler.length} af ${measures.length} foranstaltninger)`;
		$(root, '#omkostninger-detaljer tbody').replaceChildren(
			...current.mangler.map((m) => {
				const c = m.omkostninger[current.klasse];
				return h(
					'tr',
					{ 'data-id': m.id },
					h('th', { scope: 'row' }, h('a', { href: m.url }, `${m.id}: ${m.titel}`)),
					h('td', { class: 'tal' }, formatKr(c.engang)),
					h('td', { class: 'tal' }, formatKr(c.aarlig)),
					h('td', { class: 'tal' }, formatFte(c.aarsvaerk)),
					h('td', {}, m.omkostninger.antagelser),
				);
			}),
		);
		// The model keeps internal staff apart from the annual (external) cost; show it in kroner too.
		$(root, '#omkostninger-personale').textContent =
			`Det løbende interne personaleforbrug på ${formatFte(current.total.aarsvaerk)} årsværk svarer til ca. ${formatKr(staffCost(current.total, aarsvaerkKr))} om året (${formatKr(aarsvaerkKr)} pr. årsværk). Det er ikke regnet med i den årlige udgift.`;
		status.textContent = `${navn(current.klasse)}: ${current.mangler.length} af ${measures.length} foranstaltninger mangler. Skøn: ${formatKr(current.total.engang)} én gang, ${formatKr(current.total.aarlig)} om året og ${formatFte(current.total.aarsvaerk)} årsværk.`;
	};

	/** Shows or clears the Danish error under a number field; returns the number read, if any. */
	const readNumber = (input: HTMLInputElement, navn: string): number | null => {
		const r = readDanishNumber(input.value, navn);
		const id = `${input.id}-fejl`;
		let box = document.getElementById(id);
		if (r.status !== 'fejl') {
			input.removeAttribute('aria-invalid');
			box?.remove();
			return r.status === 'ok' ? r.tal : null;
		}
		input.setAttribute('aria-invalid', 'true');
		input.setAttribute('aria-describedby', `indbyggere-hjaelp ${id}`);
		if (!box) {
			box = h('p', { id, class: 'felt-fejl', role: 'alert' });
			input.after(box);
		}
		box.textContent = r.fejl;
		return null;
	};

	const fromNumbers = () => {
		const n = readNumber(inhabitants, 'Antal indbyggere');
		const a = readNumber(staff, 'Antal ansatte');
		const parts: string[] = [];
		if (n !== null) {
			const k = klasseForIndbyggere(n, klasser);
			form.querySelector<HTMLInputElement>(`#klasse-${k}`)!.checked = true;
			parts.push(`Med ${n.toLocaleString('da-DK')} indbyggere regnes med ${navn(k).toLowerCase()}.`);
			if (a !== null && a > 0 && klasseForAnsatte(a, klasser) !== k) {
				parts.push(
					`Antallet af ansatte ligner mere en ${navn(klasseForAnsatte(a, klasser)).toLowerCase()}; vælg den størrelse ovenfor, hvis den passer bedre.`,
				);
			}
		}
		note.textContent = parts.join(' ');
		update();
	};

	form.addEventListener('change', (e) => {
		if (e.target === inhabitants || e.target === staff) fromNumbers();
		else update();
	});
	inhabitants.addEventListener('input', fromNumbers);
	staff.addEventListener('input', fromNumbers);
	form.addEventListener('submit', (e) => e.preventDefault());
	$(root, '#omkostninger-csv').addEventListener('click', () => {
		download(`nis2-omkostninger-${current.klasse}-${today()}.csv`, toCsv(csvRows(current, measures, inPlace, location.origin)), 'text/csv;charset=utf-8');
	});
	bindPrint(root);
	update();
}

init();
