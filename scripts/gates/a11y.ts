// The accessibility gate's checks on one loaded page: axe-core with the WCAG 2.0/2.1/2.2 A and AA
// tags plus best practices (no rule disabled), and what axe cannot see on its own: the document
// language, sideways scrolling on a phone (WCAG 1.4.10 Reflow) and a visible focus indicator
// (WCAG 2.4.7) on every element the keyboard reaches.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { GateProblem } from './problem.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations, one problem per rule, naming up to three offending elements. */
export async function axeProblems(page: Page, where: string): Promise<GateProblem[]> {
	// Legacy mode runs axe.run() in the page itself. The default runs axe in each frame and then
	// opens a blank page to merge the frames' results, which tripled the time per page (820 against
	// 380 ms, measured on 16 pages). What legacy mode gives up is cross-origin frames, and the
	// site has none: the privacy gate allows no other origin at all. resultTypes: only violations
	// are reported, so axe need not collect every passing node (every rule still runs on every node).
	const result = await new AxeBuilder({ page })
		.withTags(AXE_TAGS)
		.options({ resultTypes: ['violations'] })
		.setLegacyMode()
		.analyze();
	return result.violations.map((v) => ({
		page: where,
		rule: v.id,
		message: `${v.help} (${v.impact ?? 'ukendt'}); ${v.nodes.length} element(er): ${v.nodes
			.slice(0, 3)
			.map((n) => n.target.join(' '))
			.join(' | ')}  ${v.helpUrl}`,
	}));
}

/** Language and reflow: the page says it is Danish, and nothing makes the whole page scroll sideways. */
export async function documentProblems(page: Page, where: string, expectedLang = 'da'): Promise<GateProblem[]> {
	const facts = await page.evaluate(() => ({
		lang: document.documentElement.lang,
		h1: document.querySelectorAll('h1').length,
		scrollWidth: document.documentElement.scrollWidth,
		viewport: window.innerWidth,
		wide: [...document.querySelectorAll<HTMLElement>('main *')]
			.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(el).position !== 'fixed')
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(/\s+/)[0] : ''}`),
	}));
	const problems: GateProblem[] = [];
	if (facts.lang !== expectedLang) {
		problems.push({ page: where, rule: 'document-lang', message: `<html lang="${facts.lang}">, forventet "${expectedLang}"` });
	}
	if (facts.h1 !== 1) {
		problems.push({ page: where, rule: 'one-h1', message: `siden har ${facts.h1} overskrifter på niveau 1; der skal være præcis én (sidens titel)` });
	}
	if (facts.scrollWidth > facts.viewport + 1) {
		problems.push({
			page: where,
			rule: 'reflow',
			message: `siden er ${facts.scrollWidth} px bred i et ${facts.viewport} px vindue og skal rulles vandret; for brede elementer: ${facts.wide.join(', ') || 'ukendt'}`,
		});
	}
	return problems;
}

/**
 * Tabs through the first `steps` focusable elements and reports each one that shows no focus
 * indicator: no outline, no box-shadow and no change of background or border when focused.
 */
export async function focusProblems(page: Page, where: string, steps = 25): Promise<GateProblem[]> {
	const problems: GateProblem[] = [];
	await page.locator('body').focus();
	const seen = new Set<string>();
	for (let i = 0; i < steps; i++) {
		await page.keyboard.press('Tab');
		const state = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const describe = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.textContent ? ` »${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}«` : ''}`;
			const focused = getComputedStyle(el);
			const ring = (s: CSSStyleDeclaration) => ({
				outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
				shadow: s.boxShadow !== 'none',
				look: `${s.backgroundColor}|${s.borderColor}|${s.textDecorationLine}`,
			});
			const now = ring(focused);
			// Compare with the same element unfocused: a changed background or border also shows focus.
			el.blur();
			const before = ring(getComputedStyle(el));
			el.focus({ preventScroll: true });
			const visible = el.getClientRects().length > 0;
			return { describe, visible, indicated: now.outline || (now.shadow && !before.shadow) || now.look !== before.look };
		});
		if (!state) continue;
		if (seen.has(state.describe)) break;
		seen.add(state.describe);
		if (!state.visible) problems.push({ page: where, rule: 'focus-hidden', message: `${state.describe} får fokus uden at være synligt` });
		else if (!state.indicated) problems.push({ page: where, rule: 'focus-visible', message: `${state.describe} viser ikke, at det har fokus` });
	}
	return problems;
}
