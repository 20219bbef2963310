// Danish hyphenation for table cells and page titles. Narrow columns (and a phone's width under a
// large title) must break long compounds somewhere, and
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
const CELLS_AND_TITLES = /<(td|th|h1)\b[^>]*>[\s\S]*?<\/\1>/g;
const TEXT = />([^<]+)</g;

/**
 * Soft hyphens in the long words of every table cell's text, and of the page title's unless
 * `titles` is false (never in tags or attributes). The print documents keep whole titles:
 * Chromium copies heading text into the PDF's bookmarks, soft hyphens included.
 */
export function hyphenateNarrowText(html: string, { titles = true } = {}): string {
	return html.replace(titles ? CELLS_AND_TITLES : CELLS, (cell) =>
		cell.replace(TEXT, (_, text: string) => `>${text.replace(LONG_WORD, (word) => hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }))}<`),
	);
}
