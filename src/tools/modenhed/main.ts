// Browser side of the self-assessment: the state of one page and its events, localStorage (merged
// across tabs), import and the report. The pieces it wires are in their own modules: the form ↔ state
// (form-state.ts), the messages (messages.ts, display.ts), the import (import-file.ts, import-preview.ts),
// the backup (backup.ts), the downloads (downloads.ts), the catalogue (fetch-catalogue.ts).
import type { SizeClass } from '../../schemas/size-classes.ts';
import { $, bindPrint, download, h, today } from '../shared/dom.ts';
import { deletedInOtherTab, mergedFromTab, migration, newerVersion, storageProblem } from './messages.ts';
import { bindDownloads } from './downloads.ts';
import { bindImport } from './import-file.ts';
import { readField, writeForm as writeFormFrom } from './form-state.ts';
import { fetchCatalogue } from './fetch-catalogue.ts';
import type { Katalog } from './katalog.ts';
import { StorageError, openStorage, type StorageProblem } from './storage.ts';
import { UDFALD_GRADE_LABELS } from './karakterer.ts';
import { raadsrapport } from './raadsrapport.ts';
import { rapportHtml } from './rapport-html.ts';
import { openBackup } from './backup.ts';
import { measureForms, outcomeForms } from './skema.ts';
import { feltVaerdi, mergeVurderinger, setFelt, asErstatning } from './merge.ts';
import { parseVurdering } from './read.ts';
import { keyName, list, shownValue, when } from './display.ts';
import { karantaeneTekst, newVurdering, toEksport, type Migrering, type Vurdering } from './vurdering.ts';

const STORAGE_KEY = 'nis2-drejebogen:modenhedsvurdering';
/** Raw copies of stored text that could not be read in full, so nothing is ever overwritten unread. */
const UNREADABLE_KEY = `${STORAGE_KEY}:ulaeselig`;
/** The assessment as it was before the last "Erstat" (import or restore). */
const BACKUP_KEY = `${STORAGE_KEY}:sikkerhedskopi`;

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
	const preview = $(root, '#modenhed-forhaandsvisning');
	const restoreButton = $(form, '#modenhed-gendan') as HTMLButtonElement;
	const titleOf = new Map<string, string>([
		...katalog.foranstaltninger.map((f): [string, string] => [f.id, f.titel]),
		...katalog.krav.flatMap((k) => k.udfald.map((u): [string, string] => [u.key, `${k.titel}: ${u.titel}`])),
	]);
	$(form, '#modenhed-udfald').replaceChildren(...outcomeForms(katalog));
	$(form, '#modenhed-foranstaltninger').replaceChildren(...measureForms(katalog));
	const storage = openStorage();
	const backup = openBackup(storage, BACKUP_KEY, (e) => showStorageProblem(e.problem));
	let state: Vurdering;
	/** The stored text this tab has already merged; anything else in storage is merged before writing. */
	let lastSeen: string | null = null;
	/** Set when storage holds an assessment from a newer tool version: this tab must not overwrite it. */
	let writesHalted = false;
	let unsaved = false;
	let lastTime = 0;
	const stamp = () => (lastTime = Math.max(Date.now(), lastTime + 1));

	const klasseNavn = (s: SizeClass) => katalog.klasser.find((k) => k.id === s)?.navn ?? s;

	// ---- Messages ----------------------------------------------------------------------------------

	const showErrors = (intro: string, fejl: string[]) => errorBox.replaceChildren(h('div', { class: 'fejl' }, h('p', {}, h('strong', {}, intro)), list(fejl)));
	const exportButton = (label: string) => {
		const b = h('button', { type: 'button', 'data-eksport-nu': '' }, label);
		b.addEventListener('click', exportJson);
		return b;
	};

	const showStorageProblem = (problem: StorageProblem) => {
		if (storageBox.dataset.problem === problem) return;
		storageBox.dataset.problem = problem;
		storageBox.replaceChildren(storageProblem(problem, exportButton('Eksportér vurderingen nu (JSON)')));
	};
	const clearStorageProblem = () => {
		if (!storageBox.dataset.problem) return;
		delete storageBox.dataset.problem;
		storageBox.replaceChildren(h('p', {}, 'Vurderingen gemmes igen i browseren.'));
	};

	const showNewerVersion = () => {
		writesHalted = true;
		storageBox.dataset.problem = 'nyere';
		storageBox.replaceChildren(newerVersion(exportButton('Eksportér denne fanes svar (JSON)')));
	};

	const showMigration = (m: Migrering) =>
		messageBox.replaceChildren(
			migration(
				m,
				(id) => titleOf.get(id),
				(id) => state.udgaaede[id]?.titel,
			),
		);

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
			const stored = storage.get(STORAGE_KEY);
			if (!options.replace && stored !== null && stored !== lastSeen) {
				const r = parseVurdering(stored, katalog);
				if (r.ok) mergeIn(r.vurdering, 'gem');
				else if (r.nyere) return showNewerVersion();
				else storage.set(UNREADABLE_KEY, stored);
			}
			const text = JSON.stringify(state);
			storage.set(STORAGE_KEY, text);
			lastSeen = text;
			unsaved = false;
			clearStorageProblem();
		} catch (e) {
			if (e instanceof StorageError) showStorageProblem(e.problem);
			else throw e;
		}
	};

	/** Merges another tab's assessment into this one and tells the user which fields changed. */
	const mergeIn = (other: Vurdering, cause: 'gem' | 'fane') => {
		const { vurdering, aendret } = mergeVurderinger(state, other);
		state = vurdering;
		if (aendret.length === 0) return;
		writeForm();
		renderReport();
		messageBox.replaceChildren(
			mergedFromTab(
				aendret.map((k) => `${keyName(k)}: ${shownValue(k, feltVaerdi(state, k))}`),
				cause,
			),
		);
	};

	const load = (): Vurdering => {
		let raw: string | null;
		try {
			raw = storage.get(STORAGE_KEY);
		} catch (e) {
			if (e instanceof StorageError) showStorageProblem(e.problem);
			return newVurdering(katalog);
		}
		if (!raw) return newVurdering(katalog);
		const r = parseVurdering(raw, katalog);
		if (!r.ok) {
			if (r.nyere) {
				showNewerVersion();
				return newVurdering(katalog);
			}
			// Never overwrite what we cannot read: keep it aside so it can still be rescued.
			try {
				storage.set(UNREADABLE_KEY, raw);
			} catch {
				/* the problem box below says what happened; the raw text stays under the main key */
			}
			showErrors(
				`Den gemte vurdering i denne browser kunne ikke læses. En kopi er gemt under nøglen »${UNREADABLE_KEY}«. Du starter med et tomt skema.`,
				r.fejl,
			);
			return newVurdering(katalog);
		}
		state = r.vurdering;
		if (r.karantaene.length) {
			try {
				storage.set(UNREADABLE_KEY, raw);
			} catch {
				/* the quarantined values are also kept in the assessment itself */
			}
			showErrors(
				`${r.karantaene.length === 1 ? 'Et felt' : `${r.karantaene.length} felter`} i den gemte vurdering kunne ikke læses og er lagt til side (se »Felter, der ikke kunne læses«). Alt andet er indlæst.`,
				r.karantaene.map(karantaeneTekst),
			);
		}
		if (r.migrering) showMigration(r.migrering);
		lastSeen = raw;
		if (r.migrering || r.karantaene.length) persist({ replace: true });
		return state;
	};

	// ---- Form ↔ state ------------------------------------------------------------------------------

	const writeForm = () => writeFormFrom(root, form, state, backup.read() !== null);

	const report = () => raadsrapport(state, katalog, klasseNavn);
	const renderReport = () => {
		const r = report();
		$(root, '#modenhed-rapport-indhold').replaceChildren(rapportHtml(r));
		const s = r.samlet;
		$(root, '#modenhed-status').textContent =
			`${s.vurderet} af ${s.udfald} udfald er vurderet. ${s.underMaal} er under målniveau (${UDFALD_GRADE_LABELS[state.maalniveau].toLowerCase()}). ${s.ikkeVurderet} er ikke vurderet.`;
	};

	// ---- Files -------------------------------------------------------------------------------------

	function exportJson() {
		download(`modenhedsvurdering-${today()}.json`, toEksport(state, katalog), 'application/json');
	}

	/** Replaces the assessment, after keeping the current one as a backup the user can restore. */
	const replaceWith = (incoming: Vurdering, message: string) => {
		backup.keep(state);
		state = { ...asErstatning(incoming, stamp()), karantaene: incoming.karantaene };
		persist({ replace: true });
		errorBox.replaceChildren();
		writeForm();
		renderReport();
		messageBox.replaceChildren(
			h('p', {}, message, ' Den tidligere vurdering er gemt som sikkerhedskopi; brug »Gendan sikkerhedskopien« for at få den tilbage.'),
		);
	};

	// ---- Wiring ------------------------------------------------------------------------------------

	state = load();
	writeForm();
	renderReport();

	form.addEventListener('input', (e) => {
		const field = readField(e.target as HTMLInputElement);
		if (!field) return;
		const { key, value } = field;
		setFelt(state, key, value);
		state.tider[key] = stamp();
		persist();
		renderReport();
	});
	form.addEventListener('submit', (e) => e.preventDefault());

	window.addEventListener('storage', (e) => {
		if (!storage.area || e.storageArea !== storage.area || e.key !== STORAGE_KEY) return;
		if (e.newValue === null) {
			lastSeen = null;
			messageBox.replaceChildren(deletedInOtherTab());
			return;
		}
		const r = parseVurdering(e.newValue, katalog);
		if (!r.ok) return r.nyere ? showNewerVersion() : undefined;
		lastSeen = e.newValue;
		mergeIn(r.vurdering, 'fane');
	});
	// While the assessment is only in memory, leaving the page would lose it: let the browser ask.
	window.addEventListener('beforeunload', (e) => {
		if (unsaved) e.preventDefault();
	});

	$(form, '#modenhed-eksport-json').addEventListener('click', exportJson);
	bindDownloads(form, katalog, messageBox, showErrors, () => state, report);
	$(form, '#modenhed-ryd').addEventListener('click', () => {
		if (!window.confirm('Vil du slette hele vurderingen i denne browser? Eksportér den først, hvis du vil gemme den.')) return;
		replaceWith(newVurdering(katalog), 'Vurderingen er slettet fra browseren.');
	});
	$(root, '#modenhed-karantaene-ryd').addEventListener('click', () => {
		persist();
		state.karantaene = [];
		persist({ replace: true });
		writeForm();
	});
	restoreButton.addEventListener('click', () => {
		const b = backup.read();
		if (!b) return;
		const r = parseVurdering(b.vurdering, katalog);
		if (!r.ok) return showErrors('Sikkerhedskopien kunne ikke læses.', r.fejl);
		replaceWith(r.vurdering, `Vurderingen fra ${when(b.gemt)} er gendannet.`);
	});

	bindImport({
		form,
		preview,
		katalog,
		errorBox,
		messageBox,
		getState: () => state,
		setState: (vurdering) => (state = vurdering),
		showErrors,
		showMigration,
		persist,
		writeForm,
		renderReport,
		replaceWith,
	});
	bindPrint(root);
	// Tests and assistive scripts can wait for this: the form is built and the stored assessment loaded.
	root.dataset.klar = '';
}

void init();
