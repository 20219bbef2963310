// A printed part loaded for the merge, and its named destinations: the targets of in-PDF links
// and bookmarks, which Chromium names after the element id. Every part carries a destination for
// every id of the document (zero-size stand-ins for the elements other parts print, see
// parts.ts), so a part's own ones are told apart by the ids the part contains, and the merged
// document takes each destination from the one part that prints its element.
import { PDFArray, PDFDict, PDFDocument, PDFName, ParseSpeeds, PDFRef, type PDFObject, type PDFObjectCopier } from 'pdf-lib';
import { N, nameTreeEntries } from './pdf-trees.ts';

/** A printed part, loaded. */
export interface LoadedPart {
	doc: PDFDocument;
	pages: number;
	/** Named destinations (0-based page index in this part) of the elements the part contains. */
	destinations: Map<string, number>;
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

/** The merged document's named destinations, gathered part by part and written once at the end. */
export class MergedDestinations {
	private readonly out: PDFDocument;
	private readonly dests: PDFDict;
	// Destinations a part named with strings (a /Names tree) rather than PDF names (Chromium's /Dests).
	private readonly namedDests: PDFObject[] = [];
	private readonly taken = new Set<string>();

	constructor(out: PDFDocument) {
		this.out = out;
		this.dests = out.context.obj({});
	}

	/** The part's own destinations, copied through the part's copier (so they point at the copied pages). */
	add(part: LoadedPart, copier: PDFObjectCopier): void {
		for (const [name, value, key] of destinationsOf(part.doc)) {
			if (!part.destinations.has(name) || this.taken.has(name)) continue;
			this.taken.add(name);
			if (key instanceof PDFName) this.dests.set(key, copier.copy(value));
			else this.namedDests.push(key.clone(this.out.context), copier.copy(value));
		}
	}

	write(): void {
		const { out, dests, namedDests } = this;
		const ctx = out.context;
		if (dests.entries().length) out.catalog.set(N('Dests'), ctx.register(dests));
		if (namedDests.length) {
			const pairs: [PDFObject, PDFObject][] = [];
			for (let i = 0; i < namedDests.length; i += 2) pairs.push([namedDests[i], namedDests[i + 1]]);
			pairs.sort(([a], [b]) => (a.toString() < b.toString() ? -1 : 1));
			out.catalog.set(N('Names'), ctx.obj({ Dests: ctx.register(ctx.obj({ Names: pairs.flat() })) }));
		}
	}
}
