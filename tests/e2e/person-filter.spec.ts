// One person's moves: the person's name in the moves table is a button that shows only their
// moves (?person=<id>), “Show everyone” shows everyone again, and an address naming no known
// person says so and applies the rest. The counts expected are worked out from data/talent.json.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/schema/dataset';
import { flowDiagram, repoRoot } from './dataFiles';
import { recordPageErrors } from './pageErrors';
import { openStory } from './story';
import { plainShown } from '../unit/core/plain';

async function articleDataset(): Promise<Dataset> {
	return JSON.parse(await readFile(`${repoRoot}/data/talent.json`, 'utf8')) as Dataset;
}

/**
 * The article's moves a view shows: other reporting's only with `later` (and then in place of the
 * article's moves they refine), then the filters given.
 */
function movesShown(dataset: Dataset, view: { later: boolean; person?: string; company?: string }) {
	return dataset.moves
		.filter((move) => plainShown(dataset, move, view.later))
		.filter((move) => !view.person || move.person === view.person)
		.filter((move) => !view.company || move.from === view.company || move.to === view.company);
}

/** The status line under the filters for `shown` moves of `total`. */
const statusFor = (shown: number, total: number) =>
	shown === total ? `Showing all ${total} moves.` : `Showing ${shown} of ${total} moves.`;

const statusLine = (page: Page) =>
	page
		.getByRole('status')
		.filter({ hasText: /^(Showing (all )?[\d,]+ (of [\d,]+ )?moves\.|No moves match)/ });

/** The line that says whose moves are shown, with its “Show everyone” button. */
const personLine = (page: Page) => page.getByText(/^Showing the moves of /);

const movesTable = (page: Page) => page.getByRole('table', { name: 'The moves, as a table' });

/** The people the moves table lists, in its order. */
async function peopleInMovesTable(page: Page): Promise<string[]> {
	const rows = movesTable(page).getByRole('rowheader');
	// The table is drawn only near the screen (content-visibility): scroll to it, as a reader would.
	await rows.first().scrollIntoViewIfNeeded();
	return (await rows.allInnerTexts()).map((text) => text.trim());
}

/** The people each flow of the diagram carries, as its accessible name lists them. */
async function peopleInFlows(page: Page): Promise<string[]> {
	const labels = await flowDiagram(page)
		.getByRole('button')
		.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
	return labels
		.filter((label) => label.includes(' → '))
		.map((label) => /\(([^)]*)\)/.exec(label)?.[1] ?? `(no people named in “${label}”)`);
}

const query = (page: Page) => decodeURIComponent(new URL(page.url()).search);

test('a name in the moves table shows only that person’s moves: ?person=<id> in the address, the table, the flows and the status line follow, and “Show everyone” ends it', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	const dataset = await articleDataset();
	const person = dataset.people.find((p) => p.id === 'devi-parikh')!;
	const everyone = movesShown(dataset, { later: true });
	const total = everyone.length;
	const hers = movesShown(dataset, { later: true, person: person.id });
	expect(hers.length).toBeGreaterThan(0);
	expect(hers.length).toBeLessThan(everyone.length);

	await openStory(page, '/en/?later=1');
	await expect(statusLine(page)).toHaveText(statusFor(everyone.length, total));
	await expect(personLine(page)).toHaveCount(0);

	const follow = movesTable(page).getByRole('button', { name: `Show only the moves of ${person.name}` });
	await expect(follow).toHaveCount(hers.length);
	await follow.first().scrollIntoViewIfNeeded();
	await follow.first().click();

	await expect.poll(() => query(page)).toBe(`?later=1&person=${person.id}`);
	await expect(personLine(page)).toContainText(`Showing the moves of ${person.name}.`);
	await expect(statusLine(page)).toHaveText(statusFor(hers.length, total));
	await expect.poll(() => peopleInMovesTable(page)).toEqual(hers.map(() => person.name));
	await expect.poll(() => peopleInFlows(page)).toEqual(expect.arrayContaining([person.name]));
	for (const named of await peopleInFlows(page)) expect(named).toBe(person.name);
	// Every move on the timeline is hers: its rows and its summary say from where to where, not her name.
	const timeline = page.locator('.timeline-chart');
	await expect(timeline.getByText('Meta → Yutori', { exact: true })).toHaveCount(1);
	await expect(timeline.getByText(person.name, { exact: true })).toHaveCount(0);

	await personLine(page).getByRole('button', { name: 'Show everyone' }).click();
	await expect.poll(() => query(page)).toBe('?later=1');
	await expect(personLine(page)).toHaveCount(0);
	await expect(statusLine(page)).toHaveText(statusFor(everyone.length, total));
	await expect.poll(async () => (await peopleInMovesTable(page)).length).toBe(everyone.length);

	// Back brings the person back, as a step of history.
	await page.goBack();
	await expect.poll(() => query(page)).toBe(`?later=1&person=${person.id}`);
	await expect(personLine(page)).toContainText(`Showing the moves of ${person.name}.`);
	await expect(statusLine(page)).toHaveText(statusFor(hers.length, total));
	expect(errors).toEqual([]);
});

test('?person=nobody names no one: the page says so and applies the rest of the address', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	const dataset = await articleDataset();
	expect(dataset.people.map((p) => p.id)).not.toContain('nobody');
	const shown = movesShown(dataset, { later: true, company: 'yutori' });

	await openStory(page, '/en/?company=yutori&later=1&person=nobody');
	const notice = page.getByRole('status').filter({ hasText: 'Part of the address was ignored:' });
	await expect(notice.getByRole('listitem')).toHaveText(['no person has the id “nobody”']);
	await expect(
		page.getByRole('region', { name: 'Filter by organization' }).getByRole('button', { pressed: true })
	).toHaveText([/^Yutori \(\d+\)$/]);
	await expect(page.getByRole('checkbox', { name: 'Show what other reporting adds' })).toBeChecked();
	await expect(statusLine(page)).toHaveText(
		statusFor(shown.length, movesShown(dataset, { later: true }).length)
	);
	await expect(personLine(page)).toHaveCount(0);
	const names = new Map(dataset.people.map((p) => [p.id, p.name]));
	await expect
		.poll(async () => (await peopleInMovesTable(page)).sort())
		.toEqual(shown.map((move) => names.get(move.person)).sort());
	expect(errors).toEqual([]);
});

test('in French, the person line and its button speak French', async ({ page }) => {
	const errors = recordPageErrors(page);
	await openStory(page, '/fr/?later=1&person=abhishek-das');
	const line = page.getByText(/^Personne choisie\u00a0: /);
	await expect(line).toContainText('Personne choisie\u00a0: Abhishek Das (ses mouvements seulement).');
	await line.getByRole('button', { name: 'Montrer tout le monde' }).click();
	await expect.poll(() => query(page)).toBe('?later=1');
	await expect(line).toHaveCount(0);
	expect(errors).toEqual([]);
});
