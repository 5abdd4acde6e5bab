// Filter by organization: toggle buttons that put the filter in the address, a page that follows
// the address (charts, tables, marked sentences), history that restores earlier filters, and
// addresses that cannot break the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordPageErrors } from './pageErrors';
import { chartsAreLive, openStory, storyRegions } from './story';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The filter section and its controls, by the names a screen reader announces. */
function filterRegion(page: Page) {
	const region = page.getByRole('region', { name: 'Filter by organization' });
	return {
		region,
		/**
		 * The toggle of one organization, such as “Meta (3)”. A pressed toggle keeps its name (APG:
		 * a toggle’s label does not change with its state), so the name is matched whole.
		 */
		choice: (name: string) => region.getByRole('button', { name, exact: true }),
		clearAll: region.getByRole('button', { name: 'Clear all' })
	};
}

/**
 * The toggle of an organization found by what it says, ignoring any decoration in front of the name
 * (the tests of other behaviour should not all fail on the one naming fault asserted on its own).
 */
function chip(page: Page, name: string): Locator {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return filterRegion(page).region.getByRole('button', { name: new RegExp(`(^|\\s)${escaped}$`) });
}

/** The status line under the filter: “Showing 2 of 3 moves.”, “Showing all 3 moves.” or that nothing matches. */
const filterStatus = (page: Page) =>
	page.getByRole('status').filter({
		hasText:
			/^(Showing \d+ of \d+ moves\.|Showing all \d+ moves\.|No moves match the filter\. Clear it to see everything\.)$/
	});

/** The switch that adds the moves known only from other reporting. */
const otherReporting = (page: Page) => page.getByRole('checkbox', { name: 'Show what other reporting adds' });

/** The notice that lists what of the address was ignored. */
const addressNotice = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'Part of the address was ignored:' });

/** Expects the rows of the moves table to name these people, in this order. */
async function expectPeopleInMovesTable(page: Page, people: string[]): Promise<void> {
	const rows = page.getByRole('table', { name: 'The moves, as a table' }).getByRole('rowheader');
	// With a big dataset the table is laid out only as it comes near the screen, and its text is
	// read as shown: scroll to it, as a reader would, and read it once it is drawn.
	await rows.first().scrollIntoViewIfNeeded();
	await expect(rows).toHaveText(people, { useInnerText: true });
}

/** The accessible names of the marks of a chart (flows and nodes, or timeline rows), in order. */
async function markNames(chart: Locator): Promise<string[]> {
	return chart
		.getByRole('button')
		.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
}

/** The ids of the article’s sentences that are marked as stating a fact, in reading order. */
async function markedSentences(page: Page): Promise<string[]> {
	return page
		.getByRole('article')
		.locator('mark.sentence')
		.evaluateAll((marks) => marks.map((mark) => mark.id.replace(/^sentence-/, '')));
}

/** The search part of the page’s address, decoded for reading (commas stay commas). */
const query = (page: Page) => decodeURIComponent(new URL(page.url()).search);

test.describe('choosing organizations', () => {
	test('the filter lists each organization with its number of moves drawn, busiest first, other reporting’s only once it is shown (in place of the article’s moves they refine), and “Clear all” is disabled while nothing is chosen', async ({
		page
	}) => {
		await openStory(page);
		const { region, clearAll } = filterRegion(page);
		await expect(region.getByRole('heading', { name: 'Filter by organization' })).toBeVisible();
		// Other reporting is off: only the article’s three moves are drawn, and only their organizations offered.
		await expect(region.getByRole('button')).toHaveText([
			'Meta (3)',
			'Not disclosed (2)',
			'Meijer’s own AI startup (unnamed) (1)',
			'Clear all'
		]);
		for (const name of ['Meta (3)', 'Not disclosed (2)'])
			await expect(chip(page, name)).toHaveAttribute('aria-pressed', 'false');
		await expect(clearAll).toBeDisabled();
		await expect(filterStatus(page)).toHaveText('Showing all 3 moves.');

		// Other reporting on: its moves to Yutori and Automind stand in for the article's three departures
		// they tell more of, so that Meta still counts three, and the article's destinations are not drawn.
		await otherReporting(page).check();
		await expect(region.getByRole('button')).toHaveText([
			'Meta (3)',
			'Yutori (2)',
			'Automind (1)',
			'Clear all'
		]);
		for (const name of ['Meta (3)', 'Yutori (2)'])
			await expect(chip(page, name)).toHaveAttribute('aria-pressed', 'false');
		await expect(clearAll).toBeDisabled();
		await expect(filterStatus(page)).toHaveText('Showing all 3 moves.');
	});

	test('a pressed organization keeps its accessible name: only aria-pressed says it is chosen', async ({
		page
	}) => {
		await openStory(page);
		const { choice } = filterRegion(page);
		await choice('Not disclosed (2)').click();
		await expect(page).toHaveURL(/\?company=undisclosed$/);
		// WAI-ARIA APG, button pattern: the label of a toggle button does not change with its state.
		await expect(choice('Not disclosed (2)')).toHaveAttribute('aria-pressed', 'true');
	});

	test('pressing “Meta (3)” puts ?company=meta in the address, pressing “Not disclosed (2)” adds it, pressing Meta again removes it, and “Clear all” empties the address', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const { clearAll } = filterRegion(page);

		await chip(page, 'Meta (3)').click();
		await expect(chip(page, 'Meta (3)')).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL((url) => url.search === '?company=meta');
		await expect(filterStatus(page)).toHaveText('Showing all 3 moves.');
		await expect(clearAll).toBeEnabled();

		await chip(page, 'Not disclosed (2)').click();
		await expect(chip(page, 'Not disclosed (2)')).toHaveAttribute('aria-pressed', 'true');
		await expect(chip(page, 'Meta (3)')).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL((url) => url.search === '?company=meta,undisclosed');

		await chip(page, 'Meta (3)').click();
		await expect(chip(page, 'Meta (3)')).toHaveAttribute('aria-pressed', 'false');
		await expect(page).toHaveURL((url) => url.search === '?company=undisclosed');
		await expect(filterStatus(page)).toHaveText('Showing 2 of 3 moves.');

		await clearAll.click();
		await expect(chip(page, 'Not disclosed (2)')).toHaveAttribute('aria-pressed', 'false');
		await expect(page).toHaveURL((url) => url.search === '' && url.pathname === '/en/');
		await expect(filterStatus(page)).toHaveText('Showing all 3 moves.');
		await expect(clearAll).toBeDisabled();
		expect(errors).toEqual([]);
	});

	test('with other reporting off, ?company=yutori shows no move and says so, and still offers “Yutori (0)” so that it can be un-chosen', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		// No sentence is marked when no move is shown: the charts going live say the page is interactive.
		await page.goto('/en/?company=yutori');
		await chartsAreLive(page);
		await expect(chip(page, 'Yutori (0)')).toHaveAttribute('aria-pressed', 'true');
		await expect(filterStatus(page)).toHaveText('No moves match the filter. Clear it to see everything.');
		await expect(storyRegions(page).flows.getByText('No moves to draw.')).toBeVisible();
		const movesTable = page.getByRole('table', { name: 'The moves, as a table' });
		await movesTable.scrollIntoViewIfNeeded();
		await expect(movesTable.getByRole('rowheader')).toHaveCount(0);

		// Turning other reporting on shows Yutori’s two moves, known only from it.
		await otherReporting(page).check();
		await expect(page).toHaveURL((url) => url.search === '?company=yutori&later=1');
		await expect(chip(page, 'Yutori (2)')).toHaveAttribute('aria-pressed', 'true');
		await expect(filterStatus(page)).toHaveText('Showing 2 of 3 moves.');
		await expectPeopleInMovesTable(page, ['Devi Parikh', 'Abhishek Das']);
		await otherReporting(page).uncheck();
		await expect(filterStatus(page)).toHaveText('No moves match the filter. Clear it to see everything.');

		await chip(page, 'Yutori (0)').click();
		await expect(page).toHaveURL((url) => url.search === '' && url.pathname === '/en/');
		await expect(chip(page, 'Yutori (0)')).toHaveCount(0);
		await expect(filterStatus(page)).toHaveText('Showing all 3 moves.');
		expect(errors).toEqual([]);
	});

	test('with Yutori chosen and “Show what other reporting adds” checked, the address reads ?company=yutori&later=1 and the flows, timeline, moves table and marked sentences show only Parikh and Das going to Yutori', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const { flowDiagram, timeline } = storyRegions(page);
		// Unfiltered, the article marks sentences about every departure, the layoffs and the trend.
		expect(await markedSentences(page)).toEqual(expect.arrayContaining(['p4.s3', 'p6.s1']));

		// Yutori is offered once the moves known only from other reporting are shown.
		await otherReporting(page).check();
		await chip(page, 'Yutori (2)').click();
		await expect(page).toHaveURL((url) => url.search === '?company=yutori&later=1');
		await expect(filterStatus(page)).toHaveText('Showing 2 of 3 moves.');

		// The flow diagram: Meta → Yutori, Parikh and Das only, from other reporting.
		// A lone flow is drawn as a thick stroke along a straight line: it is there, though its box has no height.
		await expect(flowDiagram.getByRole('button', { name: /^Meta → Yutori: 2 people/ })).toHaveCount(1);
		const flows = await markNames(flowDiagram);
		expect(flows).toEqual([
			'Meta → Yutori: 2 people (Devi Parikh, Abhishek Das). From other reporting, not the article.',
			'Meta: 2 people (Devi Parikh, Abhishek Das)',
			'Yutori: 2 people (Devi Parikh, Abhishek Das)'
		]);
		for (const gone of ['Erik Meijer', 'Not disclosed', 'Automind'])
			for (const name of flows) expect(name).not.toContain(gone);

		// The timeline: the two departures to Yutori, and the article’s publication, kept under any filter.
		expect(await markNames(timeline)).toEqual([
			'Abhishek Das leaves Meta for Yutori: March 2024 to April 3, 2024',
			'Devi Parikh leaves Meta for Yutori: March 2024 to April 3, 2024',
			'Spiceworks publishes the article (in English; the French text is its translation): April 3, 2024'
		]);

		// The tables.
		await expectPeopleInMovesTable(page, ['Devi Parikh', 'Abhishek Das']);
		const facts = page.getByRole('region', { name: 'The facts' });
		await expect(facts.getByRole('rowheader').filter({ hasText: 'Erik Meijer' })).toHaveCount(0);
		await expect(facts.getByRole('rowheader', { name: 'Devi Parikh leaves Meta for Yutori' })).toBeVisible();

		// The article: only the sentences stating a kept fact stay marked, with their new counts; the
		// sentences of the departures that the moves to Yutori refine among them.
		expect(await markedSentences(page)).toEqual(['p1.s1', 'p3.s1', 'p4.s1', 'p4.s2', 'p4.s5']);
		await expect(
			page.getByRole('article').getByRole('button', { name: '2 facts in this sentence' })
		).toHaveCount(1);
		expect(errors).toEqual([]);
	});

	test('Back and Forward restore the earlier filters: the pressed toggles, the status line and the charts', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);

		const { flowDiagram } = storyRegions(page);
		const toUnnamed = flowDiagram.getByRole('button', {
			name: /^Meta → Meijer’s own AI startup \(unnamed\): 1 person/
		});
		const toUndisclosed = flowDiagram.getByRole('button', { name: /^Meta → Not disclosed: 2 people/ });

		await chip(page, 'Meta (3)').click();
		await expect(page).toHaveURL((url) => url.search === '?company=meta');
		await chip(page, 'Not disclosed (2)').click();
		await expect(page).toHaveURL((url) => url.search === '?company=meta,undisclosed');
		await chip(page, 'Meta (3)').click();
		await expect(page).toHaveURL((url) => url.search === '?company=undisclosed');
		// Not disclosed alone: Parikh’s and Das’s moves, and not Meijer’s. A lone flow is drawn as a
		// thick stroke along a straight line: it is there, though its box has no height.
		await expect(filterStatus(page)).toHaveText('Showing 2 of 3 moves.');
		await expect(toUndisclosed).toHaveCount(1);
		await expect(toUnnamed).toHaveCount(0);

		await page.goBack();
		await expect(page).toHaveURL((url) => url.search === '?company=meta,undisclosed');
		await expect(chip(page, 'Meta (3)')).toHaveAttribute('aria-pressed', 'true');
		await expect(chip(page, 'Not disclosed (2)')).toHaveAttribute('aria-pressed', 'true');
		await expect(filterStatus(page)).toHaveText('Showing all 3 moves.');
		await expect(toUndisclosed).toBeVisible();
		await expect(toUnnamed).toBeVisible();

		await page.goBack();
		await expect(page).toHaveURL((url) => url.search === '?company=meta');
		await expect(chip(page, 'Meta (3)')).toHaveAttribute('aria-pressed', 'true');
		await expect(chip(page, 'Not disclosed (2)')).toHaveAttribute('aria-pressed', 'false');

		await page.goBack();
		await expect(page).toHaveURL((url) => url.search === '' && url.pathname === '/en/');
		await expect(chip(page, 'Meta (3)')).toHaveAttribute('aria-pressed', 'false');
		await expect(filterRegion(page).clearAll).toBeDisabled();
		await expect(filterStatus(page)).toHaveText('Showing all 3 moves.');
		await expect(toUnnamed).toBeVisible();

		await page.goForward();
		await page.goForward();
		await page.goForward();
		await expect(page).toHaveURL((url) => url.search === '?company=undisclosed');
		await expect(chip(page, 'Not disclosed (2)')).toHaveAttribute('aria-pressed', 'true');
		await expect(chip(page, 'Meta (3)')).toHaveAttribute('aria-pressed', 'false');
		await expect(filterStatus(page)).toHaveText('Showing 2 of 3 moves.');
		await expect(toUndisclosed).toHaveCount(1);
		await expect(toUnnamed).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('opening ?company=yutori&later=1 shows that view, and a reload keeps it', async ({ page }) => {
		const errors = recordPageErrors(page);
		for (const open of [() => openStory(page, '/en/?company=yutori&later=1'), () => page.reload()]) {
			await open();
			await expect(chip(page, 'Yutori (2)')).toHaveAttribute('aria-pressed', 'true');
			await expect(otherReporting(page)).toBeChecked();
			await expect(filterStatus(page)).toHaveText('Showing 2 of 3 moves.');
			await expect(
				storyRegions(page).flowDiagram.getByRole('button', { name: /^Meta → Yutori: 2 people/ })
			).toHaveCount(1);
			await expectPeopleInMovesTable(page, ['Devi Parikh', 'Abhishek Das']);
			await expect(addressNotice(page)).toHaveCount(0);
		}
		expect(errors).toEqual([]);
	});

	test('axe finds no WCAG 2.2 AA violations with a filter applied', async ({ page }) => {
		await openStory(page);
		await otherReporting(page).check();
		await chip(page, 'Yutori (2)').click();
		await expect(filterStatus(page)).toHaveText('Showing 2 of 3 moves.');
		const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		const violations = results.violations.flatMap((violation) =>
			violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`)
		);
		expect(violations).toEqual([]);
	});
});

/** Hostile or mistaken addresses: each is read without breaking the page, says what it ignored, and applies the rest. */
const hostileAddresses = [
	{
		what: 'an unknown organization next to a known one',
		search: '?company=zzz,yutori&later=1',
		ignored: ['no organization has the id “zzz”'],
		applies: { pressed: ['Yutori (2)'], status: 'Showing 2 of 3 moves.', later: true }
	},
	{
		what: 'a duplicate organization, in one value and in a repeated parameter',
		search: '?company=yutori,yutori&company=yutori',
		ignored: ['“yutori” was given twice', '“yutori” was given twice'],
		// Other reporting is off: Yutori’s moves are not shown, and it stays offered to be un-chosen.
		applies: {
			pressed: ['Yutori (0)'],
			status: 'No moves match the filter. Clear it to see everything.',
			later: false
		}
	},
	{
		what: 'parameters this page does not read, among them __proto__ and constructor',
		search: '?company=meta&utm_source=x&__proto__=1&constructor=2',
		ignored: [
			'“utm_source” is not something this page reads',
			'“__proto__” is not something this page reads',
			'“constructor” is not something this page reads'
		],
		applies: { pressed: ['Meta (3)'], status: 'Showing all 3 moves.', later: false }
	},
	{
		what: 'organization ids named after object internals',
		search: '?company=__proto__,constructor,hasOwnProperty,meta',
		ignored: [
			'no organization has the id “__proto__”',
			'no organization has the id “constructor”',
			'no organization has the id “hasOwnProperty”'
		],
		applies: { pressed: ['Meta (3)'], status: 'Showing all 3 moves.', later: false }
	},
	{
		what: 'a 5,000-character value',
		search: `?company=${'a'.repeat(5000)}&company=yutori&later=1`,
		ignored: ['the value of “company” is longer than 2,000 characters'],
		applies: { pressed: ['Yutori (2)'], status: 'Showing 2 of 3 moves.', later: true }
	},
	{
		what: 'a broken percent-encoding (%E0%A4%A)',
		search: '?company=%E0%A4%A,meta',
		ignored: ['no organization has the id “\ufffd%A”'],
		applies: { pressed: ['Meta (3)'], status: 'Showing all 3 moves.', later: false }
	},
	{
		what: 'a value “later” does not take, and markup in an id',
		search: `?later=maybe&company=${encodeURIComponent('<img src=x onerror=alert(1)>')},yutori`,
		ignored: [
			'no organization has the id “<img src=x onerror=alert(1)>”',
			'“maybe” is not a value “later” takes'
		],
		applies: {
			pressed: ['Yutori (0)'],
			status: 'No moves match the filter. Clear it to see everything.',
			later: false
		}
	}
];

test.describe('addresses that are wrong or hostile', () => {
	for (const { what, search, ignored, applies } of hostileAddresses) {
		test(`${what}: the page says what it ignored and applies the rest`, async ({ page }) => {
			const errors = recordPageErrors(page);
			page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
			// Some of these show no move, and so mark no sentence: the charts going live say the page is interactive.
			await page.goto(`/en/${search}`);
			await chartsAreLive(page);

			const notice = addressNotice(page);
			await expect(notice).toBeVisible();
			await expect(notice.getByRole('listitem')).toHaveText(ignored);

			for (const name of applies.pressed)
				await expect(chip(page, name)).toHaveAttribute('aria-pressed', 'true');
			await expect(filterRegion(page).region.getByRole('button', { pressed: true })).toHaveCount(
				applies.pressed.length
			);
			await expect(filterStatus(page)).toHaveText(applies.status);
			if (applies.later) await expect(otherReporting(page)).toBeChecked();
			else await expect(otherReporting(page)).not.toBeChecked();

			// The page still works: choosing another organization writes a clean address.
			await filterRegion(page).clearAll.click();
			await chip(page, 'Meta (3)').click();
			await expect(page).toHaveURL((url) => url.search === `?company=meta${applies.later ? '&later=1' : ''}`);
			await expect(notice).toHaveCount(0);
			expect(errors).toEqual([]);
		});
	}
});

test('the address is read the same in the page’s other language', async ({ page }) => {
	const errors = recordPageErrors(page);
	await openStory(page, '/fr/?company=yutori&later=1&zzz=1');
	const region = page.getByRole('region', { name: 'Filtrer par organisation' });
	await expect(region.getByRole('button', { pressed: true })).toHaveCount(1);
	await expect(region.getByRole('button', { pressed: true })).toContainText('Yutori (2)');
	await expect(page.getByRole('status').filter({ hasText: '2 mouvements affichés sur 3.' })).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'Une partie de l’adresse a été ignorée :' })
	).toContainText('« zzz » n’est pas lu par cette page');
	expect(query(page)).toBe('?company=yutori&later=1&zzz=1');
	expect(errors).toEqual([]);
});
