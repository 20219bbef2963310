// The environment variables the components read through import.meta.env (Astro's documented way to
// type them): without this they are `any`. All optional; each has a default where it is read.
interface ImportMetaEnv {
	/** "New issue" address for "Kommentér siden" on a forge other than GitHub (README: CMS variables). */
	readonly NIS2_ISSUE_URL?: string;
	/** The proxy's logout path, where the "Log ud" form posts (deploy/README.md). */
	readonly PUBLIC_LOGOUT_PATH?: string;
}
