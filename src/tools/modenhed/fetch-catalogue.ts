// Fetching the self-assessment's catalogue (/vaerktoejer/modenhedsvurdering/katalog.json) from the
// site's own origin, so the page stays within its HTML budget.
import { $, h } from '../shared/dom.ts';
import type { Katalog } from './katalog.ts';

/** The catalogue from this site; a cached copy from another build is refused, so answers are never keyed wrongly. */
export async function fetchCatalogue(root: HTMLElement): Promise<Katalog | null> {
	const fail = (why: string) => {
		$(root, '#modenhed-fejl').replaceChildren(
			h(
				'div',
				{ class: 'fejl' },
				h('p', {}, h('strong', {}, 'Skemaet kunne ikke indlæses. '), why, ' Genindlæs siden. Din gemte vurdering er ikke rørt.'),
			),
		);
		return null;
	};
	try {
		const response = await fetch(root.dataset.katalogUrl!, { cache: 'no-cache', credentials: 'same-origin' });
		if (!response.ok) return fail(`Kataloget svarede med fejl ${response.status}.`);
		const katalog = (await response.json()) as Katalog;
		if (katalog.version !== root.dataset.katalogVersion) return fail('Kataloget passer ikke til siden (siden er måske gemt fra en ældre udgave).');
		return katalog;
	} catch {
		return fail('Kataloget kunne ikke hentes fra sitet.');
	}
}
