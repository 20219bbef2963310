// The SSO checks of gate defects found by probing (issue 19): the callback URL's commands, login
// link parameters, exact organisation claims, the server's own status pages and the security
// headers on every answer. The logout defects are in checks-logout.ts.
import type { Ctx } from './harness.ts';
import { CLAIM_VARIANT_USERS } from './idp-users.ts';
import { NAVIGATE, FETCH, setCookies } from './http.ts';
import { alice, leaks, logoutUrl, pool, securityHeaderProblems, siteFingerprints, SESSION_COOKIE, type Problems } from './probe.ts';
import { login } from './flow.ts';

/** Every query form mod_auth_openidc would act on at its callback URL, except the provider's answer and our logout. */
function callbackCommands(ctx: Ctx): string[] {
	const site = encodeURIComponent(`${ctx.site}/`);
	return [
		'',
		'session=iframe_rp',
		'session=iframe_op',
		'session=check&client_id=nis2-drejebogen&origin=x',
		'remove_at_cache=x',
		'request_uri=https%3A%2F%2Fevil.test%2Fr',
		'revoke_session=x',
		'refresh=%2F&access_token=x',
		'info=json',
		'info=html',
		'jwks',
		'logout=get',
		'logout=img',
		'logout=backchannel',
		`iss=${encodeURIComponent(ctx.idpOrigin)}&target_link_uri=${site}`,
		`target_link_uri=${site}`,
		`disc_user=alice%40${ctx.idpOrigin.split('//')[1]}`,
		`iss=${encodeURIComponent(ctx.idpOrigin)}`,
		'code=x',
		'state=x',
		'code=x&state=y&unknown=1',
		'unknown=1',
		'state=x&code=y&target_link_uri=%2F',
		'x',
		'logout=',
		`logout=${site}`,
		`logout=${encodeURIComponent(`${ctx.site}/logget-ud/`)}&x=1`,
	];
}

/** The callback URL answers only the provider's answer and our logout; every other command is refused without any content. */
export async function checkCallbackCommands(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const prints = siteFingerprints(ctx);
	const flow = await login(ctx, alice, '/');
	const cookie = flow.sessionCookie ? `${SESSION_COOKIE}=${flow.sessionCookie.value}` : '';
	if (!cookie) problems.push('could not log in to test the callback with a session');
	const jobs: { query: string; who: string; headers: Record<string, string>; method: string }[] = [];
	for (const query of callbackCommands(ctx)) {
		for (const [who, headers] of [
			['anonymous', NAVIGATE],
			['anonymous fetch', FETCH],
			['logged in', { ...NAVIGATE, cookie }],
		] as const) {
			jobs.push({ query, who, headers, method: 'GET' });
		}
		jobs.push({ query, who: 'anonymous POST', headers: { ...FETCH, 'content-type': 'application/x-www-form-urlencoded' }, method: 'POST' });
	}
	await pool(jobs, 6, async ({ query, who, headers, method }) => {
		const url = `${ctx.site}/oidc/callback${query ? `?${query}` : ''}`;
		const r = await ctx.client.fetch(url, { method, headers, body: method === 'POST' ? query : undefined, fresh: true });
		const where = `${who} ${method} /oidc/callback?${query}`;
		if (leaks(r.body, prints)) problems.push(`${where}: body contains site content (${r.status})`);
		if (r.status !== 403)
			problems.push(`${where}: got ${r.status}${r.headers.location ? ` -> ${r.headers.location}` : ''}, want 403 before mod_auth_openidc acts on it`);
		if (/text\/javascript|<script/i.test(r.text)) problems.push(`${where}: the response runs a script`);
	});
	// Still the session of a logged-in user: no command above may have ended or changed it.
	if (cookie) {
		const still = await ctx.client.fetch(`${ctx.site}/`, { headers: { ...NAVIGATE, cookie } });
		if (still.status !== 200) problems.push(`after the callback probes the session no longer works (${still.status})`);
	}
	return problems;
}

/** Crafted links cannot add parameters (prompt, a second redirect_uri, scopes, login_hint) to the authorisation request. */
export async function checkLoginLinkParams(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const evilRedirect = 'https://evil.test/cb';
	const extra = `prompt=none&redirect_uri=${encodeURIComponent(evilRedirect)}&scope=openid%20offline_access&login_hint=mallory&response_mode=form_post&max_age=999999`;
	const iss = encodeURIComponent(ctx.idpOrigin);
	const target = encodeURIComponent(`${ctx.site}/`);
	const links = [
		`/?${extra}`,
		`/index.html?${extra}`,
		`/oidc/callback?iss=${iss}&target_link_uri=${target}&auth_request_params=${encodeURIComponent(extra)}`,
		`/oidc/callback?iss=${iss}&target_link_uri=${target}&login_hint=mallory&scopes=offline_access`,
		`/oidc/callback?target_link_uri=${target}&auth_request_params=prompt%3Dnone`,
	];
	for (const link of links) {
		const r = await ctx.client.fetch(ctx.site + link, { headers: NAVIGATE, fresh: true });
		const loc = String(r.headers.location ?? '');
		if (!loc.startsWith(`${ctx.idpOrigin}/`)) continue;
		const q = new URL(loc).searchParams;
		const ru = q.getAll('redirect_uri');
		if (ru.length !== 1 || ru[0] !== `${ctx.site}/oidc/callback`) problems.push(`${link}: authorisation request redirect_uri=${ru.join(' + ')}`);
		for (const k of ['prompt', 'login_hint', 'max_age', 'response_mode'])
			if (q.has(k) && !(k === 'response_mode' && q.get(k) === 'query'))
				problems.push(`${link}: authorisation request carries ${k}=${q.get(k)} from the link`);
		if (q.get('scope') !== 'openid email profile') problems.push(`${link}: scope=${q.get('scope')}`);
	}
	return problems;
}

/** Users whose organisation claim is a whitespace, case, prefix or suffix variant of an allowed one are refused. */
export async function checkClaimsExact(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const prints = siteFingerprints(ctx);
	await pool(CLAIM_VARIANT_USERS, 4, async (user) => {
		const flow = await login(ctx, user, '/');
		if (!flow.sawLoginForm || flow.loginRejected) {
			problems.push(`${user.username} could not log in at the IdP at all`);
			return;
		}
		if (flow.final.status !== 403) problems.push(`tid ${JSON.stringify(user.tid)}: / got ${flow.final.status} at ${flow.finalUrl}, want 403`);
		if (leaks(flow.final.body, prints)) problems.push(`tid ${JSON.stringify(user.tid)}: response contains site content`);
	});
	return problems;
}

/** mod_status and mod_info are enabled server-wide (tests/sso/distro-defaults.conf); inside our vhost nobody reaches them. */
export async function checkServerInternals(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const flow = await login(ctx, alice, '/');
	const cookie = flow.sessionCookie ? `${SESSION_COOKIE}=${flow.sessionCookie.value}` : '';
	if (!cookie) problems.push('could not log in to test /server-status as a logged-in user');
	const secret = ctx.apacheSettings.clientSecret;
	for (const path of [
		'/server-status',
		'/server-status?auto',
		'/server-status/',
		'/server-info',
		'/server-info?config',
		'/server-info?mod_auth_openidc.c',
		'/Server-Status',
		'/server-status%3Fauto',
	]) {
		for (const [who, headers] of [
			['anonymous', NAVIGATE],
			['logged in', { ...NAVIGATE, cookie }],
		] as const) {
			const r = await ctx.client.fetch(ctx.site + path, { headers, fresh: true });
			const text = r.body.toString('utf8');
			if (r.status === 200) problems.push(`${who} ${path}: got 200`);
			if (/Apache Server (Status|Information)|Server Version:|Scoreboard|Total Accesses|BusyWorkers/i.test(text))
				problems.push(`${who} ${path}: shows server internals`);
			if (text.includes(secret) || text.includes(ctx.apacheSettings.cryptoPassphrase)) problems.push(`${who} ${path}: shows a secret`);
		}
	}
	return problems;
}

/** Security headers on the responses mod_auth_openidc writes itself, on refusals and on the public pages. */
export async function checkHeadersEverywhere(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const flow = await login(ctx, alice, '/');
	const cookie = flow.sessionCookie ? `${SESSION_COOKIE}=${flow.sessionCookie.value}` : '';
	const asset = ctx.files.find((f) => f.startsWith('/_astro/')) ?? '/index.html';
	const cases: { name: string; path: string; method?: string; headers: Record<string, string>; body?: string }[] = [
		{ name: 'login redirect', path: '/', headers: NAVIGATE },
		{ name: '401 for fetch()', path: asset, headers: FETCH },
		{ name: 'module error page: forged code', path: '/oidc/callback?code=forged&state=forged', headers: NAVIGATE },
		{ name: 'module error page: provider error', path: '/oidc/callback?error=access_denied&error_description=nej&state=forged', headers: NAVIGATE },
		{
			name: 'module: stale state',
			path: `/oidc/callback?code=x&state=${'A'.repeat(40)}&iss=${encodeURIComponent(ctx.idpOrigin)}`,
			headers: { ...NAVIGATE, cookie },
		},
		{ name: 'refused callback command', path: '/oidc/callback?session=iframe_rp', headers: NAVIGATE },
		{ name: 'bare callback', path: '/oidc/callback', headers: NAVIGATE },
		{ name: 'GET /log-ud', path: '/log-ud', headers: NAVIGATE },
		{ name: 'logout redirect', path: logoutUrl(ctx).slice(ctx.site.length), headers: { ...NAVIGATE, cookie } },
		{ name: 'logged-out page', path: '/logget-ud/', headers: NAVIGATE },
		{ name: 'refusal page', path: '/logget-ud/ingen-adgang.html', headers: NAVIGATE },
		{ name: 'server-status', path: '/server-status', headers: NAVIGATE },
		{ name: 'foreign Host', path: '/', headers: { ...NAVIGATE, host: 'evil.test' } },
	];
	// A page mod_auth_openidc writes itself: the provider's error answer (the user
	// cancelled) with a real state and its state cookie.
	const start = await ctx.client.fetch(`${ctx.site}/`, { headers: NAVIGATE, fresh: true });
	const state = start.headers.location ? new URL(String(start.headers.location)).searchParams.get('state') : null;
	if (!state) problems.push('no state in the login redirect');
	const stateCookie = setCookies(start)
		.map((c) => `${c.name}=${c.value}`)
		.join('; ');
	// With `iss` (RFC 9207, as oidc-provider sends it) mod_auth_openidc 2.4.12 takes the answer for
	// a discovery response; without it, for the provider's error. Both are its own pages.
	cases.push({
		name: 'module-written page: provider error answer',
		path: `/oidc/callback?error=access_denied&error_description=afbrudt&state=${state}&iss=${encodeURIComponent(ctx.idpOrigin)}`,
		headers: { ...NAVIGATE, cookie: stateCookie },
	});
	cases.push({
		name: 'module-written page: provider error answer without iss',
		path: `/oidc/callback?error=access_denied&error_description=afbrudt&state=${state}`,
		headers: { ...NAVIGATE, cookie: stateCookie },
	});
	for (const c of cases) {
		const r = await ctx.client.fetch(ctx.site + c.path, { method: c.method, headers: c.headers, body: c.body, fresh: true });
		const where = `${c.name} (${c.path.slice(0, 60)} -> ${r.status})`;
		problems.push(...securityHeaderProblems(ctx, r, where));
		if (c.name.startsWith('module-written') && !r.body.toString('utf8').includes('Login lykkedes ikke'))
			problems.push(`${where}: not our Danish error page (OIDCHTMLErrorTemplate)`);
		if (!r.headers['x-frame-options']) problems.push(`${where}: no X-Frame-Options`);
		const cc = String(r.headers['cache-control'] ?? '');
		if (r.status !== 200 && !cc.includes('no-store')) problems.push(`${where}: Cache-Control "${cc}", want no-store`);
		if (r.status === 200 && !/private|no-store/.test(cc)) problems.push(`${where}: Cache-Control "${cc}", want private or no-store`);
		for (const h of ['content-security-policy', 'x-frame-options', 'strict-transport-security', 'x-content-type-options']) {
			const raw = r.headers[h];
			if (Array.isArray(raw) || (String(raw ?? '').includes(', ') && h === 'x-frame-options')) problems.push(`${where}: ${h} sent twice`);
		}
	}
	return problems;
}
