// Reading PDF name trees and number trees, the two sorted key → value structures the merge takes
// apart: the IDTree and the /Names /Dests tree are name trees, the ParentTree a number tree.
// pdf-lib writes neither and reads them only as plain dictionaries, hence these few lines.
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFObject } from 'pdf-lib';

export const N = (name: string) => PDFName.of(name);

/** Name → value of a PDF name tree (or, for /Dests, a plain dictionary), with the key as written. */
export function nameTreeEntries(node: PDFDict | undefined, out: [string, PDFObject, PDFObject][] = []): [string, PDFObject, PDFObject][] {
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
export function numberTreeEntries(node: PDFDict | undefined, out: [number, PDFObject][] = []): [number, PDFObject][] {
	if (!node) return out;
	const nums = node.lookup(N('Nums'));
	if (nums instanceof PDFArray) for (let i = 0; i + 1 < nums.size(); i += 2) out.push([nums.lookup(i, PDFNumber).asNumber(), nums.get(i + 1)]);
	const kids = node.lookup(N('Kids'));
	if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) numberTreeEntries(kids.lookup(i, PDFDict), out);
	return out;
}
