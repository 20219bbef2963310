// `npm run review -- --mark-reviewed <page>` on a fixture tree: it records today's review, pins the
// cited sources' current versions and clears the "source changed" finding, editing only the lines
// it must; `npm run review` lists pages whose sources changed and reviews due, by owner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTree, ROOT } from '../helpers/content-fixture.ts';
import { markReviewed, ReviewError } from '../../scripts/review/mark-reviewed.ts';
import { trustReport } from '../../scripts/review/trust-report.ts';
import { checkContent } from '../../src/checks/content/index.ts';

const DAY = '2026-12-01';
const K20 = 'krav/k-20.mdx';
const NEW_VERSION = 'Lov nr. 434 af 6. maj 2025 med ændringer (testdata)';

/** Changes the version (and date) of nis2-loven in the tree's kilder.yaml, as an editor bumping a source would. */
function bumpSource(dir: string, version = NEW_VERSION, dato = DAY) {
	const file = join(dir, 'data/kilder.yaml');
	const text = readFileSync(file, 'utf8');
	const bumped = text.replace(
		/(- id: nis2-loven\n(?: {2}.*\n)*?) {2}version: .*\n {2}dato: .*\n/,
		`$1  version: ${JSON.stringify(version)}\n  dato: ${dato}\n`,
	);
	assert.notEqual(bumped, text, 'the fixture has nis2-loven with version and dato');
	writeFileSync(file, bumped);
}

const changedLines = (before: string, after: string) => {
	const a = before.split('\n');
	const b = after.split('\n');
	return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
};

test('marking a page reviewed sets the date and pins every cited source, touching nothing else', () => {
	const { dir, cleanup } = contentTree();
	try {
		const file = join(dir, K20);
		const before = readFileSync(file, 'utf8');
		const result = markReviewed(ROOT, dir, 'k-20', DAY);
		const after = readFileSync(file, 'utf8');
		const { removed, added } = changedLines(before, after);
		assert.deepEqual(removed, ['sidstGennemgaaet: 2026-11-30']);
		assert.deepEqual(added, [
			'    version: Oprindelig udgave',
			'    version: Lov nr. 434 af 6. maj 2025 (i kraft 1. juli 2025)',
			'sidstGennemgaaet: 2026-12-01',
		]);
		// Each pin sits in its own citation, right after the citation's last field.
		assert.match(
			after,
			/ {2}- kilde: nis2-direktivet\n {4}henvisning: art\. 20\n {4}version: Oprindelig udgave\n {2}- kilde: nis2-loven\n {4}henvisning: § 7\n {4}version: Lov nr\. 434/,
		);
		assert.equal(after.slice(after.indexOf('\n---\n')), before.slice(before.indexOf('\n---\n')), 'the body is untouched');
		assert.equal(result.changes.length, 3, result.changes.join('\n'));
		// Still valid content, with no warnings.
		const check = checkContent(ROOT, dir, DAY);
		assert.deepEqual([...check.problems, ...check.warnings], []);
		// Marking again the same day changes nothing but says so.
		const again = markReviewed(ROOT, dir, 'krav/k-20', DAY);
		assert.deepEqual(again.changes, ['sidstGennemgaaet: 2026-12-01 → 2026-12-01']);
	} finally {
		cleanup();
	}
});

test('a bumped source shows up as changed until the page is reviewed again', () => {
	const { dir, cleanup } = contentTree();
	try {
		markReviewed(ROOT, dir, K20, '2026-11-30');
		assert.deepEqual(trustReport(ROOT, dir, DAY).changed, []);
		bumpSource(dir);
		const report = trustReport(ROOT, dir, DAY);
		assert.equal(report.changed.length, 1);
		assert.match(report.changed[0].file, /krav\/k-20\.mdx$/);
		assert.equal(report.changed[0].owner, 'Referencegruppens juridiske arbejdsgruppe');
		assert.deepEqual(report.changed[0].changes, [
			{
				kilde: 'nis2-loven',
				kortTitel: 'NIS 2-loven',
				oldVersion: 'Lov nr. 434 af 6. maj 2025 (i kraft 1. juli 2025)',
				newVersion: NEW_VERSION,
				dato: DAY,
			},
		]);
		// A draft is warned about; the build goes on.
		assert.equal(checkContent(ROOT, dir, DAY).warnings.filter((w) => w.field === 'kilder.1.version').length, 1);
		const result = markReviewed(ROOT, dir, `krav/k-20`, DAY);
		assert.ok(
			result.changes.some((c) => c.includes(`»Lov nr. 434 af 6. maj 2025 (i kraft 1. juli 2025)« → »${NEW_VERSION}«`)),
			result.changes.join('\n'),
		);
		assert.deepEqual(trustReport(ROOT, dir, DAY).changed, []);
		assert.deepEqual(checkContent(ROOT, dir, DAY).warnings, []);
	} finally {
		cleanup();
	}
});

test('flow-style citations, quoted values and a written next review are handled in place', () => {
	const { dir, cleanup } = contentTree();
	try {
		const file = join(dir, K20);
		const text = readFileSync(file, 'utf8')
			.replace('  - kilde: nis2-direktivet\n    henvisning: art. 20\n', '  - { kilde: nis2-direktivet, henvisning: "art. 20" } # direktivet\n')
			.replace('sidstGennemgaaet: 2026-11-30\n', 'sidstGennemgaaet: "2026-11-30"\nnaesteGennemgang: 2027-02-01 # efter høringen\n');
		writeFileSync(file, text);
		const result = markReviewed(ROOT, dir, K20, DAY);
		const after = readFileSync(file, 'utf8');
		assert.match(after, / {2}- \{ kilde: nis2-direktivet, henvisning: "art\. 20", version: Oprindelig udgave \} # direktivet\n/);
		assert.match(after, /\nsidstGennemgaaet: 2026-12-01\n/);
		assert.doesNotMatch(after, /naesteGennemgang/);
		assert.ok(
			result.changes.some((c) => c.startsWith('naesteGennemgang fjernet')),
			result.changes.join('\n'),
		);
		assert.deepEqual(checkContent(ROOT, dir, DAY).problems, []);
	} finally {
		cleanup();
	}
});

test('a page that has never been reviewed gets the field; a value needing quotes is quoted', () => {
	const { dir, cleanup } = contentTree();
	try {
		bumpSource(dir, 'Lov nr. 434: ændret # testdata');
		const result = markReviewed(ROOT, dir, 'foranstaltninger/f-001.mdx', DAY);
		assert.deepEqual(result.changes, [`sidstGennemgaaet: ${DAY} (ny)`]);
		assert.match(readFileSync(join(dir, 'foranstaltninger/f-001.mdx'), 'utf8'), new RegExp(`\\nsidstGennemgaaet: ${DAY}\\n---\\n`));
		markReviewed(ROOT, dir, K20, DAY);
		assert.match(readFileSync(join(dir, K20), 'utf8'), / {4}version: "Lov nr\. 434: ændret # testdata"\n/);
		assert.deepEqual(checkContent(ROOT, dir, DAY).problems, []);
	} finally {
		cleanup();
	}
});

test('an unknown page is refused with a Danish message, and no file changes', () => {
	const { dir, cleanup } = contentTree();
	try {
		const before = readFileSync(join(dir, K20), 'utf8');
		assert.throws(
			() => markReviewed(ROOT, dir, 'k-99', DAY),
			(e: Error) => e instanceof ReviewError && e.message.includes('Siden "k-99" findes ikke') && e.message.includes('fx content/krav/k-20.mdx'),
		);
		assert.equal(readFileSync(join(dir, K20), 'utf8'), before);
	} finally {
		cleanup();
	}
});

test('the command line: --mark-reviewed writes the file, npm run review lists what waits, by owner', () => {
	const { dir, cleanup } = contentTree();
	try {
		const run = (...args: string[]) =>
			spawnSync(process.execPath, [join(ROOT, 'scripts/review/cli.ts'), ...args], {
				cwd: ROOT,
				encoding: 'utf8',
				env: { ...process.env, NIS2_CONTENT_DIR: dir, NIS2_TODAY: '2027-10-15', REVIEW_BASE: 'HEAD' },
			});
		const listing = run();
		assert.match(listing.stdout, /### Forfaldne gennemgange og gennemgange inden for 60 dage \(pr\. 15\. oktober 2027\)/);
		assert.match(
			listing.stdout,
			/- \*\*Referencegruppens juridiske arbejdsgruppe\*\*\n {2}- forfalder 30\. november 2027: Ledelsens ansvar, godkendelse og uddannelse/,
		);
		const marked = run('--mark-reviewed', K20);
		assert.equal(marked.status, 0, marked.stderr);
		assert.match(marked.stdout, /gennemgået 2027-10-15/);
		assert.match(readFileSync(join(dir, K20), 'utf8'), /\nsidstGennemgaaet: 2027-10-15\n/);
		assert.doesNotMatch(run().stdout, /forfalder 30\. november 2027: Ledelsens ansvar/);
		const unknown = run('--mark-reviewed', 'k-99');
		assert.equal(unknown.status, 1);
		assert.match(unknown.stderr, /Siden "k-99" findes ikke[\s\S]*Ingen filer er ændret/);
	} finally {
		cleanup();
	}
});
