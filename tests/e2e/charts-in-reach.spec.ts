// Every chart is reached with the page's own scroll, at a laptop, a wide laptop, a tablet and a phone
// size: no chart sits in a box that scrolls on its own or that sticks while taller than the window.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { handleOf, openStory, scrollingHasStopped, storyRegions, VIEWPORTS } from './story';

const LIT = /(^|\s)lit(\s|$)/;

/** Each chart with the heading that names it, as a reader scrolls to them. */
function charts(page: Page): { name: string; heading: Locator; plot: Locator }[] {
	const { flows, flowDiagram, share, trend, when, timeline } = storyRegions(page);
	return [
		{
			name: 'the flow diagram',
			heading: flows.getByRole('heading', { level: 2, name: 'Who left, and where to' }),
			plot: flowDiagram
		},
		{
			name: 'the share of staff',
			heading: flows.getByRole('heading', { level: 3, name: 'A share, not people' }),
			plot: share
		},
		{
			name: 'the wider trend',
			heading: flows.getByRole('heading', { level: 3, name: 'The wider trend' }),
			plot: trend
		},
		{ name: 'the timeline', heading: when.getByRole('heading', { level: 2, name: 'When' }), plot: timeline }
	];
}

/** The ancestors of an element that scroll on their own (content past their box, and overflow that scrolls). */
function scrollingAncestors(element: Element): string[] {
	const found: string[] = [];
	for (
		let node = element.parentElement;
		node && node !== document.documentElement;
		node = node.parentElement
	) {
		if (node === document.body) continue;
		const style = getComputedStyle(node);
		const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
		const vertical = scrolls(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
		const horizontal = scrolls(style.overflowX) && node.scrollWidth > node.clientWidth + 1;
		if (vertical || horizontal) found.push(`${node.tagName.toLowerCase()}.${node.className}`);
	}
	return found;
}

for (const size of VIEWPORTS) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });

		test('each chart’s heading and plot come fully into view with the page’s own scroll', async ({
			page
		}) => {
			await openStory(page);
			for (const chart of charts(page)) {
				await expect(chart.plot, `${chart.name} is drawn`).toBeVisible();
				expect(await chart.plot.evaluate(scrollingAncestors), `${chart.name} scrolls inside a box`).toEqual(
					[]
				);

				// The page scrolls (window.scrollTo), never a box: heading on top, plot under it.
				const top = await chart.heading.evaluate((heading) => {
					const box = heading.getBoundingClientRect();
					window.scrollTo({ top: box.top + window.scrollY - 8, behavior: 'instant' });
					return box.top;
				});
				expect(Number.isFinite(top)).toBe(true);
				for (const part of [chart.heading, chart.plot]) {
					const box = await part.evaluate((element) => {
						const { top, bottom, left, right } = element.getBoundingClientRect();
						return { top, bottom, left, right, width: window.innerWidth, height: window.innerHeight };
					});
					expect(box.top, `${chart.name}: top in view`).toBeGreaterThanOrEqual(0);
					expect(box.bottom, `${chart.name}: bottom in view`).toBeLessThanOrEqual(box.height);
					expect(box.left, `${chart.name}: left in view`).toBeGreaterThanOrEqual(0);
					expect(box.right, `${chart.name}: right in view`).toBeLessThanOrEqual(box.width);
				}
			}
		});

		test('beside the article’s last lines, the end of the chart column is in view', async ({ page }) => {
			await openStory(page);
			const article = page.getByRole('article');
			const column = page.locator('.charts-column');
			const side = await column.evaluate(
				(element, articleBox) => {
					const box = element.getBoundingClientRect();
					return box.left >= articleBox.x + articleBox.width;
				},
				(await article.boundingBox())!
			);
			test.skip(!side, 'the charts sit below the article at this width');

			await article.evaluate((element) => {
				const bottom = element.getBoundingClientRect().bottom + window.scrollY;
				window.scrollTo({ top: bottom - window.innerHeight, behavior: 'instant' });
			});
			const box = await column.evaluate((element) => {
				const { top, bottom } = element.getBoundingClientRect();
				return { top, bottom, height: window.innerHeight, position: getComputedStyle(element).position };
			});
			expect(box.position).toBe('sticky');
			// A column that fits sits at the top of the window; a taller one shows its end.
			if (box.bottom - box.top <= box.height) expect(Math.round(box.top)).toBe(0);
			else expect(Math.round(box.bottom)).toBe(box.height);
			await expect(storyRegions(page).timeline).toBeInViewport();
		});
	});
}

test('selecting a sentence far down the article brings one of its marks into view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openStory(page);
	// p6.s1 names the wider trend; FAQ answer a5.s1 does too, far below the charts' top.
	const handle = handleOf(page, 'a5.s1');
	await handle.scrollIntoViewIfNeeded();
	await handle.click();
	await expect(handle).toHaveAttribute('aria-pressed', 'true');
	// Show the selection, not what the pointer rests on once the page has moved under it.
	await page.mouse.move(0, 0);
	await scrollingHasStopped(page);
	const { trend } = storyRegions(page);
	await expect(trend).toHaveClass(LIT);
	await expect(trend).toBeInViewport();
});
