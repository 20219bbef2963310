// Where "Foreslå en ændring til siden" opens a page's source: the forge's editor for the main
// branch (EDIT_BASE_URL for a fork or another forge). Its own module so that the EditLink
// component can read it without importing the Starlight options, whose sidebar reads the whole
// content tree: bundled into the pages, that read every content file again as rendering began
// (0.6 s and the parsed front matter of every page, at 1,000 pages).
export const editBaseUrl = process.env.EDIT_BASE_URL ?? 'https://github.com/kl-nis2/nis2-drejebogen/edit/main/';
