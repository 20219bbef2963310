// Search tuning shared by the indexer config (config/starlight.ts) and our search component, which
// passes the same ranking to Pagefind at query time: one place, so they cannot drift apart.
export const searchRanking = {
	// Keywords carry the parts of Danish compounds that Pagefind cannot split on its own.
	metaWeights: { soegeord: 4, title: 5 },
};

/** The facets that pages emit as <meta data-pagefind-filter> (src/route/page-meta.ts), in display order. */
export const searchFacets = [
	{ key: 'type', label: 'Sidetype' },
	{ key: 'status', label: 'Status' },
	{ key: 'fase', label: 'Fase' },
] as const;

/**
 * Which part of the site a page belongs to, as a Pagefind filter: the contributor guide (/bidrag/)
 * is left out of results unless the reader switches it on in the dialog.
 */
export const searchScope = { filter: 'del', guide: 'Bidragsguide' } as const;
