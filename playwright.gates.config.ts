// The browser gates (accessibility, keyboard, privacy and their broken fixtures): same server and
// Chromium as the e2e tests, own folder so `npm run test:e2e` stays quick. Each gate test checks a
// batch of pages, so its time limit is longer than an e2e test's.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
	...base,
	testDir: 'tests/gates',
	testMatch: '*.spec.ts',
	timeout: 180_000,
	workers: 2,
});
