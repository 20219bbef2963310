// Ports for the servers a test starts (the preview, the proxy's nodes, the OpenID provider, the
// editor's backend, Redis, HAProxy): one free on 127.0.0.1 right now (the kernel picks it, we
// release it), and whether something answers on one.
import { connect, createServer, type AddressInfo } from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const srv = createServer();
		srv.once('error', rej);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as AddressInfo;
			srv.close(() => res(port));
		});
	});
}

/** Whether a server answers TCP connections on host:port now. */
export function portOpen(host: string, port: number): Promise<boolean> {
	return new Promise((res) => {
		const sock = connect({ host, port });
		sock.once('connect', () => {
			sock.destroy();
			res(true);
		});
		sock.once('error', () => res(false));
	});
}
