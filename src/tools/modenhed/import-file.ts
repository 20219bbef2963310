// Import of an assessment file (main.ts wires it): reading the chosen file, showing it in the
// preview (import-preview.ts) and the preview's three answers: merge it in, replace the assessment
// with it, or cancel. A file that cannot be used leaves the assessment as it was.
import { $, h } from '../shared/dom.ts';
import { openPreview } from './import-preview.ts';
import type { Katalog } from './katalog.ts';
import { mergeVurderinger } from './merge.ts';
import { parseVurdering } from './read.ts';
import { karantaeneTekst, type Migrering, type Vurdering } from './vurdering.ts';

/** What the import needs from the page: its elements, its assessment, and how it saves, redraws and tells the user. */
interface ImportPage {
	form: HTMLFormElement;
	preview: HTMLElement;
	katalog: Katalog;
	errorBox: HTMLElement;
	messageBox: HTMLElement;
	getState: () => Vurdering;
	setState: (vurdering: Vurdering) => void;
	showErrors: (intro: string, fejl: string[]) => void;
	showMigration: (m: Migrering) => void;
	/** Saves the assessment, merging what another tab stored first. */
	persist: () => void;
	writeForm: () => void;
	renderReport: () => void;
	/** Replaces the assessment, keeping the current one as a backup. */
	replaceWith: (incoming: Vurdering, message: string) => void;
}

/** Binds the file input and the preview's merge, replace and cancel buttons. */
export function bindImport(page: ImportPage): void {
	const { form, preview, katalog, errorBox, messageBox, showErrors, showMigration, persist, writeForm, renderReport, replaceWith } = page;
	const importPreview = openPreview(preview);
	const fileInput = $(form, '#modenhed-import') as HTMLInputElement;
	const notImported = (file: File) => `Filen »${file.name}« kunne ikke indlæses. Din nuværende vurdering er ikke ændret.`;
	const importFile = async (file: File) => {
		const text = await file.text();
		fileInput.value = '';
		const r = parseVurdering(text, katalog);
		if (!r.ok) {
			importPreview.close();
			messageBox.replaceChildren();
			showErrors(notImported(file), r.fejl);
			return;
		}
		errorBox.replaceChildren();
		// parseVurdering has read the text as a JSON object, so this parse succeeds and gives an object.
		const fileRaw = JSON.parse(text) as Record<string, unknown>;
		importPreview.show(page.getState(), katalog, file.name, r.vurdering, fileRaw, r.migrering, r.karantaene.map(karantaeneTekst));
	};
	fileInput.addEventListener('change', () => {
		const file = fileInput.files?.[0];
		if (!file) return;
		// A file the browser cannot read (removed, no permission) is said like a file we cannot use.
		importFile(file).catch((e: unknown) => {
			fileInput.value = '';
			showErrors(notImported(file), [String((e as Error)?.message ?? e)]);
		});
	});
	$(preview, '[data-handling="flet"]').addEventListener('click', () => {
		if (!importPreview.pending) return;
		const { name, vurdering, migrering } = importPreview.pending;
		// The file's own clearing does not erase answers here: a merge only brings what the file has.
		const { vurdering: merged, aendret } = mergeVurderinger(page.getState(), vurdering, { ignoreOtherClearing: true });
		page.setState(merged);
		importPreview.close();
		persist();
		writeForm();
		renderReport();
		if (migrering) showMigration(migrering);
		messageBox.prepend(
			h(
				'p',
				{ 'data-importeret': 'flet' },
				`Vurderingen fra »${name}« er flettet ind: ${aendret.length} ${aendret.length === 1 ? 'felt' : 'felter'} er ændret (for hvert felt gælder den nyeste ændring).`,
			),
		);
	});
	$(preview, '[data-handling="erstat"]').addEventListener('click', () => {
		if (!importPreview.pending) return;
		const { name, vurdering, migrering } = importPreview.pending;
		importPreview.close();
		replaceWith(vurdering, `Vurderingen er erstattet med indholdet af »${name}«.`);
		if (migrering) {
			const note = messageBox.firstElementChild;
			showMigration(migrering);
			if (note) messageBox.prepend(note);
		}
	});
	$(preview, '[data-handling="annuller"]').addEventListener('click', () => {
		const name = importPreview.pending?.name;
		importPreview.close();
		messageBox.replaceChildren(h('p', {}, `Importen af »${name}« er annulleret. Intet er ændret.`));
	});
}
