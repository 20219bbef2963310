// The merged document's structure tree (what makes it a tagged PDF), built from the parts' trees:
// the parts' top elements under one Document, the ParentTree number trees concatenated with an
// offset per part (added to every /StructParents and /StructParent copied from that part), the
// IDTree, RoleMap and ClassMap. pdf-lib's copyPages and qpdf's page selection both drop the
// structure tree (pdf-lib #402, qpdf #490), hence our own code on pdf-lib's low-level objects.
import { PDFArray, PDFDict, PDFNumber, PDFRef, PDFStream, type PDFDocument, type PDFObject, type PDFObjectCopier } from 'pdf-lib';
import { N, nameTreeEntries, numberTreeEntries } from './pdf-trees.ts';

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

/** One part on its way into the merged tree (from begin() to end()). */
export interface PartStructure {
	copier: PDFObjectCopier;
	struct: StructTop | undefined;
	/** The part's ParentTree entries. */
	entries: [number, PDFObject][];
	/** The copier's map of part objects to copies. */
	copied: Map<PDFObject, PDFObject>;
	/** What the map held before the part's own objects were copied. */
	before: Set<PDFObject>;
}

/**
 * The merged structure tree, part by part: begin() before a part's pages are copied, add() after
 * them, end() after everything else of the part (destinations, outline) is copied; write() once.
 * The new tree takes the first part's Document and grouping element (their role, language, attributes).
 */
export class MergedStructTree {
	private readonly out: PDFDocument;
	private readonly first: PDFDocument;
	private readonly firstStruct: StructTop | undefined;
	private readonly unwrapped: boolean;
	private readonly treeRef: PDFRef;
	private readonly documentRef: PDFRef;
	private readonly topRef: PDFRef;
	private readonly topKids: PDFObject[] = [];
	private readonly parentTree: PDFObject[] = [];
	private readonly ids: [string, PDFObject, PDFObject][] = [];
	private readonly roleMap: PDFDict;
	private readonly classMap: PDFDict;
	/** ParentTree keys taken by the parts so far: the next part's keys move up by this much. */
	private offset = 0;

	constructor(out: PDFDocument, first: PDFDocument) {
		const ctx = out.context;
		this.out = out;
		this.first = first;
		this.treeRef = ctx.nextRef();
		this.documentRef = ctx.nextRef();
		this.firstStruct = structTop(first);
		this.unwrapped = this.firstStruct !== undefined && this.firstStruct.top !== this.firstStruct.document;
		this.topRef = this.unwrapped ? ctx.nextRef() : this.documentRef;
		this.roleMap = ctx.obj({});
		this.classMap = ctx.obj({});
	}

	/** Before the part's pages are copied: seeds its copier so that copying a struct element's /P lands on the merged tree, not on a copy of the part's. */
	begin(src: PDFDocument, copier: PDFObjectCopier): PartStructure {
		const copied = (copier as unknown as { traversedObjects: Map<PDFObject, PDFObject> }).traversedObjects;
		const struct = structTop(src);
		if (struct) {
			copied.set(struct.root, this.treeRef);
			copied.set(struct.document, this.documentRef);
			copied.set(struct.top, this.topRef);
		}
		const before = new Set(copied.keys());
		const entries = struct ? numberTreeEntries(struct.tree.lookup(N('ParentTree')) as PDFDict | undefined) : [];
		return { copier, struct, entries, copied, before };
	}

	/** After the part's pages are copied: its top elements, ParentTree entries, IDTree, RoleMap and ClassMap. */
	add({ struct, entries, copier }: PartStructure): void {
		if (!struct) return;
		const ctx = this.out.context;
		for (const kid of struct.kids) {
			const copied = copier.copy(kid);
			const elem = ctx.lookupMaybe(copied, PDFDict);
			elem?.set(N('P'), this.topRef);
			this.topKids.push(copied);
		}
		for (const [key, value] of entries) this.parentTree.push(PDFNumber.of(key + this.offset), copier.copy(value));
		const idTree = struct.tree.lookup(N('IDTree'));
		if (idTree instanceof PDFDict) for (const [name, value, key] of nameTreeEntries(idTree)) this.ids.push([name, key.clone(ctx), copier.copy(value)]);
		for (const [map, into] of [
			['RoleMap', this.roleMap],
			['ClassMap', this.classMap],
		] as const) {
			const dict = struct.tree.lookup(N(map));
			if (dict instanceof PDFDict) for (const [k, v] of dict.entries()) if (!into.has(k)) into.set(k, copier.copy(v));
		}
	}

	/** After all of the part is copied: everything copied from it that points into the ParentTree moves by the part's offset. */
	end({ struct, entries, copied, before }: PartStructure): void {
		const { offset } = this;
		if (offset > 0) {
			for (const [from, to] of copied) {
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
		this.offset += Math.max(
			next instanceof PDFNumber ? next.asNumber() : 0,
			entries.reduce((max, [k]) => Math.max(max, k + 1), 0),
		);
	}

	/** The tree into the merged document's catalog, with /MarkInfo; nothing if the first part was not tagged. */
	write(): void {
		const { out, first, firstStruct, treeRef, documentRef, topRef, ids } = this;
		if (!firstStruct) return;
		const ctx = out.context;
		const firstDocument = first.context.lookup(firstStruct.document, PDFDict);
		if (this.unwrapped) {
			ctx.assign(documentRef, elementCopy(out, firstDocument, treeRef, topRef));
			ctx.assign(topRef, elementCopy(out, first.context.lookup(firstStruct.top, PDFDict), documentRef, ctx.obj(this.topKids)));
		} else {
			ctx.assign(documentRef, elementCopy(out, firstDocument, treeRef, ctx.obj(this.topKids)));
		}
		const tree = ctx.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTreeNextKey: this.offset });
		tree.set(N('ParentTree'), ctx.register(ctx.obj({ Nums: this.parentTree })));
		if (ids.length) {
			// A name tree's keys are sorted; an id printed by two parts (a stand-in has none) keeps the first.
			ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
			const unique = ids.filter(([name], i) => i === 0 || ids[i - 1][0] !== name);
			tree.set(N('IDTree'), ctx.register(ctx.obj({ Names: unique.flatMap(([, key, value]) => [key, value]) })));
		}
		if (this.roleMap.entries().length) tree.set(N('RoleMap'), this.roleMap);
		if (this.classMap.entries().length) tree.set(N('ClassMap'), this.classMap);
		ctx.assign(treeRef, tree);
		out.catalog.set(N('StructTreeRoot'), treeRef);
		out.catalog.set(N('MarkInfo'), ctx.obj({ Type: 'MarkInfo', Marked: true }));
	}
}
