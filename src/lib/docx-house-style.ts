// The house style every Word file of the site shares (the templates and the self-assessment's
// council report): Danish Calibri 11 pt text, thin grey table borders, the document's name in grey
// at the top right of each page and "Side x af y" centred at the bottom. One home, so the files
// look alike; pure (only the docx library), so it runs in the build and in the browser.
import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';

const LANGUAGE = { value: 'da-DK' } as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' } as const;

export const DOCX_TABLE_BORDERS = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

export const DOCX_STYLES = { default: { document: { run: { font: 'Calibri', size: 22, language: LANGUAGE } } } };

/** A section with the house page header (`headerText`) and the page-number footer. */
export const docxSection = (headerText: string, children: ISectionOptions['children']): ISectionOptions => ({
	headers: {
		default: new Header({
			children: [
				new Paragraph({
					alignment: AlignmentType.RIGHT,
					children: [new TextRun({ text: headerText, size: 16, color: '595959' })],
				}),
			],
		}),
	},
	footers: {
		default: new Footer({
			children: [
				new Paragraph({
					alignment: AlignmentType.CENTER,
					children: [new TextRun({ size: 16, children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })],
				}),
			],
		}),
	},
	children,
});
