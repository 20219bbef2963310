// Printing one part with Chromium: a page per browser, reused, that loads the part's HTML at its
// document's address, waits for images and fonts, turns the draft watermark into an image, and
// prints a tagged PDF with Chromium's outline. Playwright drives the browser; index.ts launches
// the browsers, documents.ts hands each printer its parts.
import type { Browser, Page } from '@playwright/test';

const PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/**
 * One Chromium page per browser, reused for every part it prints (a new page per part cost a
 * renderer process each). A part is served at its document's address, so every relative
 * reference resolves as in the print page; stylesheets, fonts and images come from the static server.
 */
export class Printer {
	private html = '';
	readonly page: Page;
	private constructor(page: Page) {
		this.page = page;
	}

	static async open(browser: Browser, origin: string): Promise<Printer> {
		const page = await browser.newPage();
		const printer = new Printer(page);
		await page.route(`${origin}/print/**`, (route) =>
			route.request().isNavigationRequest()
				? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: printer.html })
				: route.continue(),
		);
		await page.emulateMedia({ media: 'print' });
		return printer;
	}

	async print(url: string, html: string): Promise<Uint8Array> {
		this.html = html;
		await preparePage(this.page, url);
		return this.page.pdf(PRINT_OPTIONS);
	}
}

/** Loads a part and prepares it as it is printed. */
async function preparePage(page: Page, url: string): Promise<void> {
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
	await page.evaluate(async () => {
		// Lazy images would print as empty boxes.
		document.querySelectorAll('img[loading="lazy"]').forEach((img) => img.setAttribute('loading', 'eager'));
		const loaded = (img: HTMLImageElement) =>
			new Promise((done) => {
				img.addEventListener('load', done, { once: true });
				img.addEventListener('error', done, { once: true });
			});
		await Promise.all([...document.images].filter((img) => !img.complete).map(loaded));
		await document.fonts.ready;
		// The draft watermark as an image, not text: as text its letters end up in the
		// document's text layer, in copied passages and in what screen readers announce.
		const mark = document.querySelector<HTMLElement>('.nis2-print-watermark');
		if (mark?.textContent) {
			const canvas = document.createElement('canvas');
			canvas.width = 1600;
			canvas.height = 400;
			const g = canvas.getContext('2d')!;
			g.font = `bold 300px ${getComputedStyle(mark).fontFamily}`;
			g.fillStyle = getComputedStyle(mark).color;
			g.textAlign = 'center';
			g.textBaseline = 'middle';
			g.fillText(mark.textContent.toUpperCase(), 800, 200, 1560);
			mark.style.background = `url(${canvas.toDataURL('image/png')}) center / 100% auto no-repeat`;
			mark.style.inset = '0 -25%';
			mark.textContent = '';
		}
	});
}
