// Builds the Word version of a template from the same front matter the web page renders, so the
// two can never drift apart. Pure: data in, bytes out (the endpoint and tests share it).
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { DOCX_STYLES, DOCX_TABLE_BORDERS, docxSection } from './docx-house-style.ts';
import { isLocalPreview, LOCAL_PREVIEW_NOTE } from './site-address.ts';
import type { z } from 'astro/zod';
import type { skabelonSchema } from '../schemas/pages.ts';

type Skabelon = z.infer<typeof skabelonSchema> & { title: string; description?: string };

export interface DocxContext {
	/** Absolute address of the template's web page, printed so a paper copy leads back to the source. */
	pageUrl: string;
	/** Titles of the requirements the template supports, already resolved from their ids. */
	kravTitler: string[];
	/** The content edition the file belongs to ("2026.12-1"), so a filled-in copy says what it was made from. */
	udgave: string;
}

function fieldRow(navn: string, vejledning: string): TableRow {
	return new TableRow({
		cantSplit: true,
		children: [
			new TableCell({
				width: { size: 38, type: WidthType.PERCENTAGE },
				children: [
					new Paragraph({ children: [new TextRun({ text: navn, bold: true })] }),
					new Paragraph({ children: [new TextRun({ text: vejledning, italics: true, size: 18, color: '595959' })] }),
				],
			}),
			// Left empty on purpose: this is where the municipality writes its answer.
			new TableCell({ width: { size: 62, type: WidthType.PERCENTAGE }, children: [new Paragraph('')] }),
		],
	});
}

export async function skabelonDocx(s: Skabelon, ctx: DocxContext): Promise<Buffer> {
	const intro: Paragraph[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(s.title)] }),
		new Paragraph({ children: [new TextRun({ text: 'Skabelon fra NIS2-drejebogen – den fælleskommunale drejebog for NIS2', italics: true })] }),
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Formål')] }),
		new Paragraph(s.formaal),
	];
	if (ctx.kravTitler.length > 0) {
		intro.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Krav, skabelonen understøtter')] }));
		for (const titel of ctx.kravTitler) intro.push(new Paragraph({ text: titel, bullet: { level: 0 } }));
	}
	intro.push(
		new Paragraph({
			spacing: { before: 200 },
			children: [
				new TextRun({
					text: `Skabelonen er fra udgave ${ctx.udgave} af drejebogen. Vejledning og seneste udgave: ${ctx.pageUrl}${isLocalPreview ? ` (${LOCAL_PREVIEW_NOTE})` : ''}`,
					size: 18,
				}),
				new TextRun({ text: ' Slet de grå vejledningstekster, når felterne er udfyldt.', size: 18 }),
			],
		}),
	);

	const body = s.sektioner.flatMap((sektion) => [
		new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(sektion.overskrift)] }),
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			borders: DOCX_TABLE_BORDERS,
			rows: sektion.felter.map((felt) => fieldRow(felt.navn, felt.vejledning)),
		}),
	]);

	const doc = new Document({
		title: s.title,
		subject: s.formaal,
		creator: 'NIS2-drejebogen',
		description: s.description ?? s.formaal,
		keywords: `NIS2-drejebogen, udgave ${ctx.udgave}`,
		styles: DOCX_STYLES,
		sections: [docxSection(`NIS2-drejebogen · ${s.title} · udgave ${ctx.udgave}`, [...intro, ...body])],
	});
	return Packer.toBuffer(doc);
}
