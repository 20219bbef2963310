// The merged document's outline (bookmarks): the parts' outline items read in reading order and
// rebuilt as one tree for the whole document, nested by heading level as Chromium nests it
// (each part's outline only knows its own headings, so the parts' trees cannot simply be joined).
import { PDFDict, PDFName, PDFNumber, type PDFDocument, type PDFObject, type PDFObjectCopier, type PDFRef } from 'pdf-lib';
import { N } from './pdf-trees.ts';

export interface OutlineEntry {
	level: number;
	fields: [string, PDFObject][];
}

/** The part's outline items in reading order, with their heading level (from /SE) and copied fields. */
export function outlineEntries(part: PDFDocument, copier: PDFObjectCopier): OutlineEntry[] {
	const out: OutlineEntry[] = [];
	const visit = (first: PDFObject | undefined, depth: number) => {
		for (let item = part.context.lookupMaybe(first, PDFDict); item; item = part.context.lookupMaybe(item.get(N('Next')), PDFDict)) {
			const se = item.lookup(N('SE'));
			const tag = se instanceof PDFDict ? se.lookup(N('S')) : undefined;
			const heading = tag instanceof PDFName ? /^H([1-6])$/.exec(tag.decodeText()) : null;
			const fields: [string, PDFObject][] = [];
			for (const key of ['Title', 'Dest', 'A', 'SE', 'C', 'F']) {
				const value = item.get(N(key));
				if (value) fields.push([key, copier.copy(value)]);
			}
			out.push({ level: heading ? Number(heading[1]) : depth, fields });
			visit(item.get(N('First')), depth + 1);
		}
	};
	const root = part.catalog.lookup(N('Outlines'));
	if (root instanceof PDFDict) visit(root.get(N('First')), 1);
	return out;
}

/** Builds an outline tree from entries in reading order: an entry nests under the last one of a lower level. */
export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): PDFRef | undefined {
	if (entries.length === 0) return undefined;
	const ctx = doc.context;
	interface Node {
		ref: PDFRef;
		dict: PDFDict;
		level: number;
		children: Node[];
	}
	const root: Node = { ref: ctx.nextRef(), dict: ctx.obj({ Type: 'Outlines' }), level: 0, children: [] };
	const stack: Node[] = [root];
	for (const entry of entries) {
		const dict = ctx.obj({});
		for (const [k, v] of entry.fields) dict.set(N(k), v);
		const node: Node = { ref: ctx.nextRef(), dict, level: entry.level, children: [] };
		while (stack.length > 1 && stack.at(-1)!.level >= entry.level) stack.pop();
		stack.at(-1)!.children.push(node);
		stack.push(node);
	}
	// Every item open, as Chromium writes them: /Count is the number of descendants.
	const link = (node: Node): number => {
		let count = 0;
		node.children.forEach((child, i) => {
			child.dict.set(N('Parent'), node.ref);
			if (i > 0) child.dict.set(N('Prev'), node.children[i - 1].ref);
			if (i + 1 < node.children.length) child.dict.set(N('Next'), node.children[i + 1].ref);
			count += 1 + link(child);
		});
		if (node.children.length) {
			node.dict.set(N('First'), node.children[0].ref);
			node.dict.set(N('Last'), node.children.at(-1)!.ref);
			node.dict.set(N('Count'), PDFNumber.of(count));
		}
		ctx.assign(node.ref, node.dict);
		return count;
	};
	link(root);
	return root.ref;
}
