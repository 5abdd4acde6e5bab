// Unknown addresses: the static host serves 404.html, where the app shows its error page in the
// language of the address (English when the address has none), with the way back to the dashboard.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const ENGLISH = {
	lang: 'en',
	title: 'Something went wrong',
	message: 'There is no page at this address.',
	back: 'Back to the dashboard',
	home: /\/en\/$/,
	heading: 'AI talent leaving Meta: the facts of one article, each with its source'
};
const FRENCH = {
	lang: 'fr',
	title: 'Une erreur est survenue',
	message: 'Il n’y a pas de page à cette adresse.',
	back: 'Retour au tableau de bord',
	home: /\/fr\/$/,
	heading: 'Les talents de l’IA quittent Meta : les faits d’un article, chacun avec sa source'
};

const unknownAddresses = [
	{ path: '/nope/', expected: ENGLISH },
	{ path: '/en/nope/', expected: ENGLISH },
	{ path: '/en/data/missing.json', expected: ENGLISH },
	{ path: '/fr/nope/', expected: FRENCH },
	{ path: '/fr/une/page/profonde', expected: FRENCH }
];

for (const { path, expected } of unknownAddresses) {
	test(`${path} answers 404 in ${expected.lang === 'fr' ? 'French' : 'English'}, with a link back, and no axe violations`, async ({
		page
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
		await expect(page).toHaveTitle(new RegExp(`^${expected.title} · Talent Flows$`));
		await expect(page.getByRole('heading', { level: 1, name: expected.title })).toBeVisible();
		await expect(page.getByText(expected.message)).toBeVisible();

		const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);

		await page.getByRole('link', { name: expected.back }).click();
		await expect(page).toHaveURL(expected.home);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.heading);
	});
}

test('the error page has no axe violations at 375px in the dark theme', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/fr/nope/');
	await expect(page.getByRole('heading', { level: 1, name: FRENCH.title })).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(results.violations.map((violation) => violation.id)).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});
