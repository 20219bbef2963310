// Browser side of the incident clock.
import { $, bindPrint, h } from '../shared/dom.ts';
import { frister } from './frister.ts';
import { formatDanish, formatIsoLocal, parseWallTime, resolveWallTime } from './tid.ts';

function init() {
	const root = document.getElementById('haendelsesur');
	if (!root) return;
	const form = $(root, '#haendelsesur-form') as HTMLFormElement;
	const value = (id: string) => ($(form, `#${id}`) as HTMLInputElement).value;
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
		const wall = parseWallTime(value('opdaget-dato'), value('opdaget-tid'));
		if (!wall) return showError('Skriv både dato og klokkeslæt for, hvornår kommunen fik kendskab til hændelsen.');
		const resolved = resolveWallTime(wall);
		if (resolved.status === 'findes-ikke') return showError('Klokkeslættet findes ikke: uret springer fra 02.00 til 03.00 den nat, sommertiden begynder. Vælg et andet tidspunkt.');
		ambiguity.hidden = resolved.status !== 'tvetydig';
		const opdaget = resolved.status === 'tvetydig' ? resolved.alternatives[Number(value('tvetydig-valg'))] : resolved.instant;
		let underretningSendt: Date | undefined;
		if (value('sendt-dato') || value('sendt-tid')) {
			const sent = parseWallTime(value('sendt-dato'), value('sendt-tid'));
			const r = sent && resolveWallTime(sent);
			if (!r || r.status === 'findes-ikke') return showError('Skriv både dato og et gyldigt klokkeslæt for den indsendte hændelsesunderretning, eller lad begge felter stå tomme.');
			underretningSendt = r.instant;
			if (underretningSendt < opdaget) return showError('Underretningen kan ikke være sendt, før kommunen fik kendskab til hændelsen.');
		}
		const list = frister({ opdaget, persondata: persondata.checked, underretningSendt });
		$(root, '#haendelsesur-grundlag').textContent = `Kendskab til hændelsen: ${formatDanish(opdaget)}.`;
		$(root, '#haendelsesur-frister').replaceChildren(
			...list.map((f) =>
				h('tr', { 'data-frist': f.id, 'data-tidspunkt': formatIsoLocal(f.instant) }, h('th', { scope: 'row' }, h('a', { href: `#tjekliste-${f.id}` }, f.navn)), h('td', {}, formatDanish(f.instant)), h('td', {}, f.regel)),
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
