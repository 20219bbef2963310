// A throw-away git repository whose content/ starts as the base fixture tree, for tests that
// compare content between commits (npm run review, npm run check:approvals, the change log).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './content-fixture.ts';

const GIT_ENV = {
	GIT_AUTHOR_NAME: 'Test',
	GIT_AUTHOR_EMAIL: 'test@example.invalid',
	GIT_COMMITTER_NAME: 'Test',
	GIT_COMMITTER_EMAIL: 'test@example.invalid',
	GIT_CONFIG_NOSYSTEM: '1',
	HOME: tmpdir(),
};

export interface TestRepo {
	dir: string;
	git: (...args: string[]) => string;
	read: (path: string) => string;
	write: (path: string, text: string) => void;
	edit: (path: string, change: (text: string) => string) => void;
	remove: (path: string) => void;
	commit: (message: string) => string;
	cleanup: () => void;
}

export function testRepo(): TestRepo {
	const dir = mkdtempSync(join(tmpdir(), 'nis2-repo-'));
	cpSync(join(ROOT, 'tests/fixtures/content/base'), join(dir, 'content'), { recursive: true });
	const git = (...args: string[]) => {
		const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
		if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
		return r.stdout.trim();
	};
	git('init', '-q', '-b', 'main');
	const repo: TestRepo = {
		dir,
		git,
		read: (path) => readFileSync(join(dir, path), 'utf8'),
		write: (path, text) => {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		},
		edit: (path, change) => repo.write(path, change(repo.read(path))),
		remove: (path) => rmSync(join(dir, path)),
		commit: (message) => {
			git('add', '-A');
			git('commit', '-q', '--allow-empty', '-m', message);
			return git('rev-parse', 'HEAD');
		},
		cleanup: () => rmSync(dir, { recursive: true, force: true }),
	};
	return repo;
}

/** Makes k-20 an interpretation approved by decision b-2026-01, as it would be after a meeting. */
export function approveK20(repo: TestRepo): void {
	repo.edit('content/krav/k-20.mdx', (t) => t.replace('status: udkast', 'status: godkendt\nbeslutning: b-2026-01\ngodkendtDato: 2026-10-01'));
	repo.write('content/data/beslutninger.yaml', decision('b-2026-01', '2026-10-01', 'Fortolkningen af ledelsens ansvar godkendt', ['k-20']));
}

export function decision(id: string, dato: string, titel: string, krav: string[]): string {
	return `- id: ${id}\n  dato: ${dato}\n  titel: ${titel}\n  resume: Referencegruppen godkendte fortolkningen på sit møde.\n  krav: [${krav.join(', ')}]\n`;
}
