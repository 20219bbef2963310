// The SSO checks of a session: logged in as an allowed user, a wrong password, an organisation
// not on the allow-list, and logout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from './harness.ts';
import { NAVIGATE, FETCH } from './http.ts';
import {
	alice,
	mallory,
	cookieFlagProblems,
	isIdpLogin,
	leaks,
	securityHeaderProblems,
	siteFingerprints,
	urlPath,
	SESSION_COOKIE,
	type Problems,
} from './probe.ts';
import { deepPage, login, walk } from './flow.ts';

/** Logged in as an allowed user: content, cookie flags, headers, caching, compression. */
export async function checkLoggedIn(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const deep = deepPage(ctx);
	const flow = await login(ctx, alice, deep);
	if (flow.finalUrl !== ctx.site + deep) problems.push(`login did not return to the deep link ${deep} but to ${flow.finalUrl}`);
	if (flow.final.status !== 200) return [...problems, `after login ${flow.finalUrl} got ${flow.final.status}`];
	const expected = readFileSync(join(ctx.siteRoot, deep, 'index.html'));
	if (!flow.final.body.equals(expected)) problems.push(`${deep}: content differs from dist`);
	if (!flow.sessionCookie) return [...problems, `no ${SESSION_COOKIE} cookie after login`];
	problems.push(...cookieFlagProblems(flow.sessionCookie, 'session cookie'));
	if (flow.sessionCookie.attrs.some((a) => a.startsWith('expires=') || a.startsWith('max-age=')))
		problems.push('session cookie is persistent (has Expires/Max-Age)');
	// A server-side session cookie is an opaque id; a client-cookie session is a large JWE.
	if (flow.sessionCookie.value.length > 200)
		problems.push(`session cookie is ${flow.sessionCookie.value.length} chars: session state is stored in the cookie, not on the server`);
	problems.push(...securityHeaderProblems(ctx, flow.final, deep));
	const cookie = `${SESSION_COOKIE}=${flow.sessionCookie.value}`;
	const get = (path: string, extra: Record<string, string> = {}) =>
		ctx.client.fetch(ctx.site + path, { headers: { ...FETCH, cookie, 'accept-encoding': 'gzip, br', ...extra } });
	const pageCc = String(flow.final.headers['cache-control'] ?? '');
	if (!pageCc.includes('private') || /max-age=[1-9]/.test(pageCc)) problems.push(`${deep}: Cache-Control "${pageCc}", want private and revalidated`);
	const asset = ctx.files.find((f) => f.startsWith('/_astro/'));
	const pf = ctx.files.find((f) => /^\/pagefind\/.+\.pf_[a-z]+$/.test(f));
	for (const rel of [asset, pf].filter(Boolean) as string[]) {
		const r = await get(urlPath(rel));
		if (r.status !== 200) {
			problems.push(`${rel}: got ${r.status} when logged in`);
			continue;
		}
		const cc = String(r.headers['cache-control'] ?? '');
		if (!cc.includes('private') || !/max-age=\d{7,}/.test(cc)) problems.push(`${rel}: Cache-Control "${cc}", want private and long-lived`);
		if (rel === pf) {
			if (r.headers['content-encoding']) problems.push(`${rel}: re-compressed with ${r.headers['content-encoding']}`);
			if (!r.body.equals(readFileSync(join(ctx.siteRoot, rel)))) problems.push(`${rel}: bytes differ from dist`);
		}
	}
	const notFound = await ctx.client.fetch(`${ctx.site}/finnes-ikke-${Date.now()}/`, { headers: { ...NAVIGATE, cookie } });
	if (notFound.status !== 404) problems.push(`unknown path when logged in: ${notFound.status}, want 404`);
	else if (ctx.files.includes('/404.html') && !notFound.body.equals(readFileSync(join(ctx.siteRoot, '404.html'))))
		problems.push('unknown path does not show the site 404 page');
	const range = await get('/index.html', { range: 'bytes=0-9', 'accept-encoding': 'identity' });
	if (range.status !== 206 || range.body.length !== 10) problems.push(`Range request when logged in: ${range.status}/${range.body.length} bytes`);
	return problems;
}

export async function checkWrongPassword(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	for (const creds of [
		{ username: alice.username, password: alice.password + 'x' },
		{ username: alice.username, password: '' },
		{ username: 'nobody', password: alice.password },
	]) {
		const flow = await login(ctx, creds, '/');
		if (!flow.sawLoginForm) problems.push('the IdP did not show a login form');
		if (!flow.loginRejected)
			problems.push(`login with wrong credentials (${creds.username}) was not rejected: ended at ${flow.finalUrl} (${flow.final.status})`);
		if (flow.sessionCookie) problems.push(`wrong credentials (${creds.username}) produced a site session cookie`);
	}
	return problems;
}

/** A valid user from an organisation that is not on the allow-list. */
export async function checkOrgAllowList(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const prints = siteFingerprints(ctx);
	const flow = await login(ctx, mallory, '/');
	if (!flow.sawLoginForm || flow.loginRejected) return [`${mallory.username} could not log in at the IdP at all; the allow-list is not what refused them`];
	if (flow.final.status !== 403 && flow.final.status !== 401)
		problems.push(`${mallory.username} (${mallory.tid}) got ${flow.final.status} on / , want 401/403`);
	if (leaks(flow.final.body, prints)) problems.push(`${mallory.username}: response contains site content`);
	const cookie = flow.jar.header(new URL(ctx.site).hostname);
	for (const rel of ctx.files.filter((f) => /^\/(_astro|pagefind|pdf|data)\//.test(f) || f === '/404.html').slice(0, 40)) {
		const r = await ctx.client.fetch(ctx.site + urlPath(rel), { headers: { ...FETCH, cookie } });
		if (r.status !== 401 && r.status !== 403) problems.push(`${mallory.username}: ${rel} got ${r.status}`);
	}
	return problems;
}

/** Logout ends the local and the IdP session, and the old cookie is dead. */
export async function checkLogout(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const flow = await login(ctx, alice, '/');
	if (flow.final.status !== 200 || !flow.sessionCookie) return [`login before logout failed: ${flow.final.status} at ${flow.finalUrl}`];
	const old = `${SESSION_COOKIE}=${flow.sessionCookie.value}`;
	const asset = ctx.files.find((f) => f.startsWith('/pagefind/')) ?? ctx.files.find((f) => f.startsWith('/_astro/')) ?? '/index.html';
	const before = await ctx.client.fetch(ctx.site + urlPath(asset), { headers: { ...FETCH, cookie: old } });
	if (before.status !== 200) problems.push(`before logout ${asset} got ${before.status} with the session cookie`);
	// Logout: the site's "Log ud" button (POST /log-ud) -> RP logout -> IdP end_session (confirm form) -> /logget-ud/.
	let out = await walk(ctx, `${ctx.site}/log-ud`, null, flow.jar, 'POST', '');
	const form = /<form[^>]*id="op.logoutForm"[^>]*action="([^"]+)"[\s\S]*?<\/form>/.exec(out.final.text);
	if (form) {
		const fields = new URLSearchParams();
		for (const m of form[0].matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields.set(m[1], m[2]);
		fields.set('logout', 'yes');
		out = await walk(ctx, new URL(form[1].replace(/&amp;/g, '&'), out.finalUrl).href, null, flow.jar, 'POST', fields.toString());
	} else {
		problems.push(`logout did not reach the IdP's end-session confirmation (ended at ${out.finalUrl}, ${out.final.status})`);
	}
	if (out.finalUrl !== `${ctx.site}/logget-ud/` || out.final.status !== 200)
		problems.push(`logout ended at ${out.finalUrl} (${out.final.status}), want ${ctx.site}/logget-ud/`);
	// The replayed cookie must be dead on the server, for pages and sub-resources.
	const page = await ctx.client.fetch(`${ctx.site}/`, { headers: { ...NAVIGATE, cookie: old } });
	if (!isIdpLogin(ctx, page)) problems.push(`old session cookie after logout: / got ${page.status}, want a redirect to the IdP`);
	const sub = await ctx.client.fetch(ctx.site + urlPath(asset), { headers: { ...FETCH, cookie: old } });
	if (sub.status !== 401) problems.push(`old session cookie after logout: ${asset} got ${sub.status}, want 401`);
	// The IdP session must be gone too: a new visit must show the login form, not log in silently.
	const again = await walk(ctx, `${ctx.site}/`, null, flow.jar);
	if (!again.sawLoginForm)
		problems.push(`after logout the IdP logged the user in again without a password (ended at ${again.finalUrl}, ${again.final.status})`);
	return problems;
}
