// The charts said in words: the summaries above the flow diagram and the timeline follow the
// filter and sit in polite live regions, so a screen reader announces the change without
// interrupting.
import { expect, test, type Page } from '@playwright/test';
import { recordPageErrors } from './pageErrors';
import { openStory } from './story';

/** The summary paragraph of the timeline region, whose heading is “When” or “Quand”. */
const timelineSummary = (page: Page, heading = 'When') =>
	page.getByRole('region', { name: heading }).locator('p.chart-summary');

test('the timeline summary says what is drawn and follows the filter, politely', async ({ page }) => {
	const errors = recordPageErrors(page);
	await openStory(page, '/en/?later=1');
	const summary = timelineSummary(page);
	await expect(summary).toHaveAttribute('aria-live', 'polite');
	await expect(summary).toHaveText(
		/^The timeline places 3 moves, 6 events, and 1 figure over a period between 2022 and April 3, 2024\./
	);

	await page.getByRole('button', { name: 'Yutori (2)', exact: true }).click();
	await expect(page).toHaveURL(/company=yutori/);
	await expect(summary).toHaveText(/^The timeline places 2 moves/);
	await expect(summary).not.toContainText('2022');
	expect(errors).toEqual([]);
});

test('the timeline summary is in French on /fr/, with French dates', async ({ page }) => {
	await openStory(page, '/fr/');
	await expect(timelineSummary(page, 'Quand')).toHaveText(
		/^La chronologie place 3 mouvements, 3 événements et 1 chiffre sur une période entre 2022 et le 3 avril 2024\./
	);
});
