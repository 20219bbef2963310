// Browser side of the self-assessment: form ↔ state, localStorage (merged across tabs), files, the report.
import { toCsv } from '../../lib/csv.ts';
import type { SizeClass } from '../../schemas/size-classes.ts';
import { $, bindPrint, download, h, today } from '../shared/dom.ts';
import { datoFejl, FORANSTALTNING_FELTER, UDFALD_FELTER, type FeltSpec } from './felter.ts';
import type { Katalog } from './katalog.ts';
import { LAGER_TEKST, LagerFejl, openLager, type LagerProblem } from './lager.ts';
import { UDFALD_GRADE_LABELS } from './karakterer.ts';
import { benchmark, karakterNavn, udfaldRaekker } from './opsummering.ts';
import { raadsrapport } from './raadsrapport.ts';
import { rapportHtml } from './rapport-html.ts';
import { measureForms, outcomeForms } from './skema.ts';
import { antalSvar, feltVaerdi, flet, forskelle, saetFelt, somErstatning } from './fletning.ts';
import { laesVurdering } from './laesning.ts';
import { karantaeneTekst, nyVurdering, tilEksport, type Migrering, type Vurdering } from './vurdering.ts';

export const STORAGE_KEY = 'nis2-drejebogen:modenhedsvurdering';
/** Raw copies of stored text that could not be read in full, so nothing is ever overwritten unread. */
const UNREADABLE_KEY = `${STORAGE_KEY}:ulaeselig`;
/** The assessment as it was before the last "Erstat" (import or restore). */
const BACKUP_KEY = `${STORAGE_KEY}:sikkerhedskopi`;
const MAX_SHOWN = 8;
const MAX_DIFFS = 12;

const dansk = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' });
const when = (iso: string | number) => {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) || d.getTime() === 0 ? 'ukendt tidspunkt' : dansk.format(d);
};

/** The catalogue from this site; a cached copy from another build is refused, so answers are never keyed wrongly. */
async function fetchCatalogue(root: HTMLElement): Promise<Katalog | null> {
	const fail = (why: string) => {
		$(root, '#modenhed-fejl').replaceChildren(h('div', { class: 'fejl' }, h('p', {}, h('strong', {}, 'Skemaet kunne ikke indlæses. '), why, ' Genindlæs siden. Din gemte vurdering er ikke rørt.')));
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

async function init() {
	const root = document.getElementById('modenhed');
	if (!root) return;
	const fetched = await fetchCatalogue(root);
	if (!fetched) return;
	const katalog: Katalog = fetched;
	const form = $(root, '#modenhed-form') as HTMLFormElement;
	const errorBox = $(root, '#modenhed-fejl');
	const storageBox = $(root, '#modenhed-lager');
	const messageBox = $(root, '#modenhed-besked');
	const target = $(form, '#maalniveau') as HTMLSelectElement;
	const sizeSelect = $(form, '#stoerrelse') as HTMLSelectElement;
	const preview = $(root, '#modenhed-forhaandsvisning');
	const restoreButton = $(form, '#modenhed-gendan') as HTMLButtonElement;
	const titleOf = new Map<string, string>([...katalog.foranstaltninger.map((f): [string, string] => [f.id, f.titel]), ...katalog.krav.flatMap((k) => k.udfald.map((u): [string, string] => [u.key, `${k.titel}: ${u.titel}`]))]);
	$(form, '#modenhed-udfald').replaceChildren(...outcomeForms(katalog));
	$(form, '#modenhed-foranstaltninger').replaceChildren(...measureForms(katalog));
	const lager = openLager();
	let state: Vurdering;
	/** The stored text this tab has already merged; anything else in storage is merged before writing. */
	let lastSeen: string | null = null;
	/** Set when storage holds an assessment from a newer tool version: this tab must not overwrite it. */
	let writesHalted = false;
	let unsaved = false;
	let lastTime = 0;
	const stamp = () => (lastTime = Math.max(Date.now(), lastTime + 1));

	const specOf = (key: string): FeltSpec | undefined => {
		const [id, felt] = key.split('.');
		return ((id.startsWith('f-') ? FORANSTALTNING_FELTER : UDFALD_FELTER) as Record<string, FeltSpec>)[felt];
	};
	const keyName = (key: string) => (key === 'maalniveau' ? 'målniveau' : key === 'stoerrelse' ? 'kommunens størrelse' : `${key.split('.')[0]} ${specOf(key)?.navn ?? key}`);
	const shownValue = (key: string, v: unknown) => {
		if (key === 'maalniveau' || key.endsWith('.karakter')) return karakterNavn(v as '');
		if (typeof v === 'boolean') return v ? 'ja' : 'nej';
		if (Array.isArray(v)) return `${v.length} kendetegn`;
		if (v === '' || v === null || v === undefined) return '(tomt)';
		const text = String(v);
		return `»${text.length > 60 ? `${text.slice(0, 60)}…` : text}«`;
	};
	const klasseNavn = (s: SizeClass) => katalog.klasser.find((k) => k.id === s)?.navn ?? s;

	// ---- Messages ----------------------------------------------------------------------------------

	const list = (items: string[]) => [h('ul', {}, items.slice(0, MAX_SHOWN).map((f) => h('li', {}, f))), items.length > MAX_SHOWN ? h('p', {}, `… og ${items.length - MAX_SHOWN} mere.`) : null];
	const showErrors = (intro: string, fejl: string[]) => errorBox.replaceChildren(h('div', { class: 'fejl' }, h('p', {}, h('strong', {}, intro)), list(fejl)));
	const reloadButton = () => {
		const b = h('button', { type: 'button' }, 'Genindlæs siden');
		b.addEventListener('click', () => location.reload());
		return b;
	};
	const exportButton = (label: string) => {
		const b = h('button', { type: 'button', 'data-eksport-nu': '' }, label);
		b.addEventListener('click', exportJson);
		return b;
	};

	const showStorageProblem = (problem: LagerProblem) => {
		if (storageBox.dataset.problem === problem) return;
		storageBox.dataset.problem = problem;
		storageBox.replaceChildren(
			h(
				'div',
				{ class: 'fejl', 'data-lagerproblem': problem },
				h('p', {}, h('strong', {}, LAGER_TEKST[problem]), ' Dine svar er bevaret på denne side, men kun indtil du lukker eller genindlæser den. Eksportér vurderingen som fil nu, og importér filen igen senere.'),
				h('div', { class: 'knapper' }, exportButton('Eksportér vurderingen nu (JSON)')),
			),
		);
	};
	const clearStorageProblem = () => {
		if (!storageBox.dataset.problem) return;
		delete storageBox.dataset.problem;
		storageBox.replaceChildren(h('p', {}, 'Vurderingen gemmes igen i browseren.'));
	};

	const showNewerVersion = () => {
		writesHalted = true;
		storageBox.dataset.problem = 'nyere';
		storageBox.replaceChildren(
			h(
				'div',
				{ class: 'fejl', 'data-lagerproblem': 'nyere' },
				h('p', {}, h('strong', {}, 'Vurderingen i browseren er gemt af en nyere udgave af værktøjet (fx i en anden fane). '), 'Denne fane gemmer ikke, så den nyere vurdering ikke bliver overskrevet. Genindlæs siden for at fortsætte med den; eksportér først det, du har skrevet her, hvis du vil beholde det.'),
				h('div', { class: 'knapper' }, reloadButton(), exportButton('Eksportér denne fanes svar (JSON)')),
			),
		);
	};

	const showMigration = (m: Migrering) => {
		const item = (id: string, title: string | undefined) => h('li', {}, `${id}: ${title || 'ukendt titel'}`);
		messageBox.replaceChildren(
			h(
				'div',
				{ class: 'usikker', 'data-migrering': '' },
				h('p', {}, h('strong', {}, 'Vurderingen er lavet mod en anden udgave af kataloget '), `(${m.fraVersion}; nu ${m.tilVersion}). Den er flyttet over, og intet er slettet.`),
				m.tilfoejet.length ? [h('p', {}, 'Nye foranstaltninger, som endnu ikke er vurderet:'), h('ul', { 'data-tilfoejet': '' }, m.tilfoejet.map((id) => item(id, titleOf.get(id))))] : null,
				m.fjernet.length ? [h('p', {}, 'Foranstaltninger, der ikke længere er i kataloget (vurderingerne er bevaret nederst i skemaet):'), h('ul', { 'data-fjernet': '' }, m.fjernet.map((id) => item(id, state.udgaaede[id]?.titel)))] : null,
			),
		);
	};

	// ---- Storage -----------------------------------------------------------------------------------

	/**
	 * Writes the assessment. Whatever another tab stored since we last looked is merged in first,
	 * field by field, so a save never overwrites another tab's work. `replace` skips the merge, for
	 * the user's own explicit "clear" and "replace", which are meant to win.
	 */
	const persist = (options: { replace?: boolean } = {}) => {
		unsaved = true;
		state.opdateret = new Date().toISOString();
		if (writesHalted) return;
		try {
			const stored = lager.get(STORAGE_KEY);
			if (!options.replace && stored !== null && stored !== lastSeen) {
				const r = laesVurdering(stored, katalog);
				if (r.ok) mergeIn(r.vurdering, 'gem');
				else if (r.nyere) return showNewerVersion();
				else lager.set(UNREADABLE_KEY, stored);
			}
			const text = JSON.stringify(state);
			lager.set(STORAGE_KEY, text);
			lastSeen = text;
			unsaved = false;
			clearStorageProblem();
		} catch (e) {
			if (e instanceof LagerFejl) showStorageProblem(e.problem);
			else throw e;
		}
	};

	/** Merges another tab's assessment into this one and tells the user which fields changed. */
	const mergeIn = (other: Vurdering, cause: 'gem' | 'fane') => {
		const { vurdering, aendret } = flet(state, other);
		state = vurdering;
		if (aendret.length === 0) return;
		writeForm();
		renderReport();
		messageBox.replaceChildren(
			h(
				'div',
				{ class: 'usikker', 'data-flettet': String(aendret.length) },
				h('p', {}, h('strong', {}, `${aendret.length === 1 ? 'Et felt er' : `${aendret.length} felter er`} ændret i en anden fane og flettet ind her`), cause === 'gem' ? ' (før denne fanes ændring blev gemt).' : '.', ' For hvert felt gælder den nyeste ændring; intet er overskrevet uden at blive vist her:'),
				list(aendret.map((k) => `${keyName(k)}: ${shownValue(k, feltVaerdi(state, k))}`)),
			),
		);
	};

	const load = (): Vurdering => {
		let raw: string | null = null;
		try {
			raw = lager.get(STORAGE_KEY);
		} catch (e) {
			if (e instanceof LagerFejl) showStorageProblem(e.problem);
			return nyVurdering(katalog);
		}
		if (!raw) return nyVurdering(katalog);
		const r = laesVurdering(raw, katalog);
		if (!r.ok) {
			if (r.nyere) {
				showNewerVersion();
				return nyVurdering(katalog);
			}
			// Never overwrite what we cannot read: keep it aside so it can still be rescued.
			try {
				lager.set(UNREADABLE_KEY, raw);
			} catch {
				/* the problem box below says what happened; the raw text stays under the main key */
			}
			showErrors(`Den gemte vurdering i denne browser kunne ikke læses. En kopi er gemt under nøglen »${UNREADABLE_KEY}«. Du starter med et tomt skema.`, r.fejl);
			return nyVurdering(katalog);
		}
		state = r.vurdering;
		if (r.karantaene.length) {
			try {
				lager.set(UNREADABLE_KEY, raw);
			} catch {
				/* the quarantined values are also kept in the assessment itself */
			}
			showErrors(`${r.karantaene.length === 1 ? 'Et felt' : `${r.karantaene.length} felter`} i den gemte vurdering kunne ikke læses og er lagt til side (se »Felter, der ikke kunne læses«). Alt andet er indlæst.`, r.karantaene.map(karantaeneTekst));
		}
		if (r.migrering) showMigration(r.migrering);
		lastSeen = raw;
		if (r.migrering || r.karantaene.length) persist({ replace: true });
		return state;
	};

	// ---- Form ↔ state ------------------------------------------------------------------------------

	const setValue = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, v: string) => {
		// Only touch a field whose value differs, so a caret in the field being typed in stays put.
		if (el.value !== v) el.value = v;
	};

	/** Writes every field of the form from the state. */
	const writeForm = () => {
		setValue(target, state.maalniveau);
		setValue(sizeSelect, state.stoerrelse);
		for (const fs of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-udfald], fieldset[data-foranstaltning]')) {
			const id = fs.dataset.udfald ?? fs.dataset.foranstaltning!;
			for (const el of fs.querySelectorAll<HTMLInputElement>('[data-felt]')) {
				const felt = el.dataset.felt!;
				const v = feltVaerdi(state, `${id}.${felt}`);
				if (felt === 'indikatorer') el.checked = (v as string[]).includes(el.value);
				else if (el.type === 'checkbox') el.checked = v === true;
				else setValue(el, v === null || v === undefined ? '' : String(v));
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
			...state.karantaene.map((k) => h('li', { 'data-karantaene': k.sti }, h('strong', {}, k.sti), `: ${k.grund}.`, h('details', {}, h('summary', {}, 'Vis den gemte værdi'), h('pre', { class: 'raa' }, k.raa)))),
		);
		restoreButton.hidden = backup() === null;
	};

	/** Marks a date field as invalid (with the reason under it) or valid. */
	const markDate = (el: HTMLInputElement, why: string | null) => {
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
	};

	const report = () => raadsrapport(state, katalog, klasseNavn);
	const renderReport = () => {
		const r = report();
		$(root, '#modenhed-rapport-indhold').replaceChildren(rapportHtml(r));
		const s = r.samlet;
		$(root, '#modenhed-status').textContent = `${s.vurderet} af ${s.udfald} udfald er vurderet. ${s.underMaal} er under målniveau (${UDFALD_GRADE_LABELS[state.maalniveau].toLowerCase()}). ${s.ikkeVurderet} er ikke vurderet.`;
	};

	// ---- Files -------------------------------------------------------------------------------------

	function exportJson() {
		download(`modenhedsvurdering-${today()}.json`, tilEksport(state, katalog), 'application/json');
	}

	let memoryBackup: string | null = null;
	const backup = (): { gemt: string; vurdering: string } | null => {
		let text = memoryBackup;
		try {
			text = lager.get(BACKUP_KEY) ?? memoryBackup;
		} catch {
			/* blocked storage: the in-memory copy is all there is */
		}
		if (!text) return null;
		try {
			return JSON.parse(text);
		} catch {
			return null;
		}
	};
	/** Replaces the assessment, after keeping the current one as a backup the user can restore. */
	const replaceWith = (incoming: Vurdering, message: string) => {
		const copy = JSON.stringify({ gemt: new Date().toISOString(), vurdering: JSON.stringify(state) });
		memoryBackup = copy;
		try {
			lager.set(BACKUP_KEY, copy);
		} catch (e) {
			if (e instanceof LagerFejl) showStorageProblem(e.problem);
		}
		state = { ...somErstatning(incoming, stamp()), karantaene: incoming.karantaene };
		persist({ replace: true });
		errorBox.replaceChildren();
		writeForm();
		renderReport();
		messageBox.replaceChildren(h('p', {}, message, ' Den tidligere vurdering er gemt som sikkerhedskopi; brug »Gendan sikkerhedskopien« for at få den tilbage.'));
	};

	let pending: { name: string; vurdering: Vurdering; migrering?: Migrering; karantaene: string[] } | null = null;
	const closePreview = () => {
		pending = null;
		preview.hidden = true;
		preview.querySelector('[data-indhold]')!.replaceChildren();
	};

	const showPreview = (name: string, file: Vurdering, raw: Record<string, unknown>, migrering: Migrering | undefined, bad: string[]) => {
		pending = { name, vurdering: file, migrering, karantaene: bad };
		const diffs = forskelle(state, file);
		const measures = Object.keys(file.vurderinger).length;
		const outcomes = Object.keys(file.udfald).length;
		const exported = typeof raw.eksporteret === 'string' ? raw.eksporteret : file.opdateret;
		const same = file.katalogVersion === katalog.version && !migrering;
		$(preview, '#modenhed-forhaandsvisning-titel').textContent = `Indhold af filen »${name}«`;
		preview.querySelector('[data-indhold]')!.replaceChildren(h('div', {},
			h(
				'dl',
				{},
				h('dt', {}, 'Gemt'),
				h('dd', { 'data-gemt': '' }, when(exported)),
				h('dt', {}, 'Katalogversion'),
				h('dd', { 'data-katalog': '' }, same ? `${katalog.version} (samme som nu)` : `${migrering?.fraVersion ?? '?'} (nu ${katalog.version}; vurderingen flyttes over, intet slettes)`),
				h('dt', {}, 'Svar'),
				h('dd', { 'data-svar': String(antalSvar(file)) }, `${antalSvar(file)} udfyldte felter: ${outcomes} ${outcomes === 1 ? 'udfald' : 'udfald'} og ${measures} ${measures === 1 ? 'foranstaltning' : 'foranstaltninger'}; målniveau ${karakterNavn(file.maalniveau).toLowerCase()}`),
				h('dt', {}, 'Forskelle fra vurderingen i browseren'),
				h('dd', { 'data-forskelle': String(diffs.length) }, diffs.length === 0 ? 'Ingen: filen svarer til den nuværende vurdering.' : `${diffs.length} ${diffs.length === 1 ? 'felt' : 'felter'}`),
			),
			diffs.length ? h('ul', { 'data-forskel-liste': '' }, diffs.slice(0, MAX_DIFFS).map((k) => h('li', {}, `${keyName(k)}: nu ${shownValue(k, feltVaerdi(state, k))}, i filen ${shownValue(k, feltVaerdi(file, k))}`))) : null,
			diffs.length > MAX_DIFFS ? h('p', {}, `… og ${diffs.length - MAX_DIFFS} forskelle mere.`) : null,
			bad.length ? [h('p', {}, h('strong', {}, `${bad.length === 1 ? 'Et felt' : `${bad.length} felter`} i filen kan ikke læses og lægges til side:`)), list(bad)] : null,
		));
		preview.hidden = false;
		$(preview, '#modenhed-forhaandsvisning-titel').focus();
	};

	// ---- Wiring ------------------------------------------------------------------------------------

	state = load();
	writeForm();
	renderReport();

	form.addEventListener('input', (e) => {
		const el = e.target as HTMLInputElement;
		let key: string;
		let value: unknown;
		if (el === (target as unknown) || el === (sizeSelect as unknown)) {
			key = el.id;
			value = el.value;
		} else {
			const fs = el.closest<HTMLFieldSetElement>('fieldset[data-udfald], fieldset[data-foranstaltning]');
			const felt = el.dataset.felt;
			if (!fs || !felt) return;
			key = `${fs.dataset.udfald ?? fs.dataset.foranstaltning}.${felt}`;
			if (felt === 'maaldato') {
				// A date the browser cannot parse, or outside 1900–2100, is shown as an error and not stored.
				const why = el.validity.badInput ? 'datoen er ikke gyldig' : el.validity.rangeOverflow || el.validity.rangeUnderflow ? `året skal ligge mellem 1900 og 2100 (fandt »${el.value}«)` : datoFejl(el.value);
				markDate(el, why);
				if (why) return;
			}
			if (felt === 'indikatorer') value = [...fs.querySelectorAll<HTMLInputElement>('input[data-felt="indikatorer"]:checked')].map((c) => c.value).sort();
			else if (el.type === 'checkbox') value = el.checked;
			else value = el.value;
			if (typeof value === 'string' && el.maxLength > 0 && value.length > el.maxLength) return;
		}
		saetFelt(state, key, value);
		state.tider[key] = stamp();
		persist();
		renderReport();
	});
	form.addEventListener('submit', (e) => e.preventDefault());

	window.addEventListener('storage', (e) => {
		if (!lager.area || e.storageArea !== lager.area || e.key !== STORAGE_KEY) return;
		if (e.newValue === null) {
			lastSeen = null;
			messageBox.replaceChildren(h('div', { class: 'usikker', 'data-anden-fane': 'slettet' }, h('p', {}, 'Vurderingen er slettet fra browseren i en anden fane. Svarene på denne side gemmes igen ved din næste ændring; genindlæs siden, hvis du vil starte forfra.'), h('div', { class: 'knapper' }, reloadButton())));
			return;
		}
		const r = laesVurdering(e.newValue, katalog);
		if (!r.ok) return r.nyere ? showNewerVersion() : undefined;
		lastSeen = e.newValue;
		mergeIn(r.vurdering, 'fane');
	});
	// While the assessment is only in memory, leaving the page would lose it: let the browser ask.
	window.addEventListener('beforeunload', (e) => {
		if (unsaved) e.preventDefault();
	});

	$(form, '#modenhed-eksport-json').addEventListener('click', exportJson);
	$(form, '#modenhed-eksport-csv').addEventListener('click', () => download(`modenhedsvurdering-${today()}.csv`, toCsv(udfaldRaekker(state, katalog, location.origin)), 'text/csv;charset=utf-8'));
	$(form, '#modenhed-eksport-benchmark').addEventListener('click', () => download(`modenhed-benchmark-${today()}.json`, benchmark(state, katalog), 'application/json'));
	// The workbook and Word libraries are large: they load only when asked for, from this site.
	const lazy = (button: HTMLElement, run: () => Promise<void>) =>
		button.addEventListener('click', async () => {
			button.setAttribute('aria-busy', 'true');
			messageBox.replaceChildren(h('p', {}, 'Filen dannes …'));
			try {
				await run();
				messageBox.replaceChildren(h('p', {}, 'Filen er dannet.'));
			} catch (e) {
				showErrors('Filen kunne ikke dannes.', [String((e as Error)?.message ?? e)]);
			} finally {
				button.removeAttribute('aria-busy');
			}
		});
	lazy($(form, '#modenhed-eksport-xlsx'), async () => {
		const { arbejdsbog } = await import('./eksport-xlsx.ts');
		download(`modenhedsvurdering-${today()}.xlsx`, await arbejdsbog(state, katalog, location.origin), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
	});
	lazy($(form, '#modenhed-eksport-docx'), async () => {
		const { raadsrapportDocx } = await import('./raadsrapport-docx.ts');
		download(`aarlig-nis2-status-${today()}.docx`, await raadsrapportDocx(report(), location.origin), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
	});
	$(form, '#modenhed-ryd').addEventListener('click', () => {
		if (!window.confirm('Vil du slette hele vurderingen i denne browser? Eksportér den først, hvis du vil gemme den.')) return;
		replaceWith(nyVurdering(katalog), 'Vurderingen er slettet fra browseren.');
	});
	$(root, '#modenhed-karantaene-ryd').addEventListener('click', () => {
		persist();
		state.karantaene = [];
		persist({ replace: true });
		writeForm();
	});
	restoreButton.addEventListener('click', () => {
		const b = backup();
		if (!b) return;
		const r = laesVurdering(b.vurdering, katalog);
		if (!r.ok) return showErrors('Sikkerhedskopien kunne ikke læses.', r.fejl);
		replaceWith(r.vurdering, `Vurderingen fra ${when(b.gemt)} er gendannet.`);
	});

	const fileInput = $(form, '#modenhed-import') as HTMLInputElement;
	fileInput.addEventListener('change', async () => {
		const file = fileInput.files?.[0];
		if (!file) return;
		const text = await file.text();
		fileInput.value = '';
		const r = laesVurdering(text, katalog);
		if (!r.ok) {
			closePreview();
			messageBox.replaceChildren();
			showErrors(`Filen »${file.name}« kunne ikke indlæses. Din nuværende vurdering er ikke ændret.`, r.fejl);
			return;
		}
		errorBox.replaceChildren();
		showPreview(file.name, r.vurdering, JSON.parse(text), r.migrering, r.karantaene.map(karantaeneTekst));
	});
	$(preview, '[data-handling="flet"]').addEventListener('click', () => {
		if (!pending) return;
		const { name, vurdering, migrering } = pending;
		// The file's own clearing does not erase answers here: a merge only brings what the file has.
		const { vurdering: merged, aendret } = flet(state, vurdering, { ignoreOtherClearing: true });
		state = merged;
		closePreview();
		persist();
		writeForm();
		renderReport();
		if (migrering) showMigration(migrering);
		messageBox.prepend(h('p', { 'data-importeret': 'flet' }, `Vurderingen fra »${name}« er flettet ind: ${aendret.length} ${aendret.length === 1 ? 'felt' : 'felter'} er ændret (for hvert felt gælder den nyeste ændring).`));
	});
	$(preview, '[data-handling="erstat"]').addEventListener('click', () => {
		if (!pending) return;
		const { name, vurdering, migrering } = pending;
		closePreview();
		replaceWith(vurdering, `Vurderingen er erstattet med indholdet af »${name}«.`);
		if (migrering) {
			const note = messageBox.firstElementChild;
			showMigration(migrering);
			if (note) messageBox.prepend(note);
		}
	});
	$(preview, '[data-handling="annuller"]').addEventListener('click', () => {
		const name = pending?.name;
		closePreview();
		messageBox.replaceChildren(h('p', {}, `Importen af »${name}« er annulleret. Intet er ændret.`));
	});
	bindPrint(root);
	// Tests and assistive scripts can wait for this: the form is built and the stored assessment loaded.
	root.dataset.klar = '';
}

void init();
