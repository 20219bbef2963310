// A real OpenID provider (panva/oidc-provider) for the SSO end-to-end test,
// bound to 127.0.0.1 over TLS. It stands in for Entra ID or an OIDC broker in
// front of a SAML federation: one confidential client, users from two
// organisations (tenants), a login form that really checks the password,
// RP-initiated logout, and no third-party assets. Its users are in idp-users.ts, its pages in
// idp-pages.ts.
//
// Standalone: node tests/sso/idp.ts   (reads the IDP_* variables below; for manual trials)
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { generateKeyPairSync, randomBytes, randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { CLAIM_VARIANT_USERS, TEST_USERS, type TestUser } from './idp-users.ts';
import { esc, loginPage, page } from './idp-pages.ts';

export interface IdpOptions {
	host: string; // e.g. idp.localhost
	port: number;
	certFile: string;
	keyFile: string;
	clientId: string;
	clientSecret: string;
	redirectUris: string[];
	postLogoutRedirectUris: string[];
	users?: TestUser[];
	log?: (line: string) => void;
}

export interface RunningIdp {
	issuer: string;
	server: Server;
	close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
	// Compare digests so that length differences do not leak through timing either.
	const ha = createHash('sha256').update(a).digest();
	const hb = createHash('sha256').update(b).digest();
	return timingSafeEqual(ha, hb);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
	let body = '';
	for await (const chunk of req) {
		body += chunk;
		if (body.length > 10_000) throw new Error('form too large');
	}
	return new URLSearchParams(body);
}

export async function startIdp(opts: IdpOptions): Promise<RunningIdp> {
	const users = opts.users ?? [...TEST_USERS, ...CLAIM_VARIANT_USERS];
	const log = opts.log ?? (() => undefined);
	const issuer = `https://${opts.host}:${opts.port}`;
	// A fresh key *and kid* on every start: mod_auth_openidc caches the JWKS and
	// only refetches on an unknown kid, so reusing a kid breaks a running Apache.
	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const jwk = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };

	const config: Configuration = {
		clients: [
			{
				client_id: opts.clientId,
				client_secret: opts.clientSecret,
				client_name: 'NIS2-drejebogen',
				redirect_uris: opts.redirectUris,
				post_logout_redirect_uris: opts.postLogoutRedirectUris,
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_basic',
			},
		],
		jwks: { keys: [jwk] },
		cookies: { keys: [randomBytes(32).toString('hex')] },
		claims: {
			openid: ['sub'],
			email: ['email', 'email_verified'],
			profile: ['name', 'org', 'tid'],
		},
		findAccount(_ctx, sub) {
			const user = users.find((u) => u.username === sub);
			if (!user) return undefined;
			return {
				accountId: sub,
				claims() {
					return { sub, name: user.name, email: user.email, email_verified: true, org: user.org, tid: user.tid };
				},
			};
		},
		// First-party client: no consent screen. Grant exactly what was asked for.
		async loadExistingGrant(ctx: KoaContextWithOIDC) {
			const { session, client } = ctx.oidc;
			// oidc-provider asks for a grant only with a logged-in session and a known client.
			if (!session || !client) throw new Error('loadExistingGrant without a session or client');
			const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
			if (grantId) return ctx.oidc.provider.Grant.find(grantId);
			const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
			grant.addOIDCScope(ctx.oidc.requestParamScopes ? [...ctx.oidc.requestParamScopes].join(' ') : 'openid');
			await grant.save();
			return grant;
		},
		// The RP must use PKCE even though it is a confidential client.
		pkce: { required: () => true },
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		features: {
			// devInteractions accepts any user name and password, which would make
			// the wrong-password test meaningless.
			devInteractions: { enabled: false },
			rpInitiatedLogout: {
				enabled: true,
				logoutSource(ctx, form) {
					ctx.body = page(
						'Log ud – test-IdP',
						`<h1>Vil du logge ud?</h1>${form}` +
							`<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, log mig ud</button> ` +
							`<button type="submit" form="op.logoutForm">Nej, forbliv logget ind</button>`,
					);
				},
				postLogoutSuccessSource(ctx) {
					ctx.body = page('Logget ud – test-IdP', '<h1>Du er logget ud</h1>');
				},
			},
		},
		// The defaults load Google Fonts; the test environment must stay offline.
		renderError(ctx, out) {
			ctx.type = 'html';
			ctx.body = page('Fejl – test-IdP', `<h1>Der opstod en fejl</h1><pre>${esc(JSON.stringify(out, null, 2))}</pre>`);
		},
		ttl: { Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600, AccessToken: 3600, IdToken: 3600, AuthorizationCode: 60 },
	};
	const provider = new Provider(issuer, config);
	provider.on('server_error', (_ctx: unknown, err: Error) => log(`idp server_error: ${err.stack ?? err}`));

	const oidcCallback = provider.callback();

	async function interactions(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
		const m = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec(url.pathname);
		if (!m) return false;
		const send = (status: number, html: string) => {
			res.writeHead(status, {
				'content-type': 'text/html; charset=utf-8',
				'cache-control': 'no-store',
				'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' https:; frame-ancestors 'none'",
			});
			res.end(html);
		};
		let details;
		try {
			details = await provider.interactionDetails(req, res);
		} catch {
			send(400, page('Fejl – test-IdP', '<h1>Login-forløbet er udløbet</h1><p>Gå tilbage til siden og prøv igen.</p>'));
			return true;
		}
		if (details.uid !== m[1]) {
			send(400, page('Fejl', '<h1>Ugyldigt login-forløb</h1>'));
			return true;
		}
		const clientName = 'NIS2-drejebogen';
		if (req.method === 'GET' && !m[2]) {
			send(200, loginPage(details.uid, clientName));
			return true;
		}
		if (req.method === 'POST' && m[2]) {
			const form = await readForm(req);
			const username = form.get('username') ?? '';
			const password = form.get('password') ?? '';
			const user = users.find((u) => u.username === username);
			// Always compare, so unknown users take as long as wrong passwords.
			const ok = sameSecret(password, user?.password ?? randomUUID()) && user !== undefined;
			if (!ok) {
				log(`idp: login failed for ${JSON.stringify(username)}`);
				send(401, loginPage(details.uid, clientName, 'Forkert brugernavn eller adgangskode.', username));
				return true;
			}
			log(`idp: login ok for ${username}`);
			await provider.interactionFinished(req, res, { login: { accountId: user.username } }, { mergeWithLastSubmission: false });
			return true;
		}
		res.writeHead(405, { allow: 'GET, POST' }).end();
		return true;
	}

	const server = createServer({ cert: readFileSync(opts.certFile), key: readFileSync(opts.keyFile) }, (req, res) => {
		const url = new URL(req.url ?? '/', issuer);
		interactions(req, res, url)
			.then((handled) => {
				// Koa's handler catches and reports its own errors (the server_error event above).
				if (!handled) void oidcCallback(req, res);
			})
			.catch((err: unknown) => {
				log(`idp: interaction error: ${err instanceof Error ? (err.stack ?? String(err)) : inspect(err)}`);
				if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
				res.end('Intern fejl');
			});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, '127.0.0.1', () => resolve());
	});
	return {
		issuer,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const env = process.env;
	const need = (k: string): string => {
		const v = env[k];
		if (!v) {
			console.error(`idp: set ${k}`);
			process.exit(2);
		}
		return v;
	};
	const idp = await startIdp({
		host: env.IDP_HOST ?? 'idp.localhost',
		port: Number(env.IDP_PORT ?? 9443),
		certFile: need('IDP_TLS_CERT'),
		keyFile: need('IDP_TLS_KEY'),
		clientId: env.IDP_CLIENT_ID ?? 'nis2-drejebogen',
		clientSecret: need('IDP_CLIENT_SECRET'),
		redirectUris: [need('IDP_REDIRECT_URI')],
		postLogoutRedirectUris: [need('IDP_POST_LOGOUT_URI')],
		log: console.log,
	});
	console.log(`idp: listening at ${idp.issuer} (users: ${TEST_USERS.map((u) => `${u.username}@${u.tid}`).join(', ')})`);
}
