// The printed documents are the same whether the print route renders every section itself (as
// under `astro dev`, forced here with NIS2_PRINT_SECTIONS=render) or the build fills the sections
// of plain-text pages from the built pages (src/lib/print-assembly.ts): byte for byte, stylesheet
// links, ids, in-document links and icons included. Two real builds of the smallest content tree,
// which has both kinds of page: overviews with components and plain-text pages that link to them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTree } from '../helpers/content-fixture.ts';
import { buildContent } from '../helpers/build.ts';

// One edition for both builds: the cover and running footer name it.
const EDITION = { GIT_SHA: 'abc1234', SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };

function printDocuments(env: Record<string, string>, dir: string): { docs: Map<string, string>; output: string } {
	const docs = new Map<string, string>();
	const { status, output } = buildContent(
		dir,
		(dist) => {
			for (const file of readdirSync(join(dist, 'print'), { recursive: true, encoding: 'utf8' }))
				if (file.endsWith('index.html')) docs.set(file, readFileSync(join(dist, 'print', file), 'utf8'));
			for (const page of ['krav/k-20/index.html', 'drejebog/d-0-01/index.html'])
				assert.doesNotMatch(readFileSync(join(dist, page), 'utf8'), /<!--\/?nis2-print-part-->/, `${page} is written without the assembly's markers`);
		},
		{ ...EDITION, ...env },
	);
	assert.equal(status, 0, output);
	return { docs, output };
}

test('the printed documents are the same, section by section, whichever way their sections are made', () => {
	const { dir, cleanup } = contentTree();
	try {
		const assembled = printDocuments({}, dir);
		const rendered = printDocuments({ NIS2_PRINT_SECTIONS: 'render' }, dir);
		const filled = /Udskriftsdokumenter samlet: (\d+) dokumenter, (\d+) afsnit hentet/.exec(assembled.output);
		assert.ok(filled && Number(filled[2]) >= 3, `the build filled plain-text sections from the pages:\n${assembled.output.slice(-2000)}`);
		assert.match(rendered.output, /Udskriftsdokumenter samlet: \d+ dokumenter, 0 afsnit hentet/, 'the forced build rendered every section itself');
		assert.deepEqual([...assembled.docs.keys()].sort(), [...rendered.docs.keys()].sort());
		for (const [key, html] of rendered.docs) {
			assert.doesNotMatch(assembled.docs.get(key)!, /<!--nis2-print-(section|index)\b/, `${key}: every placeholder is filled`);
			assert.equal(assembled.docs.get(key), html, `${key} differs between the two ways`);
		}
	} finally {
		cleanup();
	}
});
