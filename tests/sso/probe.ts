// What the SSO checks share: the problem list, the session cookie, the test users, the logout URL,
// and the probes that tell a gated answer from a leak (fingerprints of real files, cookie flags, headers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from './harness.ts';
import { TEST_USERS } from './idp-users.ts';
import type { Cookie, Resp } from './http.ts';

export type Problems = string[];
export const SESSION_COOKIE = '__Host-nis2_session';

export const alice = TEST_USERS.find((u) => u.tid === 'tenant-a')!;
export const mallory = TEST_USERS.find((u) => u.tid === 'tenant-b')!;

export function urlPath(rel: string): string {
	return encodeURI(rel.split('\\').join('/'));
}

/** Byte strings that would only appear in a response if (part of) the file leaked. */
export function fingerprints(content: Buffer): Buffer[] {
	if (content.length < 8) return [];
	if (content.length <= 96) return [content];
	const n = 48;
	const mid = Math.floor(content.length / 2) - n / 2;
	return [content.subarray(0, n), content.subarray(mid, mid + n), content.subarray(content.length - n)];
}

export function leaks(body: Buffer, prints: Buffer[]): boolean {
	return prints.some((p) => body.includes(p));
}

export async function pool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(size, items.length) }, async () => {
			while (next < items.length) await fn(items[next++]);
		}),
	);
}

export function isIdpLogin(ctx: Ctx, r: Resp): boolean {
	const loc = String(r.headers.location ?? '');
	return r.status === 302 && loc.startsWith(`${ctx.idpOrigin}/auth?`);
}

/** Cache of fingerprints for pages we use as "known site content". */
export function siteFingerprints(ctx: Ctx): Buffer[] {
	const out: Buffer[] = [];
	for (const rel of ['/index.html', '/404.html']) {
		try {
			out.push(...fingerprints(readFileSync(join(ctx.siteRoot, rel))));
		} catch {
			/* optional */
		}
	}
	return out;
}

export function cookieFlagProblems(c: Cookie, what: string): Problems {
	const p: Problems = [];
	if (!c.attrs.includes('secure')) p.push(`${what} ${c.name} lacks Secure`);
	if (!c.attrs.includes('httponly')) p.push(`${what} ${c.name} lacks HttpOnly`);
	if (!c.attrs.includes('samesite=lax')) p.push(`${what} ${c.name} is not SameSite=Lax: ${c.raw.replace(/=[^;]{12,}/, '=…')}`);
	if (c.attrs.some((a) => a.startsWith('domain='))) p.push(`${what} ${c.name} has a Domain attribute`);
	return p;
}

/** The policy directives of a CSP header as a map. */
export const cspDirectives = (csp: string) =>
	new Map(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map((d) => [d[0], d.slice(1)]),
	);

export function securityHeaderProblems(ctx: Ctx, r: Resp, where: string): Problems {
	const p: Problems = [];
	const h = r.headers;
	const csp = String(h['content-security-policy'] ?? '');
	if (!csp) p.push(`${where}: no Content-Security-Policy`);
	else {
		const dirs = cspDirectives(csp);
		const script = dirs.get('script-src') ?? dirs.get('default-src') ?? [];
		if (dirs.get('default-src')?.join(' ') !== "'self'") p.push(`${where}: CSP default-src is not 'self'`);
		if (
			script.includes("'unsafe-inline'") ||
			script.includes("'unsafe-eval'") ||
			script.includes('*') ||
			script.some((s) => /^(https?:|data:|blob:)$/.test(s))
		)
			p.push(`${where}: CSP script-src too wide: ${script.join(' ')}`);
		if (!script.includes("'wasm-unsafe-eval'")) p.push(`${where}: CSP script-src lacks 'wasm-unsafe-eval' (Pagefind needs it)`);
		for (const hash of ctx.cspHashes) if (!script.includes(hash)) p.push(`${where}: CSP script-src lacks inline script hash ${hash}`);
		if (dirs.get('frame-ancestors')?.join(' ') !== "'none'") p.push(`${where}: CSP frame-ancestors is not 'none'`);
		if (dirs.get('object-src')?.join(' ') !== "'none'") p.push(`${where}: CSP object-src is not 'none'`);
		if (!dirs.has('worker-src')) p.push(`${where}: CSP has no worker-src`);
		if (!dirs.has('base-uri')) p.push(`${where}: CSP has no base-uri`);
	}
	if (!/max-age=\d{7,}/.test(String(h['strict-transport-security'] ?? ''))) p.push(`${where}: no long-lived Strict-Transport-Security`);
	if (h['x-content-type-options'] !== 'nosniff') p.push(`${where}: X-Content-Type-Options is not nosniff`);
	if (!h['referrer-policy']) p.push(`${where}: no Referrer-Policy`);
	if (!h['permissions-policy']) p.push(`${where}: no Permissions-Policy`);
	if (!String(h['x-robots-tag'] ?? '').includes('noindex')) p.push(`${where}: X-Robots-Tag lacks noindex`);
	if (String(h['cache-control'] ?? '').includes('public')) p.push(`${where}: Cache-Control is public`);
	return p;
}

/** The one logout URL the site uses, byte for byte as the /log-ud redirect writes it (the port's colon stays literal). */
export function logoutUrl(ctx: Ctx): string {
	return `${ctx.site}/oidc/callback?logout=https%3A%2F%2F${ctx.siteHost}%2Flogget-ud%2F`;
}
