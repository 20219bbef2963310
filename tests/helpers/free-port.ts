// A TCP port that is free on 127.0.0.1 right now, for the servers a test starts (the preview, the
// proxy's nodes, the OpenID provider, the editor's backend): the kernel picks it, we release it.
import { createServer, type AddressInfo } from 'node:net';

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
