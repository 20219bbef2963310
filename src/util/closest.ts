// "Did you mean" for editor messages: the candidate with the smallest edit distance, when it is
// close enough to be a likely typo. Own code because it is twenty lines and used in many messages.

/** The closest candidate, or undefined when nothing is within a typo's distance. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	const folded = fold(value);
	for (const candidate of candidates) {
		const d = distance(folded, fold(candidate));
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** " (mente du "x"?)" or an empty string, ready to put inside a sentence. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const best = closest(value, candidates);
	return best === undefined ? '' : ` (mente du "${best}"?)`;
}

// Editors type "sidstGennemgået" for "sidstGennemgaaet": compare in the ASCII spelling the fields use.
const fold = (text: string) => text.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa');

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}
