// Where a reader sends a comment on a page: the forge's change-request issue form, prefilled with
// the page's title, id and address, and optionally an e-mail to the editors for readers without a
// forge account. Pure functions, so the footer link and its test compute the same URL.

/** The issue form in .github/ISSUE_TEMPLATE/ that takes comments on a page, and its field ids. */
export const COMMENT_TEMPLATE = 'forslag-til-aendring.yml';

export interface PageRef {
	title: string;
	/** The page's own id (a requirement's "k-20"); pages without one are named by their address alone. */
	id?: string;
	/** Absolute address of the page. */
	url: string;
}

/**
 * The "new issue" address of the repository the edit link points at. GitHub's edit links look like
 * https://github.com/<owner>/<repo>/edit/<branch>/; NIS2_ISSUE_URL overrides it for another forge.
 */
export function newIssueUrl(editBaseUrl: string, override?: string): string | undefined {
	if (override) return override;
	const m = /^(https:\/\/github\.com\/[^/]+\/[^/]+)\/edit\//.exec(editBaseUrl);
	return m ? `${m[1]}/issues/new` : undefined;
}

/** GitHub issue forms take ?template=…&title=…&<field id>=… to prefill the form. */
export function commentUrl(issueBase: string, page: PageRef): string {
	const url = new URL(issueBase);
	url.searchParams.set('template', COMMENT_TEMPLATE);
	url.searchParams.set('title', `Forslag: ${page.title}`);
	url.searchParams.set('side', page.url);
	// Only an id the address does not already say: every byte here is on every page (page-weight budget).
	if (page.id) url.searchParams.set('sideid', page.id);
	return url.href;
}

/** A mailto: link to the editors with the same facts in the subject and body. */
export function mailUrl(address: string, page: PageRef): string {
	const subject = `Kommentar til »${page.title}«${page.id ? ` (${page.id})` : ''}`;
	const body = `Side: ${page.url}\n${page.id ? `Id: ${page.id}\n` : ''}\nHvad er problemet, og hvorfor?\n\nForslag til ny tekst:\n\nKilder:\n`;
	return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
