// "Did you mean" for editor messages: the candidate with the smallest edit distance, when it is
// close enough to be a likely typo. Own code because it is a few lines and used in many messages.
import { editDistance } from './edit-distance.ts';

/** The closest candidate, or undefined when nothing is within a typo's distance. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	const folded = fold(value);
	for (const candidate of candidates) {
		const d = editDistance(folded, fold(candidate));
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
