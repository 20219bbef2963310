// Starting the Chromium of chromium.ts: the one launcher of the PDF printer, the benchmark and the SSO
// browser test (Playwright's test runner launches through playwright.config.ts with the same path
// and flags). A missing browser is a setup problem, so say exactly how to fix it. Kept apart from
// chromium.ts because that file must stay free of imports for the Playwright configs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export class MissingBrowser extends Error {}

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

/** Launches Chromium headless with our flags, plus `extraArgs` (e.g. a certificate to trust). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) throw new MissingBrowser(`Chromium was not found at ${executablePath}. ${help}`);
	try {
		return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
	} catch (error) {
		throw new MissingBrowser(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}. ${help}`);
	}
}
