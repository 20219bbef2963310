// "Kommentér siden": the issue form link carries the page's title, id and address in the fields of
// .github/ISSUE_TEMPLATE/forslag-til-aendring.yml (the built pages: tests/site/feedback-links.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { commentUrl, COMMENT_TEMPLATE, mailUrl, newIssueUrl } from '../../src/lib/feedback-links.ts';
import { ROOT } from '../helpers/content-fixture.ts';

const page = { title: 'Ledelsens ansvar, godkendelse & uddannelse', id: 'k-20', url: 'https://drejebog.example.dk/krav/k-20/' };

test('the comment link opens the change-request form with title, page and id filled in', () => {
	const url = new URL(commentUrl(newIssueUrl('https://github.com/kl-nis2/nis2-drejebogen/edit/main/')!, page));
	assert.equal(url.origin + url.pathname, 'https://github.com/kl-nis2/nis2-drejebogen/issues/new');
	assert.equal(url.searchParams.get('template'), COMMENT_TEMPLATE);
	assert.equal(url.searchParams.get('title'), 'Forslag: Ledelsens ansvar, godkendelse & uddannelse');
	assert.equal(url.searchParams.get('side'), page.url);
	assert.equal(url.searchParams.get('sideid'), 'k-20');
	// The query parameters name fields the form has.
	const form = parse(readFileSync(join(ROOT, '.github/ISSUE_TEMPLATE', COMMENT_TEMPLATE), 'utf8')) as { body: { id?: string }[] };
	const ids = new Set(form.body.map((b) => b.id));
	for (const key of url.searchParams.keys()) if (!['template', 'title'].includes(key)) assert.ok(ids.has(key), `the form has no field "${key}"`);
});

test('another forge is configured with NIS2_ISSUE_URL; an unknown edit link gives no comment link', () => {
	assert.equal(newIssueUrl('https://git.example.dk/x/y/_edit/main/', 'https://git.example.dk/x/y/issues/new'), 'https://git.example.dk/x/y/issues/new');
	assert.equal(newIssueUrl('https://git.example.dk/x/y/_edit/main/'), undefined);
});

test('the e-mail alternative carries the same facts', () => {
	const mail = mailUrl('redaktion@example.dk', page);
	assert.match(mail, /^mailto:redaktion@example\.dk\?subject=/);
	const body = decodeURIComponent(/body=([^&]*)/.exec(mail)![1]);
	assert.ok(body.includes(page.url) && body.includes('Id: k-20'));
});
