// Runs a private Apache httpd with deploy/apache/httpd-standalone.conf +
// nis2-vhost.conf: own ServerRoot, pid file, logs and port on 127.0.0.1, so the
// system Apache (if any) is never touched.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, chmodSync, rmSync } from 'node:fs';
import { portOpen } from '../helpers/free-port.ts';
import { join, resolve } from 'node:path';
import { watchChild } from '../helpers/watch-child.ts';

const MODULE_DIR = '/usr/lib/apache2/modules';
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DEPLOY_DIR = join(REPO_ROOT, 'deploy/apache');

export interface ApacheSettings {
	runDir: string; // private directory for this instance (created)
	siteRoot: string;
	siteHost: string; // host:port as the browser sends it
	listen: string; // 127.0.0.1:port
	tlsCert: string;
	tlsKey: string;
	oidcMetadataUrl: string;
	oidcCaBundle: string;
	clientId: string;
	clientSecret: string;
	cryptoPassphrase: string;
	allowedOrgs: string[]; // lines for allowed-orgs.conf
	cspInclude: string; // text of csp-hashes.conf
	overrides?: string[]; // extra files dropped into conf/local/ (broken variants)
	/** the deploy/apache folder to serve from (a www-data-readable copy); default: the checkout's */
	deployDir?: string;
	/** server-wide files dropped into server.d/ (what a distribution enables outside our vhost) */
	serverExtras?: string[];
	/** extra Defines for site-local files (e.g. NIS2_REDIS_SERVER for session-cache-redis.conf) */
	extraDefines?: Record<string, string>;
}

/** Problems that make the SSO test impossible on this machine, with how to fix them. */
export function missingPrerequisites(): string[] {
	const problems: string[] = [];
	const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
	if (!which('apache2') && !existsSync('/usr/sbin/apache2')) problems.push('apache2 binary not found');
	for (const mod of ['mod_auth_openidc.so', 'mod_ssl.so', 'mod_headers.so', 'mod_mpm_event.so']) {
		if (!existsSync(join(MODULE_DIR, mod))) problems.push(`${join(MODULE_DIR, mod)} not found`);
	}
	if (!which('openssl')) problems.push('openssl not found');
	if (problems.length) problems.push('install with: apt-get install -y apache2 libapache2-mod-auth-openidc openssl libssl3');
	return problems;
}

function apacheBinary(): string {
	return existsSync('/usr/sbin/apache2') ? '/usr/sbin/apache2' : 'apache2';
}

function renderConfig(s: ApacheSettings): { env: NodeJS.ProcessEnv; confFile: string; args: string[] } {
	const confDir = join(s.runDir, 'conf');
	const logDir = join(s.runDir, 'logs');
	rmSync(join(confDir, 'local'), { recursive: true, force: true });
	mkdirSync(join(confDir, 'local'), { recursive: true });
	mkdirSync(logDir, { recursive: true });
	writeFileSync(join(confDir, 'allowed-orgs.conf'), s.allowedOrgs.join('\n') + '\n');
	writeFileSync(join(confDir, 'csp-hashes.conf'), s.cspInclude);
	for (const file of s.overrides ?? []) copyFileSync(file, join(confDir, 'local', file.split('/').pop()!));
	const serverDir = join(s.runDir, 'server.d');
	rmSync(serverDir, { recursive: true, force: true });
	mkdirSync(serverDir, { recursive: true });
	for (const file of s.serverExtras ?? []) copyFileSync(file, join(serverDir, file.split('/').pop()!));
	// The workers run as www-data when we are root; they read the CA bundle at request time.
	chmodSync(s.runDir, 0o755);
	const vars: Record<string, string> = {
		NIS2_RUN_DIR: s.runDir,
		NIS2_LISTEN: s.listen,
		NIS2_VHOST_ADDR: s.listen,
		NIS2_SITE_HOST: s.siteHost,
		NIS2_SITE_ROOT: s.siteRoot,
		NIS2_DEPLOY_DIR: s.deployDir ?? DEPLOY_DIR,
		NIS2_CONF_DIR: confDir,
		NIS2_LOG_DIR: logDir,
		NIS2_TLS_CERT: s.tlsCert,
		NIS2_TLS_KEY: s.tlsKey,
		NIS2_OIDC_METADATA_URL: s.oidcMetadataUrl,
		NIS2_OIDC_CA_BUNDLE: s.oidcCaBundle,
		NIS2_OIDC_ORIGIN: new URL(s.oidcMetadataUrl).origin,
		NIS2_OIDC_CLIENT_ID: s.clientId,
		NIS2_OIDC_CLIENT_SECRET: s.clientSecret,
		NIS2_OIDC_CRYPTO_PASSPHRASE: s.cryptoPassphrase,
		...s.extraDefines,
	};
	// The same Define file format an operator writes (nis2-env.conf.example), so
	// the test exercises the production mechanism rather than environment variables.
	const envConf = join(confDir, 'env.conf');
	writeFileSync(
		envConf,
		Object.entries(vars)
			.map(([k, v]) => {
				if (/["\\\s]/.test(v)) throw new Error(`${k} must not contain quotes, backslashes or spaces`);
				return `Define ${k} "${v}"`;
			})
			.join('\n') + '\n',
		{ mode: 0o600 },
	);
	const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C', NIS2_ENV_CONF: envConf };
	const confFile = join(s.deployDir ?? DEPLOY_DIR, 'httpd-standalone.conf');
	const args = ['-f', confFile, '-DFOREGROUND'];
	if (process.getuid?.() === 0) args.push('-D', 'NIS2_DROP_PRIVILEGES');
	return { env, confFile, args };
}

export interface RunningApache {
	pid: number;
	errorLog: () => string;
	stop(): Promise<void>;
	/** SIGKILL to the whole process group: the parent and every worker, as a crashed host would lose them. */
	kill(): Promise<void>;
}

export async function startApache(s: ApacheSettings, timeoutMs = 15_000): Promise<RunningApache> {
	const { env, args } = renderConfig(s);
	const [host, portStr] = s.listen.split(':');
	const port = Number(portStr);
	if (await portOpen(host, port)) throw new Error(`port ${s.listen} already answers; refusing to test a stale server`);
	const check = spawnSync(apacheBinary(), [...args.filter((a) => a !== '-DFOREGROUND'), '-t'], { env, encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`apache2 -t failed:\n${check.stderr}${check.stdout}`);
	// Its own process group, so kill() can take down the workers too (they keep serving otherwise).
	const child: ChildProcess = spawn(apacheBinary(), args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	const watched = watchChild(child);
	const errorLogFile = join(s.runDir, 'logs', 'error.log');
	const vhostLog = join(s.runDir, 'logs', 'nis2-error.log');
	const errorLog = () =>
		[errorLogFile, vhostLog]
			.filter(existsSync)
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n') + watched.output();
	const deadline = Date.now() + timeoutMs;
	while (!(await portOpen(host, port))) {
		if (watched.exited()) throw new Error(`apache2 exited during start-up:\n${errorLog()}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`apache2 did not open ${s.listen} within ${timeoutMs} ms:\n${errorLog()}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		pid: child.pid!,
		errorLog,
		async kill() {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				/* already gone */
			}
			await watched.gone;
			const until = Date.now() + 5000;
			while (Date.now() < until && (await portOpen(host, port))) await new Promise((r) => setTimeout(r, 20));
		},
		async stop() {
			if (watched.exited()) return;
			// SIGTERM to the foreground parent stops its children too; never use
			// `apache2 -k stop`, which re-parses the config without our environment.
			child.kill('SIGTERM');
			const timer = setTimeout(() => {
				if (!watched.exited()) child.kill('SIGKILL');
			}, 5000);
			await watched.gone;
			clearTimeout(timer);
			// The port must be free again before a restart on the same port.
			const until = Date.now() + 5000;
			while (Date.now() < until && (await portOpen(host, port))) await new Promise((r) => setTimeout(r, 50));
		},
	};
}
