// Browser side of the self-assessment: form ↔ state, localStorage, files, the report.
import { toCsv } from '../../lib/csv.ts';
import { $, bindPrint, download, embedded, h, today } from '../shared/dom.ts';
import type { Katalog } from './katalog.ts';
import { niveauNavn } from './niveauer.ts';
import { csvRaekker, handlinger, perKrav, soejlediagram } from './opsummering.ts';
import { erTom, laesVurdering, nyVurdering, tilEksport, tomPost, type Migrering, type Post, type Vurdering } from './vurdering.ts';

export const STORAGE_KEY = 'nis2-drejebogen:modenhedsvurdering';
const BACKUP_KEY = `${STORAGE_KEY}:ulaeselig`;
const MAX_SHOWN_ERRORS = 8;

function init() {
	const root = document.getElementById('modenhed');
	if (!root) return;
	const katalog = embedded<Katalog>('modenhed-katalog');
	const form = $(root, '#modenhed-form') as HTMLFormElement;
	const errorBox = $(root, '#modenhed-fejl');
	const messageBox = $(root, '#modenhed-besked');
	const target = $(form, '#maalniveau') as HTMLSelectElement;
	const titleOf = new Map(katalog.foranstaltninger.map((f) => [f.id, f.titel]));
	let state: Vurdering;

	const save = () => {
		state.opdateret = new Date().toISOString();
		localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
	};

	const showErrors = (intro: string, fejl: string[]) => {
		const shown = fejl.slice(0, MAX_SHOWN_ERRORS);
		errorBox.replaceChildren(
			h('div', { class: 'fejl' }, h('p', {}, h('strong', {}, intro)), h('ul', {}, shown.map((f) => h('li', {}, f))), fejl.length > shown.length ? h('p', {}, `… og ${fejl.length - shown.length} fejl mere.`) : null),
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

	const fieldOf = (id: string, felt: keyof Post) => form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`fieldset[data-foranstaltning="${id}"] [data-felt="${felt}"]`)!;

	const writeForm = () => {
		target.value = String(state.maalniveau);
		for (const f of katalog.foranstaltninger) {
			const p = state.vurderinger[f.id] ?? tomPost();
			fieldOf(f.id, 'niveau').value = p.niveau === null ? '' : String(p.niveau);
			fieldOf(f.id, 'ejer').value = p.ejer;
			fieldOf(f.id, 'maaldato').value = p.maaldato;
			fieldOf(f.id, 'noter').value = p.noter;
		}
		const retired = Object.entries(state.udgaaede);
		const section = $(form, '#modenhed-udgaaede');
		section.hidden = retired.length === 0;
		$(section, 'ul').replaceChildren(
			...retired.map(([id, p]) => h('li', { 'data-udgaaet': id }, h('strong', {}, `${id}: ${p.titel || 'ukendt titel'}`), ` – niveau: ${niveauNavn(p.niveau)}`, p.ejer ? `; ejer: ${p.ejer}` : '', p.maaldato ? `; måldato: ${p.maaldato}` : '', p.noter ? h('br') : null, p.noter || null)),
		);
	};

	const renderReport = () => {
		const rows = perKrav(state, katalog);
		$(root, '#modenhed-diagram').innerHTML = soejlediagram(rows, state.maalniveau);
		const fmt = (n: number | null) => (n === null ? '–' : n.toLocaleString('da-DK', { maximumFractionDigits: 1 }));
		$(root, '#modenhed-tabel tbody').replaceChildren(
			...rows.map((r) =>
				h(
					'tr',
					{ 'data-krav': r.krav.id },
					h('th', { scope: 'row' }, h('a', { href: r.krav.url }, r.krav.titel)),
					h('td', { class: 'tal' }, String(r.antal)),
					h('td', { class: 'tal' }, String(r.vurderet)),
					h('td', { class: 'tal' }, fmt(r.gennemsnit)),
					h('td', { class: 'tal' }, String(r.paaMaal)),
					h('td', { class: 'tal' }, String(r.afstand)),
				),
			),
		);
		const actions = handlinger(state, katalog);
		$(root, '#modenhed-handlinger').replaceChildren(
			...actions.map((a) =>
				h(
					'li',
					{ 'data-foranstaltning': a.foranstaltning.id },
					h('a', { href: a.foranstaltning.url }, `${a.foranstaltning.id}: ${a.foranstaltning.titel}`),
					` – fra ${niveauNavn(a.post.niveau).toLowerCase()} til niveau ${state.maalniveau} (${a.afstand} ${a.afstand === 1 ? 'niveau' : 'niveauer'})`,
					a.post.ejer ? `; ejer: ${a.post.ejer}` : '',
					a.post.maaldato ? `; måldato: ${a.post.maaldato}` : '',
					a.foranstaltning.trin.length ? [h('br'), 'Drejebog: ', a.foranstaltning.trin.map((t, i) => [i > 0 ? ', ' : '', h('a', { href: t.url }, `${t.id}: ${t.titel}`)])] : null,
				),
			),
		);
		const assessed = katalog.foranstaltninger.filter((f) => state.vurderinger[f.id]?.niveau != null).length;
		$(root, '#modenhed-status').textContent = `${assessed} af ${katalog.foranstaltninger.length} foranstaltninger er vurderet. ${actions.length} er under målniveau ${state.maalniveau}.`;
	};

	const load = () => {
		const raw = localStorage.getItem(STORAGE_KEY);
		if (!raw) return nyVurdering(katalog);
		const r = laesVurdering(raw, katalog);
		if (!r.ok) {
			// Never overwrite what we cannot read: keep it aside so it can still be rescued.
			localStorage.setItem(BACKUP_KEY, raw);
			showErrors(`Den gemte vurdering i denne browser kunne ikke læses. En kopi er gemt under nøglen »${BACKUP_KEY}«. Du starter med et tomt skema.`, r.fejl);
			return nyVurdering(katalog);
		}
		state = r.vurdering;
		if (r.migrering) {
			showMigration(r.migrering);
			save();
		}
		return r.vurdering;
	};

	state = load();
	writeForm();
	renderReport();

	form.addEventListener('input', (e) => {
		const el = e.target as HTMLElement;
		if (el === target) state.maalniveau = Number(target.value);
		else {
			const fs = el.closest<HTMLFieldSetElement>('fieldset[data-foranstaltning]');
			const felt = el.dataset.felt as keyof Post | undefined;
			if (!fs || !felt) return;
			const id = fs.dataset.foranstaltning!;
			const post = { ...(state.vurderinger[id] ?? tomPost()) };
			const value = (el as HTMLInputElement).value;
			if (felt === 'niveau') post.niveau = value === '' ? null : Number(value);
			else post[felt] = value;
			if (erTom(post)) delete state.vurderinger[id];
			else state.vurderinger[id] = post;
		}
		save();
		renderReport();
	});
	form.addEventListener('submit', (e) => e.preventDefault());

	$(form, '#modenhed-eksport-json').addEventListener('click', () => download(`modenhedsvurdering-${today()}.json`, tilEksport(state, katalog), 'application/json'));
	$(form, '#modenhed-eksport-csv').addEventListener('click', () => download(`modenhedsvurdering-${today()}.csv`, toCsv(csvRaekker(state, katalog, location.origin)), 'text/csv;charset=utf-8'));
	$(form, '#modenhed-ryd').addEventListener('click', () => {
		if (!window.confirm('Vil du slette hele vurderingen i denne browser? Eksportér den først, hvis du vil gemme den.')) return;
		localStorage.removeItem(STORAGE_KEY);
		state = nyVurdering(katalog);
		errorBox.replaceChildren();
		messageBox.replaceChildren(h('p', {}, 'Vurderingen er slettet fra browseren.'));
		writeForm();
		renderReport();
	});
	const fileInput = $(form, '#modenhed-import') as HTMLInputElement;
	fileInput.addEventListener('change', async () => {
		const file = fileInput.files?.[0];
		if (!file) return;
		const text = await file.text();
		fileInput.value = '';
		const r = laesVurdering(text, katalog);
		if (!r.ok) {
			messageBox.replaceChildren();
			showErrors(`Filen »${file.name}« kunne ikke indlæses. Din nuværende vurdering er ikke ændret.`, r.fejl);
			return;
		}
		errorBox.replaceChildren();
		state = r.vurdering;
		save();
		writeForm();
		renderReport();
		if (r.migrering) showMigration(r.migrering);
		else messageBox.replaceChildren(h('p', {}, `Vurderingen fra »${file.name}« er indlæst.`));
	});
	bindPrint(root);
}

init();
