import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { clickMark, openStory, scrollingHasStopped, storyRegions } from './story';

const views = [
	{ name: 'en-1280x900', width: 1280, height: 900 },
	{ name: 'en-375x800', width: 375, height: 800 }
];

/** The states of the story view worth keeping a picture of, and how a reader gets there. */
const states = [
	{ name: '', what: 'as it loads', reach: async () => {} },
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

for (const view of views) {
	for (const state of states) {
		test(`a full-page screenshot of /en/ at ${view.width}×${view.height} ${state.what} is kept`, async ({
			page
		}, testInfo) => {
			await page.setViewportSize({ width: view.width, height: view.height });
			await openStory(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await state.reach(page);
			const file = `${view.name}${state.name}.png`;
			const path = join(testInfo.project.outputDir, 'screenshots', file);
			await page.screenshot({ path, fullPage: true });
			await testInfo.attach(file, { path, contentType: 'image/png' });
			expect((await stat(path)).size).toBeGreaterThan(0);
		});
	}
}
