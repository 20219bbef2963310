// Starts the form-based editor against a local git repository, as an editor would run it on their
// own machine: decap-server in git mode (branches and commits, the editorial workflow without a
// forge) on 127.0.0.1, and /admin/ written by the same code the build uses (src/cms/admin-site.ts),
// pointed at that server instead of GitHub.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAdmin } from '../../src/cms/admin-site.ts';
import { buildCmsConfig } from '../../src/cms/config.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { ROOT } from './content-fixture.ts';

export interface Editor {
	/** Address of the editor page, e.g. http://127.0.0.1:40123/admin/ */
	url: string;
	proxyUrl: string;
	log: () => string;
	stop: () => Promise<void>;
}

/** `headers(proxyOrigin)` adds response headers to the editor page (the CSP test uses the production policy). */
export async function startEditor(repoDir: string, branch = 'main', headers?: (proxyOrigin: string) => Record<string, string>): Promise<Editor> {
	const port = await freePort();
	const proxyUrl = `http://127.0.0.1:${port}/api/v1`;
	const site = mkdtempSync(join(tmpdir(), 'nis2-admin-'));
	writeAdmin(join(site, 'admin'), buildCmsConfig({ root: repoDir, contentDir: join(repoDir, 'content'), backend: { name: 'proxy', proxyUrl, branch } }));
	let output = '';
	const proxy: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
		cwd: repoDir,
		env: {
			...process.env,
			MODE: 'git',
			PORT: String(port),
			BIND_HOST: '127.0.0.1',
			GIT_REPO_DIRECTORY: repoDir,
			LOG_LEVEL: 'info',
			GIT_AUTHOR_NAME: 'Redaktør',
			GIT_AUTHOR_EMAIL: 'redaktoer@example.invalid',
			GIT_COMMITTER_NAME: 'Redaktør',
			GIT_COMMITTER_EMAIL: 'redaktoer@example.invalid',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	proxy.stdout!.on('data', (d) => (output += d));
	proxy.stderr!.on('data', (d) => (output += d));
	// Wait until the proxy answers (it logs "listening" once bound).
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			const r = await fetch(proxyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
			if (r.ok) break;
		} catch {
			// not up yet
		}
		if (proxy.exitCode !== null || Date.now() > deadline) throw new Error(`decap-server did not start:\n${output}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	const server = await serveStatic(site, headers?.(new URL(proxyUrl).origin));
	return {
		url: `${server.origin}/admin/`,
		proxyUrl,
		log: () => output,
		stop: async () => {
			proxy.kill();
			await server.close();
			rmSync(site, { recursive: true, force: true });
		},
	};
}
