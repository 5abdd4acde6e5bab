// The charts are islands: a reader who only reads gets them as prerendered drawings and never
// downloads their code (LayerCake, d3); the first sign of a reader at work makes them live.
import { expect, test, type Page } from '@playwright/test';
import { recordPageErrors } from './pageErrors';
import { storyRegions } from './story';

/** Records the addresses of the scripts the page fetches from now on. */
function recordScripts(page: Page): string[] {
	const scripts: string[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.url());
	});
	return scripts;
}

/** Whether any fetched script holds LayerCake, by a name its code keeps after minifying. */
async function layerCakeFetched(page: Page, scripts: string[]): Promise<boolean> {
	for (const url of scripts) {
		const source = await page.evaluate(async (address) => (await fetch(address)).text(), url);
		if (source.includes('layercake-container')) return true;
	}
	return false;
}

test('a reader who only reads gets the drawn charts and none of their code', async ({ page }) => {
	const errors = recordPageErrors(page);
	const scripts = recordScripts(page);
	await page.goto('/en/');
	// The charts, the detail panel, the tables and the downloads.
	const islands = page.locator('.island');
	await expect(islands.first()).toBeAttached();
	expect(await islands.count()).toBeGreaterThanOrEqual(8);
	for (const island of await islands.all()) await expect(island).toHaveAttribute('data-island', 'waiting');
	await page.waitForLoadState('networkidle');

	const { flowDiagram, timeline } = storyRegions(page);
	await expect(flowDiagram.locator('path.flow-link')).not.toHaveCount(0);
	await expect(timeline.locator('g.timeline-item')).not.toHaveCount(0);
	expect(await layerCakeFetched(page, scripts)).toBe(false);
	expect(errors).toEqual([]);
});

test('the first move of the mouse makes the charts live, without moving anything on the page', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	const scripts = recordScripts(page);
	await page.goto('/en/');
	const islands = page.locator('.island');
	await expect(islands.first()).toHaveAttribute('data-island', 'waiting');
	// An island's element takes no part in layout; the sections around the charts show any shift.
	const sections = page.locator('.chart-section');
	const heights = () =>
		sections.evaluateAll((all) => all.map((section) => section.getBoundingClientRect().height));
	const before = await heights();

	await page.mouse.move(10, 10);
	for (const island of await islands.all()) await expect(island).toHaveAttribute('data-island', 'live');
	expect(await layerCakeFetched(page, scripts)).toBe(true);
	expect(await heights()).toEqual(before);
	// Live marks are buttons a keyboard reaches.
	const { flowDiagram } = storyRegions(page);
	await expect(flowDiagram.getByRole('button').first()).toHaveAttribute('tabindex', /^-?\d+$/);
	expect(errors).toEqual([]);
});

test('the keyboard wakes the charts too', async ({ page }) => {
	await page.goto('/en/');
	const islands = page.locator('.island');
	await expect(islands.first()).toHaveAttribute('data-island', 'waiting');
	await page.keyboard.press('Tab');
	for (const island of await islands.all()) await expect(island).toHaveAttribute('data-island', 'live');
});

test('an address with a filter makes the charts live at once, drawn for that filter', async ({ page }) => {
	await page.goto('/en/?company=yutori&later=1');
	// No mouse, no keys: the address alone wakes every island (some, such as the share of staff, go
	// away with the filter).
	await expect(page.locator('.island[data-island="live"]').first()).toBeAttached();
	await expect(page.locator('.island:not([data-island="live"])')).toHaveCount(0);
	const { flowDiagram } = storyRegions(page);
	await expect(flowDiagram.getByRole('button', { name: /Yutori/ }).first()).toBeAttached();
	await expect(flowDiagram.getByRole('button', { name: /FAIR/ })).toHaveCount(0);
});

test('the balance’s code and wording come with the live charts: choosing an organization fetches nothing more', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	await page.goto('/en/');
	// Hydrated: the page now listens for a reader at work.
	await expect(page.locator('.island').first()).toHaveAttribute('data-island', 'waiting');
	await page.mouse.move(10, 10);
	for (const island of await page.locator('.island').all())
		await expect(island).toHaveAttribute('data-island', 'live');
	await page.waitForLoadState('networkidle');
	// Fetched at the choice, they came after it and drew the page a second time.
	const scripts = recordScripts(page);
	await page
		.getByRole('region', { name: 'Filter by organization' })
		.getByRole('button', { name: /^Meta\b/ })
		.first()
		.click();
	await expect(
		page.locator('section.balance').getByRole('heading', { name: 'Balance of Meta' })
	).toBeVisible();
	expect(scripts).toEqual([]);
	expect(errors).toEqual([]);
});

test('a drawing made for a wider frame than the reader’s is drawn again at its width as it comes into view', async ({
	page
}) => {
	// A phone: the charts are far below the article, and stay drawn until they come near the screen.
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/en/');
	await page.waitForLoadState('networkidle');
	const islands = page.locator('.island');
	await expect(islands.first()).toHaveAttribute('data-island', 'waiting');
	const svg = page.locator('.timeline-chart svg.layercake-layout-svg').first();
	expect(Number(await svg.getAttribute('width'))).toBeGreaterThan(375);

	// Scrolled there by the page, not by a reader's input: only the drawing's place on screen counts.
	await svg.evaluate((element) => element.scrollIntoView());
	for (const island of await islands.all()) await expect(island).toHaveAttribute('data-island', 'live');
	const frame = await svg.evaluate((element) => element.parentElement!.clientWidth);
	await expect(svg).toHaveAttribute('width', String(frame));
});
