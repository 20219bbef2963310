// ownCopy (src/util/own-copy.ts): a substring kept with ownCopy does not keep the text it was cut
// from alive, which a plain match does (the link check held every built page this way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ownCopy } from '../../src/util/own-copy.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heldBy(keep: (id: string) => string): number {
	gc();
	const before = process.memoryUsage().heapUsed;
	const kept: string[] = [];
	for (let i = 0; i < 200; i++) {
		// A page-sized string with Danish letters (two bytes a character), as built pages are.
		const html = `<h2 id="hvad-det-handler-om-${i}">Æ</h2>${'Indholdet på siden. '.repeat(2000)}`;
		kept.push(keep(/id="([^"]+)"/.exec(html)![1]));
	}
	gc();
	assert.equal(kept[7], 'hvad-det-handler-om-7');
	return process.memoryUsage().heapUsed - before;
}

test('a copied id keeps only itself alive; a matched one keeps its whole page', () => {
	const sliced = heldBy((id) => id);
	const copied = heldBy(ownCopy);
	assert.ok(sliced > 200 * 40_000, `the matched ids hold the pages (${sliced} bytes)`);
	assert.ok(copied < 1_000_000, `the copies hold ${copied} bytes`);
});
