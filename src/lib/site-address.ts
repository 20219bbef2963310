// Where the site is published. A production build sets SITE_URL (deploy/README.md). Without it the
// build is a local preview, served by `npm start` on http://127.0.0.1:4321: every absolute link in
// PDFs, Word templates and exports then points there and is marked "lokal forhåndsvisning", so no
// output ever carries a made-up host that a reader would try and fail to open.
const LOCAL_PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

export const isLocalPreview = !process.env.SITE_URL;

/** The site's origin (and base path), without a trailing slash. */
export const siteUrl = (process.env.SITE_URL || LOCAL_PREVIEW_ORIGIN).replace(/\/+$/, '');

/** Said beside an address from a local preview build. */
export const LOCAL_PREVIEW_NOTE = 'lokal forhåndsvisning: adressen virker kun på den computer, der kører npm start';
