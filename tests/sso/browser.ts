// The browser half of the SSO test: headless Chromium through the real login
// form, deep link, search, PDF download, cookie flags, logout and refusal of
// a user from another organisation. Returns problems like the other checks.
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Ctx } from './harness.ts';
import { launchChromium } from '../../scripts/launch-chromium.ts';
import { TEST_USERS } from './idp-users.ts';
import { NAVIGATE, FETCH } from './http.ts';
import { SESSION_COOKIE, deepPage, securityHeaderProblems } from './checks.ts';

const alice = TEST_USERS.find((u) => u.tid === 'tenant-a')!;
const mallory = TEST_USERS.find((u) => u.tid === 'tenant-b')!;

/** A word from the home page's main text that the search must find. */
function searchWord(ctx: Ctx): string {
	const html = readFileSync(join(ctx.siteRoot, 'index.html'), 'utf8');
	const main = /<main[\s\S]*?<\/main>/i.exec(html)?.[0] ?? html;
	const text = main.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
	const counts = new Map<string, number>();
	for (const w of text.toLowerCase().match(/[a-zæøå]{7,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
	const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	return process.env.SSO_SEARCH_WORD ?? best?.[0] ?? 'kommune';
}

async function loginAt(page: Page, ctx: Ctx, user: { username: string; password: string }): Promise<void> {
	await page.waitForURL((u) => u.origin === ctx.idpOrigin && u.pathname.startsWith('/interaction/'), { timeout: 15_000 });
	await page.fill('#username', user.username);
	await page.fill('#password', user.password);
	await page.click('button[type=submit]');
}

export async function browserFlow(ctx: Ctx, log: (line: string) => void): Promise<string[]> {
	const problems: string[] = [];
	const t0 = Date.now();
	const step = (msg: string) => log(`[browser +${Date.now() - t0}ms] ${msg}`);
	let browser: Browser | undefined;
	try {
		// Trust exactly our throw-away server key, nothing else.
		browser = await launchChromium(['--disable-dev-shm-usage', `--ignore-certificate-errors-spki-list=${ctx.pki.spkiSha256}`]);
		step(`chromium ${browser.version()} launched`);
		const context = await browser.newContext({ acceptDownloads: true, locale: 'da-DK' });
		const page = await context.newPage();
		const cspViolations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
		});

		// 1. Deep link -> IdP login form; wrong password is refused.
		const deep = deepPage(ctx);
		await page.goto(ctx.site + deep);
		await loginAt(page, ctx, { username: alice.username, password: 'forkert-' + alice.password });
		await page
			.waitForSelector('text=Forkert brugernavn eller adgangskode', { timeout: 10_000 })
			.catch(() => problems.push('wrong password: no error message on the IdP form'));
		if (new URL(page.url()).origin !== ctx.idpOrigin) problems.push(`wrong password: browser left the IdP (${page.url()})`);
		else step('wrong password rejected');

		// 2. Correct password -> back on the deep link.
		await page.fill('#password', alice.password);
		const [deepResp] = await Promise.all([
			page.waitForResponse((r) => r.url() === ctx.site + deep && r.request().isNavigationRequest(), { timeout: 15_000 }),
			page.click('button[type=submit]'),
		]);
		await page.waitForLoadState('load');
		if (page.url() !== ctx.site + deep) problems.push(`after login: at ${page.url()}, want the deep link ${ctx.site + deep}`);
		const wantTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(join(ctx.siteRoot, deep, 'index.html'), 'utf8'))?.[1]?.replace(/&amp;/g, '&');
		const title = await page.title();
		if (wantTitle && title !== wantTitle.replace(/&#39;/g, "'").replace(/&quot;/g, '"')) problems.push(`deep link title "${title}", want "${wantTitle}"`);
		step(`logged in, deep link ${deep} rendered ("${title}")`);
		const headers = await deepResp.allHeaders();
		problems.push(...securityHeaderProblems(ctx, { status: deepResp.status(), headers, body: Buffer.alloc(0), text: '' }, `browser ${deep}`));

		// 3. Cookies: flags as seen by the browser, invisible to scripts.
		const cookies = await context.cookies(ctx.site);
		const session = cookies.find((c) => c.name === SESSION_COOKIE);
		if (!session) problems.push(`no ${SESSION_COOKIE} cookie in the browser`);
		else {
			if (!session.secure) problems.push('browser: session cookie not Secure');
			if (!session.httpOnly) problems.push('browser: session cookie not HttpOnly');
			if (session.sameSite !== 'Lax') problems.push(`browser: session cookie SameSite=${session.sameSite}`);
			if (session.expires !== -1) problems.push('browser: session cookie is persistent');
		}
		if ((await page.evaluate(() => document.cookie)) !== '') problems.push('document.cookie is not empty');
		step('cookie flags checked');

		// 4. Search through the site's search dialog (src/components/starlight/Search.astro), which
		//    fetches Pagefind's index, WASM and fragments through the proxy with the session cookie.
		await page.goto(`${ctx.site}/`);
		const word = searchWord(ctx);
		const open = page.locator('button[data-open-modal]').first();
		await open.waitFor({ state: 'visible' });
		await open.click();
		const dialog = page.getByRole('dialog', { name: 'Søg i drejebogen' });
		const input = dialog.getByRole('searchbox', { name: 'Søg i drejebogen' });
		await input.waitFor({ state: 'visible', timeout: 10_000 });
		await input.fill(word);
		const results = dialog.locator('#nis2-search-results > li > a');
		try {
			await results.first().waitFor({ state: 'visible', timeout: 15_000 });
			step(`search for "${word}": ${await results.count()} results`);
			if (await results.first().getAttribute('href')) {
				await results.first().click();
				await page.waitForLoadState('load');
				if (!page.url().startsWith(ctx.site)) problems.push(`search result led to ${page.url()}`);
			}
		} catch {
			problems.push(`search for "${word}" showed no results`);
		}

		// 5. A PDF downloads with exactly the bytes from dist.
		const pdfs = ctx.files.filter((f) => /^\/pdf\/.+\.pdf$/.test(f));
		if (pdfs.length === 0) {
			step('no dist/pdf/*.pdf in this build: PDF download check skipped');
		} else {
			const pdf = pdfs[0];
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 15_000 }),
				page.evaluate((href) => {
					const a = document.createElement('a');
					a.href = href;
					a.download = '';
					document.body.append(a);
					a.click();
				}, pdf),
			]);
			const saved = await download.path();
			const want = createHash('sha256')
				.update(readFileSync(join(ctx.siteRoot, pdf)))
				.digest('hex');
			const got = saved && existsSync(saved) ? createHash('sha256').update(readFileSync(saved)).digest('hex') : '';
			if (got !== want) problems.push(`PDF ${pdf}: downloaded bytes differ from dist (${(await download.failure()) ?? 'no failure reported'})`);
			else step(`PDF ${pdf} downloaded (${readFileSync(saved).length} bytes)`);
		}
		if (cspViolations.length) problems.push(`CSP violations while logged in: ${[...new Set(cspViolations)].slice(0, 5).join(' | ')}`);

		// 6. Logout with the header's "Log ud" button (a same-origin POST) ends both sessions; sub-resources are refused with 401.
		await page.goto(`${ctx.site}${deep}`);
		await page.locator('form.nis2-logout button:visible').first().click();
		const yes = page.locator('button[name=logout][value=yes]');
		await yes.waitFor({ timeout: 10_000 });
		await Promise.all([page.waitForURL(`${ctx.site}/logget-ud/`, { timeout: 15_000 }), yes.click()]);
		if (!(await page.textContent('h1'))?.includes('Du er logget ud')) problems.push('logged-out page not shown after logout');
		step('logged out at the site and the IdP');
		const subPaths = [ctx.files.find((f) => f.startsWith('/_astro/')), ctx.files.find((f) => f.startsWith('/pagefind/')), pdfs[0], '/index.html'].filter(
			Boolean,
		) as string[];
		const statuses = await page.evaluate(
			async (paths) =>
				Promise.all(
					paths.map(async (p) => {
						// no-store: ask the server, not the browser cache (hashed assets are
						// cached privately for a year, see deploy/README.md).
						const r = await fetch(p, { credentials: 'same-origin', cache: 'no-store' });
						return [p, r.status, (await r.text()).length] as const;
					}),
				),
			subPaths,
		);
		for (const [p, status] of statuses) if (status !== 401) problems.push(`after logout, fetch(${p}) got ${status}, want 401`);
		step(`after logout fetch(): ${statuses.map(([p, s]) => `${p.split('/').slice(0, 2).join('/')}=${s}`).join(' ')}`);
		if (session) {
			const replay = await ctx.client.fetch(`${ctx.site}${deep}`, { headers: { ...NAVIGATE, cookie: `${SESSION_COOKIE}=${session.value}` } });
			if (replay.status !== 302) problems.push(`replayed session cookie after logout: ${replay.status}, want 302 to the IdP`);
			const replaySub = await ctx.client.fetch(`${ctx.site}/${subPaths[0].slice(1)}`, {
				headers: { ...FETCH, cookie: `${SESSION_COOKIE}=${session.value}` },
			});
			if (replaySub.status !== 401) problems.push(`replayed session cookie after logout on ${subPaths[0]}: ${replaySub.status}, want 401`);
		}
		await page.goto(`${ctx.site}/`);
		if (!page.url().startsWith(`${ctx.idpOrigin}/interaction/`)) problems.push(`after logout, / did not require a new IdP login (at ${page.url()})`);
		else step('after logout: a new login is required; the old cookie is refused');
		await context.close();

		// 7. A valid user from an organisation that is not allowed.
		const other: BrowserContext = await browser.newContext();
		const p2 = await other.newPage();
		await p2.goto(`${ctx.site}/`);
		const refusedP = p2.waitForResponse((r) => r.url() === `${ctx.site}/` && r.request().isNavigationRequest() && r.status() !== 302, { timeout: 15_000 });
		await loginAt(p2, ctx, mallory);
		const refused = await refusedP;
		if (refused.status() !== 403 && refused.status() !== 401) problems.push(`${mallory.username} from ${mallory.tid}: / got ${refused.status()}, want 403`);
		await p2.waitForLoadState('load');
		const body = await p2.textContent('body');
		if (!body?.includes('Ingen adgang')) problems.push(`${mallory.username}: the refusal page is not the Danish "Ingen adgang" page`);
		step(`${mallory.username} (${mallory.tid}) logged in at the IdP, refused by the site with ${refused.status()}`);
		await other.close();
	} catch (err) {
		problems.push(`browser flow aborted: ${(err as Error).message.split('\n')[0]}`);
	} finally {
		await browser?.close();
	}
	return problems;
}
