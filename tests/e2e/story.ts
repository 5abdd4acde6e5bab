// The story view as a reader meets it: the page once it is interactive, its sentences and their
// handles, its chart regions, and moving through it with the keyboard.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens a page of the story view and waits until it is interactive: the sentence handles turn into
 * toggle buttons only once scripts have run, and before that a click would follow the plain link.
 */
export async function openStory(page: Page, path = '/en/'): Promise<void> {
	await page.goto(path);
	await chartsAreLive(page);
	await expect(page.getByRole('article').locator('a.fact-link').first()).toHaveAttribute('role', 'button');
}

/**
 * Waits until the charts are live. Their code loads at the first sign of a reader at work (here a
 * mouse move, once the page listens for one), and until then the page shows them as prerendered.
 */
export async function chartsAreLive(page: Page): Promise<void> {
	const islands = page.locator('.island');
	await expect(islands.first()).toHaveAttribute('data-island', /waiting|live/);
	// Somewhere the mouse has not been yet, so that the browser reports a move; in the page's right
	// margin, where no sentence or mark ever comes under it. (Near the left edge, a sentence scrolled
	// under the resting mouse was pointed at, and pointing wins over a selection made with the keys.)
	const width = page.viewportSize()?.width ?? 1280;
	await page.mouse.move(width - 3 - Math.random() * 10, 2 + Math.random() * 20);
	// Live, or given way to a message if it failed to draw.
	await expect(page.locator('.island:not([data-island="live"])')).toHaveCount(0);
}

/** The window sizes the layout is checked and pictured at: two laptops, a tablet and a phone. */
export const VIEWPORTS = [
	{ width: 1280, height: 900 },
	{ width: 1440, height: 900 },
	{ width: 768, height: 1024 },
	{ width: 375, height: 800 }
];

/** The marked sentence of the article with this id (such as `p4.s2`). */
export function sentence(page: Page, id: string): Locator {
	return page.getByRole('article').locator(`mark[id="sentence-${id}"]`);
}

/** The handle right after a marked sentence: a link to its facts, a toggle button once scripts run. */
export function handleOf(page: Page, id: string): Locator {
	return sentence(page, id).locator('xpath=following-sibling::a[1]');
}

/** The charts and the detail panel, by the names a screen reader announces for them. */
export function storyRegions(page: Page) {
	const flows = page.getByRole('region', { name: 'Who left, and where to' });
	const when = page.getByRole('region', { name: 'When' });
	return {
		flows,
		flowDiagram: flows.getByRole('group', { name: /^Flow diagram/ }),
		share: flows.getByRole('button', { name: /More than 30% of its staff/ }),
		trend: flows.getByRole('button', { name: /Anthropic, Cohere and OpenAI/ }),
		when,
		timeline: when.getByRole('group', { name: /^Timeline of events/ }),
		details: page.getByRole('region', { name: 'Details' })
	};
}

/** What the detail panel says while nothing is selected (pointing lights marks but leaves it still). */
export const DETAILS_EMPTY =
	'Select a sentence, a flow or an event (click, or Enter): its facts and their sources show here. Escape clears.';

/** Presses Tab until `target` has the focus, as a keyboard-only reader would; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`${limit} presses of Tab did not reach ${target}`);
}

/**
 * Clicks a mark of the charts where a reader would aim. A flow is a thick curved stroke whose box is
 * far larger than the band drawn, so the mouse goes to the middle of the band itself.
 */
export async function clickMark(page: Page, mark: Locator): Promise<void> {
	if (!(await mark.evaluate((element) => element instanceof SVGPathElement))) return mark.click();
	await mark.scrollIntoViewIfNeeded();
	const middle = await mark.evaluate((element) => {
		const path = element as SVGPathElement;
		const point = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM()!);
		return { x: point.x, y: point.y };
	});
	await page.mouse.click(middle.x, middle.y);
}

/** Waits until the page has stopped scrolling (selecting a mark scrolls its sentence into view, smoothly). */
export async function scrollingHasStopped(page: Page): Promise<void> {
	await expect
		.poll(async () => {
			const before = await page.evaluate(() => window.scrollY);
			await page.waitForTimeout(250);
			return (await page.evaluate(() => window.scrollY)) === before;
		})
		.toBe(true);
}
