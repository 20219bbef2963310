// "Er vi omfattet?": complete paths through the questions end in the expected, sourced result.
import { test, expect } from '@playwright/test';

test('a medium-sized municipal water company: important entity, with reasons, sources and uncertainty', async ({ page }) => {
	await page.goto('/vaerktoejer/omfattet/');
	const tool = page.locator('#omfattet');
	// Only the first question is shown; the rest unfold as they are answered.
	await expect(tool.locator('fieldset:visible')).toHaveCount(1);
	await tool.getByLabel('Vandforsyning (drikkevand)').check();
	await tool.getByLabel('Som et selvstændigt selskab').check();
	await tool.getByLabel('Ja, drikkevand er en selvstændig aktivitet').check();
	await expect(page.locator('#omfattet-resultat')).toBeHidden();
	await tool.getByLabel('50 til 249').check();
	await tool.getByLabel('Omsætningen eller balancen er højst 10 mio. euro').check();
	await tool.locator('fieldset[data-spoergsmaal="energi"]').getByLabel('Nej').check();

	const result = page.locator('#omfattet-resultat');
	await expect(result).toBeVisible();
	await expect(result.locator('.udfald')).toHaveText('Omfattet – vigtig enhed');
	await expect(page.locator('#omfattet-status')).toHaveText('Resultat: Omfattet – vigtig enhed');
	// The deciding rule first, then the rest; every reason is labelled with how sure it is.
	await expect(result.locator('li[data-regel]').first()).toHaveAttribute('data-regel', 'mellem-bilag-i');
	await expect(result.locator('li[data-regel="taerskler-usikre"] .maerke')).toHaveText('Usikkert');
	await expect(result.locator('.usikker')).toContainText('Usikkert');
	// Sources and next steps link to pages that exist, with the anchors they name.
	const hrefs = await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(hrefs).toContain('/opslag/kilder/#nis2-direktivet');
	expect(hrefs).toContain('/krav/k-registrering/');
	for (const href of new Set(hrefs)) {
		const [path, anchor] = href.split('#');
		const res = await page.request.get(path);
		expect(res.ok(), href).toBeTruthy();
		if (anchor) expect(await res.text(), href).toContain(`id="${anchor}"`);
	}
	// The answers are repeated in the result, so a printout documents what the result rests on.
	await expect(result.locator('dl')).toContainText('50 til 249');
});

test('district heating is referred to the energy-sector law and Energistyrelsen', async ({ page }) => {
	await page.goto('/vaerktoejer/omfattet/');
	await page.getByLabel('Fjernvarme eller fjernkøling').first().check();
	const result = page.locator('#omfattet-resultat');
	await expect(result.locator('.udfald')).toHaveText('Omfattet af energisektorens regler – ikke af NIS 2-loven');
	await expect(result).toContainText('Energistyrelsen');
	await expect(result.locator('a[href="/opslag/kilder/#energiberedskabsloven"]').first()).toBeVisible();
});

test('the municipality: the result rests on open questions, linked and marked uncertain', async ({ page }) => {
	await page.goto('/vaerktoejer/omfattet/');
	await page.getByLabel('Kommunen som myndighed').check();
	const result = page.locator('#omfattet-resultat');
	await expect(result.locator('.udfald')).toHaveText('Sandsynligvis omfattet – retsgrundlaget er ikke afklaret');
	await page.getByLabel('Sundhedsydelser, fx hjemmesygepleje eller genoptræning').check();
	await expect(result.locator('.udfald')).toHaveText('Omfattet');
	await expect(result.locator('li[data-regel="kommune-sundhed"]')).toHaveAttribute('data-sikkerhed', 'U');
	const open = result.locator('a[href^="/opslag/aabne-spoergsmaal/#sp-"]');
	await expect(open.first()).toBeVisible();
	const href = (await open.first().getAttribute('href'))!;
	expect(await (await page.request.get('/opslag/aabne-spoergsmaal/')).text()).toContain(`id="${href.split('#')[1]}"`);
});

test('the result prints without the questions', async ({ page }) => {
	await page.goto('/vaerktoejer/omfattet/');
	await page.getByLabel('Kommunen som myndighed').check();
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.getByRole('button', { name: 'Udskriv eller gem som PDF' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#omfattet-form')).toBeHidden();
	await expect(page.locator('#omfattet-resultat .udfald')).toBeVisible();
});
