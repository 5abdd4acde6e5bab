import { expect, test } from '@playwright/test';

test('a marked sentence links to its fact, and the fact’s evidence links back to the sentence', async ({
	page
}) => {
	await page.goto('/en/');
	const article = page.getByRole('article');

	// The last marked sentence sits at the end of the article, so both jumps have to move the page.
	const sentence = article.locator('mark.sentence').last();
	const sentenceId = await sentence.getAttribute('id');
	const factLink = sentence.locator('xpath=following-sibling::a[1]');
	await expect(factLink).toHaveClass('fact-link');
	const factHref = await factLink.getAttribute('href');
	expect(factHref).toMatch(/^#fact-/);

	await factLink.click();
	await expect(page).toHaveURL((url) => url.hash === factHref);
	const row = page.locator(`tr[id="${factHref!.slice(1)}"]`);
	await expect(row).toBeInViewport();

	const backLink = row.getByRole('link', {
		name: `Show sentence ${sentenceId!.replace(/^sentence-/, '')} in the article`
	});
	await backLink.first().click();
	await expect(page).toHaveURL((url) => url.hash === `#${sentenceId}`);
	await expect(sentence).toBeInViewport();
});

test('every fact link points at a fact row, and every evidence link at a sentence', async ({ page }) => {
	await page.goto('/en/');
	const targets = await page.evaluate(() =>
		Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="#fact-"], a[href^="#sentence-"]')).map(
			(a) => a.getAttribute('href')!
		)
	);
	expect(targets.some((href) => href.startsWith('#fact-'))).toBe(true);
	expect(targets.some((href) => href.startsWith('#sentence-'))).toBe(true);
	const missing = await page.evaluate(
		(hrefs) => hrefs.filter((href) => !document.getElementById(href.slice(1))),
		targets
	);
	expect(missing).toEqual([]);
});
