// Debian's Chromium, not a Playwright download (blocked on our build machines). A missing
// browser is a setup problem, so say exactly how to fix it.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export class MissingBrowser extends Error {}

/** Where Chromium is expected: CHROMIUM_PATH, or Debian's package. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumPresent = (): boolean => existsSync(chromiumPath());

export async function launchChromium(): Promise<Browser> {
	const executablePath = chromiumPath();
	const help = `Install it with "apt-get install chromium" (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.`;
	if (!existsSync(executablePath)) throw new MissingBrowser(`Chromium was not found at ${executablePath}. ${help}`);
	try {
		return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	} catch (error) {
		throw new MissingBrowser(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}. ${help}`);
	}
}
