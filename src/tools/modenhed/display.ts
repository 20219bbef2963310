// How the tool names a field and shows its value, a time and a long list in its messages
// (merges from another tab, the import preview, errors).
import { h } from '../shared/dom.ts';
import { FORANSTALTNING_FELTER, UDFALD_FELTER, type FeltSpec } from './felter.ts';
import { karakterNavn } from './opsummering.ts';

const MAX_SHOWN = 8;

const dansk = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' });
export const when = (iso: string | number) => {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) || d.getTime() === 0 ? 'ukendt tidspunkt' : dansk.format(d);
};

const specOf = (key: string): FeltSpec | undefined => {
	const [id, felt] = key.split('.');
	return ((id.startsWith('f-') ? FORANSTALTNING_FELTER : UDFALD_FELTER) as Record<string, FeltSpec>)[felt];
};

/** A field key ("maalniveau", "f-001.noter") as the user knows it. */
export const keyName = (key: string) =>
	key === 'maalniveau' ? 'målniveau' : key === 'stoerrelse' ? 'kommunens størrelse' : `${key.split('.')[0]} ${specOf(key)?.navn ?? key}`;

/** A text or number field's value as text (JSON for anything else, which a read assessment never holds). */
export const feltTekst = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v));

/** A field's value, short. */
export const shownValue = (key: string, v: unknown) => {
	if (key === 'maalniveau' || key.endsWith('.karakter')) return karakterNavn(v as '');
	if (typeof v === 'boolean') return v ? 'ja' : 'nej';
	if (Array.isArray(v)) return `${v.length} kendetegn`;
	if (v === '' || v === null || v === undefined) return '(tomt)';
	const text = feltTekst(v);
	return `»${text.length > 60 ? `${text.slice(0, 60)}…` : text}«`;
};

/** The first few items of a list, and how many more there are. */
export const list = (items: string[]) => [
	h(
		'ul',
		{},
		items.slice(0, MAX_SHOWN).map((f) => h('li', {}, f)),
	),
	items.length > MAX_SHOWN ? h('p', {}, `… og ${items.length - MAX_SHOWN} mere.`) : null,
];
