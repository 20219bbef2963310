// The test OpenID provider's own HTML (tests/sso/idp.ts): the frame of every page it writes and its
// login form, in Danish, with inline style only, so the provider loads nothing from elsewhere (the
// test environment is offline; oidc-provider's default pages would load Google Fonts).
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE =
	'body{font-family:system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem;line-height:1.5}' +
	'label{display:block;margin-top:.8rem}input{width:100%;padding:.4rem;font-size:1rem}' +
	'button{margin-top:1rem;padding:.5rem 1rem;font-size:1rem}.fejl{color:#a00000}';

export function page(title: string, body: string): string {
	return (
		`<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
	);
}

export function loginPage(uid: string, clientName: string, error?: string, username = ''): string {
	return page(
		'Log ind – test-IdP',
		`<h1>Log ind</h1><p>Test-identitetsudbyder for ${esc(clientName)}.</p>` +
			(error ? `<p class="fejl" role="alert">${esc(error)}</p>` : '') +
			`<form method="post" action="/interaction/${esc(uid)}/login" autocomplete="off">` +
			`<label for="username">Brugernavn</label><input id="username" name="username" required value="${esc(username)}">` +
			`<label for="password">Adgangskode</label><input id="password" name="password" type="password" required>` +
			`<button type="submit">Log ind</button></form>`,
	);
}
