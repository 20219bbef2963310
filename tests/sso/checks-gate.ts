// The SSO checks without a session: every file gated, the login redirect, path and redirect
// tricks, and the public logged-out page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from './harness.ts';
import { NAVIGATE, FETCH, SCRIPT, XHR, setCookies } from './http.ts';
import {
	alice,
	cookieFlagProblems,
	fingerprints,
	isIdpLogin,
	leaks,
	pool,
	securityHeaderProblems,
	siteFingerprints,
	urlPath,
	SESSION_COOKIE,
	type Problems,
} from './probe.ts';

/** Every file in the built site: navigation -> redirect to the IdP, fetch() -> 401, never any content. */
export async function checkEveryFileGated(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	await pool(ctx.files, 12, async (rel) => {
		const prints = fingerprints(readFileSync(join(ctx.siteRoot, rel)));
		const url = ctx.site + urlPath(rel);
		const nav = await ctx.client.fetch(url, { headers: NAVIGATE });
		if (!isIdpLogin(ctx, nav)) problems.push(`${rel}: navigation got ${nav.status} ${nav.headers.location ?? ''}, want 302 to the IdP`);
		if (leaks(nav.body, prints) || nav.body.length > 2048) problems.push(`${rel}: navigation response body leaks content (${nav.body.length} bytes)`);
		const sub = await ctx.client.fetch(url, { headers: FETCH });
		if (sub.status !== 401) problems.push(`${rel}: fetch() got ${sub.status}, want 401`);
		if (leaks(sub.body, prints) || sub.body.length > 2048) problems.push(`${rel}: fetch() response body leaks content (${sub.body.length} bytes)`);
	});
	return problems;
}

/** The redirect to the IdP: code flow, PKCE S256, exact redirect_uri; state cookie flags. */
export async function checkLoginRedirect(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const r = await ctx.client.fetch(`${ctx.site}/`, { headers: NAVIGATE });
	if (!isIdpLogin(ctx, r)) return [`/ got ${r.status}, want 302 to the IdP`];
	const q = new URL(String(r.headers.location)).searchParams;
	const want: Record<string, string> = {
		response_type: 'code',
		code_challenge_method: 'S256',
		redirect_uri: `${ctx.site}/oidc/callback`,
		client_id: 'nis2-drejebogen',
	};
	for (const [k, v] of Object.entries(want)) if (q.get(k) !== v) problems.push(`authorization request ${k}=${q.get(k)}, want ${v}`);
	if (!q.get('code_challenge')) problems.push('authorization request has no code_challenge (PKCE)');
	if (q.get('response_mode') && q.get('response_mode') !== 'query')
		problems.push(`response_mode=${q.get('response_mode')}: a cross-site POST loses the Lax state cookie`);
	// Navigations are redirected; anything a page loads by itself gets 401,
	// because a login page is useless as a script, style or fetch() result.
	const asset = ctx.files.find((f) => f.startsWith('/_astro/')) ?? '/index.html';
	const matrix: [string, { method?: string; headers: Record<string, string> }, number][] = [
		['navigation', { headers: NAVIGATE }, 302],
		['HEAD navigation', { method: 'HEAD', headers: NAVIGATE }, 302],
		['plain client (Accept: */*)', { headers: { accept: '*/*' } }, 302],
		['<script>', { headers: SCRIPT }, 401],
		['<link rel=stylesheet>', { headers: { accept: 'text/css,*/*;q=0.1', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'style' } }, 401],
		['fetch()', { headers: FETCH }, 401],
		['XHR', { headers: XHR }, 401],
		['Worker', { headers: { accept: '*/*', 'sec-fetch-mode': 'same-origin', 'sec-fetch-dest': 'worker' } }, 401],
	];
	for (const [name, opts, want] of matrix) {
		const res = await ctx.client.fetch(ctx.site + urlPath(asset), opts);
		if (res.status !== want) problems.push(`${name} of ${asset} unauthenticated: ${res.status}, want ${want}`);
	}
	const cookies = setCookies(r);
	if (cookies.length === 0) problems.push('no state cookie set on the login redirect');
	for (const c of cookies) problems.push(...cookieFlagProblems(c, 'state cookie'));
	return problems;
}

/** Tricks that must not get past the gate: each must be refused and carry no site content. */
export async function checkPathTricks(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const prints = siteFingerprints(ctx);
	const anyAsset = ctx.files.find((f) => f.startsWith('/_astro/')) ?? '/index.html';
	const anyPagefind =
		ctx.files.find((f) => f.startsWith('/pagefind/') && f.includes('.pf_')) ?? ctx.files.find((f) => f.startsWith('/pagefind/')) ?? '/index.html';
	const anyPdf = ctx.files.find((f) => f.endsWith('.pdf'));
	for (const rel of [anyAsset, anyPagefind, anyPdf].filter(Boolean) as string[]) prints.push(...fingerprints(readFileSync(join(ctx.siteRoot, rel))));
	const paths = [
		'//index.html',
		'/./index.html',
		'/%2e/index.html',
		'/_astro/../index.html',
		'/_astro/%2e%2e/index.html',
		'/logget-ud/../index.html',
		'/logget-ud/%2e%2e/index.html',
		'/logget-ud/%2E%2E/404.html',
		'/logget-ud/..%2findex.html',
		'/logget-ud%2f..%2findex.html',
		'/%2findex.html',
		'/_astro%2f' + anyAsset.split('/').pop(),
		'/logget-ud//../index.html',
		'/logget-ud/%252e%252e/index.html',
		'/index.html%00',
		'/index.html;x',
		'/index.html?x=1',
		'/INDEX.HTML',
		'/pagefind/',
		'/_astro/',
		'/404.html',
		'/does-not-exist/',
		'/logget-ud/finnes-ikke',
		'/logget-ud/ingen-adgang.html/x',
		'/oidc/x',
		'/.git/config',
		'/.well-known/security.txt',
		'/sitemap-index.xml',
		'/robots.txt',
		anyPagefind.replace('/pagefind/', '/pagefind//'),
		anyPagefind.replace('/pagefind/', '/logget-ud/../pagefind/'),
		anyAsset,
		anyPagefind,
		...(anyPdf ? [anyPdf] : []),
	];
	const variants: { name: string; opts: { method?: string; headers: Record<string, string> } }[] = [
		{ name: 'navigate', opts: { headers: NAVIGATE } },
		{ name: 'fetch', opts: { headers: FETCH } },
		{ name: 'script', opts: { headers: SCRIPT } },
		{ name: 'xhr', opts: { headers: XHR } },
		{ name: 'HEAD', opts: { method: 'HEAD', headers: NAVIGATE } },
		{ name: 'Range', opts: { headers: { ...FETCH, range: 'bytes=0-99' } } },
		{
			name: 'forged session cookie',
			opts: { headers: { ...NAVIGATE, cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}; mod_auth_openidc_session=${'b'.repeat(36)}` } },
		},
		{
			name: 'forged headers',
			opts: {
				headers: {
					...FETCH,
					'x-remote-user': alice.username,
					'remote-user': alice.username,
					'x-forwarded-user': alice.username,
					'x-forwarded-for': '127.0.0.1',
					'x-forwarded-proto': 'https',
					'x-forwarded-host': 'evil.test',
					'x-original-url': '/index.html',
					'x-rewrite-url': '/index.html',
					authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.',
					oidc_claim_tid: 'tenant-a',
				},
			},
		},
	];
	const jobs: { path: string; v: (typeof variants)[number] }[] = [];
	for (const path of paths) for (const v of variants) jobs.push({ path, v });
	await pool(jobs, 8, async ({ path, v }) => {
		// Odd paths may produce error pages that break keep-alive; use fresh connections.
		const r = await ctx.client.fetch(ctx.site + path, { ...v.opts, fresh: true });
		const where = `${v.name} ${path}`;
		if (r.status >= 200 && r.status < 300) problems.push(`${where}: got ${r.status}`);
		if (r.status === 304) problems.push(`${where}: got 304`);
		if (leaks(r.body, prints)) problems.push(`${where}: body leaks site content`);
		const loc = String(r.headers.location ?? '');
		if (loc && !loc.startsWith(`${ctx.idpOrigin}/auth?`) && !loc.startsWith(`${ctx.site}/`)) problems.push(`${where}: redirect to foreign location ${loc}`);
		if (loc.startsWith(`${ctx.idpOrigin}/auth?`)) {
			const ru = new URL(loc).searchParams.get('redirect_uri');
			if (ru !== `${ctx.site}/oidc/callback`) problems.push(`${where}: redirect_uri influenced by request: ${ru}`);
		}
	});
	// A foreign Host header must not be served or echoed into redirects.
	for (const host of ['evil.test', `evil.test:${new URL(ctx.site).port}`]) {
		const r = await ctx.client.fetch(`${ctx.site}/`, { headers: { ...NAVIGATE, host }, fresh: true });
		if (r.status < 400) problems.push(`Host: ${host} got ${r.status} ${r.headers.location ?? ''}, want 4xx`);
		if (leaks(r.body, prints)) problems.push(`Host: ${host}: body leaks site content`);
	}
	// POST must not be a way around the gate either.
	const post = await ctx.client.fetch(`${ctx.site}/index.html`, {
		method: 'POST',
		headers: { ...FETCH, 'content-type': 'application/x-www-form-urlencoded' },
		body: 'a=b',
		fresh: true,
	});
	if (post.status < 300 || leaks(post.body, prints)) problems.push(`POST /index.html got ${post.status}`);
	return problems;
}

/** Redirect tricks: logout and login targets must stay on this site. */
export async function checkOpenRedirects(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const evil = [
		'https://evil.test/',
		'//evil.test/',
		'https:%2f%2fevil.test/',
		`https://evil.test/${ctx.siteHost}/`,
		`https://${ctx.siteHost}.evil.test/`,
		'/\\evil.test/',
		'javascript:alert(1)',
	];
	const paths: string[] = [];
	for (const e of evil) {
		paths.push(`/oidc/callback?logout=${encodeURIComponent(e)}`);
		paths.push(`/oidc/callback?iss=${encodeURIComponent(ctx.idpOrigin)}&target_link_uri=${encodeURIComponent(e)}`);
		paths.push(`/oidc/callback?target_link_uri=${encodeURIComponent(e)}`);
	}
	paths.push(
		'/log-ud?url=https://evil.test/',
		'/log-ud/https://evil.test/',
		'//evil.test/',
		'/oidc/callback?code=forged&state=forged',
		'/oidc/callback?error=access_denied&state=x',
	);
	for (const path of paths) {
		for (const headers of [NAVIGATE, { ...NAVIGATE, cookie: `${SESSION_COOKIE}=x` }]) {
			// mod_auth_openidc may append a second error document on these paths,
			// which desynchronises keep-alive; a fresh connection per request avoids that.
			const r = await ctx.client.fetch(ctx.site + path, { headers, fresh: true });
			const loc = String(r.headers.location ?? '');
			const body = r.text;
			if (/evil\.test/i.test(loc) || /^(javascript:|\/\/|\/\\)/i.test(loc)) problems.push(`${path}: redirects to ${loc}`);
			if (/(http-equiv=["']?refresh[^>]*evil\.test|location(\.href)?\s*=\s*["'][^"']*evil\.test)/i.test(body))
				problems.push(`${path}: body redirects to evil.test`);
			if (loc && !loc.startsWith(ctx.site + '/') && !loc.startsWith(ctx.idpOrigin + '/'))
				problems.push(`${path}: redirect to unexpected location ${loc}`);
			if (loc.startsWith(`${ctx.idpOrigin}/`)) {
				const u = new URL(loc);
				for (const k of ['redirect_uri', 'post_logout_redirect_uri']) {
					const v = u.searchParams.get(k);
					if (v && !v.startsWith(ctx.site + '/')) problems.push(`${path}: ${k}=${v}`);
				}
			}
		}
	}
	return problems;
}

/** The public logged-out page: reachable, with the security headers, and without site content. */
export async function checkPublicPage(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const r = await ctx.client.fetch(`${ctx.site}/logget-ud/`, { headers: NAVIGATE });
	if (r.status !== 200) problems.push(`/logget-ud/ got ${r.status}, want 200`);
	if (!r.body.toString('utf8').includes('Du er logget ud')) problems.push('/logget-ud/ lacks the Danish logged-out text');
	if (leaks(r.body, siteFingerprints(ctx))) problems.push('/logget-ud/ contains site content');
	problems.push(...securityHeaderProblems(ctx, r, '/logget-ud/'));
	return problems;
}
