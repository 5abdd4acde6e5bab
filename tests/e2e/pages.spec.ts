import { expect, test, type Page } from '@playwright/test';
import { recordPageErrors } from './pageErrors';
import { openStory } from './story';

const pages = [
	{
		path: '/',
		lang: 'en',
		title: 'AI talent leaving Meta: the facts of one article, each with its source',
		articleHeading: 'The article',
		factsHeading: 'The facts',
		fromArticle: 'From the article',
		fromLater: 'From other reporting (not in the article)',
		showLater: 'Show what other reporting adds'
	},
	{
		path: '/en/',
		lang: 'en',
		title: 'AI talent leaving Meta: the facts of one article, each with its source',
		articleHeading: 'The article',
		factsHeading: 'The facts',
		fromArticle: 'From the article',
		fromLater: 'From other reporting (not in the article)',
		showLater: 'Show what other reporting adds'
	},
	{
		path: '/fr/',
		lang: 'fr',
		title: 'Les talents de l’IA quittent Meta : les faits d’un article, chacun avec sa source',
		articleHeading: 'L’article',
		factsHeading: 'Les faits',
		fromArticle: 'Tiré de l’article',
		fromLater: 'D’autres sources (absent de l’article)',
		showLater: 'Afficher ce qu’ajoutent les autres sources'
	}
];

/** Every sentence of the article as `id: text`, in order. */
async function articleSentences(page: Page): Promise<string[]> {
	return page
		.getByRole('article')
		.locator('.sentence')
		.evaluateAll((nodes) => nodes.map((node) => `${node.id}: ${node.textContent}`));
}

for (const expected of pages) {
	test.describe(`the page at ${expected.path}`, () => {
		test('loads without console errors or page errors', async ({ page }) => {
			const errors = recordPageErrors(page);
			const response = await page.goto(expected.path);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
		});

		test(`declares its language as ${expected.lang} and shows the title`, async ({ page }) => {
			await page.goto(expected.path);
			await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.title);
		});

		test('shows the French article with at least 20 marked fact sentences', async ({ page }) => {
			await page.goto(expected.path);
			await expect(page.getByRole('heading', { level: 2, name: expected.articleHeading })).toBeVisible();
			const article = page.getByRole('article');
			await expect(article).toBeVisible();
			await expect(article).toHaveAttribute('lang', 'fr');
			expect(await article.locator('mark.sentence').count()).toBeGreaterThanOrEqual(20);
			expect(await article.locator('a.fact-link').count()).toBe(
				await article.locator('mark.sentence').count()
			);
		});

		test('shows the article’s table of facts, and other reporting’s once its switch is on, each with rows', async ({
			page
		}) => {
			await openStory(page, expected.path);
			await expect(page.getByRole('heading', { level: 2, name: expected.factsHeading })).toBeVisible();
			const fromArticle = page.getByRole('table', { name: expected.fromArticle, exact: true });
			const fromLater = page.getByRole('table', { name: expected.fromLater, exact: true });
			await expect(fromArticle).toBeVisible();
			await expect(fromArticle.locator('tbody').getByRole('row').first()).toBeVisible();
			// Other reporting is off by default: its table shows only when the reader asks for it.
			await expect(fromLater).toHaveCount(0);
			await page.getByRole('checkbox', { name: expected.showLater }).check();
			for (const table of [fromArticle, fromLater]) {
				await expect(table).toBeVisible();
				await expect(table.locator('tbody').getByRole('row').first()).toBeVisible();
			}
		});
	});
}

test('the French page translates the interface but not the article', async ({ page }) => {
	await page.goto('/en/');
	const englishSentences = await articleSentences(page);
	await expect(page.getByRole('button', { name: 'Download the whole dataset (JSON)' })).toBeVisible();

	await page.goto('/fr/');
	await expect(page.getByRole('heading', { level: 2, name: 'L’article' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Les faits' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Télécharger tout le jeu de données (JSON)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'The article' })).toHaveCount(0);

	const frenchSentences = await articleSentences(page);
	expect(frenchSentences.length).toBeGreaterThanOrEqual(20);
	expect(frenchSentences).toEqual(englishSentences);
});

/** The words of the page in one language, from the header to the charts and the tables. */
async function expectPageIn(
	page: Page,
	{
		lang,
		articleHeading,
		factsHeading,
		fromArticle,
		theme,
		timeline
	}: {
		lang: string;
		articleHeading: string;
		factsHeading: string;
		fromArticle: string;
		theme: string;
		timeline: RegExp;
	}
) {
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.getByRole('button', { name: theme })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: articleHeading })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: factsHeading })).toBeVisible();
	await expect(page.locator('caption').getByText(fromArticle, { exact: true })).toHaveCount(1);
	await expect(page.locator('p.chart-summary').last()).toHaveText(timeline);
}

test('each page links to the other language, and the whole page follows without reloading', async ({
	page
}) => {
	// Once the page's scripts run, the link is followed in the page (same route, new language), and
	// every component must follow it; before, it is a plain link and the browser loads the other page.
	await openStory(page, '/en/');
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	await page
		.getByRole('navigation', { name: 'Language' })
		.getByRole('link', { name: 'Lire en français' })
		.click();
	await expect(page).toHaveURL(/\/fr\/$/);
	await expectPageIn(page, {
		lang: 'fr',
		articleHeading: 'L’article',
		factsHeading: 'Les faits',
		fromArticle: 'Tiré de l’article',
		theme: 'Thème sombre',
		timeline: /^La chronologie place /
	});

	await page
		.getByRole('navigation', { name: 'Langue' })
		.getByRole('link', { name: 'Read in English' })
		.click();
	await expect(page).toHaveURL(/\/en\/$/);
	await expectPageIn(page, {
		lang: 'en',
		articleHeading: 'The article',
		factsHeading: 'The facts',
		fromArticle: 'From the article',
		theme: 'Dark theme',
		timeline: /^The timeline places /
	});
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('on the French page, our English summaries of other reporting say they are English', async ({
	page
}) => {
	await page.goto('/fr/?later=1');
	const claim = page.locator('.evidence-later [lang="en"]').filter({ hasText: 'Yutori is a startup' });
	await expect(claim.first()).toBeAttached();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a date in a later report’s words keeps their language: “last week” is English on the French page', async ({
	page
}) => {
	await page.goto('/fr/?later=1');
	await expect(page.locator('q', { hasText: 'last week' }).first()).toHaveAttribute('lang', 'en');
	await expect(page.locator('q', { hasText: 'Au cours des dernières semaines' }).first()).toHaveAttribute(
		'lang',
		'fr'
	);
});

test('a quotation in French has a no-break space inside its marks, on either page', async ({ page }) => {
	for (const path of ['/fr/', '/en/']) {
		await page.goto(path);
		const quote = page.locator('q[lang="fr"]').first();
		await expect(quote).toBeAttached();
		expect(await quote.evaluate((q) => getComputedStyle(q).quotes)).toBe('"«\u00a0" "\u00a0»" "“" "”"');
	}
});
