import { expect, test } from '@playwright/test';

test('an unknown address shows an error message and a link back to the dashboard', async ({ page }) => {
	const response = await page.goto('/nope/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
	await expect(page.getByText('There is no page at this address.')).toBeVisible();

	await page.getByRole('link', { name: 'Back to the dashboard' }).click();
	await expect(page).toHaveURL(/\/en\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'AI talent leaving Meta: the facts of one article, each with its source'
	);
});

test('an unknown address under /fr/ answers in French', async ({ page }) => {
	const response = await page.goto('/fr/nope/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1, name: 'Une erreur est survenue' })).toBeVisible();
	await page.getByRole('link', { name: 'Retour au tableau de bord' }).click();
	await expect(page).toHaveURL(/\/fr\/$/);
});
