// The SSO checks, each returning a list of problems (empty = pass). Keeping
// them as plain functions lets the same checks run against the real
// configuration (must return nothing) and against deliberately broken
// variants in tests/sso/broken/ (must return something).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from './harness.ts';
import { cmsApiOrigin } from '../../scripts/deploy/csp-hashes.ts';
import { TEST_USERS, CLAIM_VARIANT_USERS } from './idp.ts';
import { type Resp, Jar, NAVIGATE, FETCH, SCRIPT, XHR, setCookies, type Cookie } from './http.ts';

export type Problems = string[];
export const SESSION_COOKIE = '__Host-nis2_session';

const alice = TEST_USERS.find((u) => u.tid === 'tenant-a')!;
const mallory = TEST_USERS.find((u) => u.tid === 'tenant-b')!;

function urlPath(rel: string): string {
  return encodeURI(rel.split('\\').join('/'));
}

/** Byte strings that would only appear in a response if (part of) the file leaked. */
function fingerprints(content: Buffer): Buffer[] {
  if (content.length < 8) return [];
  if (content.length <= 96) return [content];
  const n = 48;
  const mid = Math.floor(content.length / 2) - n / 2;
  return [content.subarray(0, n), content.subarray(mid, mid + n), content.subarray(content.length - n)];
}

function leaks(body: Buffer, prints: Buffer[]): boolean {
  return prints.some((p) => body.includes(p));
}

async function pool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

function isIdpLogin(ctx: Ctx, r: Resp): boolean {
  const loc = String(r.headers.location ?? '');
  return r.status === 302 && loc.startsWith(`${ctx.idpOrigin}/auth?`);
}

/** Cache of fingerprints for pages we use as "known site content". */
function siteFingerprints(ctx: Ctx): Buffer[] {
  const out: Buffer[] = [];
  for (const rel of ['/index.html', '/404.html']) {
    try { out.push(...fingerprints(readFileSync(join(ctx.siteRoot, rel)))); } catch { /* optional */ }
  }
  return out;
}

// ------------------------------------------------------------------ unauthenticated

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
  if (q.get('response_mode') && q.get('response_mode') !== 'query') problems.push(`response_mode=${q.get('response_mode')}: a cross-site POST loses the Lax state cookie`);
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

function cookieFlagProblems(c: Cookie, what: string): Problems {
  const p: Problems = [];
  if (!c.attrs.includes('secure')) p.push(`${what} ${c.name} lacks Secure`);
  if (!c.attrs.includes('httponly')) p.push(`${what} ${c.name} lacks HttpOnly`);
  if (!c.attrs.includes('samesite=lax')) p.push(`${what} ${c.name} is not SameSite=Lax: ${c.raw.replace(/=[^;]{12,}/, '=…')}`);
  if (c.attrs.some((a) => a.startsWith('domain='))) p.push(`${what} ${c.name} has a Domain attribute`);
  return p;
}

/** Tricks that must not get past the gate: each must be refused and carry no site content. */
export async function checkPathTricks(ctx: Ctx): Promise<Problems> {
  const problems: Problems = [];
  const prints = siteFingerprints(ctx);
  const anyAsset = ctx.files.find((f) => f.startsWith('/_astro/')) ?? '/index.html';
  const anyPagefind = ctx.files.find((f) => f.startsWith('/pagefind/') && /\.pf_/.test(f)) ?? ctx.files.find((f) => f.startsWith('/pagefind/')) ?? '/index.html';
  const anyPdf = ctx.files.find((f) => f.endsWith('.pdf'));
  for (const rel of [anyAsset, anyPagefind, anyPdf].filter(Boolean) as string[]) prints.push(...fingerprints(readFileSync(join(ctx.siteRoot, rel))));
  const paths = [
    '//index.html', '/./index.html', '/%2e/index.html', '/_astro/../index.html', '/_astro/%2e%2e/index.html',
    '/logget-ud/../index.html', '/logget-ud/%2e%2e/index.html', '/logget-ud/%2E%2E/404.html', '/logget-ud/..%2findex.html',
    '/logget-ud%2f..%2findex.html', '/%2findex.html', '/_astro%2f' + anyAsset.split('/').pop(), '/logget-ud//../index.html',
    '/logget-ud/%252e%252e/index.html', '/index.html%00', '/index.html;x', '/index.html?x=1', '/INDEX.HTML', '/pagefind/', '/_astro/',
    '/404.html', '/does-not-exist/', '/logget-ud/finnes-ikke', '/logget-ud/ingen-adgang.html/x', '/oidc/x', '/.git/config', '/.well-known/security.txt', '/sitemap-index.xml', '/robots.txt',
    anyPagefind.replace('/pagefind/', '/pagefind//'), anyPagefind.replace('/pagefind/', '/logget-ud/../pagefind/'),
    anyAsset, anyPagefind, ...(anyPdf ? [anyPdf] : []),
  ];
  const variants: { name: string; opts: { method?: string; headers: Record<string, string> } }[] = [
    { name: 'navigate', opts: { headers: NAVIGATE } },
    { name: 'fetch', opts: { headers: FETCH } },
    { name: 'script', opts: { headers: SCRIPT } },
    { name: 'xhr', opts: { headers: XHR } },
    { name: 'HEAD', opts: { method: 'HEAD', headers: NAVIGATE } },
    { name: 'Range', opts: { headers: { ...FETCH, range: 'bytes=0-99' } } },
    { name: 'forged session cookie', opts: { headers: { ...NAVIGATE, cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}; mod_auth_openidc_session=${'b'.repeat(36)}` } } },
    { name: 'forged headers', opts: { headers: {
      ...FETCH, 'x-remote-user': alice.username, 'remote-user': alice.username, 'x-forwarded-user': alice.username,
      'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.test', 'x-original-url': '/index.html',
      'x-rewrite-url': '/index.html', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.', 'oidc_claim_tid': 'tenant-a',
    } } },
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
  const post = await ctx.client.fetch(`${ctx.site}/index.html`, { method: 'POST', headers: { ...FETCH, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b', fresh: true });
  if (post.status < 300 || leaks(post.body, prints)) problems.push(`POST /index.html got ${post.status}`);
  return problems;
}

/** Redirect tricks: logout and login targets must stay on this site. */
export async function checkOpenRedirects(ctx: Ctx): Promise<Problems> {
  const problems: Problems = [];
  const evil = ['https://evil.test/', '//evil.test/', 'https:%2f%2fevil.test/', `https://evil.test/${ctx.siteHost}/`, `https://${ctx.siteHost}.evil.test/`, '/\\evil.test/', 'javascript:alert(1)'];
  const paths: string[] = [];
  for (const e of evil) {
    paths.push(`/oidc/callback?logout=${encodeURIComponent(e)}`);
    paths.push(`/oidc/callback?iss=${encodeURIComponent(ctx.idpOrigin)}&target_link_uri=${encodeURIComponent(e)}`);
    paths.push(`/oidc/callback?target_link_uri=${encodeURIComponent(e)}`);
  }
  paths.push('/log-ud?url=https://evil.test/', '/log-ud/https://evil.test/', '//evil.test/', '/oidc/callback?code=forged&state=forged', '/oidc/callback?error=access_denied&state=x');
  for (const path of paths) {
    for (const headers of [NAVIGATE, { ...NAVIGATE, cookie: `${SESSION_COOKIE}=x` }]) {
      // mod_auth_openidc may append a second error document on these paths,
      // which desynchronises keep-alive; a fresh connection per request avoids that.
      const r = await ctx.client.fetch(ctx.site + path, { headers, fresh: true });
      const loc = String(r.headers.location ?? '');
      const body = r.text;
      if (/evil\.test/i.test(loc) || /^(javascript:|\/\/|\/\\)/i.test(loc)) problems.push(`${path}: redirects to ${loc}`);
      if (/(http-equiv=["']?refresh[^>]*evil\.test|location(\.href)?\s*=\s*["'][^"']*evil\.test)/i.test(body)) problems.push(`${path}: body redirects to evil.test`);
      if (loc && !loc.startsWith(ctx.site + '/') && !loc.startsWith(ctx.idpOrigin + '/')) problems.push(`${path}: redirect to unexpected location ${loc}`);
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

export function securityHeaderProblems(ctx: Ctx, r: Resp, where: string): Problems {
  const p: Problems = [];
  const h = r.headers;
  const csp = String(h['content-security-policy'] ?? '');
  if (!csp) p.push(`${where}: no Content-Security-Policy`);
  else {
    const dirs = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0], d.slice(1)]));
    const script = dirs.get('script-src') ?? dirs.get('default-src') ?? [];
    if (dirs.get('default-src')?.join(' ') !== "'self'") p.push(`${where}: CSP default-src is not 'self'`);
    if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'") || script.includes('*') || script.some((s) => /^(https?:|data:|blob:)$/.test(s))) p.push(`${where}: CSP script-src too wide: ${script.join(' ')}`);
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
  if (!/noindex/.test(String(h['x-robots-tag'] ?? ''))) p.push(`${where}: X-Robots-Tag lacks noindex`);
  if (/public/.test(String(h['cache-control'] ?? ''))) p.push(`${where}: Cache-Control is public`);
  return p;
}

// ------------------------------------------------------------------ login flows without a browser

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
export async function walk(ctx: Ctx, startUrl: string, creds: { username: string; password: string } | null, jar = new Jar(), method = 'GET', body?: string): Promise<Flow> {
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
  if (flow.sessionCookie.attrs.some((a) => a.startsWith('expires=') || a.startsWith('max-age='))) problems.push('session cookie is persistent (has Expires/Max-Age)');
  // A server-side session cookie is an opaque id; a client-cookie session is a large JWE.
  if (flow.sessionCookie.value.length > 200) problems.push(`session cookie is ${flow.sessionCookie.value.length} chars: session state is stored in the cookie, not on the server`);
  problems.push(...securityHeaderProblems(ctx, flow.final, deep));
  const cookie = `${SESSION_COOKIE}=${flow.sessionCookie.value}`;
  const get = (path: string, extra: Record<string, string> = {}) => ctx.client.fetch(ctx.site + path, { headers: { ...FETCH, cookie, 'accept-encoding': 'gzip, br', ...extra } });
  const pageCc = String(flow.final.headers['cache-control'] ?? '');
  if (!/private/.test(pageCc) || /max-age=[1-9]/.test(pageCc)) problems.push(`${deep}: Cache-Control "${pageCc}", want private and revalidated`);
  const asset = ctx.files.find((f) => f.startsWith('/_astro/'));
  const pf = ctx.files.find((f) => /^\/pagefind\/.+\.pf_[a-z]+$/.test(f));
  for (const rel of [asset, pf].filter(Boolean) as string[]) {
    const r = await get(urlPath(rel));
    if (r.status !== 200) { problems.push(`${rel}: got ${r.status} when logged in`); continue; }
    const cc = String(r.headers['cache-control'] ?? '');
    if (!/private/.test(cc) || !/max-age=\d{7,}/.test(cc)) problems.push(`${rel}: Cache-Control "${cc}", want private and long-lived`);
    if (rel === pf) {
      if (r.headers['content-encoding']) problems.push(`${rel}: re-compressed with ${r.headers['content-encoding']}`);
      if (!r.body.equals(readFileSync(join(ctx.siteRoot, rel)))) problems.push(`${rel}: bytes differ from dist`);
    }
  }
  const notFound = await ctx.client.fetch(`${ctx.site}/finnes-ikke-${Date.now()}/`, { headers: { ...NAVIGATE, cookie } });
  if (notFound.status !== 404) problems.push(`unknown path when logged in: ${notFound.status}, want 404`);
  else if (ctx.files.includes('/404.html') && !notFound.body.equals(readFileSync(join(ctx.siteRoot, '404.html')))) problems.push('unknown path does not show the site 404 page');
  const range = await get('/index.html', { range: 'bytes=0-9', 'accept-encoding': 'identity' });
  if (range.status !== 206 || range.body.length !== 10) problems.push(`Range request when logged in: ${range.status}/${range.body.length} bytes`);
  return problems;
}

export async function checkWrongPassword(ctx: Ctx): Promise<Problems> {
  const problems: Problems = [];
  for (const creds of [{ username: alice.username, password: alice.password + 'x' }, { username: alice.username, password: '' }, { username: 'nobody', password: alice.password }]) {
    const flow = await login(ctx, creds, '/');
    if (!flow.sawLoginForm) problems.push('the IdP did not show a login form');
    if (!flow.loginRejected) problems.push(`login with wrong credentials (${creds.username}) was not rejected: ended at ${flow.finalUrl} (${flow.final.status})`);
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
  if (flow.final.status !== 403 && flow.final.status !== 401) problems.push(`${mallory.username} (${mallory.tid}) got ${flow.final.status} on / , want 401/403`);
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
  if (out.finalUrl !== `${ctx.site}/logget-ud/` || out.final.status !== 200) problems.push(`logout ended at ${out.finalUrl} (${out.final.status}), want ${ctx.site}/logget-ud/`);
  // The replayed cookie must be dead on the server, for pages and sub-resources.
  const page = await ctx.client.fetch(`${ctx.site}/`, { headers: { ...NAVIGATE, cookie: old } });
  if (!isIdpLogin(ctx, page)) problems.push(`old session cookie after logout: / got ${page.status}, want a redirect to the IdP`);
  const sub = await ctx.client.fetch(ctx.site + urlPath(asset), { headers: { ...FETCH, cookie: old } });
  if (sub.status !== 401) problems.push(`old session cookie after logout: ${asset} got ${sub.status}, want 401`);
  // The IdP session must be gone too: a new visit must show the login form, not log in silently.
  const again = await walk(ctx, `${ctx.site}/`, null, flow.jar);
  if (!again.sawLoginForm) problems.push(`after logout the IdP logged the user in again without a password (ended at ${again.finalUrl}, ${again.final.status})`);
  return problems;
}

// ------------------------------------------------------------------ gate defects found by probing (issue 19)

/** The one logout URL the site uses, byte for byte as the /log-ud redirect writes it (the port's colon stays literal). */
function logoutUrl(ctx: Ctx): string {
  return `${ctx.site}/oidc/callback?logout=https%3A%2F%2F${ctx.siteHost}%2Flogget-ud%2F`;
}

/** Every query form mod_auth_openidc would act on at its callback URL, except the provider's answer and our logout. */
function callbackCommands(ctx: Ctx): string[] {
  const site = encodeURIComponent(`${ctx.site}/`);
  return [
    '', 'session=iframe_rp', 'session=iframe_op', 'session=check&client_id=nis2-drejebogen&origin=x', 'remove_at_cache=x', 'request_uri=https%3A%2F%2Fevil.test%2Fr',
    'revoke_session=x', 'refresh=%2F&access_token=x', 'info=json', 'info=html', 'jwks', 'logout=get', 'logout=img', 'logout=backchannel',
    `iss=${encodeURIComponent(ctx.idpOrigin)}&target_link_uri=${site}`, `target_link_uri=${site}`, `disc_user=alice%40${ctx.idpOrigin.split('//')[1]}`,
    `iss=${encodeURIComponent(ctx.idpOrigin)}`, 'code=x', 'state=x', 'code=x&state=y&unknown=1', 'unknown=1', 'state=x&code=y&target_link_uri=%2F', 'x',
    'logout=', `logout=${site}`, `logout=${encodeURIComponent(`${ctx.site}/logget-ud/`)}&x=1`,
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
    for (const [who, headers] of [['anonymous', NAVIGATE], ['anonymous fetch', FETCH], ['logged in', { ...NAVIGATE, cookie }]] as const) {
      jobs.push({ query, who, headers, method: 'GET' });
    }
    jobs.push({ query, who: 'anonymous POST', headers: { ...FETCH, 'content-type': 'application/x-www-form-urlencoded' }, method: 'POST' });
  }
  await pool(jobs, 6, async ({ query, who, headers, method }) => {
    const url = `${ctx.site}/oidc/callback${query ? `?${query}` : ''}`;
    const r = await ctx.client.fetch(url, { method, headers, body: method === 'POST' ? query : undefined, fresh: true });
    const where = `${who} ${method} /oidc/callback?${query}`;
    if (leaks(r.body, prints)) problems.push(`${where}: body contains site content (${r.status})`);
    if (r.status !== 403) problems.push(`${where}: got ${r.status}${r.headers.location ? ` -> ${r.headers.location}` : ''}, want 403 before mod_auth_openidc acts on it`);
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
    `/?${extra}`, `/index.html?${extra}`,
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
    for (const k of ['prompt', 'login_hint', 'max_age', 'response_mode']) if (q.has(k) && !(k === 'response_mode' && q.get(k) === 'query')) problems.push(`${link}: authorisation request carries ${k}=${q.get(k)} from the link`);
    if (q.get('scope') !== 'openid email profile') problems.push(`${link}: scope=${q.get('scope')}`);
  }
  return problems;
}

/** Logout targets: only our own https logged-out page, never another scheme or host, not even on our host name. */
export async function checkLogoutTargets(ctx: Ctx): Promise<Problems> {
  const problems: Problems = [];
  const host = ctx.siteHost;
  const targets = [`http://${host}/logget-ud/`, `ftp://${host}/logget-ud/`, `javascript://${host}/%0aalert(1)`, `data://${host}/,x`, `https://${host}.evil.test/logget-ud/`,
    `https://${host}@evil.test/logget-ud/`, `https://evil.test/logget-ud/`, `https://${host}/logget-ud/../index.html`, `https://${host}/`, `//${host}/logget-ud/`, '/logget-ud/'];
  for (const t of targets) {
    const flow = await login(ctx, alice, '/');
    if (!flow.sessionCookie) return [`login for the logout-target test failed at ${flow.finalUrl}`];
    const cookie = `${SESSION_COOKIE}=${flow.sessionCookie.value}`;
    const r = await ctx.client.fetch(`${ctx.site}/oidc/callback?logout=${encodeURIComponent(t)}`, { headers: { ...NAVIGATE, 'sec-fetch-site': 'same-origin', cookie }, fresh: true });
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
      const r = await ctx.client.fetch(ctx.site + path, { method: a.method, headers: a.headers, body: a.method === 'POST' ? '' : undefined, fresh: true });
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
  const own = await ctx.client.fetch(`${ctx.site}/log-ud`, { method: 'POST', headers: { ...NAVIGATE, 'sec-fetch-site': 'same-origin', origin: ctx.site, cookie }, body: '', fresh: true });
  if (own.status !== 303 || String(own.headers.location) !== logoutUrl(ctx)) problems.push(`same-origin POST /log-ud got ${own.status} ${own.headers.location ?? ''}, want 303 to the logout URL`);
  return problems;
}

/** Stopping at the provider's "log out?" question still ends the local session, and the next visit asks for the password. */
export async function checkLogoutWithoutConfirm(ctx: Ctx): Promise<Problems> {
  const problems: Problems = [];
  const flow = await login(ctx, alice, '/');
  if (!flow.sessionCookie) return [`login for the unconfirmed-logout test failed at ${flow.finalUrl}`];
  const old = `${SESSION_COOKIE}=${flow.sessionCookie.value}`;
  const out = await walk(ctx, `${ctx.site}/log-ud`, null, flow.jar, 'POST', '');
  if (!/op\.logoutForm/.test(out.final.text)) problems.push(`logout did not stop at the provider's confirmation (ended at ${out.finalUrl}, ${out.final.status})`);
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
  if (!again.sawLoginForm) problems.push(`after an unconfirmed logout the next visit logged straight back in (ended at ${again.finalUrl}, ${again.final.status}), want the password form`);
  // After that fresh login the marker is gone, so single sign-on works again for later sessions.
  const relogin = await walk(ctx, `${ctx.site}/`, alice, flow.jar);
  if (relogin.final.status !== 200) problems.push(`password login after an unconfirmed logout failed: ${relogin.final.status} at ${relogin.finalUrl}`);
  if (flow.jar.get(new URL(ctx.site).hostname, '__Host-nis2_reauth')) problems.push('the re-authentication marker is still set after a fresh password login');
  return problems;
}

/** Users whose organisation claim is a whitespace, case, prefix or suffix variant of an allowed one are refused. */
export async function checkClaimsExact(ctx: Ctx): Promise<Problems> {
  const problems: Problems = [];
  const prints = siteFingerprints(ctx);
  await pool(CLAIM_VARIANT_USERS, 4, async (user) => {
    const flow = await login(ctx, user, '/');
    if (!flow.sawLoginForm || flow.loginRejected) { problems.push(`${user.username} could not log in at the IdP at all`); return; }
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
  for (const path of ['/server-status', '/server-status?auto', '/server-status/', '/server-info', '/server-info?config', '/server-info?mod_auth_openidc.c', '/Server-Status', '/server-status%3Fauto']) {
    for (const [who, headers] of [['anonymous', NAVIGATE], ['logged in', { ...NAVIGATE, cookie }]] as const) {
      const r = await ctx.client.fetch(ctx.site + path, { headers, fresh: true });
      const text = r.body.toString('utf8');
      if (r.status === 200) problems.push(`${who} ${path}: got 200`);
      if (/Apache Server (Status|Information)|Server Version:|Scoreboard|Total Accesses|BusyWorkers/i.test(text)) problems.push(`${who} ${path}: shows server internals`);
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
    { name: 'module: stale state', path: `/oidc/callback?code=x&state=${'A'.repeat(40)}&iss=${encodeURIComponent(ctx.idpOrigin)}`, headers: { ...NAVIGATE, cookie } },
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
  const stateCookie = setCookies(start).map((c) => `${c.name}=${c.value}`).join('; ');
  // With `iss` (RFC 9207, as oidc-provider sends it) mod_auth_openidc 2.4.12 takes the answer for
  // a discovery response; without it, for the provider's error. Both are its own pages.
  cases.push({ name: 'module-written page: provider error answer', path: `/oidc/callback?error=access_denied&error_description=afbrudt&state=${state}&iss=${encodeURIComponent(ctx.idpOrigin)}`, headers: { ...NAVIGATE, cookie: stateCookie } });
  cases.push({ name: 'module-written page: provider error answer without iss', path: `/oidc/callback?error=access_denied&error_description=afbrudt&state=${state}`, headers: { ...NAVIGATE, cookie: stateCookie } });
  for (const c of cases) {
    const r = await ctx.client.fetch(ctx.site + c.path, { method: c.method, headers: c.headers, body: c.body, fresh: true });
    const where = `${c.name} (${c.path.slice(0, 60)} -> ${r.status})`;
    problems.push(...securityHeaderProblems(ctx, r, where));
    if (c.name.startsWith('module-written') && !r.body.toString('utf8').includes('Login lykkedes ikke')) problems.push(`${where}: not our Danish error page (OIDCHTMLErrorTemplate)`);
    if (!r.headers['x-frame-options']) problems.push(`${where}: no X-Frame-Options`);
    const cc = String(r.headers['cache-control'] ?? '');
    if (r.status !== 200 && !/no-store/.test(cc)) problems.push(`${where}: Cache-Control "${cc}", want no-store`);
    if (r.status === 200 && !/private|no-store/.test(cc)) problems.push(`${where}: Cache-Control "${cc}", want private or no-store`);
    for (const h of ['content-security-policy', 'x-frame-options', 'strict-transport-security', 'x-content-type-options']) {
      const raw = r.headers[h];
      if (Array.isArray(raw) || String(raw ?? '').includes(', ') && h === 'x-frame-options') problems.push(`${where}: ${h} sent twice`);
    }
  }
  return problems;
}

// ------------------------------------------------------------------ the editor at /admin/

/** The policy directives of a CSP header as a map. */
const cspDirectives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0], d.slice(1)]));

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
  if (flow.final.status !== 200 || flow.finalUrl !== `${ctx.site}/admin/`) return [...problems, `after login /admin/ ended at ${flow.finalUrl} with ${flow.final.status}`];
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
  for (const [k, v] of Object.entries(want)) if (dirs.get(k)?.join(' ') !== v) problems.push(`/admin/: CSP ${k} is "${dirs.get(k)?.join(' ') ?? ''}", want "${v}"`);
  if (flow.final.headers['cross-origin-opener-policy'] !== 'same-origin-allow-popups') problems.push(`/admin/: Cross-Origin-Opener-Policy "${flow.final.headers['cross-origin-opener-policy']}", want same-origin-allow-popups (the forge login popup reports to its opener)`);
  // The other pages keep the site policy: the editor's exceptions stop at /admin/.
  const cookie = `${SESSION_COOKIE}=${flow.sessionCookie?.value}`;
  for (const path of ['/', '/administration/', '/adminx/']) {
    const r = await ctx.client.fetch(ctx.site + path, { headers: { ...NAVIGATE, cookie } });
    const other = String(r.headers['content-security-policy'] ?? '');
    if (/unsafe-eval'/.test(other.replace("'wasm-unsafe-eval'", '')) || other.includes(api)) problems.push(`${path}: got the editor's policy (${other})`);
    if (r.headers['cross-origin-opener-policy'] !== 'same-origin') problems.push(`${path}: Cross-Origin-Opener-Policy "${r.headers['cross-origin-opener-policy']}", want same-origin`);
  }
  return problems;
}
