import { expect, test } from '@playwright/test';
import { handleOf, openStory, sentence } from './story';

test.describe('without JavaScript', () => {
	// Once scripts run a handle selects its sentence instead (see below and story-linking.spec.ts).
	test.use({ javaScriptEnabled: false });

	test('a marked sentence links to its fact, and the fact’s evidence links back to the sentence', async ({
		page
	}) => {
		await page.goto('/en/');
		const article = page.getByRole('article');

		// The last marked sentence sits at the end of the article, so both jumps have to move the page.
		const lastSentence = article.locator('mark.sentence').last();
		const sentenceId = await lastSentence.getAttribute('id');
		const factLink = lastSentence.locator('xpath=following-sibling::a[1]');
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
		await expect(lastSentence).toBeInViewport();
	});
});

test('with JavaScript, a sentence’s handle selects the sentence in place, and the fact’s evidence still links back to it', async ({
	page
}) => {
	await openStory(page);
	const handle = handleOf(page, 'a5.s1');
	const factHref = await handle.getAttribute('href');
	expect(factHref).toMatch(/^#fact-/);

	await handle.click();
	await expect(handle).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL((url) => url.hash === '');
	await expect(page.getByRole('region', { name: 'Details' })).toContainText(
		'Sentence a5.s1 of the article states:'
	);

	const row = page.locator(`tr[id="${factHref!.slice(1)}"]`);
	await row.getByRole('link', { name: 'Show sentence a5.s1 in the article' }).first().click();
	await expect(page).toHaveURL((url) => url.hash === '#sentence-a5.s1');
	await expect(sentence(page, 'a5.s1')).toBeInViewport();
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
