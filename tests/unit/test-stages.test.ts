// `npm test`'s stages (scripts/test-stages.ts), the npm scripts in package.json and the README's test
// table describe the same thing three times; this keeps them in step. Every stage is an npm script
// and has a README row, every README row names a stage, and every test folder run by a stage exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAGES } from '../../scripts/test-stages.ts';
import { ROOT } from '../helpers/content-fixture.ts';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const stageNames = STAGES.map((s) => s.script);

/** The stage names in the README's "Tests" table, in table order (rows start "| `npm run NAME` |"). */
function readmeRows(): string[] {
	const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
	const start = readme.indexOf('\n## Tests\n');
	assert.ok(start >= 0, 'README.md has no "## Tests" section');
	const next = readme.indexOf('\n## ', start + 1);
	const section = readme.slice(start, next < 0 ? undefined : next);
	return [...section.matchAll(/^\| `npm run ([\w:-]+)` \|/gm)].map((m) => m[1]);
}

test('every stage of npm test is an npm script', () => {
	const missing = stageNames.filter((name) => !(name in scripts));
	assert.deepEqual(missing, [], `stages without an npm script in package.json: ${missing.join(', ')}`);
	assert.equal(new Set(stageNames).size, stageNames.length, 'a stage is listed twice');
});

test('the README test table has one row per stage, in the order npm test runs them', () => {
	const rows = readmeRows();
	assert.deepEqual(
		rows.filter((r) => !stageNames.includes(r)),
		[],
		'README rows that name no stage of scripts/test-stages.ts',
	);
	assert.deepEqual(
		stageNames.filter((s) => !rows.includes(s)),
		[],
		'stages without a row in the README test table',
	);
	assert.deepEqual(rows, stageNames, 'the README rows are in a different order from the stages');
});

test('every test:* npm script is a stage, and every test folder it names exists', () => {
	const testScripts = Object.keys(scripts).filter((name) => name.startsWith('test:'));
	assert.deepEqual(
		testScripts.filter((name) => !stageNames.includes(name)),
		[],
		'test:* scripts that npm test never runs',
	);
	for (const name of testScripts) {
		for (const [, folder] of scripts[name].matchAll(/"?(tests\/[\w-]+)\//g)) {
			assert.ok(existsSync(join(ROOT, folder)), `${name} runs ${folder}/, which does not exist`);
		}
	}
});
