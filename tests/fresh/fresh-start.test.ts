// The README's first command on a machine as it comes: a clean clone, the system Node (Debian 12:
// Node 20, too old for Astro 7) first on PATH, and no Chromium. `npm ci && npm start` must still
// serve the site on 127.0.0.1, on the Node the project brings (the `node` dev dependency), with one
// line saying PDFs were skipped, and the "Hent som PDF" places saying the same instead of a 404.
//
// FRESH_NODE: the "system" node binary to put first on PATH (default /usr/bin/node, else the first
// node on PATH outside node_modules). FRESH_KEEP=1 keeps the clone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pdfSkippedDa, pdfSkippedEn } from '../../src/lib/pdf-skipped.ts';
import { freePort } from '../helpers/free-port.ts';

const REPO = resolve(import.meta.dirname, '../..');
const MISSING_CHROMIUM = '/nonexistent/chromium-for-the-fresh-machine-test';

/** The node a fresh shell would find: FRESH_NODE, Debian's /usr/bin/node, or the first one on PATH outside node_modules. */
const systemNode = [
	process.env.FRESH_NODE,
	'/usr/bin/node',
	...(process.env.PATH ?? '')
		.split(':')
		.filter((d) => d && !d.includes('node_modules'))
		.map((d) => join(d, 'node')),
].find((p) => p && existsSync(p));

/** The environment of a fresh shell: no npm_* variables from the npm run that started us, no node from node_modules. */
function freshEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'NODE_OPTIONS' && k !== 'INIT_CWD') env[k] = v;
	const dirs = (process.env.PATH ?? '').split(':').filter((d) => d && !d.includes('node_modules') && !existsSync(join(d, 'node')));
	env.PATH = [dirname(systemNode!), ...dirs, '/usr/bin', '/bin'].join(':');
	return { ...env, ...extra };
}

test(
	'fresh clone, system Node first on PATH, no Chromium: npm ci && npm start serves the site',
	{ skip: !systemNode && 'no system node found (set FRESH_NODE)', timeout: 600_000 },
	async () => {
		const started = Date.now();
		const log = (line: string) => console.log(`# [fresh +${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
		const systemVersion = spawnSync(systemNode!, ['--version'], { encoding: 'utf8' }).stdout.trim();
		log(`system node ${systemNode} is ${systemVersion}`);
		const dir = mkdtempSync(join(tmpdir(), 'nis2-fresh-'));
		const clone = join(dir, 'clone');
		let child: ReturnType<typeof spawn> | undefined;
		try {
			const cl = spawnSync('git', ['clone', '--quiet', '--shared', REPO, clone], { encoding: 'utf8' });
			assert.equal(cl.status, 0, `git clone failed: ${cl.stderr}`);
			const port = await freePort();
			const env = freshEnv({ CHROMIUM_PATH: MISSING_CHROMIUM, PREVIEW_PORT: String(port) });
			assert.equal(spawnSync('sh', ['-c', 'command -v node'], { env, encoding: 'utf8' }).stdout.trim(), systemNode, 'the system node is first on PATH');

			const ci = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
				cwd: clone,
				env,
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
			});
			assert.equal(ci.status, 0, `npm ci failed with ${systemVersion} first on PATH:\n${(ci.stderr + ci.stdout).slice(-3000)}`);
			log('npm ci done');

			child = spawn('npm', ['start'], { cwd: clone, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
			let output = '';
			child.stdout!.on('data', (d) => {
				output += d;
			});
			child.stderr!.on('data', (d) => {
				output += d;
			});
			const exited = new Promise<number | null>((res) => child!.once('exit', res));
			const origin = `http://127.0.0.1:${port}`;
			const deadline = Date.now() + 300_000;
			let home: Response | undefined;
			while (Date.now() < deadline) {
				const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 1000))]);
				if (done) assert.fail(`npm start exited before serving:\n${output.slice(-3000)}`);
				home = await fetch(`${origin}/`).catch(() => undefined);
				if (home?.ok) break;
			}
			assert.ok(home?.ok, `npm start did not serve ${origin}/ within 300 s:\n${output.slice(-3000)}`);
			log(`serving ${origin}/`);

			const used = /npm start: Node v(\d+)\.(\d+)\.\d+ \(([^)]+)\)/.exec(output);
			assert.ok(used, `npm start did not say which Node it runs on:\n${output.slice(0, 2000)}`);
			const [major, minor] = [Number(used[1]), Number(used[2])];
			assert.ok(major > 22 || (major === 22 && minor >= 18), `npm start ran on Node ${used[1]}.${used[2]}, want >= 22.18`);
			assert.ok(used[3].startsWith(join(clone, 'node_modules')), `npm start ran on ${used[3]}, not the project's own Node`);
			log(`npm scripts ran on Node ${used[1]}.${used[2]} from ${used[3].slice(clone.length + 1)}`);

			assert.ok(
				output.includes(`${pdfSkippedDa(MISSING_CHROMIUM)} / ${pdfSkippedEn(MISSING_CHROMIUM)}`),
				`no Danish/English line about skipped PDFs in:\n${output.slice(0, 3000)}`,
			);
			const html = await home.text();
			assert.match(html, /<html[^>]*lang="da"/);
			for (const chapter of ['/krav/', '/foranstaltninger/']) {
				const page = await (await fetch(origin + chapter)).text();
				assert.ok(page.includes('Hent som PDF'), `${chapter} has no "Hent som PDF" place`);
				assert.ok(page.includes(pdfSkippedDa(MISSING_CHROMIUM).replace(/»/g, '»').split(' (')[0]), `${chapter} does not say the PDF was skipped`);
				assert.doesNotMatch(page, /href="\/pdf\/[^"]+\.pdf"/, `${chapter} still links to a PDF that was never made`);
			}
			log('"Hent som PDF" says why there is no PDF; no link to a missing file');
		} finally {
			if (child?.pid)
				try {
					process.kill(-child.pid, 'SIGTERM');
				} catch {
					/* already gone */
				}
			// The clone holds a full node_modules (with a Node binary); deleting it takes a minute on a
			// busy disk, and nothing waits for it.
			if (!process.env.FRESH_KEEP) spawn('rm', ['-rf', dir], { detached: true, stdio: 'ignore' }).unref();
			else log(`kept ${dir}`);
		}
	},
);
