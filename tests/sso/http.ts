// A small HTTPS client for the checks: keep-alive (thousands of requests stay
// fast), raw paths sent exactly as given (so `..` and `%2e` tricks reach the
// server unnormalised), *.localhost pinned to 127.0.0.1 (glibc cannot resolve
// it), and a minimal cookie jar for walking the login flow without a browser.
import { Agent, request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export interface Resp {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
	text: string;
}

export interface ReqOpts {
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	/** a fresh connection: for responses that may desynchronise keep-alive (mod_auth_openidc error pages) */
	fresh?: boolean;
}

export class Client {
	readonly agent: Agent;
	private readonly ca: Buffer;
	/** "host:port" -> the loopback port to connect to instead (one node behind a balancer) */
	private readonly route: Record<string, number>;
	constructor(ca: Buffer, maxSockets = 12, route: Record<string, number> = {}) {
		this.ca = ca;
		this.route = route;
		this.agent = new Agent({ keepAlive: true, maxSockets, ca });
	}

	/** url: absolute https URL; its path is sent byte-for-byte. */
	fetch(url: string, opts: ReqOpts = {}): Promise<Resp> {
		const m = /^https:\/\/([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
		if (!m) throw new Error(`bad url ${url}`);
		const [, host, port = '443', path = '/'] = m;
		const headers: Record<string, string> = { host: port === '443' ? host : `${host}:${port}`, ...opts.headers };
		if (opts.body !== undefined) headers['content-length'] = String(Buffer.byteLength(opts.body));
		return new Promise((resolve, reject) => {
			const req = request(
				{
					host: '127.0.0.1',
					port: this.route[`${host}:${port}`] ?? Number(port),
					servername: host,
					path,
					method: opts.method ?? 'GET',
					headers,
					agent: opts.fresh ? new Agent({ keepAlive: false, ca: this.ca }) : this.agent,
					ca: this.ca,
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () => {
						const body = Buffer.concat(chunks);
						resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('latin1') });
					});
					res.on('error', reject);
				},
			);
			req.setTimeout(20_000, () => req.destroy(new Error(`timeout: ${url}`)));
			req.on('error', reject);
			if (opts.body !== undefined) req.write(opts.body);
			req.end();
		});
	}

	close(): void {
		this.agent.destroy();
	}
}

export interface Cookie {
	name: string;
	value: string;
	attrs: string[]; // lower-cased attribute tokens as sent, e.g. "secure", "samesite=lax"
	raw: string;
}

function parseSetCookie(raw: string): Cookie {
	const [pair, ...rest] = raw.split(';');
	const eq = pair.indexOf('=');
	return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attrs: rest.map((a) => a.trim().toLowerCase()), raw };
}

export function setCookies(r: Resp): Cookie[] {
	const h = r.headers['set-cookie'];
	return (Array.isArray(h) ? h : h ? [h] : []).map(parseSetCookie);
}

function expired(c: Cookie): boolean {
	if (c.attrs.some((a) => a === 'max-age=0' || a.startsWith('max-age=-'))) return true;
	const exp = c.attrs.find((a) => a.startsWith('expires='));
	return exp !== undefined && Date.parse(exp.slice(8)) < Date.now();
}

/** Per-host cookie jar; path and domain scoping are deliberately ignored (single host each). */
export class Jar {
	private readonly byHost = new Map<string, Map<string, string>>();
	store(host: string, r: Resp): void {
		const jar = this.byHost.get(host) ?? new Map<string, string>();
		this.byHost.set(host, jar);
		for (const c of setCookies(r)) {
			if (expired(c) || c.value === '') jar.delete(c.name);
			else jar.set(c.name, c.value);
		}
	}
	header(host: string): string {
		return [...(this.byHost.get(host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
	}
	get(host: string, name: string): string | undefined {
		return this.byHost.get(host)?.get(name);
	}
}

export const NAVIGATE: Record<string, string> = {
	accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
	'sec-fetch-mode': 'navigate',
	'sec-fetch-dest': 'document',
	'sec-fetch-site': 'none',
	'upgrade-insecure-requests': '1',
};
/** What a browser's fetch() sends, as Pagefind does for its index. */
export const FETCH: Record<string, string> = { accept: '*/*', 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty', 'sec-fetch-site': 'same-origin' };
export const SCRIPT: Record<string, string> = { accept: '*/*', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script', 'sec-fetch-site': 'same-origin' };
export const XHR: Record<string, string> = { accept: 'application/json', 'x-requested-with': 'XMLHttpRequest' };
