// Each browser gate, shown to fail: a small hand-made broken page (tests/gates/fixtures/broken/)
// served on loopback must make every gate function report the defect it exists to catch, and a
// healthy page next to it must pass, so the gates are neither blind nor trigger-happy.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { axeProblems, documentProblems, focusProblems } from '../../scripts/gates/a11y.ts';
import { watchContext, privacyProblems } from '../../scripts/gates/privacy.ts';
import { serveStatic } from '../../scripts/static-server.ts';

const root = fileURLToPath(new URL('./fixtures/broken/', import.meta.url));
let server: Awaited<ReturnType<typeof serveStatic>>;
test.beforeAll(async () => {
	server = await serveStatic(root);
});
test.afterAll(async () => server.close());

const rules = (problems: { rule: string }[]) => problems.map((p) => p.rule);

test('the accessibility gate reports an image without alt text, the wrong language, two h1s, sideways scrolling and an invisible focus', async ({
	browser,
}) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
	const page = await context.newPage();
	await page.goto(`${server.origin}/`);
	expect(rules(await axeProblems(page, '/'))).toContain('image-alt');
	expect(rules(await documentProblems(page, '/'))).toEqual(['document-lang', 'one-h1', 'reflow']);
	expect(rules(await focusProblems(page, '/'))).toContain('focus-visible');
	await page.goto(`${server.origin}/ok.html`);
	expect(await axeProblems(page, '/ok.html')).toEqual([]);
	expect(await documentProblems(page, '/ok.html')).toEqual([]);
	await context.close();
});

test('the privacy gate reports a third-party image and a cookie, and never lets the request out', async ({ browser }) => {
	const context = await browser.newContext();
	const log = await watchContext(context, server.origin, () => '/');
	const page = await context.newPage();
	const failed: string[] = [];
	page.on('requestfailed', (r) => failed.push(r.url()));
	await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
	const problems = await privacyProblems(context, log, [page]);
	expect(problems.find((p) => p.rule === 'third-party-request')?.message).toContain('https://tredjepart.example.invalid/sporing.gif');
	expect(rules(problems)).toContain('cookie');
	expect(failed).toContain('https://tredjepart.example.invalid/sporing.gif');
	await context.close();
});

test('the privacy gate reports a Set-Cookie header from our own server', async ({ browser }) => {
	const cookieServer = await serveStatic(root, { 'set-cookie': 'session=abc; Path=/' });
	const context = await browser.newContext();
	const log = await watchContext(context, cookieServer.origin, () => '/ok.html');
	const page = await context.newPage();
	await page.goto(`${cookieServer.origin}/ok.html`);
	const problems = await privacyProblems(context, log, [page]);
	expect(rules(problems)).toContain('set-cookie');
	await context.close();
	await cookieServer.close();
});

test('a healthy page passes the privacy gate', async ({ browser }) => {
	const context = await browser.newContext();
	const log = await watchContext(context, server.origin, () => '/ok.html');
	const page = await context.newPage();
	await page.goto(`${server.origin}/ok.html`, { waitUntil: 'networkidle' });
	expect(await privacyProblems(context, log, [page])).toEqual([]);
	await context.close();
});
