// The catalogue the self-assessment works against, built from the content at build time: the
// requirements with their graded outcomes and the measures with their cost estimates. The tool
// page fetches it from its own origin (/vaerktoejer/modenhedsvurdering/katalog.json) instead of
// embedding it: the outcomes' indicator texts alone would put the page over its HTML budget.
import { foranstaltningList, kravList, trinForForanstaltning, urlOf } from './model.ts';
import { omkostningsmodel } from './data.ts';
import { buildInfo } from './build-info.ts';
import { katalogVersion, type Katalog } from '../tools/modenhed/katalog.ts';

export const KATALOG_PATH = '/vaerktoejer/modenhedsvurdering/katalog.json';

export async function modenhedKatalog(): Promise<Katalog> {
	const measures = await foranstaltningList();
	const krav = (await kravList()).map((k) => ({
		id: k.data.id,
		titel: k.data.title,
		url: urlOf(k),
		udfald: k.data.udfald.map((u) => ({
			key: `${k.data.id}:${u.id}`,
			id: u.id,
			titel: u.titel,
			beskrivelse: u.beskrivelse,
			indikatorer: u.indikatorer,
			foranstaltninger: u.foranstaltninger,
		})),
	}));
	return {
		version: katalogVersion([...measures.map((f) => f.data.id), ...krav.flatMap((k) => k.udfald.map((u) => u.key))]),
		// The content edition (content/data/udgaver.yaml), as on covers and in the other exports.
		udgave: buildInfo.edition,
		dato: buildInfo.date,
		foranstaltninger: await Promise.all(
			measures.map(async (f) => ({
				id: f.data.id,
				titel: f.data.title,
				url: urlOf(f),
				krav: f.data.krav,
				niveau: f.data.niveau,
				trin: (await trinForForanstaltning(f.data.id)).map((d) => ({ id: d.data.id, titel: d.data.title, url: urlOf(d) })),
				omkostninger: { lille: f.data.omkostninger.lille, mellem: f.data.omkostninger.mellem, stor: f.data.omkostninger.stor },
			})),
		),
		krav,
		klasser: omkostningsmodel().stoerrelser.map((s) => ({ id: s.id, navn: s.navn })),
	};
}
