// The one sentence that says PDFs were not made because Chromium is missing: printed by
// `npm start` (scripts/start.ts) and shown instead of the "Hent som PDF" link (PdfLink.astro),
// so the terminal and the page say the same thing.

/** Set by scripts/start.ts for the build when Chromium is missing; its value is the path tried. */
export const PDF_SKIPPED_ENV = 'NIS2_PDF_SKIPPED';

export function pdfSkippedDa(chromiumPath: string): string {
	return `PDF-udgaven er ikke lavet i denne lokale udgave, fordi Chromium mangler (${chromiumPath}). Installér Chromium med »apt-get install chromium« eller sæt CHROMIUM_PATH, og kør »npm start« igen.`;
}

export function pdfSkippedEn(chromiumPath: string): string {
	return `PDFs skipped: Chromium not found at ${chromiumPath}; install it (apt-get install chromium) or set CHROMIUM_PATH, then run npm start again.`;
}
