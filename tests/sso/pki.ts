// Throw-away PKI for one test run: a CA and one server certificate that covers
// both loopback host names. Nothing here is meant for production; operators use
// their normal certificates (see deploy/README.md).
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

export interface Pki {
	caCert: string;
	cert: string;
	key: string;
	/** base64 sha256 of the server key's SPKI, for Chromium's --ignore-certificate-errors-spki-list */
	spkiSha256: string;
}

function openssl(args: string[], cwd: string): void {
	execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function createPki(dir: string, hostNames: string[]): Pki {
	const ca = join(dir, 'ca.crt');
	const caKey = join(dir, 'ca.key');
	const key = join(dir, 'server.key');
	const csr = join(dir, 'server.csr');
	const cert = join(dir, 'server.crt');
	const ext = join(dir, 'server.ext');
	// ECDSA keeps key generation instant; 2 days is enough for one run and short
	// enough that a leaked test CA is useless soon after.
	openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', caKey], dir);
	openssl(['req', '-x509', '-new', '-key', caKey, '-sha256', '-days', '2', '-subj', '/CN=NIS2 SSO test CA (throw-away)', '-out', ca], dir);
	openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key], dir);
	openssl(['req', '-new', '-key', key, '-subj', `/CN=${hostNames[0]}`, '-out', csr], dir);
	const san = [...hostNames.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
	writeFileSync(ext, `basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=${san}\n`);
	openssl(['x509', '-req', '-in', csr, '-CA', ca, '-CAkey', caKey, '-CAcreateserial', '-days', '2', '-sha256', '-extfile', ext, '-out', cert], dir);
	// Apache drops to www-data when started as root and mod_auth_openidc reads
	// the CA bundle from the worker processes, so the public parts must be world-readable.
	chmodSync(ca, 0o644);
	chmodSync(cert, 0o644);
	const x509 = new X509Certificate(readFileSync(cert));
	const spkiDer = x509.publicKey.export({ type: 'spki', format: 'der' });
	const spkiSha256 = createHash('sha256').update(spkiDer).digest('base64');
	return { caCert: ca, cert, key, spkiSha256 };
}
