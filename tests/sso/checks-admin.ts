// The SSO check of the editor at /admin/: gated like every page, with its own CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from './harness.ts';
import { cmsApiOrigin } from '../../scripts/deploy/csp-hashes.ts';
import { NAVIGATE, FETCH } from './http.ts';
import { alice, cspDirectives, isIdpLogin, SESSION_COOKIE, type Problems } from './probe.ts';
import { login } from './flow.ts';

/** A response header as a template literal would print it (a repeated header joined by commas). */
const headerText = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join(',') : String(value));

/**
 * /admin/ (Decap CMS) is behind the same login as every page, and carries its own policy: scripts
 * from 'self' only (plus the 'unsafe-eval' Decap's config validation needs, and only here),
 * connect-src 'self' and the forge API the build's config names, and nothing else from elsewhere.
 */
export async function checkAdmin(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	if (!ctx.files.includes('/admin/index.html')) return ['dist/ has no /admin/index.html: the build did not write the editor'];
	for (const path of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
		const nav = await ctx.client.fetch(ctx.site + path, { headers: NAVIGATE });
		if (!isIdpLogin(ctx, nav)) problems.push(`${path}: navigation without login got ${nav.status}, want 302 to the IdP`);
		const sub = await ctx.client.fetch(ctx.site + path, { headers: FETCH });
		if (sub.status !== 401) problems.push(`${path}: fetch() without login got ${sub.status}, want 401`);
	}
	const flow = await login(ctx, alice, '/admin/');
	if (flow.final.status !== 200 || flow.finalUrl !== `${ctx.site}/admin/`)
		return [...problems, `after login /admin/ ended at ${flow.finalUrl} with ${flow.final.status}`];
	if (!flow.final.body.equals(readFileSync(join(ctx.siteRoot, 'admin/index.html')))) problems.push('/admin/: content differs from dist');
	const csp = String(flow.final.headers['content-security-policy'] ?? '');
	if (csp.includes(',')) problems.push(`/admin/: two policies sent (${csp})`);
	const dirs = cspDirectives(csp);
	const api = cmsApiOrigin(ctx.siteRoot);
	const want: Record<string, string> = {
		'default-src': "'self'",
		'script-src': "'self' 'unsafe-eval'",
		'connect-src': `'self' ${api}`,
		'img-src': "'self' data: blob:",
		'frame-src': "'none'",
		'object-src': "'none'",
		'frame-ancestors': "'none'",
		'base-uri': "'self'",
	};
	for (const [k, v] of Object.entries(want))
		if (dirs.get(k)?.join(' ') !== v) problems.push(`/admin/: CSP ${k} is "${dirs.get(k)?.join(' ') ?? ''}", want "${v}"`);
	if (flow.final.headers['cross-origin-opener-policy'] !== 'same-origin-allow-popups')
		problems.push(
			`/admin/: Cross-Origin-Opener-Policy "${headerText(flow.final.headers['cross-origin-opener-policy'])}", want same-origin-allow-popups (the forge login popup reports to its opener)`,
		);
	// The other pages keep the site policy: the editor's exceptions stop at /admin/.
	const cookie = `${SESSION_COOKIE}=${flow.sessionCookie?.value}`;
	for (const path of ['/', '/administration/', '/adminx/']) {
		const r = await ctx.client.fetch(ctx.site + path, { headers: { ...NAVIGATE, cookie } });
		const other = String(r.headers['content-security-policy'] ?? '');
		if (other.replace("'wasm-unsafe-eval'", '').includes("unsafe-eval'") || other.includes(api))
			problems.push(`${path}: got the editor's policy (${other})`);
		if (r.headers['cross-origin-opener-policy'] !== 'same-origin')
			problems.push(`${path}: Cross-Origin-Opener-Policy "${headerText(r.headers['cross-origin-opener-policy'])}", want same-origin`);
	}
	return problems;
}
