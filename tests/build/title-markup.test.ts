// A title with markup renders as text after a real build: on the page, in the print footer's inline
// <style> and in the print route.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTree } from '../helpers/content-fixture.ts';
import { buildContent } from '../helpers/build.ts';

const BREAKOUT = '</style><b>fed</b>';

test('a title with markup renders as text on the page and in the print route', () => {
	const { dir, cleanup } = contentTree();
	try {
		const file = join(dir, 'krav/k-20.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('title: Ledelsens ansvar, godkendelse og uddannelse', `title: "Ledelsens ansvar ${BREAKOUT}"`));
		let pages = 0;
		const { status, output } = buildContent(dir, (dist) => {
			for (const page of ['krav/k-20/index.html', 'print/krav/index.html']) {
				const html = readFileSync(join(dist, page), 'utf8');
				pages++;
				// In <title> and in attribute values the browser reads "<b>" as text; in the body it would be markup.
				assert.doesNotMatch(html.slice(html.indexOf('<body')), /<b>fed<\/b>/, `${page} renders the title as markup`);
				const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
				// The page's print footer carries its title in an inline style; the print route carries the chapter's.
				if (page.startsWith('krav/'))
					assert.ok(
						styles.some((css) => css.includes('Ledelsens ansvar')),
						`${page}: the title is in an inline style`,
					);
				for (const css of styles) assert.doesNotMatch(css, /<b>/, `${page}: a <style> element was broken open`);
				assert.match(html, /Ledelsens ansvar &lt;\/style&gt;&lt;b&gt;fed&lt;\/b&gt;/, `${page} shows the title as text`);
			}
		});
		assert.equal(status, 0, output);
		assert.equal(pages, 2);
	} finally {
		cleanup();
	}
});
