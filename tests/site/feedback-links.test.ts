// "Kommentér siden" on the built pages, beside Starlight's edit link, with the page's id and address.
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';

test('built pages show "Kommentér siden" beside the edit link', () => {
	const html = readFileSync(join(ROOT, 'dist/krav/k-20/index.html'), 'utf8');
	const link = /<a href="([^"]+)" class="nis2-comment[^"]*"[^>]*>[\s\S]*?Kommentér siden/.exec(html);
	assert.ok(link, 'no "Kommentér siden" link on /krav/k-20/');
	const url = new URL(link[1].replaceAll('&amp;', '&'));
	assert.equal(url.searchParams.get('sideid'), 'k-20');
	assert.match(url.searchParams.get('side')!, /\/krav\/k-20\/$/);
});
