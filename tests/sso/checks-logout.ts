// The SSO checks of logout defects found by probing (issue 19): logout targets other than our own
// logged-out page, logout by a link or a foreign form (CSRF), and a logout the user does not confirm
// at the provider.
import type { Ctx } from './harness.ts';
import { NAVIGATE } from './http.ts';
import { alice, isIdpLogin, logoutUrl, SESSION_COOKIE, type Problems } from './probe.ts';
import { login, walk } from './flow.ts';

/** Logout targets: only our own https logged-out page, never another scheme or host, not even on our host name. */
export async function checkLogoutTargets(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const host = ctx.siteHost;
	const targets = [
		`http://${host}/logget-ud/`,
		`ftp://${host}/logget-ud/`,
		`javascript://${host}/%0aalert(1)`,
		`data://${host}/,x`,
		`https://${host}.evil.test/logget-ud/`,
		`https://${host}@evil.test/logget-ud/`,
		`https://evil.test/logget-ud/`,
		`https://${host}/logget-ud/../index.html`,
		`https://${host}/`,
		`//${host}/logget-ud/`,
		'/logget-ud/',
	];
	for (const t of targets) {
		const flow = await login(ctx, alice, '/');
		if (!flow.sessionCookie) return [`login for the logout-target test failed at ${flow.finalUrl}`];
		const cookie = `${SESSION_COOKIE}=${flow.sessionCookie.value}`;
		const r = await ctx.client.fetch(`${ctx.site}/oidc/callback?logout=${encodeURIComponent(t)}`, {
			headers: { ...NAVIGATE, 'sec-fetch-site': 'same-origin', cookie },
			fresh: true,
		});
		const loc = String(r.headers.location ?? '');
		if (r.status >= 300 && r.status < 400) {
			const plr = loc.startsWith(`${ctx.idpOrigin}/`) ? new URL(loc).searchParams.get('post_logout_redirect_uri') : loc;
			if (plr !== `${ctx.site}/logget-ud/`) problems.push(`logout=${t}: redirects to ${loc}`);
		}
		if (r.status === 200) problems.push(`logout=${t}: got 200`);
	}
	return problems;
}

/** /log-ud logs out only on a same-origin POST; a link, a GET or a foreign form leaves the session alone. */
export async function checkLogoutCsrf(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const flow = await login(ctx, alice, '/');
	if (!flow.sessionCookie) return [`login for the logout CSRF test failed at ${flow.finalUrl}`];
	const cookie = `${SESSION_COOKIE}=${flow.sessionCookie.value}`;
	const attempts: { name: string; method: string; headers: Record<string, string> }[] = [
		{ name: 'top-level GET from another site', method: 'GET', headers: { ...NAVIGATE, 'sec-fetch-site': 'cross-site', cookie } },
		{ name: 'typed/bookmarked GET', method: 'GET', headers: { ...NAVIGATE, cookie } },
		{ name: 'HEAD', method: 'HEAD', headers: { ...NAVIGATE, cookie } },
		{ name: 'POST from another site', method: 'POST', headers: { ...NAVIGATE, 'sec-fetch-site': 'cross-site', origin: 'https://evil.test', cookie } },
		{ name: 'POST with Origin null', method: 'POST', headers: { ...NAVIGATE, origin: 'null', cookie } },
		{ name: 'POST without Origin', method: 'POST', headers: { ...NAVIGATE, cookie } },
		{ name: 'POST from a look-alike origin', method: 'POST', headers: { ...NAVIGATE, origin: `${ctx.site}.evil.test`, cookie } },
	];
	for (const a of attempts) {
		for (const path of ['/log-ud', '/log-ud/']) {
			const r = await ctx.client.fetch(ctx.site + path, {
				method: a.method,
				headers: a.headers,
				body: a.method === 'POST' ? '' : undefined,
				fresh: true,
			});
			const loc = String(r.headers.location ?? '');
			if (r.status >= 300 && r.status < 400) problems.push(`${a.name} ${path}: redirects to ${loc}, want no logout`);
			if (a.method === 'GET' && r.status !== 403) problems.push(`${a.name} ${path}: got ${r.status}, want 403 with the "use the button" page`);
			if (a.method === 'GET' && !r.body.toString('utf8').includes('Log ud med knappen')) problems.push(`${a.name} ${path}: no Danish explanation`);
		}
	}
	// A cross-site navigation straight to the module's logout URL is refused as well.
	const direct = await ctx.client.fetch(logoutUrl(ctx), { headers: { ...NAVIGATE, 'sec-fetch-site': 'cross-site', cookie }, fresh: true });
	if (direct.status !== 403) problems.push(`cross-site navigation to the logout URL got ${direct.status}, want 403`);
	const still = await ctx.client.fetch(`${ctx.site}/`, { headers: { ...NAVIGATE, cookie } });
	if (still.status !== 200) problems.push(`after the foreign logout attempts the session is gone (${still.status})`);
	// The site's own button: a same-origin POST logs out.
	const own = await ctx.client.fetch(`${ctx.site}/log-ud`, {
		method: 'POST',
		headers: { ...NAVIGATE, 'sec-fetch-site': 'same-origin', origin: ctx.site, cookie },
		body: '',
		fresh: true,
	});
	if (own.status !== 303 || String(own.headers.location) !== logoutUrl(ctx))
		problems.push(`same-origin POST /log-ud got ${own.status} ${own.headers.location ?? ''}, want 303 to the logout URL`);
	return problems;
}

/** Stopping at the provider's "log out?" question still ends the local session, and the next visit asks for the password. */
export async function checkLogoutWithoutConfirm(ctx: Ctx): Promise<Problems> {
	const problems: Problems = [];
	const flow = await login(ctx, alice, '/');
	if (!flow.sessionCookie) return [`login for the unconfirmed-logout test failed at ${flow.finalUrl}`];
	const old = `${SESSION_COOKIE}=${flow.sessionCookie.value}`;
	const out = await walk(ctx, `${ctx.site}/log-ud`, null, flow.jar, 'POST', '');
	if (!out.final.text.includes('op.logoutForm'))
		problems.push(`logout did not stop at the provider's confirmation (ended at ${out.finalUrl}, ${out.final.status})`);
	// The user closes the tab or answers "no" here. Answering no, as oidc-provider's form does without logout=yes:
	const form = /<form[^>]*id="op.logoutForm"[^>]*action="([^"]+)"[\s\S]*?<\/form>/.exec(out.final.text);
	if (form) {
		const fields = new URLSearchParams();
		for (const m of form[0].matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields.set(m[1], m[2]);
		await walk(ctx, new URL(form[1].replace(/&amp;/g, '&'), out.finalUrl).href, null, flow.jar, 'POST', fields.toString());
	}
	const page = await ctx.client.fetch(`${ctx.site}/`, { headers: { ...NAVIGATE, cookie: old } });
	if (!isIdpLogin(ctx, page)) problems.push(`old session cookie after an unconfirmed logout: / got ${page.status}, want a redirect to the IdP`);
	const again = await walk(ctx, `${ctx.site}/`, null, flow.jar);
	if (!again.sawLoginForm)
		problems.push(
			`after an unconfirmed logout the next visit logged straight back in (ended at ${again.finalUrl}, ${again.final.status}), want the password form`,
		);
	// After that fresh login the marker is gone, so single sign-on works again for later sessions.
	const relogin = await walk(ctx, `${ctx.site}/`, alice, flow.jar);
	if (relogin.final.status !== 200) problems.push(`password login after an unconfirmed logout failed: ${relogin.final.status} at ${relogin.finalUrl}`);
	if (flow.jar.get(new URL(ctx.site).hostname, '__Host-nis2_reauth')) problems.push('the re-authentication marker is still set after a fresh password login');
	return problems;
}
