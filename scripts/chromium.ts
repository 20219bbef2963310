// Which Chromium every browser of ours runs, and with which flags: the PDF printer, the Playwright
// configs, the benchmark and the SSO test. Debian's package, not a Playwright download (blocked on
// our build machines). No imports, so a config file can read it without loading a program.

/** Where Chromium is expected: CHROMIUM_PATH, or Debian's package. Read on each call, so a test can hide it. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless as root in a container: no sandbox, no GPU, no background traffic or first-run UI. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
];
