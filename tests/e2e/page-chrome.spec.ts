// The page chrome we write lean for page weight (issue 20) works and looks as Starlight's does: the
// sidebar (src/components/starlight/Sidebar.astro), "På denne side" as rebuilt after the build
// (src/lib/page-toc.ts, styled by src/styles/toc.css), the theme picker whose icon is drawn by CSS
// (ThemeProvider.astro) and the menu button's two CSS icons.
import { test, expect } from '@playwright/test';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

test('the sidebar marks the current page, indents the chapter under its heading and folds a group', async ({ page }) => {
	await page.goto('/krav/k-21-2-b/');
	const sidebar = page.locator('#starlight__sidebar');
	const current = sidebar.locator('a[aria-current="page"]');
	await expect(current).toHaveText('Håndtering af hændelser');
	const styles = await current.evaluate((a) => {
		const s = getComputedStyle(a);
		const li = getComputedStyle(a.parentElement!);
		return { background: s.backgroundColor, weight: s.fontWeight, border: li.borderInlineStartWidth, indent: li.marginInlineStart };
	});
	expect(styles.background).not.toBe('rgba(0, 0, 0, 0)');
	expect(styles).toMatchObject({ weight: '600', border: '1px', indent: '8px' });
	// The chapter is an open group; its summary folds it, and the caret is a visible CSS icon.
	const group = page.locator('#starlight__sidebar details:has(a[aria-current="page"])').last();
	await expect(group).toHaveAttribute('open', '');
	const caret = group.locator('> summary .caret');
	expect(await caret.evaluate((c) => [c.getBoundingClientRect().width, getComputedStyle(c).maskImage])).toEqual([
		20,
		expect.stringContaining('right-caret.svg'),
	]);
	await group.locator('> summary').click();
	await expect(current).toBeHidden();
});

test('"På denne side" nests sub-headings deeper, follows the reader and has no Starlight scoping left', async ({ page }) => {
	await page.goto('/krav/k-21-2-b/');
	const toc = page.locator('starlight-toc');
	const h2 = toc.getByRole('link', { name: 'Sådan opfyldes kravet' });
	const h3 = toc.getByRole('link', { name: /^Foranstaltninger \(\d+\)$/ });
	const pad = (l: typeof h2) => l.evaluate((a) => parseFloat(getComputedStyle(a).paddingInlineStart));
	expect(await pad(h3)).toBe((await pad(h2)) + 16);
	expect(await toc.locator('[class], [style]').count()).toBe(0);
	// Starlight's scroll-spy still marks the entry of the heading in view.
	await page.evaluate(() => document.getElementById('fortolkning-for-kommuner')!.scrollIntoView());
	await expect(toc.getByRole('link', { name: 'Fortolkning for kommuner' })).toHaveAttribute('aria-current', 'true');
});

test('on a phone, "På denne side" opens, shows the headings and closes on a choice', async ({ browser }) => {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	await page.goto('/krav/k-21-2-b/');
	const toc = page.locator('mobile-starlight-toc');
	await toc.locator('summary').click();
	const link = toc.getByRole('link', { name: 'Kilder' });
	await expect(link).toBeVisible();
	await link.click();
	await expect(toc.locator('details')).not.toHaveAttribute('open', '');
	await expect(toc.locator('.display-current')).toHaveText('Kilder');
	await context.close();
});

test('the menu button shows one icon at a time: bars when closed, a cross when open', async ({ browser }) => {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	await page.goto('/krav/k-21-2-b/');
	const button = page.getByRole('button', { name: 'Menu' });
	await expect(button.locator('.open-menu')).toBeVisible();
	await expect(button.locator('.close-menu')).toBeHidden();
	await button.click();
	await expect(button.locator('.close-menu')).toBeVisible();
	await expect(button.locator('.open-menu')).toBeHidden();
	await context.close();
});

test('the theme picker shows the chosen theme’s icon, also after a reload', async ({ page }) => {
	await page.goto('/krav/k-21-2-b/');
	const picker = page.locator('header starlight-theme-select');
	const icon = picker.locator('.label-icon');
	await expect(icon).toHaveClass(/nis2-icon--laptop/);
	await picker.getByRole('combobox').selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect(icon).toHaveClass(/nis2-icon--sun/);
	await page.reload();
	await expect(picker.locator('.label-icon')).toHaveClass(/nis2-icon--sun/);
	await picker.getByRole('combobox').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(picker.locator('.label-icon')).toHaveClass(/nis2-icon--moon/);
	// No inline SVG icons are left in the page chrome for these.
	expect(await page.locator('header svg, #starlight__sidebar svg, template#theme-icons').count()).toBe(0);
});
