// A free TCP port on 127.0.0.1 for a server a test starts (Apache, the provider, Redis, HAProxy, a
// preview): the kernel picks it, we close the probe and hand the number on.
import { createServer, type AddressInfo } from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}
