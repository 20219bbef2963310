// "Side X af Y" stamped on the merged document's pages. The page-number box is not printed in
// parts (a part cannot know its page numbers, see parts.ts); it is stamped here after merging in
// the margin box's font, size, colour and place, as an /Artifact so it stays out of the structure tree.
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
	PDFContentStream,
	PDFOperator,
	PDFOperatorNames,
	beginText,
	endMarkedContent,
	endText,
	popGraphicsState,
	pushGraphicsState,
	rgb,
	setFillingRgbColor,
	setFontAndSize,
	setTextMatrix,
	showText,
	type PDFDocument,
	type PDFFont,
} from 'pdf-lib';
import { N } from './pdf-trees.ts';

const FOOTER = {
	fontFile: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
	size: 8, // pt, as @bottom-right in print-document/page.css
	color: rgb(0x54 / 255, 0x58 / 255, 0x61 / 255), // #545861
	// Measured on Chromium's own margin box (pdftotext -bbox): right edge 56.37 pt from the
	// page's right side (20 mm margin), baseline 43.17 pt above the bottom (22 mm margin box, 4 mm padding).
	right: 56.37,
	baseline: 43.17,
};
let fontBytes: Buffer | undefined;

/** "Side X af Y" on every page from `firstPage` (0-based), as the margin box printed it, marked as a pagination artifact. */
export async function stampPageNumbers(doc: PDFDocument, firstPage: number): Promise<void> {
	doc.registerFontkit(fontkit);
	// A subset tag of our own: pdf-lib would name it with a random number, so no two runs gave the same bytes.
	const font: PDFFont = await doc.embedFont((fontBytes ??= readFileSync(FOOTER.fontFile)), { subset: true, customName: 'PAGENO+DejaVuSans' });
	const ctx = doc.context;
	const key = N('PageNo');
	// The parts' content streams leave their transformation in place; wrap them so ours starts clean.
	const open = ctx.register(PDFContentStream.of(ctx.obj({}), [pushGraphicsState()], false));
	const close = ctx.register(PDFContentStream.of(ctx.obj({}), [popGraphicsState()], false));
	const artifact = ctx.obj({ Type: 'Pagination', Subtype: 'Footer' });
	const { red, green, blue } = FOOTER.color as { red: number; green: number; blue: number };
	const pages = doc.getPages();
	pages.forEach((page, i) => {
		if (i < firstPage) return;
		const text = `Side ${i + 1} af ${pages.length}`;
		const x = page.getWidth() - FOOTER.right - font.widthOfTextAtSize(text, FOOTER.size);
		// A few operators per page, uncompressed: pdf-lib's drawText would deflate one stream per
		// page, which cost more than the rest of the stamping on a 1,400-page document.
		const stamp = PDFContentStream.of(
			ctx.obj({}),
			[
				PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [N('Artifact'), artifact as never]),
				beginText(),
				setFontAndSize(key, FOOTER.size),
				setFillingRgbColor(red, green, blue),
				setTextMatrix(1, 0, 0, 1, x, FOOTER.baseline),
				showText(font.encodeText(text)),
				endText(),
				endMarkedContent(),
			],
			false,
		);
		page.node.wrapContentStreams(open, close);
		page.node.addContentStream(ctx.register(stamp));
		page.node.setFontDictionary(key, font.ref);
	});
}
