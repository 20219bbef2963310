// Merging a document's printed parts (parts.ts) into one tagged PDF that reads as if printed whole.
//
// Our own code on pdf-lib's low-level objects, because no library merges tagged PDFs keeping
// the structure tree: pdf-lib's copyPages copies page nodes without their StructTreeRoot or
// ParentTree (pdf-lib #402), qpdf's page selection drops them too (qpdf #490). Each part is
// copied through one PDFObjectCopier (so every old reference maps to one new object): its pages
// by reference, so struct elements' /Pg, link annotations and outline and named destinations all
// point at the copied pages. This file runs the merge; each kind of thing it keeps has its file:
// - the structure tree (structure-tree.ts);
// - named destinations, each taken from the part that contains its element (destinations.ts,
//   which also loads the parts);
// - the outline (bookmarks), rebuilt for the whole document (outline.ts);
// - "Side X af Y", stamped after merging (page-numbers.ts);
// - /Lang, /ViewerPreferences /DisplayDocTitle and the document information (here).
import { PDFDict, PDFDocument, PDFObjectCopier, PDFPage, PDFPageLeaf } from 'pdf-lib';
import { MergedDestinations, type LoadedPart } from './destinations.ts';
import { outlineEntries, writeOutline, type OutlineEntry } from './outline.ts';
import { stampPageNumbers } from './page-numbers.ts';
import { N } from './pdf-trees.ts';
import { MergedStructTree } from './structure-tree.ts';

/**
 * Merges the parts in order into one document; `title` is the document title, and pages before
 * `firstNumberedPage` (the cover) get no page number.
 */
export async function mergeParts(parts: LoadedPart[], title: string, firstNumberedPage: number): Promise<Uint8Array> {
	const out = await PDFDocument.create({ updateMetadata: false });
	const ctx = out.context;
	const first = parts[0].doc;
	const tree = new MergedStructTree(out, first);
	const destinations = new MergedDestinations(out);
	const outline: OutlineEntry[] = [];

	for (const part of parts) {
		const src = part.doc;
		const copier = PDFObjectCopier.for(src.context, ctx);
		const structure = tree.begin(src, copier);
		for (const page of src.getPages()) {
			const ref = copier.copy(page.ref);
			out.addPage(PDFPage.of(ctx.lookup(ref, PDFDict) as PDFPageLeaf, ref, out));
		}
		tree.add(structure);
		destinations.add(part, copier);
		outline.push(...outlineEntries(src, copier));
		tree.end(structure);
	}

	tree.write();
	destinations.write();
	const outlineRef = writeOutline(out, outline);
	if (outlineRef) out.catalog.set(N('Outlines'), outlineRef);
	const lang = first.catalog.lookup(N('Lang'));
	if (lang) out.catalog.set(N('Lang'), lang.clone(ctx));

	out.setTitle(title, { showInWindowTitleBar: true });
	const creator = first.getCreator();
	if (creator) out.setCreator(creator);
	out.setProducer(`${first.getProducer() ?? 'Chromium'}; parts merged with pdf-lib (scripts/pdf/merge.ts)`);
	const created = first.getCreationDate() ?? new Date();
	out.setCreationDate(created);
	out.setModificationDate(created);

	await stampPageNumbers(out, firstNumberedPage);
	// Object streams would save a little space at the cost of time on big documents; and, as on
	// loading, no yielding to the event loop every 50 objects.
	return out.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
