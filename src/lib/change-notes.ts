// Major change notes (front matter `aendringer`, type vaesentlig) across the site: the change page,
// the Atom feeds and "ændret siden udgave X" all read them from here, newest first.
import { allPages, urlOf, type DocsEntry } from './model.ts';
import { udgaver } from './data.ts';
import { uuidV5 } from './oscal.ts';
import type { Aendring } from '../schemas/common.ts';
import { chapterOfId, FEED_CHAPTERS, type FeedChapter } from '../schemas/chapters.ts';

/** The chapters with a feed of their own (besides the site feed) are marked in src/schemas/chapters.ts. */
export { FEED_CHAPTERS, type FeedChapter };
export type FeedKey = 'alle' | FeedChapter;

export const feedPath = (key: FeedKey) => `/aendringer/${key}.xml`;
export const feedTitle = (key: FeedKey) =>
	key === 'alle' ? 'NIS2-drejebogen: væsentlige ændringer' : `NIS2-drejebogen: væsentlige ændringer i ${FEED_CHAPTERS[key].toLowerCase()}`;
export const CHANGES_PAGE = '/om/vaesentlige-aendringer/';

export function chapterOf(entry: DocsEntry): FeedChapter | undefined {
	const chapter = chapterOfId(entry.id);
	return chapter && 'feed' in chapter ? chapter.slug : undefined;
}

export interface ChangeNote {
	entry: DocsEntry;
	note: Aendring;
	chapter?: FeedChapter;
	/**
	 * Stable across builds: a name-based UUID of the page's id, the note's date and its place among
	 * that day's notes on the page. Editing the note's text keeps the id (the entry is updated);
	 * the site's address is not part of it, so moving the site does not re-announce old notes.
	 */
	id: string;
	/** The edition the note first appeared in; undefined when it is newer than the latest edition. */
	edition?: string;
}

/** The oldest edition released on or after the note's date: the first one that contained it. */
function editionOf(date: string, editions = udgaver()): string | undefined {
	return [...editions].sort((a, b) => a.dato.localeCompare(b.dato)).find((e) => e.dato >= date)?.udgave;
}

let cache: Promise<ChangeNote[]> | undefined;
export function majorChanges(): Promise<ChangeNote[]> {
	return (cache ??= (async () => {
		const notes: ChangeNote[] = [];
		for (const entry of await allPages()) {
			const all = (entry.data as { aendringer?: Aendring[] }).aendringer ?? [];
			all.forEach((note) => {
				if (note.type !== 'vaesentlig') return;
				const sameDay = all.filter((n) => n.dato === note.dato).indexOf(note);
				notes.push({
					entry,
					note,
					chapter: chapterOf(entry),
					id: `urn:uuid:${uuidV5(`aendring:${entry.id}:${note.dato}:${sameDay}`)}`,
					edition: editionOf(note.dato),
				});
			});
		}
		return notes.sort((a, b) => b.note.dato.localeCompare(a.note.dato) || urlOf(a.entry).localeCompare(urlOf(b.entry)));
	})());
}
