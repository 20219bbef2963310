// The privacy gate: a reader's browser talks to our own origin only (no fonts, scripts, images,
// analytics or anything else from a third party), and the site sets no cookies. Requests to any
// other origin are recorded and then aborted, so a failing page never really reaches a third party.
import type { BrowserContext, Page, Request } from '@playwright/test';
import type { GateProblem } from './problem.ts';

export interface RequestLog {
	/** Every foreign request seen, with the page that made it. */
	foreign: { page: string; url: string; type: string }[];
	/** Set-Cookie headers seen on our own responses. */
	setCookies: { page: string; url: string }[];
}

/**
 * Starts recording on a context. Each request is put down to the page of our origin whose frame
 * made it, so several tabs can be watched at once; `current()` names the page when the frame
 * cannot tell (a service worker's request, a frame still on about:blank).
 */
export async function watchContext(context: BrowserContext, origin: string, current: () => string): Promise<RequestLog> {
	const log: RequestLog = { foreign: [], setCookies: [] };
	const pageOf = (request: Request) => {
		try {
			const url = new URL(request.frame().url());
			return url.origin === origin ? url.pathname : current();
		} catch {
			return current();
		}
	};
	await context.route(
		(url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
		async (route) => {
			const request = route.request();
			log.foreign.push({ page: pageOf(request), url: request.url(), type: request.resourceType() });
			await route.abort('blockedbyclient');
		},
	);
	context.on('response', async (response) => {
		if (!response.url().startsWith(origin)) return;
		const headers = await response.allHeaders().catch(() => ({}));
		if ('set-cookie' in headers) log.setCookies.push({ page: pageOf(response.request()), url: response.url() });
	});
	return log;
}

/** Everything the gate objects to after a visit: foreign requests, Set-Cookie headers, cookies in the jar or in document.cookie. */
export async function privacyProblems(context: BrowserContext, log: RequestLog, pages: Page[] = []): Promise<GateProblem[]> {
	const problems: GateProblem[] = [];
	for (const r of log.foreign) {
		problems.push({ page: r.page, rule: 'third-party-request', message: `${r.type} hentet fra en anden oprindelse: ${r.url}` });
	}
	for (const c of log.setCookies) {
		problems.push({ page: c.page, rule: 'set-cookie', message: `svaret på ${c.url} sætter en cookie` });
	}
	for (const cookie of await context.cookies()) {
		problems.push({ page: cookie.domain, rule: 'cookie', message: `cookien "${cookie.name}" er sat` });
	}
	for (const page of pages) {
		const jar = await page.evaluate(() => document.cookie).catch(() => '');
		if (jar) problems.push({ page: new URL(page.url()).pathname, rule: 'cookie', message: `document.cookie = "${jar}"` });
	}
	return problems;
}
