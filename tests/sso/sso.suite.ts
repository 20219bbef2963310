// End-to-end test of the single-sign-on proxy: real Apache + mod_auth_openidc
// with deploy/apache/, a real OpenID provider, the real built site (dist/),
// and headless Chromium. Run with `npm run test:sso`.
//
// Environment: SSO_SITE_ROOT (default dist/), SSO_SITE_PORT / SSO_IDP_PORT
// (default: free ports), CHROMIUM_PATH (default /usr/bin/chromium),
// SSO_KEEP_TMP=1 to keep logs and config of the run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, restartApache, teardown, resolveSiteRoot, type Ctx } from './harness.ts';
import * as checks from './checks.ts';
import { browserFlow } from './browser.ts';
import { REPO_ROOT, missingPrerequisites } from './apache.ts';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../../scripts/chromium.ts';

type Check = (ctx: Ctx) => Promise<string[]>;

const started = Date.now();
const log = (line: string) => console.log(`# ${line}`);
let ctx: Ctx | undefined;

function expectNone(problems: string[], what: string): void {
	const shown = problems
		.slice(0, 25)
		.map((p) => `  - ${p}`)
		.join('\n');
	const more = problems.length > 25 ? `\n  … and ${problems.length - 25} more` : '';
	assert.equal(
		problems.length,
		0,
		`${what}: ${problems.length} problem(s)\n${shown}${more}\n\napache error log (tail):\n${ctx?.apache?.errorLog().split('\n').slice(-15).join('\n')}`,
	);
}

async function run(check: Check, what: string): Promise<void> {
	const t = Date.now();
	const problems = await check(ctx!);
	log(`${what}: ${problems.length} problem(s) in ${Date.now() - t} ms`);
	expectNone(problems, what);
}

/**
 * Deliberately broken configurations and the checks that must catch each.
 * If a check stops failing for its variant, the check has lost its teeth.
 */
const BROKEN: { file: string; caughtBy: [string, Check][] }[] = [
	{ file: 'public-pagefind.conf', caughtBy: [['every file gated', checks.checkEveryFileGated]] },
	{
		file: 'extra-require-all-granted.conf',
		caughtBy: [
			['every file gated', checks.checkEveryFileGated],
			['path tricks', checks.checkPathTricks],
		],
	},
	{ file: 'unauth-pass.conf', caughtBy: [['every file gated', checks.checkEveryFileGated]] },
	{
		file: 'samesite-none.conf',
		caughtBy: [
			['login redirect', checks.checkLoginRedirect],
			['logged in', checks.checkLoggedIn],
		],
	},
	{ file: 'client-cookie-sessions.conf', caughtBy: [['logout', checks.checkLogout]] },
	{ file: 'no-org-allowlist.conf', caughtBy: [['organisation allow-list', checks.checkOrgAllowList]] },
	{
		file: 'csp-unsafe-inline.conf',
		caughtBy: [
			['public page headers', checks.checkPublicPage],
			['logged in', checks.checkLoggedIn],
		],
	},
	{
		file: 'open-logout-redirect.conf',
		caughtBy: [
			['open redirects', checks.checkOpenRedirects],
			['logout targets', checks.checkLogoutTargets],
		],
	},
	{ file: 'callback-commands-open.conf', caughtBy: [['callback commands', checks.checkCallbackCommands]] },
	{ file: 'login-link-params.conf', caughtBy: [['login link parameters', checks.checkLoginLinkParams]] },
	{ file: 'headers-late-only.conf', caughtBy: [['headers everywhere', checks.checkHeadersEverywhere]] },
	{ file: 'claims-natural-compare.conf', caughtBy: [['claims exact', checks.checkClaimsExact]] },
	{ file: 'server-status-open.conf', caughtBy: [['server internals', checks.checkServerInternals]] },
	{ file: 'logout-by-get.conf', caughtBy: [['logout CSRF', checks.checkLogoutCsrf]] },
	{ file: 'logout-no-reauth.conf', caughtBy: [['unconfirmed logout', checks.checkLogoutWithoutConfirm]] },
];

/** Reasons the suite cannot run at all, reported as one clear failure instead of a wall of cancelled tests. */
function preflight(): string[] {
	const problems = missingPrerequisites();
	try {
		resolveSiteRoot();
	} catch (err) {
		problems.push((err as Error).message);
	}
	if (!existsSync(chromiumPath())) problems.push(`Chromium not found at ${chromiumPath()}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
	return problems;
}
const blockers = preflight();
if (blockers.length) {
	console.error(`\nSSO suite cannot run:\n  - ${blockers.join('\n  - ')}\n`);
	test('SSO suite prerequisites', () => assert.fail(`SSO suite cannot run:\n  - ${blockers.join('\n  - ')}`));
}

describe('SSO proxy (Apache + mod_auth_openidc) in front of dist/', { skip: blockers.length > 0 }, () => {
	before(async () => {
		try {
			ctx = await setup(log);
			await restartApache(ctx);
		} catch (err) {
			// node:test only reports a failed hook as cancelled tests; say why up front.
			console.error(`\nSSO suite set-up failed: ${(err as Error).stack ?? String(err)}\n`);
			throw err;
		}
		log(
			`site ${ctx.site}, IdP ${ctx.idpOrigin}, ${ctx.files.length} files in ${ctx.siteRoot}, ${ctx.cspHashes.length} inline-script hashes; ready after ${Date.now() - started} ms`,
		);
	});
	after(async () => {
		await teardown(ctx);
		log(`SSO suite wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
	});

	test('every file in dist/: navigation -> IdP, fetch() -> 401, no content', async () => {
		await run(checks.checkEveryFileGated, `every file gated (${ctx!.files.length} files x 2 requests)`);
	});
	test('login redirect uses code flow + PKCE S256; state cookie Secure, HttpOnly, SameSite=Lax', () => run(checks.checkLoginRedirect, 'login redirect'));
	test('path tricks, HEAD, Range, forged cookies and headers do not get through', () => run(checks.checkPathTricks, 'path tricks'));
	test('no open redirect via logout or login targets', () => run(checks.checkOpenRedirects, 'open redirects'));
	test('only the logged-out page is public, with security headers', () => run(checks.checkPublicPage, 'public page'));
	test('logged in: deep link, content, session cookie flags, headers, caching, no re-compression', () => run(checks.checkLoggedIn, 'logged in'));
	test('/admin/ (the editor) is gated, and carries its own CSP: forge API in connect-src, nothing else', () => run(checks.checkAdmin, 'editor'));
	test('wrong password fails', () => run(checks.checkWrongPassword, 'wrong password'));
	test('a user from a non-allowed organisation is refused', () => run(checks.checkOrgAllowList, 'organisation allow-list'));
	test('logout ends site and IdP session; old cookie is dead', () => run(checks.checkLogout, 'logout'));
	test('callback URL: only the provider answer and our logout; session iframes, token cache, request_uri, unknown commands refused', () =>
		run(checks.checkCallbackCommands, 'callback commands'));
	test('login links cannot add authorisation parameters (prompt=none, a second redirect_uri, scopes)', () =>
		run(checks.checkLoginLinkParams, 'login link parameters'));
	test('security headers on mod_auth_openidc pages, refusals, redirects and public pages', () => run(checks.checkHeadersEverywhere, 'headers everywhere'));
	test('organisation claims match exactly: whitespace, case, prefix and suffix variants refused', () => run(checks.checkClaimsExact, 'claims exact'));
	test('/server-status and /server-info closed although mod_status and mod_info are enabled', () => run(checks.checkServerInternals, 'server internals'));
	test('logout targets: only our own https logged-out page', () => run(checks.checkLogoutTargets, 'logout targets'));
	test('/log-ud only by a same-origin POST', () => run(checks.checkLogoutCsrf, 'logout CSRF'));
	test('logout not confirmed at the provider: local session gone, next visit asks for the password', () =>
		run(checks.checkLogoutWithoutConfirm, 'unconfirmed logout'));
	test('Chromium: login, deep link, search, PDF, cookies, headers, logout, other organisation', async () => {
		const t = Date.now();
		const problems = await browserFlow(ctx!, log);
		log(`browser flow: ${problems.length} problem(s) in ${Date.now() - t} ms`);
		expectNone(problems, 'browser flow');
	});

	describe('broken configurations are caught', () => {
		after(async () => {
			if (ctx) await restartApache(ctx);
		});
		for (const variant of BROKEN) {
			test(`tests/sso/broken/${variant.file}`, async () => {
				await restartApache(ctx!, [join(REPO_ROOT, 'tests/sso/broken', variant.file)]);
				for (const [name, check] of variant.caughtBy) {
					const problems = await check(ctx!);
					log(`${variant.file}: "${name}" found ${problems.length} problem(s)${problems[0] ? `, e.g. ${problems[0]}` : ''}`);
					assert.ok(problems.length > 0, `check "${name}" did not notice the broken configuration ${variant.file}`);
				}
			});
		}
	});
});
