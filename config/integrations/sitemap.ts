// The sitemap without the print documents (/print/…): they repeat whole chapters for the PDF
// step and should not compete with the real pages. Registering @astrojs/sitemap ourselves makes
// Starlight skip its own unfiltered copy (monolingual site, so it adds no i18n options).
import sitemap from '@astrojs/sitemap';

export const siteMap = () => sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/print/') });
