// Login flows without a browser: the real redirect chain walked like a browser would, with the
// IdP's login form submitted.
import type { Ctx } from './harness.ts';
import { type Resp, Jar, NAVIGATE, setCookies, type Cookie } from './http.ts';
import { SESSION_COOKIE } from './probe.ts';

export interface Flow {
	jar: Jar;
	final: Resp;
	finalUrl: string;
	/** set once the IdP showed its login form */
	sawLoginForm: boolean;
	loginRejected: boolean;
	sessionCookie?: Cookie;
}

/**
 * Walks the real redirect chain like a browser would (navigation headers,
 * cookies per host), submitting the IdP login form with the given credentials.
 */
export async function walk(
	ctx: Ctx,
	startUrl: string,
	creds: { username: string; password: string } | null,
	jar = new Jar(),
	method = 'GET',
	body?: string,
): Promise<Flow> {
	let url = startUrl;
	let sawLoginForm = false;
	let loginRejected = false;
	let sessionCookie: Cookie | undefined;
	let submitted = false;
	// A form POST carries the Origin of the page it was sent from (browsers always send it on POST).
	let from = new URL(startUrl).origin;
	for (let hop = 0; hop < 20; hop++) {
		const u = new URL(url);
		const headers: Record<string, string> = { ...NAVIGATE, cookie: jar.header(u.hostname) };
		if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
		if (method === 'POST') headers.origin = from;
		from = u.origin;
		const r = await ctx.client.fetch(url, { method, headers, body, fresh: u.pathname === '/oidc/callback' });
		jar.store(u.hostname, r);
		for (const c of setCookies(r)) if (c.name === SESSION_COOKIE && c.value) sessionCookie = c;
		method = 'GET';
		body = undefined;
		if (r.status >= 300 && r.status < 400 && r.headers.location) {
			url = new URL(String(r.headers.location), url).href;
			continue;
		}
		if (u.origin === ctx.idpOrigin && u.pathname.startsWith('/interaction/') && r.status !== 401 && !submitted) {
			sawLoginForm = true;
			if (!creds) return { jar, final: r, finalUrl: url, sawLoginForm, loginRejected, sessionCookie };
			const action = /action="([^"]+)"/.exec(r.text)?.[1];
			if (!action) throw new Error(`no form on ${url}`);
			url = new URL(action.replace(/&amp;/g, '&'), url).href;
			method = 'POST';
			body = new URLSearchParams(creds).toString();
			submitted = true;
			continue;
		}
		if (u.origin === ctx.idpOrigin && u.pathname.startsWith('/interaction/') && r.status === 401) loginRejected = true;
		return { jar, final: r, finalUrl: url, sawLoginForm, loginRejected, sessionCookie };
	}
	throw new Error(`too many redirects from ${startUrl}`);
}

export async function login(ctx: Ctx, user: { username: string; password: string }, path = '/'): Promise<Flow> {
	return walk(ctx, ctx.site + path, user);
}

/** A deep page other than the home page, to prove the deep link survives the login round trip. */
export function deepPage(ctx: Ctx): string {
	const pages = ctx.files.filter((f) => f.endsWith('/index.html') && f.split('/').length >= 4 && !f.startsWith('/pagefind/'));
	const pick = pages[Math.floor(pages.length / 2)] ?? ctx.files.find((f) => f.endsWith('/index.html') && f !== '/index.html') ?? '/index.html';
	return pick.replace(/index\.html$/, '');
}
