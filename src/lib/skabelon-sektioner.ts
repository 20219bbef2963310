// Sections a template can have generated from other content instead of typed by hand, so the
// web page and the Word file always follow the content they are built from. Pure: data in,
// sections out (the page, the .docx endpoint and the tests share it).
//
// "krav-udfald" turns the requirements a template lists in `krav` into a checklist: one section per
// requirement, one field per graded outcome (front matter `udfald` on the requirement), with the
// indicators for each grade as the guidance. A requirement without outcomes yet gets one field for
// an overall assessment, so the checklist is usable before every requirement has outcomes.

interface Felt {
	navn: string;
	vejledning: string;
}
export interface Sektion {
	overskrift: string;
	felter: Felt[];
}

/** The shape of one graded outcome on a requirement (owned by the requirement schema). */
interface UdfaldLike {
	id: string;
	titel: string;
	beskrivelse: string;
	indikatorer: { ikkeOpfyldt: string[]; delvistOpfyldt: string[]; opfyldt: string[] };
}

/** What the generator needs to know about a requirement. */
export interface KravLike {
	id: string;
	title: string;
	resume: string;
	udfald?: UdfaldLike[];
}

export type Generator = 'krav-udfald';

/** Indicators are written as sentences; each keeps (or gets) its full stop, so capitals stay right. */
const sentences = (items: string[]) =>
	items
		.map((i) =>
			i
				.trim()
				.replace(/[;,]?$/, '')
				.replace(/([^.!?])$/, '$1.'),
		)
		.join(' ');

function udfaldFelt(u: UdfaldLike): Felt {
	return {
		navn: `${u.id.toUpperCase()}: ${u.titel}`,
		vejledning:
			`${u.beskrivelse.trim()} Opfyldt: ${sentences(u.indikatorer.opfyldt)} Delvist opfyldt: ${sentences(u.indikatorer.delvistOpfyldt)} ` +
			`Ikke opfyldt: ${sentences(u.indikatorer.ikkeOpfyldt)} Skriv vurderingen, den evidens, der blev vist, og nummeret i evidensregistret.`,
	};
}

function kravSektion(k: KravLike): Sektion {
	const udfald = k.udfald ?? [];
	const felter: Felt[] =
		udfald.length > 0
			? udfald.map(udfaldFelt)
			: [
					{
						navn: 'Samlet vurdering af kravet',
						vejledning: `${k.resume.trim()} Kravet har endnu ingen beskrevne udfald. Vurder det samlet som ikke opfyldt, delvist opfyldt eller opfyldt, og skriv den evidens, der blev vist, og nummeret i evidensregistret.`,
					},
				];
	felter.push({
		navn: 'Fund og opfølgning',
		vejledning: 'Hvad mangler, hvem retter det, og hvornår. Før fundene over på afvigelseslisten, så de følges op som korrigerende foranstaltninger.',
	});
	return { overskrift: k.title, felter };
}

/**
 * The generated sections of a template, in the order its `krav` lists the requirements. A listed
 * id without a requirement is left out here; the content check reports the broken reference.
 */
export function generatedSections(generator: Generator | undefined, kravIds: readonly string[], krav: readonly KravLike[]): Sektion[] {
	if (generator !== 'krav-udfald') return [];
	const byId = new Map(krav.map((k) => [k.id, k]));
	const sections = kravIds.flatMap((id) => {
		const k = byId.get(id);
		return k ? [kravSektion(k)] : [];
	});
	return sections.length > 0 ? [...sections, OPSAMLING] : [];
}

/** The checklist ends with one summary, so the findings per requirement become decisions. */
const OPSAMLING: Sektion = {
	overskrift: 'Opsamling',
	felter: [
		{ navn: 'Samlet billede', vejledning: 'Antal udfald vurderet som opfyldt, delvist opfyldt og ikke opfyldt, og hvilke krav der står svagest.' },
		{
			navn: 'Evidens, der manglede eller var forældet',
			vejledning: 'Hvad tilsynet ville have bedt om, som kommunen ikke kunne finde eller vise inden for fristen.',
		},
		{ navn: 'Beslutninger, ansvarlige og frister', vejledning: 'Hvad direktionen beslutter på baggrund af prøvetilsynet, og hvem der følger op hvornår.' },
		{ navn: 'Næste prøvetilsyn', vejledning: 'Dato og hvilke krav der skal i fokus næste gang.' },
	],
};

/** A template's typed sections followed by its generated ones: what the page and the .docx show. */
export function allSections(skabelon: { sektioner: Sektion[]; krav: readonly string[]; genererSektioner?: Generator }, krav: readonly KravLike[]): Sektion[] {
	return [...skabelon.sektioner, ...generatedSections(skabelon.genererSektioner, skabelon.krav, krav)];
}
