// Browser side of the incident clock.
import { $, bindPrint, h } from '../shared/dom.ts';
import { fristerFor } from './frister.ts';
import { checkWallInput, formatDanish, formatIsoLocal, resolveWallTime } from './wall-time.ts';

function init() {
	const root = document.getElementById('haendelsesur');
	if (!root) return;
	const form = $(root, '#haendelsesur-form') as HTMLFormElement;
	const value = (id: string) => ($(form, `#${id}`) as HTMLInputElement).value;
	const read = (prefix: string, what: string) => {
		const date = $(form, `#${prefix}-dato`) as HTMLInputElement;
		const time = $(form, `#${prefix}-tid`) as HTMLInputElement;
		return checkWallInput({ date: date.value, time: time.value, dateInvalid: date.validity.badInput, timeInvalid: time.validity.badInput }, what);
	};
	const error = $(root, '#haendelsesur-fejl');
	const result = $(root, '#haendelsesur-resultat');
	const ambiguity = $(root, '#tvetydig');
	const persondata = $(form, '#persondata') as HTMLInputElement;

	const showError = (text: string) => {
		error.replaceChildren(h('p', { class: 'fejl' }, text));
		result.hidden = true;
	};

	const compute = () => {
		error.replaceChildren();
		const detected = read('opdaget', 'hvornår kommunen fik kendskab til hændelsen');
		if (detected.status === 'tom') return showError('Skriv både dato og klokkeslæt for, hvornår kommunen fik kendskab til hændelsen.');
		if (detected.status === 'fejl') return showError(detected.fejl);
		const resolved = resolveWallTime(detected.wall);
		if (resolved.status === 'findes-ikke')
			return showError('Klokkeslættet findes ikke: uret springer fra 02.00 til 03.00 den nat, sommertiden begynder. Vælg et andet tidspunkt.');
		ambiguity.hidden = resolved.status !== 'tvetydig';
		const opdaget = resolved.status === 'tvetydig' ? resolved.alternatives[Number(value('tvetydig-valg'))] : resolved.instant;
		let underretningSendt: Date | undefined;
		const sent = read('sendt', 'den indsendte hændelsesunderretning');
		if (sent.status === 'fejl') return showError(`${sent.fejl} Eller lad begge felter stå tomme.`);
		if (sent.status === 'ok') {
			const r = resolveWallTime(sent.wall);
			if (r.status === 'findes-ikke')
				return showError(
					'Klokkeslættet for den indsendte hændelsesunderretning findes ikke: uret springer fra 02.00 til 03.00 den nat, sommertiden begynder.',
				);
			underretningSendt = r.instant;
			if (underretningSendt < opdaget) return showError('Underretningen kan ikke være sendt, før kommunen fik kendskab til hændelsen.');
		}
		const list = fristerFor({ opdaget, persondata: persondata.checked, underretningSendt });
		$(root, '#haendelsesur-grundlag').textContent = `Kendskab til hændelsen: ${formatDanish(opdaget)}.`;
		$(root, '#haendelsesur-frister').replaceChildren(
			...list.map((f) =>
				h(
					'tr',
					{ 'data-frist': f.id, 'data-tidspunkt': formatIsoLocal(f.instant) },
					h('th', { scope: 'row' }, h('a', { href: `#tjekliste-${f.id}` }, f.navn)),
					h('td', { 'data-label': 'Senest' }, formatDanish(f.instant)),
					h('td', { 'data-label': 'Regnet som' }, f.regel),
				),
			),
		);
		result.hidden = false;
	};

	persondata.addEventListener('change', () => {
		$(root, '[data-tjekliste="datatilsynet"]').hidden = !persondata.checked;
		if (!result.hidden) compute();
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		compute();
	});
	$(form, '#tvetydig-valg').addEventListener('change', compute);
	bindPrint(root);
}

init();
