// A view that throws while drawing gives way to a plain message in the reader's language, with a
// way to try again and a way back, while the rest of the page keeps working. The failures are
// made the way an old or locked-down browser would make them: a missing ResizeObserver (which the
// charts use to measure their width) or a <dialog> that cannot open as a modal.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixture } from './dataFiles';
import { handleOf, openStory, storyRegions } from './story';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global {
	interface Window {
		/** While true, the page's ResizeObserver throws when built, as in a browser without one. */
		chartsBroken?: boolean;
	}
}

/** Makes ResizeObserver throw until the test sets `window.chartsBroken` to false. */
async function breakResizeObserver(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const Real = window.ResizeObserver;
		window.chartsBroken = true;
		window.ResizeObserver = class extends Real {
			constructor(callback: ResizeObserverCallback) {
				if (window.chartsBroken) throw new Error('ResizeObserver is not defined');
				super(callback);
			}
		};
	});
}

test('charts that cannot draw say so and offer to try again; the article, the details and the tables keep working', async ({
	page
}) => {
	// Several steps and an axe scan: on a loaded two-core machine this takes longer than most tests.
	test.slow();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await breakResizeObserver(page);
	await openStory(page, '/en/');
	const { flows, when, details } = storyRegions(page);

	const flowAlert = flows.getByRole('alert');
	const timelineAlert = when.getByRole('alert');
	await expect(flowAlert).toContainText('Something went wrong while showing the flow diagram.');
	await expect(timelineAlert).toContainText(
		'Something went wrong while showing the timeline. The rest of the page still works, and your data is unchanged.'
	);
	await expect(timelineAlert).not.toContainText('ResizeObserver');
	expect(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).toHaveProperty('violations', []);

	// The rest of the page: selecting a sentence fills the details, and the tables are there.
	await handleOf(page, 'p4.s2').click();
	await expect(details).toContainText('Sentence p4.s2 of the article states:');
	await expect(page.getByRole('table', { name: 'The moves, as a table' })).toBeVisible();

	// The way back leads to the same moves as a table.
	await timelineAlert.getByRole('link', { name: 'See the moves as a table' }).click();
	await expect(page).toHaveURL(/#moves-heading$/);

	// Once the cause is gone, “Try again” draws the chart.
	await page.evaluate(() => (window.chartsBroken = false));
	await timelineAlert.getByRole('button', { name: 'Try again' }).click();
	await expect(storyRegions(page).timeline).toBeVisible();
	await expect(when.getByRole('alert')).toHaveCount(0);
	await expect(flowAlert).toBeVisible();
	// Nothing escaped the boundaries to the page.
	expect(errors).toEqual([]);
});

test('a chart that fails on imported data offers the way back to the article’s data', async ({ page }) => {
	test.slow();
	await breakResizeObserver(page);
	await openStory(page, '/en/');
	await page.getByRole('button', { name: 'Import your data…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import your data' });
	await dialog.getByLabel('Choose a file').setInputFiles(fixture('moves.csv'));
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	await dialog.getByRole('button', { name: 'Use these 4 moves' }).click();
	await expect(page.getByText('Your import: moves.csv (4 moves), kept in this browser.')).toBeVisible();

	const timelineAlert = storyRegions(page).when.getByRole('alert');
	await expect(timelineAlert).toContainText('Something went wrong while showing the timeline.');
	await timelineAlert.getByRole('button', { name: 'Back to the article’s data' }).click();
	await expect(
		page.getByText('The facts of the article credited to Spiceworks (English original of April 2024).')
	).toBeVisible();
	// Still no ResizeObserver: the article's charts fail too, and now point to the table instead.
	await expect(
		storyRegions(page).when.getByRole('alert').getByRole('link', { name: 'See the moves as a table' })
	).toBeVisible();
});

test('in French, the message and its buttons are in French', async ({ page }) => {
	await breakResizeObserver(page);
	await openStory(page, '/fr/');
	const alert = page.getByRole('region', { name: 'Quand' }).getByRole('alert');
	await expect(alert).toContainText('Impossible d’afficher la chronologie : une erreur est survenue.');
	await expect(alert.getByRole('button', { name: 'Réessayer' })).toBeVisible();
	await expect(alert.getByRole('link', { name: 'Voir les mouvements en tableau' })).toBeVisible();
});

test('an import window that cannot open says so, and “Close” leaves the page as it was', async ({ page }) => {
	await page.addInitScript(() => {
		HTMLDialogElement.prototype.showModal = () => {
			throw new Error('showModal is not a function');
		};
	});
	await openStory(page, '/en/');
	await page.getByRole('button', { name: 'Import your data…' }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'the import window' });
	await expect(alert).toContainText(
		'Something went wrong while showing the import window. The rest of the page still works, and your data is unchanged.'
	);
	// Where the reader clicked, not at the page's end where the import window has its place.
	await expect(alert).toBeInViewport();
	await alert.getByRole('button', { name: 'Close' }).click();
	await expect(alert).toHaveCount(0);
	await expect(
		page.getByText('The facts of the article credited to Spiceworks (English original of April 2024).')
	).toBeVisible();
	await expect(storyRegions(page).timeline).toBeVisible();
});
