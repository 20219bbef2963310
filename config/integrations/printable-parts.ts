// Each built page's printable part, as finish-html leaves the page (src/lib/print-assembly.ts),
// handed once to print-documents.ts, which fills the print documents with them right after. The
// parts are kept rather than read back from disk because finish-html writes the pages without
// the markers that delimit them. Taking them forgets them.
let parts = new Map<string, string>();

export const keepPrintablePart = (path: string, part: string): void => {
	parts.set(path, part);
};

/** The parts kept since the last take, by page path ("/krav/k-20/"). */
export const takePrintableParts = (): ReadonlyMap<string, string> => {
	const taken = parts;
	parts = new Map();
	return taken;
};
