// Starts the real pieces for one test run on loopback: throw-away PKI, the
// oidc-provider IdP, and Apache with the deploy/ configuration.
import { mkdtempSync, rmSync, readFileSync, existsSync, chmodSync, cpSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createPki, type Pki } from './pki.ts';
import { startIdp, type RunningIdp } from './idp.ts';
import { startApache, missingPrerequisites, REPO_ROOT, DEPLOY_DIR, type ApacheSettings, type RunningApache } from './apache.ts';
import { scanInlineScripts, renderCspInclude, listFiles } from '../../scripts/deploy/csp-hashes.ts';
import { Client } from './http.ts';
import { freePort } from '../helpers/free-port.ts';

export const SITE_HOST_NAME = 'site.localhost';
export const IDP_HOST_NAME = 'idp.localhost';
const CLIENT_ID = 'nis2-drejebogen';

/** The test OpenID provider as the site at `site` expects it: our client, its callback and logout return addresses, the throw-away certificate. */
/** What every test Apache needs to gate the site: this PKI's certificate, this provider, our client and a fresh session passphrase. */
export function gateSettings(pki: Pki, idp: RunningIdp, clientSecret: string) {
	return {
		tlsCert: pki.cert,
		tlsKey: pki.key,
		oidcMetadataUrl: `${idp.issuer}/.well-known/openid-configuration`,
		oidcCaBundle: pki.caCert,
		clientId: CLIENT_ID,
		clientSecret,
		cryptoPassphrase: randomBytes(32).toString('base64url'),
		allowedOrgs: ALLOWED_ORGS,
		serverExtras: SERVER_EXTRAS,
	} satisfies Partial<ApacheSettings>;
}

export const startSiteIdp = (site: string, port: number, pki: Pki, clientSecret: string, log?: (line: string) => void): Promise<RunningIdp> =>
	startIdp({
		host: IDP_HOST_NAME,
		port,
		certFile: pki.cert,
		keyFile: pki.key,
		clientId: CLIENT_ID,
		clientSecret,
		redirectUris: [`${site}/oidc/callback`],
		postLogoutRedirectUris: [`${site}/logget-ud/`],
		log,
	});
// Anchored and exact: `Require claim tid:value` compares with apr_strnatcmp,
// which ignores whitespace (" tenant-a" and "ten ant-a" would match); `$` would
// also accept a trailing newline, hence \z, written \\z because Apache reads
// Require arguments as an expression string, where a backslash escapes.
const ALLOWED_ORGS = ['Require claim "tid~^tenant-a\\\\z"'];
/** What a default distribution enables server-wide; the vhost must keep it closed. */
const SERVER_EXTRAS = [join(import.meta.dirname, 'distro-defaults.conf')];

export interface Ctx {
	tmp: string;
	siteRoot: string;
	files: string[]; // relative paths of every file in siteRoot
	pki: Pki;
	ca: Buffer;
	site: string; // https://site.localhost:PORT
	siteHost: string; // site.localhost:PORT
	idpOrigin: string;
	idp: RunningIdp;
	apache?: RunningApache;
	apacheSettings: ApacheSettings;
	client: Client;
	cspHashes: string[];
	log: (line: string) => void;
}

/** Every process we start, so that an exit for any reason still stops them. */
const children = new Set<{ stop(): Promise<void>; pid?: number }>();
process.on('exit', () => {
	for (const c of children)
		if (c.pid)
			try {
				process.kill(c.pid, 'SIGTERM');
			} catch {
				/* already gone */
			}
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));

/**
 * As root, Apache serves as www-data (it refuses to serve as root), so a site
 * under a private home directory would fail with confusing 403s. Say so early.
 */
function unreadableForWwwData(paths: string[]): string[] {
	if (process.getuid?.() !== 0) return [];
	return paths
		.filter((p) => spawnSync('setpriv', ['--reuid=www-data', '--regid=www-data', '--clear-groups', 'test', '-r', p]).status !== 0)
		.map((p) => `${p} is not readable by www-data (Apache drops to www-data when started as root): the temp folder (TMPDIR) must be world-readable`);
}

/**
 * Apache's workers run as www-data, which often cannot read a checkout in a
 * private home directory. The suite serves copies in a world-readable temp
 * folder instead, so it passes wherever the clone is.
 */
function readableCopy(from: string, to: string): string {
	cpSync(from, to, { recursive: true });
	const open = (p: string) => {
		const st = statSync(p);
		chmodSync(p, st.isDirectory() ? 0o755 : 0o644);
		if (st.isDirectory()) for (const e of readdirSync(p)) open(join(p, e));
	};
	open(to);
	return to;
}

export function resolveSiteRoot(): string {
	const root = resolve(process.env.SSO_SITE_ROOT ?? join(REPO_ROOT, 'dist'));
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(`${root}/index.html not found: build the site first with \`npm run build\` (or set SSO_SITE_ROOT).`);
	}
	return root;
}

export async function setup(log: (line: string) => void): Promise<Ctx> {
	const missing = missingPrerequisites();
	if (missing.length) throw new Error(`SSO test prerequisites missing:\n  ${missing.join('\n  ')}`);
	const tmp = mkdtempSync(join(tmpdir(), 'nis2-sso-'));
	chmodSync(tmp, 0o755);
	const siteRoot = readableCopy(resolveSiteRoot(), join(tmp, 'site'));
	const deployDir = readableCopy(DEPLOY_DIR, join(tmp, 'deploy'));
	const unreadable = unreadableForWwwData([join(siteRoot, 'index.html'), join(deployDir, 'public/logget-ud/index.html')]);
	if (unreadable.length) throw new Error(unreadable.join('\n'));
	const pki = createPki(tmp, [SITE_HOST_NAME, IDP_HOST_NAME]);
	const ca = readFileSync(pki.caCert);
	const sitePort = Number(process.env.SSO_SITE_PORT) || (await freePort());
	const idpPort = Number(process.env.SSO_IDP_PORT) || (await freePort());
	const siteHost = `${SITE_HOST_NAME}:${sitePort}`;
	const site = `https://${siteHost}`;
	const clientSecret = randomBytes(24).toString('base64url');
	const idp = await startSiteIdp(site, idpPort, pki, clientSecret, log);
	children.add({ stop: () => idp.close() });
	const report = scanInlineScripts(siteRoot);
	const files = listFiles(siteRoot).map((f) => f.slice(siteRoot.length));
	const apacheSettings: ApacheSettings = {
		runDir: join(tmp, 'apache'),
		siteRoot,
		siteHost,
		listen: `127.0.0.1:${sitePort}`,
		...gateSettings(pki, idp, clientSecret),
		deployDir,
		cspInclude: renderCspInclude(report, siteRoot),
	};
	return {
		tmp,
		siteRoot,
		files,
		pki,
		ca,
		site,
		siteHost,
		idpOrigin: idp.issuer,
		idp,
		apacheSettings,
		client: new Client(ca),
		cspHashes: report.hashes,
		log,
	};
}

/** (Re)starts Apache; `overrides` are files from tests/sso/broken/ for the mutation tests. */
export async function restartApache(ctx: Ctx, overrides: string[] = []): Promise<void> {
	await stopApache(ctx);
	// Drop pooled connections to the old server.
	ctx.client.close();
	ctx.client = new Client(ctx.ca);
	const apache = await startApache({ ...ctx.apacheSettings, overrides });
	ctx.apache = apache;
	children.add(apache);
}

async function stopApache(ctx: Ctx): Promise<void> {
	if (!ctx.apache) return;
	await ctx.apache.stop();
	children.delete(ctx.apache);
	ctx.apache = undefined;
}

export async function teardown(ctx: Ctx | undefined): Promise<void> {
	if (!ctx) {
		for (const c of children) await c.stop();
		return;
	}
	ctx.client.close();
	await stopApache(ctx);
	await ctx.idp.close();
	children.clear();
	if (!process.env.SSO_KEEP_TMP) rmSync(ctx.tmp, { recursive: true, force: true });
	else ctx.log(`kept ${ctx.tmp}`);
}
