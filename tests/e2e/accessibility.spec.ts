import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of ['/en/', '/fr/']) {
	for (const width of [1280, 375]) {
		test(`axe finds no WCAG 2.2 AA violations on ${path} at ${width}px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			// One line per failing element, so a failure says what to fix without opening a report.
			const violations = results.violations.flatMap((violation) =>
				violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`)
			);
			expect(violations).toEqual([]);
		});
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
