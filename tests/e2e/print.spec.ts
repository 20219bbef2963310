// Printing from the browser (Ctrl+P) and the PDF downloads, as a reader meets them.
import { test, expect } from '@playwright/test';

test('a page printed in the dark theme comes out light, without navigation, with a footer', async ({ page }) => {
	// The reader's saved theme choice: dark. Paper must still be white.
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.goto('/krav/k-20/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('.nis2-print-footer')).toBeHidden();

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('nav.sidebar')).toBeHidden();
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('site-search')).toBeHidden();
	await expect(page.locator('.right-sidebar-container')).toBeHidden();
	await expect(page.locator('.pagination-links')).toBeHidden();
	await expect(page.getByText('Foreslå en ændring til siden')).toBeHidden();
	await expect(page.locator('.sl-anchor-link').first()).toBeHidden();
	const colours = await page.evaluate(() => ({
		body: getComputedStyle(document.body).backgroundColor,
		scheme: getComputedStyle(document.documentElement).colorScheme,
		text: getComputedStyle(document.querySelector('.sl-markdown-content p')!).color,
	}));
	expect(colours.body).toBe('rgb(255, 255, 255)');
	expect(colours.scheme).toBe('light');
	// Dark text on the white paper.
	const [r, g, b] = colours.text.match(/\d+/g)!.map(Number);
	expect(r + g + b).toBeLessThan(200);

	const footer = page.locator('.nis2-print-footer');
	await expect(footer).toBeVisible();
	await expect(footer).toContainText('Ledelsens ansvar, godkendelse og uddannelse');
	await expect(footer).toContainText('Status: Udkast');
	await expect(footer).toContainText(/udgave \d{4}\.\d{2}-\d+/);
	await expect(footer).toContainText(/Næste gennemgang: \d{1,2}\. [a-zæø]+ \d{4}/);
	await expect(footer).toContainText(/\d{1,2}\. [a-zæø]+ \d{4}/);
});

test('a printed page shows the addresses of its external links and keeps tables inside the paper', async ({ page }) => {
	await page.goto('/krav/');
	await page.emulateMedia({ media: 'print' });
	const table = page.locator('.sl-markdown-content table').first();
	await expect(table).toBeVisible();
	// No cut columns: the table is no wider than the text column it sits in.
	const widths = await table.evaluate((t) => ({ table: t.scrollWidth, column: t.closest('.sl-markdown-content')!.clientWidth }));
	expect(widths.table).toBeLessThanOrEqual(widths.column + 1);

	await page.goto('/krav/k-20/');
	await page.emulateMedia({ media: 'print' });
	const source = page.locator('.nis2-citations a[href^="https://"]').first();
	const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain(await source.getAttribute('href'));
});

test('chapter overviews offer their PDF, and the file is served', async ({ page }) => {
	await page.goto('/krav/');
	const link = page.getByRole('link', { name: 'Hent som PDF' });
	await expect(link).toBeVisible();
	await expect(link).toHaveAttribute('href', '/pdf/krav.pdf');
	const res = await page.request.get('/pdf/krav.pdf');
	expect(res.ok()).toBeTruthy();
	expect(res.headers()['content-type']).toContain('application/pdf');
	expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
	// The link is for the screen only.
	await page.emulateMedia({ media: 'print' });
	await expect(link).toBeHidden();
});

test('the print documents stay out of search and the sitemap', async ({ page }) => {
	const sitemap = await (await page.request.get('/sitemap-0.xml')).text();
	expect(sitemap).toContain('/krav/k-20/');
	expect(sitemap).not.toContain('/print/');
	await page.goto('/print/krav/');
	await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
	await expect(page.locator('body')).toHaveAttribute('data-pagefind-ignore', 'all');
});
