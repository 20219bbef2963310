// A minimal static file server on loopback and a free port, for a folder of built or hand-made
// files: dist/ for the PDF step and the search benchmark, the broken pages of the gate fixtures.
// Only GET of files is needed; `astro preview` would cost more than the work itself, and the real
// site is tested through `astro preview` and Apache, as a reader's server would be.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
};

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

/** Serves `root`; `extraHeaders` go on every file response (a gate fixture sets a cookie with it). */
export async function serveStatic(root: string, extraHeaders: Record<string, string> = {}): Promise<StaticServer> {
	const base = normalize(root + sep);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extraHeaders });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
