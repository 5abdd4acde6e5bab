import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickMark, handleOf, openStory } from './story';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG 2.2 AA violations axe finds on the page as it is now, one line per failing element. */
async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	// One line per failing element, so a failure says what to fix without opening a report.
	return results.violations.flatMap((violation) =>
		violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`)
	);
}

for (const path of ['/en/', '/fr/']) {
	for (const width of [1280, 375]) {
		test(`axe finds no WCAG 2.2 AA violations on ${path} at ${width}px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

/** The name of the flow “Meta → Not disclosed” in each language of the interface. */
const undisclosedFlow = { '/en/': /^Meta → Not disclosed/, '/fr/': /^Meta → Non divulguée/ };

/** States of the story view that change what the page shows, and how a reader gets there. */
const selections = [
	{
		state: 'the flow “Meta → Not disclosed” selected',
		select: async (page: Page, path: keyof typeof undisclosedFlow) => {
			const flow = page.getByRole('button', { name: undisclosedFlow[path] });
			await clickMark(page, flow);
			await expect(flow).toHaveAttribute('aria-pressed', 'true');
		}
	},
	{
		state: 'sentence p4.s2 selected',
		select: async (page: Page) => {
			const handle = handleOf(page, 'p4.s2');
			await handle.click();
			await expect(handle).toHaveAttribute('aria-pressed', 'true');
		}
	}
];

for (const path of ['/en/', '/fr/'] as const) {
	for (const width of [1280, 375]) {
		for (const { state, select } of selections) {
			test(`axe finds no WCAG 2.2 AA violations on ${path} at ${width}px with ${state}`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await openStory(page, path);
				await select(page, path);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}
}

for (const path of ['/en/', '/fr/']) {
	test(`at 375px ${path} does not scroll sideways (WCAG 1.4.10 reflow)`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(path);
		// A wide table may scroll inside its own box; the page itself must fit the screen.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});
}

test('the dark theme, chosen with its toggle, is remembered after a reload and has no axe violations', async ({
	page
}) => {
	await openStory(page, '/en/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	expect(await axeViolations(page)).toEqual([]);
});

test('the system’s dark preference is followed until the reader chooses', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openStory(page, '/fr/');
	await expect(page.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	expect(await axeViolations(page)).toEqual([]);
});
