// Browser tests run against the built site (dist/), served by `astro preview` on loopback, in
// Debian's Chromium: Playwright's own browser download is not available on our build machines.
import { defineConfig, devices } from '@playwright/test';
import { createHash } from 'node:crypto';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';

// A port derived from the checkout's path, so two checkouts on one machine (CI beside a developer,
// or several worktrees) never fight over the same preview server. The range 20000-31999 stays below
// Linux's ephemeral ports (32768 and up), which the test servers bound to port 0, the daemons of
// the SSO and cluster tests and every outgoing connection draw from: a preview port inside that
// range can be taken by any of them, and the next stage's server then cannot start.
const port = Number(process.env.PREVIEW_PORT ?? 20000 + (createHash('sha1').update(process.cwd()).digest().readUInt16BE(0) % 12000));

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: chromiumPath(),
			args: CHROMIUM_ARGS,
		},
		locale: 'da-DK',
		timezoneId: 'Europe/Copenhagen',
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
