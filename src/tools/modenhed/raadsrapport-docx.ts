// "Årlig NIS2-status til kommunalbestyrelsen" as a Word document (docx, as the site's templates),
// made in the browser from the same report model as the print view. Loaded only on request.
import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { DOCX_STYLES, DOCX_TABLE_BORDERS, docxSection } from '../../lib/docx-house-style.ts';
import { karakterNavn, type Handling } from './opsummering.ts';
import type { Raadsrapport } from './raadsrapport.ts';

const text = (t: string, options: { bold?: boolean; size?: number } = {}) => new Paragraph({ children: [new TextRun({ text: t, ...options })] });
const cellOf = (t: string, bold = false, right = false) =>
	new TableCell({ children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: t, bold })] })] });

function gradeTable(r: Raadsrapport): Table {
	const head = ['Krav', 'Udfald', 'Opfyldt', 'Delvist opfyldt', 'Ikke opfyldt', 'Ikke vurderet', 'Under målniveau'];
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		borders: DOCX_TABLE_BORDERS,
		rows: [
			new TableRow({ tableHeader: true, children: head.map((h, i) => cellOf(h, true, i > 0)) }),
			...r.krav.map(
				(k) =>
					new TableRow({
						cantSplit: true,
						children: [
							cellOf(k.krav.titel),
							...[k.antal, k.karakterer.opfyldt, k.karakterer['delvist-opfyldt'], k.karakterer['ikke-opfyldt'], k.ikkeVurderet, k.underMaal].map(
								(n) => cellOf(String(n), false, true),
							),
						],
					}),
			),
		],
	});
}

const actionLine = (a: Handling, origin: string) =>
	[
		`${a.krav.titel}: ${a.udfald.titel} – ${karakterNavn(a.karakter).toLowerCase()}`,
		a.post.ejer ? `ejer: ${a.post.ejer}` : '',
		a.post.maaldato ? `måldato: ${a.post.maaldato}` : '',
		a.foranstaltninger.length ? `mangler: ${a.foranstaltninger.map((f) => `${f.id} ${f.titel}`).join(', ')}` : '',
		origin ? `${origin}${a.krav.url}` : '',
	]
		.filter(Boolean)
		.join('; ');

export async function raadsrapportDocx(r: Raadsrapport, origin = ''): Promise<Blob> {
	const summary = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(r.titel)] }),
		text(`${r.udgave}. Dannet ${r.dato}.`, { size: 18 }),
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Resumé')] }),
		...r.resume.map((p) => text(p)),
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Vurderinger pr. krav')] }),
		gradeTable(r),
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Huller, der betyder mest')] }),
		...(r.huller.length
			? r.huller.map((a) => new Paragraph({ text: actionLine(a, ''), numbering: undefined, bullet: { level: 0 } }))
			: [text('Ingen vurderede udfald ligger under målniveauet.')]),
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Hvad det koster at lukke hullerne')] }),
		text(r.omkostninger.tekst),
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Kommunalbestyrelsen bedes beslutte')] }),
		...r.beslutninger.map((b, i) => text(`${i + 1}. ${b}`)),
	];
	const actions = [
		new Paragraph({ children: [new PageBreak()] }),
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Handlingsliste')] }),
		...(r.handlinger.length
			? r.handlinger.map((a, i) => text(`${i + 1}. ${actionLine(a, origin)}`))
			: [text('Ingen handlinger: ingen vurderede udfald ligger under målniveauet.')]),
		...(r.ikkeVurderet.length
			? [
					new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Ikke vurderet (${r.ikkeVurderet.length})`)] }),
					...r.ikkeVurderet.map((u) => new Paragraph({ text: `${u.kravId} ${u.key.split(':')[1]}: ${u.titel}`, bullet: { level: 0 } })),
				]
			: []),
	];
	const doc = new Document({
		title: r.titel,
		creator: 'NIS2-drejebogen',
		description: r.udgave,
		styles: DOCX_STYLES,
		sections: [docxSection(`${r.titel} · ${r.udgave}`, [...summary, ...actions])],
	});
	return Packer.toBlob(doc);
}
