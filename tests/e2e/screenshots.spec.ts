// Pictures of the story view's key states at each window size, kept as test artifacts in
// test-results/screenshots/ to be opened and looked at: a test proves behaviour, only a look shows
// the page. The README's picture is taken here too, from the top of the page.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
	clickMark,
	handleOf,
	openStory,
	scrollingHasStopped,
	sentence,
	storyRegions,
	VIEWPORTS
} from './story';

/** The states of the story view worth keeping a picture of, and how a reader gets there. */
const states = [
	{ name: '', what: 'as it loads', reach: async () => {} },
	{
		name: '-sentence-p4.s2-selected',
		what: 'with sentence p4.s2 (the three departures) selected',
		reach: async (page: Page) => {
			const handle = handleOf(page, 'p4.s2');
			await handle.click();
			await expect(handle).toHaveAttribute('aria-pressed', 'true');
			await page.mouse.move(0, 0);
			await scrollingHasStopped(page);
		}
	},
	{
		name: '-flow-meta-not-disclosed-selected',
		what: 'with the flow “Meta → Not disclosed” selected',
		reach: async (page: Page) => {
			const flow = storyRegions(page).flowDiagram.getByRole('button', { name: /^Meta → Not disclosed/ });
			await clickMark(page, flow);
			await expect(flow).toHaveAttribute('aria-pressed', 'true');
			// Show the selection, not the pointer: the mouse leaves the chart and the smooth scroll ends.
			await page.mouse.move(0, 0);
			await scrollingHasStopped(page);
		}
	}
];

for (const view of VIEWPORTS) {
	for (const state of states) {
		test(`a full-page screenshot of /en/ at ${view.width}×${view.height} ${state.what} is kept`, async ({
			page
		}, testInfo) => {
			await page.setViewportSize(view);
			await openStory(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await state.reach(page);
			// With a big dataset the tables far down are laid out only near the screen: a full-page
			// picture would show blank space where a reader scrolling down sees them.
			await page.addStyleTag({ content: '.renders-near-screen { content-visibility: visible; }' });
			const file = `en-${view.width}x${view.height}${state.name}.png`;
			const path = join(testInfo.project.outputDir, 'screenshots', file);
			await page.screenshot({ path, fullPage: true });
			await testInfo.attach(file, { path, contentType: 'image/png' });
			expect((await stat(path)).size).toBeGreaterThan(0);
		});
	}
}

test('the README’s picture of the dashboard is taken from the top of the page', async ({
	page
}, testInfo) => {
	// Tall enough to hold the article's first paragraphs beside every chart, the timeline included.
	await page.setViewportSize({ width: 1280, height: 1600 });
	await openStory(page);
	// A sentence pointed at shows the linking the README describes: its marks light up.
	await sentence(page, 'p4.s2').hover();
	await expect(sentence(page, 'p4.s2')).toHaveClass(/(^|\s)lit(\s|$)/);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	const path = join(testInfo.project.outputDir, 'screenshots', 'dashboard-en.png');
	await page.screenshot({ path });
	await testInfo.attach('dashboard-en.png', { path, contentType: 'image/png' });
});
