// Levenshtein edit distance, shared by the editors' "mente du" messages (closest.ts) and the search
// dialog's typo correction (src/lib/search/plan.ts). Own code: a dozen lines, one row of memory, and
// no package in our dependencies offers it (fast-levenshtein is only a transitive one).

/** The number of single-letter insertions, deletions and substitutions that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
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
