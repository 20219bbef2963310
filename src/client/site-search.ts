// The search dialog's behaviour, on Pagefind's own JS API (/pagefind/pagefind.js, written by the
// pagefind 1.6.0 indexer next to the index, so API and index versions always match).
//
// Why not a ready-made UI: Starlight's Default UI waits a fixed 300 ms after every keystroke and
// has the accessibility defects we measured; the Component UI ships in the same bundle
// (pagefind-component-ui.js) but is 184 KB of JS plus 42 KB of CSS, has no Danish texts and its
// markup is not ours to fix. The JS API keeps the download to pagefind.js (47 KB) and lets us own
// every label, role and key binding. Queries run on every input event; a newer query makes older
// answers stale, and stale answers are dropped instead of rendered.
//
// The query understanding (references, search register, æ/ø/å folding, junk-match removal,
// retries) is in search-engine.ts; this file owns the dialog. The register and fold table come
// from /soegedata.json, fetched together with Pagefind when a reader shows intent to search.
import { searchFacets, searchRanking, searchScope } from '../../config/search.ts';
// The engine is loaded with Pagefind, not with the page: every page carries this dialog, and the
// query code would otherwise put each page's script over its budget.
import type { FilterCounts, Pagefind, ResultData } from './pagefind-api.ts';
import type { Hit, Outcome, SearchEngine } from './search-engine.ts';
import type { SearchData } from '../lib/search/search-data.ts';

export interface SearchTexts {
	zeroResults: string;
	oneResult: string;
	manyResults: string;
	searching: string;
	loadMore: string;
	filtersLabel: string;
	unavailable: string;
	nothing: string;
	tryInstead: string;
}

const PAGE_SIZE = 10;
const SUB_RESULTS = 3;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** True while the user is typing somewhere else, so "/" must stay a character there. */
const isEditable = (el: Element | null) =>
	!!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

class SiteSearch extends HTMLElement {
	#engine: Promise<{ pf: Pagefind; engine: SearchEngine; data: SearchData; suggest: typeof import('../lib/search/plan.ts').suggest }> | undefined;
	#ready = false;
	#query = 0;
	#shown = PAGE_SIZE;
	#last: (Outcome & { term: string }) | undefined;

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
		const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const results = this.querySelector<HTMLElement>('[data-results]')!;
		const filters = this.querySelector<HTMLElement>('[data-filters]')!;
		const more = this.querySelector<HTMLButtonElement>('button[data-more]')!;
		const texts = JSON.parse(this.dataset.texts!) as SearchTexts;
		const bundle = `${this.dataset.base!.replace(/\/$/, '')}/pagefind/`;

		const open = () => {
			if (dialog.open) return;
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			input.focus();
			input.select();
			void this.#load(bundle).then(({ pf }) => this.#renderFilters(pf, filters));
		};
		const close = () => dialog.close();

		openButton.addEventListener('click', open);
		closeButton.addEventListener('click', close);
		// A click on the backdrop lands on the <dialog> itself; clicks inside land on its children.
		dialog.addEventListener('click', (e) => e.target === dialog && close());
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			openButton.focus();
		});
		window.addEventListener('keydown', (e) => {
			if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
				e.preventDefault();
				if (dialog.open) close();
				else open();
			} else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !dialog.open && !isEditable(document.activeElement)) {
				e.preventDefault();
				open();
			}
		});

		// One search at a time: a keystroke during a search marks the running one stale (it stops at
		// its next step) and queues a single follow-up with whatever the field then holds. Typing
		// fast thus runs a few searches, not one per key queued behind each other in Pagefind.
		let busy = false;
		let again = false;
		const next = () => {
			if (busy) {
				again = true;
				return;
			}
			busy = true;
			void this.#search(bundle, input.value, filters, results, more, texts).finally(() => {
				busy = false;
				if (again) {
					again = false;
					next();
				}
			});
		};
		const run = () => {
			this.#shown = PAGE_SIZE;
			this.#query++;
			next();
		};
		input.addEventListener('input', run);
		filters.addEventListener('change', run);
		more.addEventListener('click', () => {
			this.#shown += PAGE_SIZE;
			void this.#render(this.#query, results, more, texts);
		});
		// A suggestion for a query nothing matched searches for it.
		results.addEventListener('click', (e) => {
			const button = (e.target as Element).closest<HTMLButtonElement>('button[data-suggestion]');
			if (!button) return;
			input.value = button.dataset.suggestion!;
			input.focus();
			run();
		});
		// Arrow keys walk the result links; Tab keeps its ordinary order through the same links.
		dialog.addEventListener('keydown', (e) => {
			// In a search field Chromium spends the first Escape on clearing the text; we close at once.
			if (e.key === 'Escape') {
				e.preventDefault();
				close();
				return;
			}
			if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
			const links = [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
			if (!links.length) return;
			const at = links.indexOf(document.activeElement as HTMLAnchorElement);
			if (document.activeElement === input) {
				if (e.key === 'ArrowDown') links[0].focus();
				else return;
			} else if (at >= 0) {
				if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)].focus();
				else if (at === 0) input.focus();
				else links[at - 1].focus();
			} else return;
			e.preventDefault();
		});
		// Pagefind (about 150 KB with its WebAssembly and index) is fetched only when a reader shows
		// intent to search: pointing at or focusing the button gives it a head start before the click.
		const warm = () => void this.#load(bundle);
		openButton.addEventListener('pointerenter', warm, { once: true });
		openButton.addEventListener('focus', warm, { once: true });
	}

	#load(bundle: string) {
		this.#engine ??= (async () => {
			const dataUrl = `${this.dataset.base!.replace(/\/$/, '')}/soegedata.json`;
			const [pf, data, code] = await Promise.all([
				(async () => {
					const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
					await pf.options({ ranking: searchRanking });
					await pf.init();
					return pf;
				})(),
				fetch(dataUrl).then((r) => {
					if (!r.ok) throw new Error(`${dataUrl}: ${r.status}`);
					return r.json() as Promise<SearchData>;
				}),
				Promise.all([import('./search-engine.ts'), import('../lib/search/plan.ts')]),
			]);
			this.#ready = true;
			const [{ SearchEngine }, { suggest }] = code;
			return { pf, engine: new SearchEngine(pf, data), data, suggest };
		})();
		// A failed load is not kept, so the next keystroke tries again.
		this.#engine.catch(() => (this.#engine = undefined));
		return this.#engine;
	}

	#selected(filters: HTMLElement): Record<string, { any?: string[]; none?: string[] }> {
		const chosen: Record<string, { any?: string[]; none?: string[] }> = {};
		for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]:checked')) {
			((chosen[box.name] ??= { any: [] }).any ??= []).push(box.value);
		}
		// The contributor guide stays out unless the reader asks for it.
		if (!filters.querySelector<HTMLInputElement>('input[data-include-guide]')?.checked) chosen[searchScope.filter] = { none: [searchScope.guide] };
		return chosen;
	}

	async #search(bundle: string, raw: string, filters: HTMLElement, results: HTMLElement, more: HTMLButtonElement, texts: SearchTexts) {
		const query = this.#query;
		const term = raw.trim();
		const chosen = this.#selected(filters);
		const facetsChosen = Object.keys(chosen).some((k) => k !== searchScope.filter);
		if (!term && !facetsChosen) {
			this.#last = undefined;
			this.#status('');
			results.replaceChildren();
			more.hidden = true;
			delete results.dataset.renderedFor;
			return;
		}
		// "Søger…" only while Pagefind itself is still loading: a warm answer comes within a frame or
		// two, and announcing it on every keystroke would make the live region chatter.
		if (!this.#ready) this.#status(texts.searching.replace('[SEARCH_TERM]', term));
		let outcome: Outcome | undefined;
		try {
			const { engine } = await this.#load(bundle);
			outcome = await engine.run(term, chosen, () => query !== this.#query);
		} catch {
			if (query === this.#query) this.#status(texts.unavailable);
			return;
		}
		if (!outcome || query !== this.#query) return;
		this.#last = { ...outcome, term };
		this.#updateCounts(filters, outcome.counts);
		await this.#render(query, results, more, texts);
	}

	async #render(query: number, results: HTMLElement, more: HTMLButtonElement, texts: SearchTexts) {
		const last = this.#last;
		if (!last) return;
		const page: Hit[] = last.hits.slice(0, this.#shown);
		const data = await Promise.all(page.map(async (h) => (h.data ??= await h.result.data())));
		if (query !== this.#query) return;
		const count = last.hits.length;
		const label = last.term || texts.filtersLabel.toLowerCase();
		const notes = last.notes.join(' ');
		if (last.empty && last.term) {
			const { data: searchData, suggest } = await this.#engine!;
			const ideas = last.refSuggestions.length ? last.refSuggestions : suggest(last.term, searchData);
			const said = notes || texts.nothing.replace('[SEARCH_TERM]', `»${last.term}«`);
			this.#status(`${said}${ideas.length ? ` ${texts.tryInstead}` : ''}`);
			results.innerHTML = ideas.length
				? `<li class="nis2-search__suggestions"><ul>${ideas.map((i) => `<li><button type="button" data-suggestion="${escapeHtml(i)}">${escapeHtml(i)}</button></li>`).join('')}</ul></li>`
				: '';
		} else {
			const message = count === 0 ? texts.zeroResults : count === 1 ? texts.oneResult : texts.manyResults;
			this.#status(`${message.replace('[COUNT]', String(count)).replace('[SEARCH_TERM]', `»${label}«`)}${notes ? `. ${notes}` : ''}`);
			results.innerHTML = data.map((d) => this.#resultHtml(d)).join('');
		}
		results.dataset.renderedFor = last.term;
		more.hidden = count <= this.#shown;
	}

	#resultHtml(d: ResultData): string {
		const title = escapeHtml(d.meta.title ?? d.url);
		const kind = d.filters.type?.[0];
		const subs = d.sub_results.filter((s) => s.url.includes('#') && s.title !== d.meta.title).slice(0, SUB_RESULTS);
		// Excerpts come from Pagefind already HTML-escaped, with only <mark> added around hits.
		return `<li class="nis2-search__result">
<a class="nis2-search__link" href="${escapeHtml(d.url)}"><span class="nis2-search__title">${title}</span>${kind ? ` <span class="nis2-search__kind">${escapeHtml(kind)}</span>` : ''}</a>
<p class="nis2-search__excerpt">${d.excerpt}</p>${
			subs.length
				? `<ul class="nis2-search__subs">${subs
						.map(
							(s) =>
								`<li><a class="nis2-search__sublink" href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a><p class="nis2-search__excerpt">${s.excerpt}</p></li>`,
						)
						.join('')}</ul>`
				: ''
		}</li>`;
	}

	#status(text: string) {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		if (status.textContent !== text) status.textContent = text;
	}

	async #renderFilters(pf: Pagefind, filters: HTMLElement) {
		if (filters.dataset.ready) return;
		filters.dataset.ready = '';
		const all = await pf.filters();
		const groups = searchFacets
			.filter((f) => all[f.key] && Object.keys(all[f.key]).length)
			.map((f) => {
				const values = Object.entries(all[f.key]).sort(([a], [b]) => a.localeCompare(b, 'da', { numeric: true }));
				return `<fieldset class="nis2-search__facet"><legend>${escapeHtml(f.label)}</legend>${values
					.map(
						([value, n]) =>
							`<label><input type="checkbox" name="${f.key}" value="${escapeHtml(value)}">${escapeHtml(value)} <span class="nis2-search__count">(<span data-count>${n}</span>)</span></label>`,
					)
					.join('')}</fieldset>`;
			});
		filters.querySelector('[data-facets]')!.innerHTML = groups.join('');
		filters.hidden = false;
	}

	#updateCounts(filters: HTMLElement, counts: FilterCounts) {
		for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) {
			const n = counts[box.name]?.[box.value] ?? 0;
			const out = box.parentElement!.querySelector('[data-count]');
			if (out) out.textContent = String(n);
		}
	}
}

customElements.define('site-search', SiteSearch);
