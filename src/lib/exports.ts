// Machine-readable exports of the three main page kinds. Rows are built here once; the JSON and
// CSV endpoints only serialise them, so both formats always agree. Every row names the content
// edition (`udgave`) and the next review: a row copied into a spreadsheet still says how current
// it is, and the JSON stays a plain list for the tools that already read it.
import { drejebogList, foranstaltningList, kravList, urlOf } from './model.ts';
import { buildInfo } from './build-info.ts';
import { pageTrust } from './page-trust.ts';

const trustFields = (data: Parameters<typeof pageTrust>[0]) => ({ naesteGennemgang: pageTrust(data).review?.date, udgave: buildInfo.edition });
import { udfaldKey } from '../schemas/udfald.ts';

export type ExportRow = Record<string, string | number | boolean | string[] | Record<string, unknown> | Record<string, unknown>[] | undefined>;

export async function kravRows(): Promise<ExportRow[]> {
	return (await kravList()).map((k) => ({
		id: k.data.id,
		title: k.data.title,
		url: urlOf(k),
		description: k.data.description,
		resume: k.data.resume,
		status: k.data.status,
		beslutning: k.data.beslutning,
		godkendtDato: k.data.godkendtDato,
		sidstGennemgaaet: k.data.sidstGennemgaaet,
		ejer: k.data.ejer,
		kilder: k.data.kilder.map((c) => `${c.kilde}: ${c.henvisning}`),
		aabneSpoergsmaal: k.data.aabneSpoergsmaal,
		relateret: k.data.relateret,
		// The global key ("k-20:u1") is what the self-assessment stores grades under.
		udfald: k.data.udfald.map((u) => ({
			noegle: udfaldKey(k.data.id, u.id),
			id: u.id,
			titel: u.titel,
			beskrivelse: u.beskrivelse,
			indikatorer: u.indikatorer,
			cir: u.cir,
			foranstaltninger: u.foranstaltninger,
		})),
		...trustFields(k.data),
	}));
}

export async function foranstaltningRows(): Promise<ExportRow[]> {
	return (await foranstaltningList()).map((f) => ({
		id: f.data.id,
		title: f.data.title,
		url: urlOf(f),
		description: f.data.description,
		krav: f.data.krav,
		niveau: f.data.niveau,
		iso27001: f.data.iso27001,
		cir: f.data.cir,
		evidens: f.data.evidens,
		faellesInfrastruktur: f.data.faellesInfrastruktur,
		afhaengerAf: f.data.afhaengerAf,
		omkostninger: f.data.omkostninger,
		sidstGennemgaaet: f.data.sidstGennemgaaet,
		...trustFields(f.data),
	}));
}

export async function drejebogRows(): Promise<ExportRow[]> {
	return (await drejebogList()).map((d) => ({
		id: d.data.id,
		title: d.data.title,
		url: urlOf(d),
		description: d.data.description,
		fase: d.data.fase,
		raekkefoelge: d.data.raekkefoelge,
		formaal: d.data.formaal,
		raci: d.data.raci,
		timer: d.data.timer,
		leverancer: d.data.leverancer,
		afhaengerAf: d.data.afhaengerAf,
		foranstaltninger: d.data.foranstaltninger,
		krav: d.data.krav,
		skabeloner: d.data.skabeloner,
		sidstGennemgaaet: d.data.sidstGennemgaaet,
		...trustFields(d.data),
	}));
}
