// Two Apache + mod_auth_openidc nodes sharing one Redis session store behind HAProxy, with the
// real oidc-provider, all on 127.0.0.1 with free ports (`npm run test:cluster`). Proves what the
// operator guide promises for several nodes (deploy/README.md, "Several Apache nodes"): a session
// made on one node works on the other, logout on one ends it on both, a node that dies loses no
// reader, Redis gone means a fresh login and never open access, Redis back means service back,
// a bounded load run with a logged-in cookie has no errors, and a release switch under load
// (scripts/deploy/switch-release.sh) serves no 404 and no page from a mixed release.
//
// The servers start once for all tests (tests/cluster/world.ts), since each start costs seconds;
// the tests run in order on the one cluster.
//
// CLUSTER_KEEP_TMP=1 keeps config and logs; CLUSTER_LOAD_REQUESTS (default 3000) sizes the load run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_USERS } from '../sso/idp-users.ts';
import { startApache, missingPrerequisites, REPO_ROOT } from '../sso/apache.ts';
import { startRedis } from './redis.ts';
import { NAVIGATE, FETCH } from '../sso/http.ts';
import { login, walk, SESSION_COOKIE } from '../sso/checks.ts';
import { missingFor, report } from '../../scripts/prerequisites.ts';
import { ab, startReader } from './load.ts';
import { createWorld, ctxFor, HEALTH, startNode, startServers, stopWorld, untilState, type World } from './world.ts';

const alice = TEST_USERS.find((u) => u.tid === 'tenant-a')!;
const started = Date.now();
const log = (line: string) => console.log(`# [cluster +${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
let w: World;

const blockers = [...missingPrerequisites(), ...(missingFor(['test:cluster']).length ? [report(missingFor(['test:cluster']))] : [])];
if (!existsSync(join(REPO_ROOT, 'dist/index.html'))) blockers.push('dist/index.html not found: run `npm run build` first');

before(async () => {
	if (blockers.length) return;
	w = await createWorld(log);
	await startServers(w);
});

after(async () => {
	if (!w) return;
	await stopWorld(w);
	log(`wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

if (blockers.length) test('cluster prerequisites', () => assert.fail(`test:cluster cannot run:\n  ${blockers.join('\n  ')}`));

const opts = { skip: blockers.length > 0 };
const cookieOf = (value: string) => `${SESSION_COOKIE}=${value}`;

/** A session made on node a must work on node b: the problems, empty when it does. */
async function sharedSessionProblems(): Promise<{ problems: string[]; cookie: string }> {
	const flow = await login(ctxFor(w, 'a'), alice, '/');
	if (flow.final.status !== 200 || !flow.sessionCookie) return { problems: [`login at node a ended at ${flow.finalUrl} (${flow.final.status})`], cookie: '' };
	const cookie = cookieOf(flow.sessionCookie.value);
	const onB = await ctxFor(w, 'b').client.fetch(`${w.site}/`, { headers: { ...NAVIGATE, cookie } });
	const problems: string[] = [];
	if (onB.status !== 200) problems.push(`node b refused node a's session: ${onB.status} ${onB.headers.location ?? ''}`);
	else if (!onB.body.includes('nis2-release')) problems.push('node b served something other than the site');
	return { problems, cookie };
}

test('a login on node a is honoured by node b, and by both through the balancer', opts, async () => {
	const { problems, cookie } = await sharedSessionProblems();
	assert.deepEqual(problems, []);
	const statuses = await Promise.all(
		Array.from({ length: 12 }, () => w.client.fetch(`${w.site}/`, { headers: { ...NAVIGATE, cookie }, fresh: true }).then((r) => r.status)),
	);
	assert.deepEqual([...new Set(statuses)], [200], `through the balancer: ${statuses.join(' ')}`);
	const hits = (['a', 'b'] as const).map(
		(n) =>
			readFileSync(join(w.nodes[n].settings.runDir, 'logs/nis2-access.log'), 'utf8')
				.split('\n')
				.filter((l) => l.includes('"GET / ') && l.includes(' 200 ')).length,
	);
	assert.ok(hits[0] > 0 && hits[1] > 0, `both nodes must have served the session: a ${hits[0]}, b ${hits[1]}`);
	log(`session from node a accepted by node b; 12 balanced requests all 200 (pages served: a ${hits[0]}, b ${hits[1]})`);
});

test('logout on node b ends the session on node a too', opts, async () => {
	const flow = await login(ctxFor(w, 'a'), alice, '/');
	assert.equal(flow.final.status, 200);
	const cookie = cookieOf(flow.sessionCookie!.value);
	await walk(ctxFor(w, 'b'), `${w.site}/log-ud`, null, flow.jar, 'POST', '');
	for (const n of ['a', 'b'] as const) {
		const page = await ctxFor(w, n).client.fetch(`${w.site}/`, { headers: { ...NAVIGATE, cookie } });
		assert.ok(
			page.status === 302 && String(page.headers.location).startsWith(`${w.idp.issuer}/auth?`),
			`after logout on b, node ${n} answered ${page.status} ${page.headers.location ?? ''}, want a redirect to the IdP`,
		);
		const sub = await ctxFor(w, n).client.fetch(`${w.site}/index.html`, { headers: { ...FETCH, cookie } });
		assert.equal(sub.status, 401, `after logout on b, fetch() on node ${n}: ${sub.status}`);
	}
	log('logout on node b: the old cookie is dead on node a and node b');
});

test('a node killed mid-session loses no reader; the health check takes it out and back in', opts, async () => {
	const flow = await login(ctxFor(w), alice, '/');
	assert.equal(flow.final.status, 200);
	const cookie = cookieOf(flow.sessionCookie!.value);
	const want = new Set([...Object.values(w.releases)].map((r) => r.get('/index.html')!.toString('latin1')));
	let reading = true;
	const result = { requests: 0, failed: [] as string[], retried: 0, worstMs: 0 };
	const reader = (async () => {
		while (reading) {
			const t = Date.now();
			let r;
			try {
				r = await w.client.fetch(`${w.site}/`, { headers: { ...NAVIGATE, cookie }, fresh: true });
			} catch {
				// What a browser does with a connection reset under an idempotent GET: try once more.
				result.retried++;
				r = await w.client.fetch(`${w.site}/`, { headers: { ...NAVIGATE, cookie }, fresh: true }).catch((e: Error) => ({ status: 0, text: e.message }));
			}
			result.requests++;
			result.worstMs = Math.max(result.worstMs, Date.now() - t);
			if (r.status !== 200 || !want.has(r.text)) result.failed.push(`${r.status}`);
		}
	})();
	await new Promise((r) => setTimeout(r, 400));
	const killedAt = Date.now();
	await w.nodes.a.apache!.kill();
	const downMs = await untilState(w, 'a', 'DOWN', 10_000);
	await new Promise((r) => setTimeout(r, 400));
	const restartAt = Date.now();
	await startNode(w, 'a');
	const upMs = await untilState(w, 'a', 'UP', 10_000);
	await new Promise((r) => setTimeout(r, 300));
	reading = false;
	await reader;
	log(
		`node a killed (SIGKILL to all its processes): HAProxy marked it DOWN after ${downMs} ms (check every ${HEALTH.interMs} ms, fall ${HEALTH.fall}); restarted, UP after ${upMs} ms (${Date.now() - restartAt} ms incl. start)`,
	);
	log(
		`reader: ${result.requests} page views during ${((Date.now() - killedAt) / 1000).toFixed(1)} s, ${result.failed.length} failed, ${result.retried} connection resets retried once, slowest ${result.worstMs} ms`,
	);
	assert.deepEqual(result.failed, [], 'the reader lost pages while node a died');
	const back = await ctxFor(w, 'a').client.fetch(`${w.site}/`, { headers: { ...NAVIGATE, cookie } });
	assert.equal(back.status, 200, 'the restarted node a does not know the session from Redis');
});

test('Redis stopped: a fresh login, never open access; Redis back: service back', opts, async () => {
	const flow = await login(ctxFor(w), alice, '/');
	assert.equal(flow.final.status, 200);
	const cookie = cookieOf(flow.sessionCookie!.value);
	await w.redis!.stop();
	const stoppedAt = Date.now();
	const seen: string[] = [];
	for (let i = 0; i < 6; i++) {
		for (const node of ['a', 'b'] as const) {
			const page = await ctxFor(w, node).client.fetch(`${w.site}/`, { headers: { ...NAVIGATE, cookie }, fresh: true });
			const sub = await ctxFor(w, node).client.fetch(`${w.site}/index.html`, { headers: { ...FETCH, cookie }, fresh: true });
			const anon = await ctxFor(w, node).client.fetch(`${w.site}/`, { headers: NAVIGATE, fresh: true });
			seen.push(`${page.status}/${sub.status}/${anon.status}`);
			assert.notEqual(page.status, 200, `Redis down: node ${node} served a page to the old cookie`);
			assert.ok(
				page.status === 302 && String(page.headers.location).startsWith(`${w.idp.issuer}/auth?`),
				`Redis down: node ${node} answered ${page.status}, want a redirect to a fresh login`,
			);
			assert.ok(sub.status === 401, `Redis down: fetch() on node ${node} got ${sub.status}, want 401`);
			assert.ok(anon.status === 302, `Redis down: anonymous got ${anon.status}`);
		}
	}
	const during = await login(ctxFor(w), alice, '/');
	assert.notEqual(during.final.status, 200, 'a login while Redis is down must not end on a site page it cannot keep a session for');
	assert.ok(!during.final.body.includes('nis2-release'), 'site content while Redis is down');
	log(
		`Redis down: old cookie -> login redirect, fetch() -> 401, anonymous -> 302 on both nodes (${seen.length} rounds); a login attempt ends with ${during.final.status} at ${new URL(during.finalUrl).pathname}, no content`,
	);
	const restartAt = Date.now();
	w.redis = await startRedis(w.redisPort, w.tmp);
	let back: Awaited<ReturnType<typeof login>> | undefined;
	while (Date.now() - restartAt < 15_000) {
		back = await login(ctxFor(w), alice, '/');
		if (back.final.status === 200) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	assert.equal(back?.final.status, 200, 'no working login within 15 s of Redis coming back');
	const cookie2 = cookieOf(back.sessionCookie!.value);
	for (const node of ['a', 'b'] as const) {
		const r = await ctxFor(w, node).client.fetch(`${w.site}/`, { headers: { ...NAVIGATE, cookie: cookie2 } });
		assert.equal(r.status, 200, `after Redis came back node ${node} refused the new session`);
	}
	log(
		`Redis back: a fresh login works on both nodes ${Date.now() - restartAt} ms after restart (outage ${restartAt - stoppedAt} ms; sessions from before the outage are gone, as Redis keeps none on disk)`,
	);
});

test('load with a logged-in cookie across both nodes, with an atomic release switch in the middle: no errors, no 404, no mixed release', opts, async () => {
	const flow = await login(ctxFor(w), alice, '/');
	assert.equal(flow.final.status, 200);
	const cookie = cookieOf(flow.sessionCookie!.value);
	const requests = Number(process.env.CLUSTER_LOAD_REQUESTS ?? 3000);
	const load = ab([
		'-q',
		'-n',
		String(requests),
		'-c',
		'8',
		'-k',
		'-H',
		`Cookie: ${cookie}`,
		'-H',
		`Host: ${w.siteHost}`,
		'-H',
		'Accept: text/html',
		'-H',
		'Sec-Fetch-Mode: navigate',
		`https://127.0.0.1:${w.haPort}/`,
	]);
	const reader = startReader(w, cookie, 'r1');
	await new Promise((r) => setTimeout(r, 1500));
	const sw = spawnSync(join(REPO_ROOT, 'scripts/deploy/switch-release.sh'), [w.www, 'r2'], { encoding: 'utf8' });
	reader.switched();
	assert.equal(sw.status, 0, sw.stderr);
	const result = await load;
	await new Promise((r) => setTimeout(r, 1200));
	const { problems, seen, pagesRead, assetsRead } = await reader.stop();
	log(
		`load (ab -c 8 -k, ${result.complete} requests of / with a session cookie, through HAProxy to both nodes): ${result.rps.toFixed(0)} requests/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.failed} failed, ${result.non2xx} non-2xx`,
	);
	log(
		`release switch r1 -> r2 under load: reader saw ${pagesRead} pages (r1 ${seen.r1}, r2 ${seen.r2}) and ${assetsRead} assets, ${problems.length} problem(s)`,
	);
	assert.equal(result.complete, requests);
	assert.equal(result.failed, 0, `ab reported failed requests:\n${result.raw}`);
	assert.equal(result.non2xx, 0, `ab reported non-2xx responses:\n${result.raw}`);
	assert.deepEqual(problems.slice(0, 10), [], 'release switch');
	assert.ok(seen.r1 > 0 && seen.r2 > 0, `the reader must have seen both releases: ${JSON.stringify(seen)}`);
	const rotated = [...Object.values(w.nodes)].map(
		(n) =>
			readFileSync(join(n.settings.runDir, 'logs/nis2-access.log'), 'utf8')
				.split('\n')
				.filter((l) => l.includes(' 404 ') && !l.includes('finnes-ikke')).length,
	);
	assert.deepEqual(rotated, [0, 0], 'the nodes logged 404 responses during the run');
});

test('broken on purpose: a release switch that removes the old link before making the new one is caught', opts, async () => {
	const flow = await login(ctxFor(w), alice, '/');
	assert.equal(flow.final.status, 200);
	const reader = startReader(w, cookieOf(flow.sessionCookie!.value), 'r2');
	await new Promise((r) => setTimeout(r, 300));
	// What `ln -sfn` alone does under the hood, with the gap made visible: unlink, then symlink.
	rmSync(join(w.www, 'current'));
	await new Promise((r) => setTimeout(r, 300));
	spawnSync('ln', ['-s', 'releases/r1', join(w.www, 'current')]);
	reader.switched();
	await new Promise((r) => setTimeout(r, 300));
	const { problems } = await reader.stop();
	log(`non-atomic switch: the reader found ${problems.length} problem(s), e.g. ${problems[0]}`);
	assert.ok(problems.length > 0, 'a switch with a gap went unnoticed: the release-switch check has lost its teeth');
});

test('broken on purpose: nodes with their own shm cache (no session-cache-redis.conf) are caught', opts, async () => {
	for (const n of ['a', 'b'] as const) {
		await w.nodes[n].apache?.stop();
		w.nodes[n].apache = await startApache({ ...w.nodes[n].settings, overrides: [] });
	}
	const { problems } = await sharedSessionProblems();
	log(`without the shared store: ${problems[0] ?? 'no problem found'}`);
	assert.ok(problems.length > 0, 'a session made on node a worked on node b without a shared session store: the check has lost its teeth');
});
