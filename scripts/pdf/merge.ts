// Merging a document's printed parts (parts.ts) into one tagged PDF, and stamping "Side X af Y".
//
// Our own code on pdf-lib's low-level objects, because no library merges tagged PDFs keeping
// the structure tree: pdf-lib's copyPages copies page nodes without their StructTreeRoot or
// ParentTree (pdf-lib #402), qpdf's page selection drops them too (qpdf #490). What the merge
// keeps, per part, through one PDFObjectCopier (so every old reference maps to one new object):
// - pages, copied by reference, so struct elements' /Pg, link annotations and outline and named
//   destinations all point at the copied pages;
// - the structure tree: the parts' top elements under one Document, the ParentTree number trees
//   concatenated with an offset per part (added to every /StructParents and /StructParent), the
//   IDTree, RoleMap and ClassMap;
// - named destinations, each taken from the part that contains its element (the others only
//   have zero-size stand-ins, see parts.ts);
// - the outline (bookmarks), rebuilt for the whole document from the parts' outlines, nested by
//   heading level as Chromium nests it;
// - /MarkInfo, /Lang, /ViewerPreferences /DisplayDocTitle and the document information.
// The page-number box is not printed in parts; it is stamped here in the margin box's font, size,
// colour and place, as an /Artifact so it stays out of the structure tree.
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
	PDFArray,
	PDFContentStream,
	PDFDict,
	PDFDocument,
	PDFName,
	PDFNumber,
	PDFObjectCopier,
	PDFOperator,
	PDFOperatorNames,
	PDFPage,
	PDFPageLeaf,
	ParseSpeeds,
	PDFRef,
	PDFStream,
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
	type PDFFont,
	type PDFObject,
} from 'pdf-lib';

/** A printed part, loaded. */
export interface LoadedPart {
	doc: PDFDocument;
	pages: number;
	/** Named destinations (0-based page index in this part) of the elements the part contains. */
	destinations: Map<string, number>;
}

const N = (name: string) => PDFName.of(name);

/** Name → value of a PDF name tree (or, for /Dests, a plain dictionary). */
function nameTreeEntries(node: PDFDict | undefined, out: [string, PDFObject, PDFObject][] = []): [string, PDFObject, PDFObject][] {
	if (!node) return out;
	const names = node.lookup(N('Names'));
	if (names instanceof PDFArray) {
		for (let i = 0; i + 1 < names.size(); i += 2) {
			const key = names.lookup(i)!;
			out.push([(key as unknown as { decodeText(): string }).decodeText(), names.get(i + 1), key]);
		}
	}
	const kids = node.lookup(N('Kids'));
	if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) nameTreeEntries(kids.lookup(i, PDFDict), out);
	return out;
}

/** Key → value of a PDF number tree (the ParentTree). */
function numberTreeEntries(node: PDFDict | undefined, out: [number, PDFObject][] = []): [number, PDFObject][] {
	if (!node) return out;
	const nums = node.lookup(N('Nums'));
	if (nums instanceof PDFArray) for (let i = 0; i + 1 < nums.size(); i += 2) out.push([nums.lookup(i, PDFNumber).asNumber(), nums.get(i + 1)]);
	const kids = node.lookup(N('Kids'));
	if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) numberTreeEntries(kids.lookup(i, PDFDict), out);
	return out;
}

// Chromium names a destination by its element id as a URL fragment, percent-encoded ("st%C3%A5r" for "står").
const idOf = (name: string) => {
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
};

/** Named destinations: the element id, the destination, and the key as the part wrote it (links refer to it byte for byte). */
function destinationsOf(doc: PDFDocument): [string, PDFObject, PDFObject][] {
	const dests = doc.catalog.lookup(N('Dests'));
	const entries: [string, PDFObject, PDFObject][] = dests instanceof PDFDict ? dests.entries().map(([k, v]) => [idOf(k.decodeText()), v, k]) : [];
	const names = doc.catalog.lookup(N('Names'));
	if (names instanceof PDFDict)
		for (const [name, value, key] of nameTreeEntries(names.lookup(N('Dests')) as PDFDict | undefined)) entries.push([idOf(name), value, key]);
	return entries;
}

/** Loads a part; `ids` are the elements it contains, whose destinations count. */
export async function loadPart(bytes: Uint8Array, ids: ReadonlySet<string>): Promise<LoadedPart> {
	// pdf-lib's default parse speed yields to the event loop every 100 objects (setTimeout: about a
	// millisecond each), which made loading a 3 MB part take 1.3 s of mostly idle time.
	const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
	const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
	const destinations = new Map<string, number>();
	for (const [name, value] of destinationsOf(doc)) {
		if (!ids.has(name)) continue;
		const dest = doc.context.lookup(value);
		const array = dest instanceof PDFDict ? dest.lookup(N('D')) : dest;
		const page = array instanceof PDFArray ? array.get(0) : undefined;
		const index = page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined;
		if (index !== undefined) destinations.set(name, index);
	}
	return { doc, pages: doc.getPageCount(), destinations };
}

interface OutlineEntry {
	level: number;
	fields: [string, PDFObject][];
}

/** The part's outline items in reading order, with their heading level (from /SE) and copied fields. */
function outlineEntries(part: PDFDocument, copier: PDFObjectCopier): OutlineEntry[] {
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
function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): PDFRef | undefined {
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

interface StructTop {
	root: PDFRef;
	document: PDFRef;
	/** The element whose children are the part's content: Chromium's element for <body>, or the Document itself. */
	top: PDFRef;
	kids: PDFObject[];
	tree: PDFDict;
}

/** Chromium's tree is StructTreeRoot → Document → one grouping element (for <body>) → content. */
function structTop(part: PDFDocument): StructTop | undefined {
	const ctx = part.context;
	const root = part.catalog.get(N('StructTreeRoot'));
	if (!(root instanceof PDFRef)) return undefined;
	const tree = ctx.lookup(root, PDFDict);
	const document = tree.get(N('K'));
	if (!(document instanceof PDFRef)) return undefined;
	const kidsOf = (elem: PDFDict): PDFObject[] => {
		const k = elem.get(N('K'));
		const value = k instanceof PDFRef ? ctx.lookup(k) : k;
		return value instanceof PDFArray ? value.asArray() : k ? [k] : [];
	};
	const kids = kidsOf(ctx.lookup(document, PDFDict));
	if (kids.length === 1 && kids[0] instanceof PDFRef) {
		const body = ctx.lookup(kids[0]);
		if (body instanceof PDFDict && !body.has(N('Pg'))) {
			const inner = kidsOf(body);
			if (inner.every((k) => k instanceof PDFRef)) return { root, document, top: kids[0], kids: inner, tree };
		}
	}
	return { root, document, top: document, kids, tree };
}

/** A copy of a struct element's own entries (role, language, attributes), without its place in the tree. */
function elementCopy(doc: PDFDocument, elem: PDFDict, parent: PDFRef, kids: PDFObject): PDFDict {
	const copy = doc.context.obj({});
	for (const [k, v] of elem.entries()) if (!['K', 'P', 'Pg', 'ID'].includes(k.decodeText()) && !(v instanceof PDFRef)) copy.set(k, v.clone(doc.context));
	copy.set(N('P'), parent);
	copy.set(N('K'), kids);
	return copy;
}

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
async function stampPageNumbers(doc: PDFDocument, firstPage: number): Promise<void> {
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

/**
 * Merges the parts in order into one document; `title` is the document title, and pages before
 * `firstNumberedPage` (the cover) get no page number.
 */
export async function mergeParts(parts: LoadedPart[], title: string, firstNumberedPage: number): Promise<Uint8Array> {
	const out = await PDFDocument.create({ updateMetadata: false });
	const ctx = out.context;
	const first = parts[0].doc;

	const treeRef = ctx.nextRef();
	const documentRef = ctx.nextRef();
	const firstStruct = structTop(first);
	const unwrapped = firstStruct !== undefined && firstStruct.top !== firstStruct.document;
	const topRef = unwrapped ? ctx.nextRef() : documentRef;
	const topKids: PDFObject[] = [];
	const parentTree: PDFObject[] = [];
	const ids: [string, PDFObject, PDFObject][] = [];
	const roleMap = ctx.obj({});
	const classMap = ctx.obj({});
	const dests = ctx.obj({});
	// Destinations a part named with strings (a /Names tree) rather than PDF names (Chromium's /Dests).
	const namedDests: PDFObject[] = [];
	const taken = new Set<string>();
	const outline: OutlineEntry[] = [];
	let offset = 0;

	for (const part of parts) {
		const src = part.doc;
		const copier = PDFObjectCopier.for(src.context, ctx);
		// Seeded so that copying a struct element's /P lands on the merged tree, not on a copy of the part's.
		const seeded = (copier as unknown as { traversedObjects: Map<PDFObject, PDFObject> }).traversedObjects;
		const struct = structTop(src);
		if (struct) {
			seeded.set(struct.root, treeRef);
			seeded.set(struct.document, documentRef);
			seeded.set(struct.top, topRef);
		}
		const before = new Set(seeded.keys());
		for (const page of src.getPages()) {
			const ref = copier.copy(page.ref);
			out.addPage(PDFPage.of(ctx.lookup(ref, PDFDict) as PDFPageLeaf, ref, out));
		}
		const entries = struct ? numberTreeEntries(struct.tree.lookup(N('ParentTree')) as PDFDict | undefined) : [];
		if (struct) {
			for (const kid of struct.kids) {
				const copied = copier.copy(kid);
				const elem = ctx.lookupMaybe(copied, PDFDict);
				elem?.set(N('P'), topRef);
				topKids.push(copied);
			}
			for (const [key, value] of entries) parentTree.push(PDFNumber.of(key + offset), copier.copy(value));
			const idTree = struct.tree.lookup(N('IDTree'));
			if (idTree instanceof PDFDict) for (const [name, value, key] of nameTreeEntries(idTree)) ids.push([name, key.clone(ctx), copier.copy(value)]);
			for (const [map, into] of [
				['RoleMap', roleMap],
				['ClassMap', classMap],
			] as const) {
				const dict = struct.tree.lookup(N(map));
				if (dict instanceof PDFDict) for (const [k, v] of dict.entries()) if (!into.has(k)) into.set(k, copier.copy(v));
			}
		}
		for (const [name, value, key] of destinationsOf(src)) {
			if (!part.destinations.has(name) || taken.has(name)) continue;
			taken.add(name);
			if (key instanceof PDFName) dests.set(key, copier.copy(value));
			else namedDests.push(key.clone(ctx), copier.copy(value));
		}
		outline.push(...outlineEntries(src, copier));
		// Everything copied from this part that points into the ParentTree moves by the part's offset.
		if (offset > 0) {
			for (const [from, to] of seeded) {
				if (before.has(from)) continue;
				const dict = to instanceof PDFDict ? to : to instanceof PDFStream ? to.dict : undefined;
				if (!dict) continue;
				for (const key of ['StructParents', 'StructParent']) {
					const n = dict.get(N(key));
					if (n instanceof PDFNumber) dict.set(N(key), PDFNumber.of(n.asNumber() + offset));
				}
			}
		}
		const next = struct?.tree.lookup(N('ParentTreeNextKey'));
		offset += Math.max(
			next instanceof PDFNumber ? next.asNumber() : 0,
			entries.reduce((max, [k]) => Math.max(max, k + 1), 0),
		);
	}

	if (firstStruct) {
		const firstDocument = first.context.lookup(firstStruct.document, PDFDict);
		if (unwrapped) {
			ctx.assign(documentRef, elementCopy(out, firstDocument, treeRef, topRef));
			ctx.assign(topRef, elementCopy(out, first.context.lookup(firstStruct.top, PDFDict), documentRef, ctx.obj(topKids)));
		} else {
			ctx.assign(documentRef, elementCopy(out, firstDocument, treeRef, ctx.obj(topKids)));
		}
		const tree = ctx.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTreeNextKey: offset });
		tree.set(N('ParentTree'), ctx.register(ctx.obj({ Nums: parentTree })));
		if (ids.length) {
			// A name tree's keys are sorted; an id printed by two parts (a stand-in has none) keeps the first.
			ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
			const unique = ids.filter(([name], i) => i === 0 || ids[i - 1][0] !== name);
			tree.set(N('IDTree'), ctx.register(ctx.obj({ Names: unique.flatMap(([, key, value]) => [key, value]) })));
		}
		if (roleMap.entries().length) tree.set(N('RoleMap'), roleMap);
		if (classMap.entries().length) tree.set(N('ClassMap'), classMap);
		ctx.assign(treeRef, tree);
		out.catalog.set(N('StructTreeRoot'), treeRef);
		out.catalog.set(N('MarkInfo'), ctx.obj({ Type: 'MarkInfo', Marked: true }));
	}
	if (dests.entries().length) out.catalog.set(N('Dests'), ctx.register(dests));
	if (namedDests.length) {
		const pairs: [PDFObject, PDFObject][] = [];
		for (let i = 0; i < namedDests.length; i += 2) pairs.push([namedDests[i], namedDests[i + 1]]);
		pairs.sort(([a], [b]) => (a.toString() < b.toString() ? -1 : 1));
		out.catalog.set(N('Names'), ctx.obj({ Dests: ctx.register(ctx.obj({ Names: pairs.flat() })) }));
	}
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
