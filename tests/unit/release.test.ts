// `npm run release` on a fixture tree: the next edition's name, the file it writes (comments kept,
// newest first), the "since edition X" notes, and refusal while the content has errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentTree, ROOT } from '../helpers/content-fixture.ts';
import { nextEdition, release, ReleaseError } from '../../scripts/release/index.ts';

test('the next edition: running number within a month, number 1 in a new month', () => {
	assert.deepEqual(nextEdition({ udgave: '2026.12-1', dato: '2026-12-01' }, '2026-12-20'), { udgave: '2026.12-2', dato: '2026-12-20' });
	assert.deepEqual(nextEdition({ udgave: '2026.12-9', dato: '2026-12-01' }, '2026-12-30'), { udgave: '2026.12-10', dato: '2026-12-30' });
	assert.deepEqual(nextEdition({ udgave: '2026.12-3', dato: '2026-12-01' }, '2027-01-04'), { udgave: '2027.01-1', dato: '2027-01-04' });
	assert.deepEqual(nextEdition(undefined, '2026-11-05'), { udgave: '2026.11-1', dato: '2026-11-05' });
});

test('a release adds the edition first, keeps the comments, and lists the major notes since the previous one', () => {
	const { dir, cleanup } = contentTree();
	try {
		const file = join(dir, 'data/udgaver.yaml');
		writeFileSync(file, '# Udgaver, nyeste først.\n- udgave: 2026.11-1\n  dato: 2026-11-15\n');
		const page = join(dir, 'krav/k-20.mdx');
		const text = readFileSync(page, 'utf8');
		writeFileSync(
			page,
			text.replace(
				/\n---\n/,
				'\naendringer:\n  - dato: 2026-11-10\n    type: vaesentlig\n    tekst: En ældre ændring, der kom med i udgave 2026.11-1.\n  - dato: 2026-11-20\n    type: vaesentlig\n    tekst: Fortolkningen omfatter nu også direktionen.\n  - dato: 2026-11-21\n    type: mindre\n    tekst: Stavefejl rettet i resuméet.\n---\n',
			),
		);
		const r = release(ROOT, dir, '2026-12-01');
		assert.equal(r.next.udgave, '2026.12-1');
		assert.equal(r.previous?.udgave, '2026.11-1');
		assert.deepEqual(
			r.notes.map((n) => n.tekst),
			['Fortolkningen omfatter nu også direktionen.'],
		);
		assert.match(
			r.markdown,
			/^# Udgave 2026\.12-1 \(1\. december 2026\)\n\n## Væsentlige ændringer siden udgave 2026\.11-1\n\n- 20\. november 2026: \*\*Ledelsens ansvar, godkendelse og uddannelse\*\* – Fortolkningen omfatter nu også direktionen\.\n/,
		);
		const written = readFileSync(file, 'utf8');
		assert.ok(written.startsWith('# Udgaver, nyeste først.\n'), written);
		assert.deepEqual(parse(written), [
			{ udgave: '2026.12-1', dato: '2026-12-01' },
			{ udgave: '2026.11-1', dato: '2026-11-15' },
		]);
		// A second release the same month gets the next number.
		assert.equal(release(ROOT, dir, '2026-12-01', false).next.udgave, '2026.12-2');
	} finally {
		cleanup();
	}
});

test('no release while the content has errors, and the file is left alone', () => {
	const { dir, cleanup } = contentTree('missing-field');
	try {
		const file = join(dir, 'data/udgaver.yaml');
		writeFileSync(file, '- udgave: 2026.11-1\n  dato: 2026-11-15\n');
		assert.throws(
			() => release(ROOT, dir, '2026-12-01'),
			(e: Error) =>
				e instanceof ReleaseError && e.message.includes('Der kan ikke udgives, før indholdet er i orden') && e.message.includes('Sådan retter du det'),
		);
		assert.equal(readFileSync(file, 'utf8'), '- udgave: 2026.11-1\n  dato: 2026-11-15\n');
	} finally {
		cleanup();
	}
});
