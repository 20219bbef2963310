// The change log and "Sidst ændret" read git; without usable history they must say so, not guess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHistory, lastChanged } from '../../src/lib/git-history.ts';
import { contentTree } from '../helpers/content-fixture.ts';
import { testRepo } from '../helpers/git-repo.ts';

test('change log: commits that touched content, newest first, with their files', () => {
	const repo = testRepo();
	try {
		repo.commit('Indhold: første udgave');
		repo.edit('content/krav/k-20.mdx', (t) => `${t}\nNy sætning.\n`);
		repo.commit('Præciser ledelsens ansvar');
		const history = contentHistory(join(repo.dir, 'content'));
		assert.ok(history.available);
		assert.deepEqual(
			history.commits.map((c) => c.subject),
			['Præciser ledelsens ansvar', 'Indhold: første udgave'],
		);
		assert.deepEqual(history.commits[0].files, ['krav/k-20.mdx']);
		assert.match(history.commits[0].date, /^\d{4}-\d{2}-\d{2}$/);
		assert.equal(lastChanged(join(repo.dir, 'content')).get('krav/k-20.mdx'), history.commits[0].date);
	} finally {
		repo.cleanup();
	}
});

test('change log: content outside git gives a Danish reason instead of a list', () => {
	const { dir, cleanup } = contentTree();
	try {
		const history = contentHistory(dir);
		assert.equal(history.available, false);
		assert.match(history.available ? '' : history.reason, /uden versionshistorik/);
	} finally {
		cleanup();
	}
});

test('change log: a shallow clone gives a Danish reason instead of misleading dates', () => {
	const repo = testRepo();
	const clone = mkdtempSync(join(tmpdir(), 'nis2-shallow-'));
	try {
		repo.commit('første');
		repo.edit('content/krav/k-20.mdx', (t) => `${t}\nNy sætning.\n`);
		repo.commit('anden');
		const r = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone], { encoding: 'utf8' });
		assert.equal(r.status, 0, r.stderr);
		const history = contentHistory(join(clone, 'content'));
		assert.equal(history.available, false);
		assert.match(history.available ? '' : history.reason, /afkortet kopi af versionshistorikken/);
		assert.equal(lastChanged(join(clone, 'content')).size, 0);
	} finally {
		repo.cleanup();
		rmSync(clone, { recursive: true, force: true });
	}
});
