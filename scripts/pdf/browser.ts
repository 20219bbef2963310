// Debian's Chromium, not a Playwright download (blocked on our build machines). A missing
// browser is a setup problem, so say exactly how to fix it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export class MissingBrowser extends Error {}

/** Where Chromium is expected: CHROMIUM_PATH, or Debian's package. Read on each call, so a test can hide it. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumPresent = (): boolean => existsSync(chromiumPath());
const help = `Install it with "apt-get install chromium" (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.`;

/** "Chromium 142.0.…": part of the PDF cache key, known without starting a browser. */
export function chromiumVersion(): string | MissingBrowser {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) return new MissingBrowser(`Chromium was not found at ${executablePath}. ${help}`);
	try {
		return execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch (error) {
		return new MissingBrowser(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}. ${help}`);
	}
}

export async function launchChromium(): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) throw new MissingBrowser(`Chromium was not found at ${executablePath}. ${help}`);
	try {
		return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	} catch (error) {
		throw new MissingBrowser(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}. ${help}`);
	}
}
