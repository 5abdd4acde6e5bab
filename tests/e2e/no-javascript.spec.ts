import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the article and its table of facts are there, and not other reporting’s', async ({
	page
}) => {
	await page.goto('/en/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const article = page.getByRole('article');
	await expect(article).toBeVisible();
	expect(await article.locator('mark.sentence').count()).toBeGreaterThanOrEqual(20);
	const table = page.getByRole('table', { name: 'From the article', exact: true });
	await expect(table).toBeVisible();
	await expect(table.locator('tbody').getByRole('row').first()).toBeVisible();
	// Other reporting is off by default, and the switch that shows it needs JavaScript.
	await expect(
		page.getByRole('table', { name: 'From other reporting (not in the article)', exact: true })
	).toHaveCount(0);
});

test('without JavaScript both charts are drawn: the flows and the timeline rows', async ({ page }) => {
	await page.goto('/en/');
	const flowDiagram = page.getByRole('group', { name: /^Flow diagram/ });
	await expect(flowDiagram).toBeVisible();
	// Two columns, origins and destinations: one flow per destination of the article’s moves.
	await expect(flowDiagram.locator('path.flow-link title')).toHaveText([
		/^Meta → Meijer’s own AI startup \(unnamed\): 1 person \(Erik Meijer\)/,
		/^Meta → Not disclosed: 2 people \(Devi Parikh, Abhishek Das\)/
	]);
	// Without scripts a mark is a picture with a tooltip, not a button that would do nothing.
	await expect(flowDiagram.getByRole('button')).toHaveCount(0);

	const timeline = page.getByRole('group', { name: /^Timeline of events/ });
	await expect(timeline).toBeVisible();
	expect(await timeline.locator('g.timeline-item').count()).toBeGreaterThanOrEqual(6);
	await expect(
		timeline.locator('g.timeline-item title', { hasText: /Erik Meijer led at Meta is laid off/ })
	).toHaveCount(1);
	await expect(timeline.getByRole('button')).toHaveCount(0);
});

for (const path of ['/en/', '/fr/']) {
	test(`without JavaScript a fact link on ${path} still leads to its fact`, async ({ page }) => {
		await page.goto(path);
		const factLink = page.getByRole('article').locator('a.fact-link').last();
		await expect(factLink).toHaveRole('link');
		const href = await factLink.getAttribute('href');
		await factLink.click();
		await expect(page).toHaveURL((url) => url.hash === href);
		await expect(page.locator(`tr[id="${href!.slice(1)}"]`)).toBeInViewport();
	});
}
