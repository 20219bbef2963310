// A page's address in the content tree, as the search register names pages: "krav/k-20", "omfattet",
// "" for the front page. The same form as the content checks' page slug (src/checks/content/load.ts).
export const pageAddress = (entryId: string) => (entryId === 'index' ? '' : entryId.replace(/\/index$/, ''));

/** The contributor guide (/bidrag/): out of the default search results, and below reader pages when included. */
export const isGuidePage = (address: string) => address === 'bidrag' || address.startsWith('bidrag/');
