// /aendringer/alle.xml and one Atom feed per chapter (/aendringer/krav.xml, …): the major change
// notes, for a feed reader or an e-mail bridge inside the access gate. Entry ids are stable
// across builds (src/lib/change-notes.ts), so a reader never sees an old note as new.
import type { APIRoute, GetStaticPaths } from 'astro';
import { Feed } from 'feed';
import { CHANGES_PAGE, FEED_CHAPTERS, feedPath, feedTitle, majorChanges, type FeedKey } from '../../lib/change-notes.ts';
import { urlOf } from '../../lib/model.ts';
import { buildInfo } from '../../lib/build-info.ts';
import { formatDate } from '../../lib/format.ts';
import { uuidV5 } from '../../lib/oscal.ts';

const KEYS: FeedKey[] = ['alle', ...(Object.keys(FEED_CHAPTERS) as FeedKey[])];
export const getStaticPaths = (() => KEYS.map((feed) => ({ params: { feed } }))) satisfies GetStaticPaths;

/** Noon UTC: a note has a date, not a time, and noon keeps it on the same day in every European time zone. */
const atNoon = (iso: string) => new Date(`${iso}T12:00:00Z`);

export const GET: APIRoute = async ({ params, site }) => {
	const key = params.feed as FeedKey;
	const abs = (path: string) => (site ? new URL(path, site).href : path);
	const notes = (await majorChanges()).filter((n) => key === 'alle' || n.chapter === key);
	const feed = new Feed({
		id: `urn:uuid:${uuidV5(`feed:${key}`)}`,
		title: feedTitle(key),
		description: `Væsentlige ændringer i NIS2-drejebogen${key === 'alle' ? '' : ` (${FEED_CHAPTERS[key]})`}, nyeste først. Udgave ${buildInfo.edition}.`,
		link: abs(key === 'alle' ? CHANGES_PAGE : `${CHANGES_PAGE}#${key}`),
		language: 'da',
		// The newest note's date, not the build time: an unchanged feed stays byte for byte the same.
		updated: atNoon(notes[0]?.note.dato ?? buildInfo.editionDate ?? '2026-01-01'),
		generator: false,
		feedLinks: { atom: abs(feedPath(key)) },
		author: { name: 'Fælleskommunal NIS2-drejebog' },
		copyright: 'Fælleskommunal NIS2-drejebog',
	});
	for (const n of notes) {
		feed.addItem({
			id: n.id,
			title: `${n.entry.data.title}: ${n.note.tekst}`,
			link: abs(urlOf(n.entry)),
			date: atNoon(n.note.dato),
			published: atNoon(n.note.dato),
			description: `${formatDate(n.note.dato)}: ${n.note.tekst}${n.edition ? ` (udgave ${n.edition})` : ` (efter udgave ${buildInfo.edition})`}`,
		});
	}
	return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
