import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the article and both tables are there', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const article = page.getByRole('article');
	await expect(article).toBeVisible();
	expect(await article.locator('mark.sentence').count()).toBeGreaterThanOrEqual(20);
	for (const caption of ['From the article', 'From later reporting (not in the article)']) {
		const table = page.getByRole('table', { name: caption, exact: true });
		await expect(table).toBeVisible();
		await expect(table.locator('tbody').getByRole('row').first()).toBeVisible();
	}
});

test('without JavaScript a fact link still leads to its fact', async ({ page }) => {
	await page.goto('/fr/');
	const factLink = page.getByRole('article').locator('a.fact-link').last();
	const href = await factLink.getAttribute('href');
	await factLink.click();
	await expect(page).toHaveURL((url) => url.hash === href);
	await expect(page.locator(`tr[id="${href!.slice(1)}"]`)).toBeInViewport();
});
