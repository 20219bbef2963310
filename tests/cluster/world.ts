// The cluster test's world (tests/cluster/cluster.test.ts): a PKI, the OpenID provider, one release
// tree with two releases behind the atomic `current` link, Redis, two Apache nodes with identical
// settings and HAProxy in front, all on 127.0.0.1 with free ports. Started once for all the
// cluster's tests, since each start costs seconds; the tests then stop and start parts of it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort } from '../helpers/free-port.ts';
import { createPki, type Pki } from '../sso/pki.ts';
import type { RunningIdp } from '../sso/idp.ts';
import { startApache, REPO_ROOT, DEPLOY_DIR, type ApacheSettings, type RunningApache } from '../sso/apache.ts';
import { scanInlineScripts, renderCspInclude } from '../../scripts/deploy/csp-hashes.ts';
import { Client } from '../sso/http.ts';
import { gateSettings, IDP_HOST_NAME, SITE_HOST_NAME, startSiteIdp, type Ctx } from '../sso/harness.ts';
import { startRedis, type RunningRedis } from './redis.ts';
import { startHaproxy, type RunningHaproxy } from './haproxy.ts';
import { makeReleases, worldReadable } from './releases.ts';

/** HAProxy's health check: fast enough that the node-failure test sees a node go DOWN and UP within seconds. */
export const HEALTH = { interMs: 250, fall: 2, rise: 2 };

export interface World {
	tmp: string;
	pki: Pki;
	ca: Buffer;
	site: string;
	siteHost: string;
	haPort: number;
	idp: RunningIdp;
	redis?: RunningRedis;
	redisPort: number;
	haproxy?: RunningHaproxy; // started last, once both nodes answer
	nodes: Record<'a' | 'b', { port: number; settings: ApacheSettings; apache?: RunningApache }>;
	www: string; // holds releases/ and the current symlink
	releases: Record<string, Map<string, Buffer>>; // release -> path -> bytes of its pages
	client: Client; // through the balancer
	log: (line: string) => void;
}

/** A Ctx for the login helpers in tests/sso/checks.ts, optionally pinned to one node. */
export function ctxFor(w: World, node?: 'a' | 'b'): Ctx {
	const client = node ? new Client(w.ca, 12, { [w.siteHost]: w.nodes[node].port }) : w.client;
	return { site: w.site, siteHost: w.siteHost, idpOrigin: w.idp.issuer, client, log: w.log } as unknown as Ctx;
}

export async function untilState(w: World, node: string, want: string, timeoutMs: number): Promise<number> {
	const t = Date.now();
	while (Date.now() - t < timeoutMs) {
		if ((await w.haproxy!.states())[node] === want) return Date.now() - t;
		await new Promise((r) => setTimeout(r, 20));
	}
	throw new Error(`HAProxy did not report ${node} ${want} within ${timeoutMs} ms: ${JSON.stringify(await w.haproxy!.states())}`);
}

export async function startNode(w: World, name: 'a' | 'b'): Promise<void> {
	w.nodes[name].apache = await startApache(w.nodes[name].settings);
}

/** The PKI, the provider, the releases and both nodes' settings; the servers are started by startServers(). */
export async function createWorld(log: (line: string) => void): Promise<World> {
	const tmp = mkdtempSync(join(tmpdir(), 'nis2-cluster-'));
	chmodSync(tmp, 0o755);
	const pki = createPki(tmp, [SITE_HOST_NAME, IDP_HOST_NAME]);
	const [haPort, idpPort, redisPort, portA, portB] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
	const siteHost = `${SITE_HOST_NAME}:${haPort}`;
	const site = `https://${siteHost}`;
	const clientSecret = randomBytes(24).toString('base64url');
	const idp = await startSiteIdp(site, idpPort, pki, clientSecret);
	const www = join(tmp, 'www');
	mkdirSync(join(www, 'releases'), { recursive: true });
	const releases = makeReleases(join(REPO_ROOT, 'dist'), www);
	const deployDir = join(tmp, 'deploy');
	cpSync(DEPLOY_DIR, deployDir, { recursive: true });
	worldReadable(deployDir);
	const switched = spawnSync(join(REPO_ROOT, 'scripts/deploy/switch-release.sh'), [www, 'r1'], { encoding: 'utf8' });
	assert.equal(switched.status, 0, switched.stderr);
	const cspInclude = renderCspInclude(scanInlineScripts(join(www, 'current')), join(www, 'current'));
	// Identical settings on both nodes (one env.conf), as the guide requires; only the listener differs.
	const common = {
		siteRoot: join(www, 'current'),
		siteHost,
		...gateSettings(pki, idp, clientSecret),
		cspInclude,
		deployDir,
		overrides: [join(DEPLOY_DIR, 'session-cache-redis.conf')],
		extraDefines: { NIS2_REDIS_SERVER: `127.0.0.1:${redisPort}`, NIS2_RELEASES_DIR: www },
	};
	const nodes = {
		a: { port: portA, settings: { ...common, runDir: join(tmp, 'node-a'), listen: `127.0.0.1:${portA}` } },
		b: { port: portB, settings: { ...common, runDir: join(tmp, 'node-b'), listen: `127.0.0.1:${portB}` } },
	};
	return {
		tmp,
		pki,
		ca: readFileSync(pki.caCert),
		site,
		siteHost,
		haPort,
		idp,
		redisPort,
		nodes,
		www,
		releases,
		client: new Client(readFileSync(pki.caCert), 16),
		log,
	};
}

/**
 * Redis, both nodes and HAProxy, until HAProxy reports both nodes UP. Apart from createWorld() so
 * that a server that fails to start leaves a World whose stopWorld() ends the ones that did.
 */
export async function startServers(w: World): Promise<void> {
	w.redis = await startRedis(w.redisPort, w.tmp);
	await Promise.all([startNode(w, 'a'), startNode(w, 'b')]);
	w.haproxy = await startHaproxy({
		dir: w.tmp,
		port: w.haPort,
		siteHost: w.siteHost,
		sniName: SITE_HOST_NAME,
		caFile: w.pki.caCert,
		nodes: [
			{ name: 'a', port: w.nodes.a.port },
			{ name: 'b', port: w.nodes.b.port },
		],
		...HEALTH,
	});
	await Promise.all([untilState(w, 'a', 'UP', 10_000), untilState(w, 'b', 'UP', 10_000)]);
	w.log(`HAProxy ${w.site} -> nodes a :${w.nodes.a.port}, b :${w.nodes.b.port}; Redis :${w.redisPort}; IdP ${w.idp.issuer}; both nodes UP`);
}

/** Stops what runs and removes the temporary tree (kept with CLUSTER_KEEP_TMP=1). */
export async function stopWorld(w: World): Promise<void> {
	w.client.close();
	await w.haproxy?.stop();
	for (const n of Object.values(w.nodes)) await n.apache?.stop();
	await w.redis?.stop();
	await w.idp.close();
	if (!process.env.CLUSTER_KEEP_TMP) rmSync(w.tmp, { recursive: true, force: true });
	else w.log(`kept ${w.tmp}`);
}
