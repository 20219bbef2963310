// Danish hyphenation for table cells. Narrow columns must break long compounds somewhere, and
// the two CSS routes both fail here: `overflow-wrap: anywhere` splits words at any letter
// ("Hændel/sesund/erretnin/g"), and `hyphens: auto` needs a Danish dictionary that Chromium on
// Linux (our PDF printer, and many readers' browsers) does not have, so the word overflows its
// cell instead. Soft hyphens placed from TeX's Danish patterns (the `hyphen` package) let every
// browser and the PDF printer break at a syllable, with a visible hyphen, and only where needed.
import da from 'hyphen/da/index.js';

const { hyphenateSync } = da;

const SOFT_HYPHEN = '\u00AD';
/** Words shorter than this fit any column we render; leaving them whole keeps the HTML small. */
const MIN_WORD_LENGTH = 12;
const LONG_WORD = new RegExp(`[A-Za-zÀ-ÖØ-öø-ÿ]{${MIN_WORD_LENGTH},}`, 'g');
const CELLS = /<(td|th)\b[^>]*>[\s\S]*?<\/\1>/g;
const TEXT = />([^<]+)</g;

/**
 * Soft hyphens in the long words of every table cell's text (never in tags or attributes). Page
 * titles are left whole: their text is the page's name wherever it is read or copied (and
 * Chromium copies heading text into PDF bookmarks); site/base.css sizes them to fit a phone instead.
 */
export function hyphenateTableCells(html: string): string {
	return html.replace(CELLS, (cell) =>
		cell.replace(
			TEXT,
			(_, text: string) => `>${text.replace(LONG_WORD, (word) => hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }))}<`,
		),
	);
}
