// The time window: brushed across the timeline with the mouse or chosen with the keys, kept in the
// address (?from=YYYY-MM&to=YYYY-MM) next to the other filters, and followed by the status line,
// the flow diagram, the moves table and the download of the current view. Every count expected
// here is worked out in the test from the rows it imports or from data/talent.json, by the rule
// the page states: a move is in the window when its date range overlaps it; an undated one is not.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/schema/dataset';
import {
	dataRegions,
	downloadBy,
	flowDiagram,
	importedData,
	importThroughDialog,
	repoRoot
} from './dataFiles';
import { recordPageErrors } from './pageErrors';
import { openStory, storyRegions } from './story';
import { plainShown } from '../unit/core/plain';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// ---------------------------------------------------------------------------------------------
// Dates and windows, worked out independently of the page.

/** A month as the address writes it, `YYYY-MM`. */
type Month = string;
/** Days as sortable text, `YYYY-MM-DD`; a range the source leaves open runs to 0000 or 9999. */
type Days = { first: string; last: string };

/** The first day a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can mean. */
const firstDayOf = (date: string) => `${date}-01-01`.slice(0, 10);

/** The last day a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can mean. */
function lastDayOf(date: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
	if (day !== undefined) return date;
	// Day 0 of the next month is the last day of this one (month is 1-based, Date.UTC's 0-based).
	return new Date(Date.UTC(year, month ?? 12, 0)).toISOString().slice(0, 10);
}

/** The days a window of months covers. */
const windowDays = (from: Month, to: Month): Days => ({ first: firstDayOf(from), last: lastDayOf(to) });

/** Whether a move's days overlap the window; a move without days (undated) never does. */
const overlaps = (days: Days | null, window: Days) =>
	days !== null && days.first <= window.last && days.last >= window.first;

/** The month `count` months after (or before) another. */
function addMonths(month: Month, count: number): Month {
	const [year, monthNumber] = month.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, monthNumber - 1 + count)).toISOString().slice(0, 7);
}

/** A month in words, as the page writes the ends of the window (“June 2021”, “juin 2021”). */
const inWords = (month: Month, locale = 'en') =>
	new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1)
	);

/** What the slider and the line under the timeline say about a window. */
const windowText = (from: Month, to: Month) => `Time window: ${inWords(from)} to ${inWords(to)}.`;
const NO_WINDOW = 'All dates. Drag across the timeline to choose a window.';

/** The status line under the filters for `shown` moves of `total`. */
function statusFor(shown: number, total: number): string {
	if (shown === total) return `Showing all ${total} moves.`;
	if (shown === 0) return 'No moves match the filter. Clear it to see everything.';
	return `Showing ${shown} of ${total} moves.`;
}

// ---------------------------------------------------------------------------------------------
// An import spanning 2019 to 2024: one move per row, each pair of organizations once, dated to the
// day, the month or only the year, and one move with no date.

interface MoveRow {
	person: string;
	from: string;
	to: string;
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or empty when not dated. */
	date: string;
}

const ROWS: MoveRow[] = [
	{ person: 'Ada Okafor', from: 'Google', to: 'Meta', date: '2019-03' },
	{ person: 'Ben Carter', from: 'Google', to: 'OpenAI', date: '2020' },
	{ person: 'Hana Sato', from: 'OpenAI', to: 'Cohere', date: '2021' },
	{ person: 'Chloé Martin', from: 'Meta', to: 'Anthropic', date: '2021-11' },
	{ person: 'Farid Haddad', from: 'Meta', to: 'Cohere', date: '2022-03' },
	{ person: 'Ben Carter', from: 'OpenAI', to: 'Anthropic', date: '2022-07-15' },
	{ person: 'Eva Rossi', from: 'Google', to: 'Anthropic', date: '2023-02' },
	{ person: 'Dev Patel', from: 'Meta', to: 'Automind', date: '' },
	{ person: 'Eva Rossi', from: 'Anthropic', to: 'Yutori', date: '2024-06' },
	{ person: 'Grace Liu', from: 'Cohere', to: 'Yutori', date: '2024-11' }
];

/** A CSV file of rows as the import dialog takes it: person, from, to, date. */
function csvFile(name: string, rows: MoveRow[]) {
	const lines = ['person,from,to,date', ...rows.map((r) => [r.person, r.from, r.to, r.date].join(','))];
	return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) };
}

const daysOfRow = (row: MoveRow): Days | null =>
	row.date === '' ? null : { first: firstDayOf(row.date), last: lastDayOf(row.date) };

/** The rows whose move falls in a window. */
const rowsIn = (rows: MoveRow[], from: Month, to: Month) =>
	rows.filter((row) => overlaps(daysOfRow(row), windowDays(from, to)));

/**
 * The timeline's time domain for some rows: from the first of January of the earliest year to the
 * end of the latest day a date can mean. (It reaches at least to the article's publication, April
 * 2024; the rows here run past it, which `expectDataEndsAfterThePublication` checks.)
 */
function domainOf(rows: MoveRow[]): { start: number; end: number; lastMonth: Month } {
	const dated = rows.filter((row) => row.date !== '');
	const firstYear = Math.min(...dated.map((row) => Number(row.date.slice(0, 4))));
	const lastDay = dated
		.map((row) => lastDayOf(row.date))
		.sort()
		.at(-1)!;
	return {
		start: Date.UTC(firstYear, 0, 1),
		end: Date.parse(`${lastDay}T23:59:59.999Z`),
		lastMonth: lastDay.slice(0, 7)
	};
}

function expectDataEndsAfterThePublication(rows: MoveRow[]): void {
	expect(domainOf(rows).lastMonth > '2024-04', 'the rows run past the article’s publication').toBe(true);
}

// ---------------------------------------------------------------------------------------------
// The article's own data, read from the file the site is built from.

async function articleDataset(): Promise<Dataset> {
	return JSON.parse(await readFile(`${repoRoot}/data/talent.json`, 'utf8')) as Dataset;
}

/** The days a fuzzy date of the dataset can mean, open ends running without bound. */
function daysOfDate(date: Dataset['moves'][number]['date']): Days | null {
	if (date.precision === 'unknown' || (!date.start && !date.end)) return null;
	if (date.precision !== 'range') return { first: firstDayOf(date.start!), last: lastDayOf(date.start!) };
	return {
		first: date.start ? firstDayOf(date.start) : '0000-01-01',
		last: date.end ? lastDayOf(date.end) : '9999-12-31'
	};
}

/** The ids of the article's moves a view shows: other reporting's only with `later`, in place of those they refine. */
function articleMoveIds(
	dataset: Dataset,
	view: { later?: boolean; companies?: string[]; from?: Month; to?: Month; person?: string }
): string[] {
	return dataset.moves
		.filter((move) => plainShown(dataset, move, view.later ?? false))
		.filter((move) => !view.companies || view.companies.some((c) => c === move.from || c === move.to))
		.filter((move) => !view.person || move.person === view.person)
		.filter((move) => !view.from || overlaps(daysOfDate(move.date), windowDays(view.from, view.to!)))
		.map((move) => move.id);
}

// ---------------------------------------------------------------------------------------------
// The page, as a reader finds it.

/** The status line under the filters: “Showing 4 of 10 moves.” */
const statusLine = (page: Page) =>
	page
		.getByRole('status')
		.filter({ hasText: /^(Showing (all )?[\d,]+ (of [\d,]+ )?moves\.|No moves match)/ });

/** The time window as a slider, and the line under the timeline that says the window in words. */
function windowControls(page: Page) {
	const { when } = storyRegions(page);
	return {
		slider: page.getByRole('slider', { name: /^Time window/ }),
		line: when.getByText(/^(Time window:|All dates\.)/),
		clear: when.getByRole('button', { name: 'Clear the time window' })
	};
}

/** The address's query, decoded for reading. */
const query = (page: Page) => decodeURIComponent(new URL(page.url()).search);

/** Expects the view of the time window: the address, the slider's value and the line in words. */
async function expectWindow(page: Page, window: { from: Month; to: Month } | null): Promise<void> {
	const { slider, line, clear } = windowControls(page);
	const search = window ? `?from=${window.from}&to=${window.to}` : '';
	await expect.poll(() => query(page)).toBe(search);
	const text = window ? windowText(window.from, window.to) : NO_WINDOW;
	await expect(slider).toHaveAttribute('aria-valuetext', text);
	await expect(line).toContainText(text);
	await expect(clear).toHaveCount(window ? 1 : 0);
}

/** Imports rows through the dialog, as a reader would, and waits for the timeline to draw them. */
async function importRows(page: Page, name: string, rows: MoveRow[]): Promise<void> {
	await openStory(page);
	const dialog = await importThroughDialog(page, csvFile(name, rows));
	await dialog.getByRole('button', { name: `Use these ${rows.length} moves` }).click();
	await expect(dataRegions(page).dataShown).toContainText(importedData(name, rows.length));
	await expect(page.locator('.timeline-chart svg .brush-area')).toBeAttached();
	await expect(statusLine(page)).toHaveText(statusFor(rows.length, rows.length));
}

/** The timeline's drag area, scrolled into view, and where the middle of each month is on screen. */
async function timelineOnScreen(page: Page, domain: { start: number; end: number }) {
	const area = page.locator('.timeline-chart svg .brush-area');
	await area.scrollIntoViewIfNeeded();
	const box = (await area.boundingBox())!;
	const xOf = (month: Month) =>
		box.x + ((middleOf(month) - domain.start) / (domain.end - domain.start)) * box.width;
	return { area, xOf };
}

/**
 * A height at which this part of the timeline (its empty area, or the window's band) and nothing
 * else is under the pointer at each of these xs.
 */
async function heightWhereOnly(area: Locator, xs: number[]): Promise<number> {
	const y = await area.evaluate((rect, xs) => {
		const bounds = rect.getBoundingClientRect();
		for (let y = bounds.bottom - 2; y > bounds.top; y -= 2)
			if (xs.every((x) => document.elementFromPoint(x, y) === rect)) return y;
		return null;
	}, xs);
	expect(y, 'a height where nothing else is under the pointer at both ends of the drag').not.toBeNull();
	return y!;
}

/** The middle of a month, in milliseconds. */
const middleOf = (month: Month) =>
	(Date.parse(`${month}-01T00:00Z`) + Date.parse(`${addMonths(month, 1)}-01T00:00Z`)) / 2;

/**
 * Drags the mouse across the timeline's empty area, from the middle of one month to the middle of
 * another (either way), at a height where nothing but the empty area is under the pointer.
 */
async function brush(page: Page, domain: { start: number; end: number }, from: Month, to: Month) {
	const { area, xOf } = await timelineOnScreen(page, domain);
	const xs = [xOf(from), xOf(to)];
	const y = await heightWhereOnly(area, xs);
	await page.mouse.move(xs[0]!, y);
	await page.mouse.down();
	await page.mouse.move((xs[0]! + xs[1]!) / 2, y, { steps: 4 });
	await page.mouse.move(xs[1]!, y, { steps: 4 });
	await page.mouse.up();
}

/** The flows of the diagram, each as “From → To: 1 person (Name)”. */
async function flowsDrawn(page: Page): Promise<string[]> {
	const labels = await flowDiagram(page)
		.getByRole('button')
		.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
	return labels
		.filter((label) => label.includes(' → '))
		.map((label) => label.slice(0, label.indexOf(')') + 1))
		.sort();
}

/** The flows expected for some rows (each pair of organizations is in ROWS once, see below). */
const flowsOf = (rows: MoveRow[]) => rows.map((r) => `${r.from} → ${r.to}: 1 person (${r.person})`).sort();

/** The people the moves table lists, sorted. */
async function peopleInMovesTable(page: Page): Promise<string[]> {
	const rows = page.getByRole('table', { name: 'The moves, as a table' }).getByRole('rowheader');
	// With a big dataset the table is drawn only near the screen: scroll to it, as a reader would.
	await rows.first().scrollIntoViewIfNeeded();
	return (await rows.allInnerTexts()).map((text) => text.trim()).sort();
}

/** Expects the status line, the flow diagram and the moves table to show exactly these rows. */
async function expectRowsShown(page: Page, shown: MoveRow[], total: number): Promise<void> {
	await expect(statusLine(page)).toHaveText(statusFor(shown.length, total));
	if (shown.length > 0) await expect.poll(() => flowsDrawn(page)).toEqual(flowsOf(shown));
	await expect.poll(() => peopleInMovesTable(page)).toEqual(shown.map((r) => r.person).sort());
}

/** Checks the rows suit the expectations drawn from them: each pair of organizations once, dates past the publication. */
function expectRowsFitTheseTests(rows: MoveRow[]): void {
	const pairs = rows.map((r) => `${r.from} → ${r.to}`);
	expect(new Set(pairs).size, 'each pair of organizations once').toBe(pairs.length);
	expectDataEndsAfterThePublication(rows);
}

// ---------------------------------------------------------------------------------------------

test.describe('brushing the timeline with the mouse', () => {
	const DOMAIN = domainOf(ROWS);

	test('dragging across the empty timeline from June 2021 to August 2022 sets ?from=2021-06&to=2022-08, and the status line, flows and moves table show only the moves whose dates overlap it', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		expectRowsFitTheseTests(ROWS);
		await importRows(page, 'moves-2019-2024.csv', ROWS);
		await expectWindow(page, null);

		await brush(page, DOMAIN, '2021-06', '2022-08');
		await expectWindow(page, { from: '2021-06', to: '2022-08' });
		// The year-only move of 2021 overlaps the window though its year starts before it; the
		// undated move is left out.
		const inside = rowsIn(ROWS, '2021-06', '2022-08');
		expect(inside.map((r) => r.date)).toContain('2021');
		await expectRowsShown(page, inside, ROWS.length);

		// A drag to the left works the same: the window runs from the earlier month to the later.
		await brush(page, DOMAIN, '2024-06', '2023-02');
		await expectWindow(page, { from: '2023-02', to: '2024-06' });
		await expectRowsShown(page, rowsIn(ROWS, '2023-02', '2024-06'), ROWS.length);

		// “Clear the time window” ends it: the address loses from and to, and every move is back.
		await windowControls(page).clear.click();
		await expectWindow(page, null);
		await expectRowsShown(page, ROWS, ROWS.length);
		expect(errors).toEqual([]);
	});

	test('while the button is still held, the status line, the flows and the moves table already show the window dragged so far', async ({
		page
	}) => {
		await importRows(page, 'moves-2019-2024.csv', ROWS);
		const { area, xOf } = await timelineOnScreen(page, DOMAIN);
		const xs = [xOf('2021-06'), xOf('2022-08'), xOf('2023-09')];
		const y = await heightWhereOnly(area, xs);
		const people = async () =>
			(
				await page
					.getByRole('table', { name: 'The moves, as a table' })
					.getByRole('rowheader')
					.allTextContents()
			)
				.map((text) => text.trim())
				.sort();
		const expectShownMidDrag = async (shown: MoveRow[]) => {
			await expect(statusLine(page)).toHaveText(statusFor(shown.length, ROWS.length));
			await expect.poll(() => flowsDrawn(page)).toEqual(flowsOf(shown));
			await expect.poll(people).toEqual(shown.map((r) => r.person).sort());
		};
		await page.mouse.move(xs[0]!, y);
		await page.mouse.down();
		await page.mouse.move(xs[1]!, y, { steps: 4 });
		await expectShownMidDrag(rowsIn(ROWS, '2021-06', '2022-08'));
		// Further, still held: they follow again.
		await page.mouse.move(xs[2]!, y, { steps: 4 });
		await expectShownMidDrag(rowsIn(ROWS, '2021-06', '2023-09'));
		await page.mouse.up();
		await expectWindow(page, { from: '2021-06', to: '2023-09' });
	});

	test('the organization toggles count only the moves in the window, and keep those counts when one of them is chosen', async ({
		page
	}) => {
		await importRows(page, 'moves-2019-2024.csv', ROWS);
		await brush(page, DOMAIN, '2021-06', '2022-08');
		await expectWindow(page, { from: '2021-06', to: '2022-08' });
		const inside = rowsIn(ROWS, '2021-06', '2022-08');
		const counts = new Map<string, number>();
		for (const row of inside)
			for (const org of new Set([row.from, row.to])) counts.set(org, (counts.get(org) ?? 0) + 1);
		const expected = [...counts].map(([org, n]) => `${org} (${n})`).sort();
		const toggles = page
			.getByRole('region', { name: 'Filter by organization' })
			.locator('button[aria-pressed]');
		await expect
			.poll(async () => (await toggles.allInnerTexts()).map((t) => t.trim()).sort())
			.toEqual(expected);

		// The toggles count under every filter but their own: choosing Meta leaves every count as it was.
		await toggles.filter({ hasText: /^Meta \(/ }).click();
		await expect(toggles.filter({ hasText: /^Meta \(/ })).toHaveAttribute('aria-pressed', 'true');
		await expect
			.poll(async () => (await toggles.allInnerTexts()).map((t) => t.trim()).sort())
			.toEqual(expected);
		await expectRowsShown(
			page,
			inside.filter((r) => r.from === 'Meta' || r.to === 'Meta'),
			ROWS.length
		);
	});

	test('a drag that starts on a row of the timeline chooses the window from there without selecting the row; a click on the row still selects it', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await importRows(page, 'moves-2019-2024.csv', ROWS);
		const { xOf } = await timelineOnScreen(page, DOMAIN);
		const row = storyRegions(page).timeline.getByRole('button', { name: /Farid Haddad/ });
		const rowBox = (await row.boundingBox())!;
		const y = rowBox.y + rowBox.height / 2;

		// Pressed on Farid Haddad's row at March 2022, dragged to February 2023 over the rows below.
		await page.mouse.move(xOf('2022-03'), y);
		await page.mouse.down();
		await page.mouse.move(xOf('2022-09'), y + 20, { steps: 4 });
		await page.mouse.move(xOf('2023-02'), y + 40, { steps: 4 });
		await page.mouse.up();
		await expectWindow(page, { from: '2022-03', to: '2023-02' });
		await expect(row).toHaveAttribute('aria-pressed', 'false');
		await expectRowsShown(page, rowsIn(ROWS, '2022-03', '2023-02'), ROWS.length);

		// A click that does not move is the row's: it selects it and leaves the window as it was.
		await row.click();
		await expect(row).toHaveAttribute('aria-pressed', 'true');
		await expectWindow(page, { from: '2022-03', to: '2023-02' });
		expect(errors).toEqual([]);
	});

	test('dragging the window itself (from the axis or a row within its months) moves it by whole months and keeps its length; Back puts it where it was; a click on the axis inside it changes nothing', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await importRows(page, 'moves-2019-2024.csv', ROWS);
		await brush(page, DOMAIN, '2021-06', '2022-08');
		await expectWindow(page, { from: '2021-06', to: '2022-08' });
		// Pressed within the window's months, on the axis or on a row, the pointer grabs the window.
		const { area, xOf } = await timelineOnScreen(page, DOMAIN);
		const y = await heightWhereOnly(area, [xOf('2022-01'), xOf('2022-07')]);

		await page.mouse.click(xOf('2022-01'), y);
		await expectWindow(page, { from: '2021-06', to: '2022-08' });

		// Grabbed at January 2022 and let go at July 2022: six months later, fifteen months long still.
		await page.mouse.move(xOf('2022-01'), y);
		await page.mouse.down();
		await page.mouse.move(xOf('2022-04'), y, { steps: 4 });
		await page.mouse.move(xOf('2022-07'), y, { steps: 4 });
		await page.mouse.up();
		await expectWindow(page, { from: '2021-12', to: '2023-02' });
		await expectRowsShown(page, rowsIn(ROWS, '2021-12', '2023-02'), ROWS.length);

		// Pushed past the end of the data from a row, it stops there rather than shrink (the moves
		// table was scrolled to above: the timeline is brought back first).
		const back = await timelineOnScreen(page, DOMAIN);
		const row = storyRegions(page).timeline.getByRole('button', { name: /Farid Haddad/ });
		const rowBox = (await row.boundingBox())!;
		await page.mouse.move(back.xOf('2022-06'), rowBox.y + rowBox.height / 2);
		await page.mouse.down();
		await page.mouse.move(back.xOf('2030-01'), rowBox.y + rowBox.height / 2, { steps: 6 });
		await page.mouse.up();
		const last = DOMAIN.lastMonth;
		await expectWindow(page, { from: addMonths(last, -14), to: last });
		await expect(row).toHaveAttribute('aria-pressed', 'false');

		await page.goBack();
		await expectWindow(page, { from: '2021-12', to: '2023-02' });
		await page.goBack();
		await expectWindow(page, { from: '2021-06', to: '2022-08' });
		expect(errors).toEqual([]);
	});

	test('a drag is one step of history: Back undoes it whole, Forward brings it back', async ({ page }) => {
		await importRows(page, 'moves-2019-2024.csv', ROWS);
		await brush(page, DOMAIN, '2022-01', '2022-12');
		await expectWindow(page, { from: '2022-01', to: '2022-12' });

		await page.goBack();
		await expectWindow(page, null);
		await expect(statusLine(page)).toHaveText(statusFor(ROWS.length, ROWS.length));

		await page.goForward();
		await expectWindow(page, { from: '2022-01', to: '2022-12' });
		await expect(statusLine(page)).toHaveText(
			statusFor(rowsIn(ROWS, '2022-01', '2022-12').length, ROWS.length)
		);
	});
});

test.describe('brushing the timeline with a finger', () => {
	test.use({ hasTouch: true });
	const DOMAIN = domainOf(ROWS);

	test('a sideways swipe across the timeline chooses the window; a tap on its empty space chooses none, so a swipe meant to scroll the page filters nothing', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await importRows(page, 'moves-2019-2024.csv', ROWS);
		const { area, xOf } = await timelineOnScreen(page, DOMAIN);
		const [from, to] = [xOf('2021-06'), xOf('2022-08')];
		const y = await heightWhereOnly(area, [from, to]);
		// Real touches, through the browser's own input (a touch screen's events, pointers included).
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [{ x, y }]
			});

		await touch('touchStart', from);
		await touch('touchEnd', from);
		await expect(statusLine(page)).toHaveText(statusFor(ROWS.length, ROWS.length));
		await expectWindow(page, null);

		await touch('touchStart', from);
		for (let step = 1; step <= 8; step++) await touch('touchMove', from + ((to - from) * step) / 8);
		await touch('touchEnd', to);
		await expectWindow(page, { from: '2021-06', to: '2022-08' });
		await expectRowsShown(page, rowsIn(ROWS, '2021-06', '2022-08'), ROWS.length);
		expect(errors).toEqual([]);
	});
});

test.describe('the time window with the keyboard', () => {
	test('on the slider, an arrow opens a one-month window at the end of the data, arrows move it by a month, Shift+arrows resize it, and Escape clears it', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await importRows(page, 'moves-2019-2024.csv', ROWS);
		const { slider } = windowControls(page);
		const last = domainOf(ROWS).lastMonth;

		await slider.focus();
		await expect(slider).toHaveAttribute('aria-valuetext', NO_WINDOW);

		const steps: { key: string; window: { from: Month; to: Month } | null }[] = [
			{ key: 'ArrowRight', window: { from: last, to: last } },
			{ key: 'ArrowLeft', window: { from: addMonths(last, -1), to: addMonths(last, -1) } },
			{ key: 'ArrowLeft', window: { from: addMonths(last, -2), to: addMonths(last, -2) } },
			{ key: 'Shift+ArrowRight', window: { from: addMonths(last, -2), to: addMonths(last, -1) } },
			{ key: 'Shift+ArrowRight', window: { from: addMonths(last, -2), to: last } },
			// At the end of the data, the window goes no further.
			{ key: 'ArrowRight', window: { from: addMonths(last, -2), to: last } },
			{ key: 'ArrowLeft', window: { from: addMonths(last, -3), to: addMonths(last, -1) } },
			// Shift+ArrowLeft shortens it, never below one month.
			{ key: 'Shift+ArrowLeft', window: { from: addMonths(last, -3), to: addMonths(last, -2) } },
			{ key: 'Shift+ArrowLeft', window: { from: addMonths(last, -3), to: addMonths(last, -3) } },
			{ key: 'Shift+ArrowLeft', window: { from: addMonths(last, -3), to: addMonths(last, -3) } },
			{ key: 'Escape', window: null },
			// ArrowLeft, too, opens a window at the end of the data when there is none.
			{ key: 'ArrowLeft', window: { from: last, to: last } }
		];
		for (const { key, window } of steps) {
			await page.keyboard.press(key);
			await expectWindow(page, window);
			await expect(slider).toBeFocused();
			const shown = window ? rowsIn(ROWS, window.from, window.to).length : ROWS.length;
			await expect(statusLine(page), `after ${key}`).toHaveText(statusFor(shown, ROWS.length));
		}
		expect(errors).toEqual([]);
	});

	test('when the data spans more than fifteen years, the timeline counts per year and the arrows move the window by a year', async ({
		page
	}) => {
		const rows: MoveRow[] = [
			{ person: 'Ivo Novak', from: 'Google', to: 'Meta', date: '2005-05' },
			{ person: 'Jun Park', from: 'Meta', to: 'OpenAI', date: '2024-11' }
		];
		const { start, end, lastMonth } = domainOf(rows);
		expect((end - start) / (365.25 * 86_400_000)).toBeGreaterThan(15);
		expectDataEndsAfterThePublication(rows);
		await importRows(page, 'moves-2005-2024.csv', rows);
		const { slider } = windowControls(page);

		await slider.focus();
		await page.keyboard.press('ArrowLeft');
		await expectWindow(page, { from: addMonths(lastMonth, -11), to: lastMonth });
		await page.keyboard.press('ArrowLeft');
		await expectWindow(page, { from: addMonths(lastMonth, -23), to: addMonths(lastMonth, -12) });
		await page.keyboard.press('Shift+ArrowRight');
		await expectWindow(page, { from: addMonths(lastMonth, -23), to: lastMonth });
		await page.keyboard.press('Escape');
		await expectWindow(page, null);
	});
});

// ---------------------------------------------------------------------------------------------

test.describe('lit marks of a large import', () => {
	test('pointing at a flow lights the bars of the months its moves fall in, and they follow the filters', async ({
		page
	}) => {
		// More dated moves than the timeline draws as rows, on each side: it counts them per month, in bars.
		const rows: MoveRow[] = [
			...Array.from({ length: 50 }, (_, i) => ({
				person: `Early ${i}`,
				from: 'Google',
				to: 'Meta',
				date: `2021-0${1 + (i % 3)}`
			})),
			...Array.from({ length: 50 }, (_, i) => ({
				person: `Late ${i}`,
				from: 'Meta',
				to: 'OpenAI',
				date: `2023-0${4 + (i % 3)}`
			}))
		];
		await importRows(page, 'hundred-moves.csv', rows);
		const bars = page.locator('.timeline-chart .timeline-bin');
		await expect(bars).toHaveCount(6);
		const lit = page.locator('.timeline-chart .timeline-bin.lit');
		await expect(lit).toHaveCount(0);

		await page.getByRole('button', { name: /^Google → Meta/ }).focus();
		await expect(lit).toHaveCount(3);
		for (const bar of await lit.all()) await expect(bar).toHaveAttribute('aria-label', /2021/);
		await page.getByRole('button', { name: /^Meta → OpenAI/ }).focus();
		await expect(lit).toHaveCount(3);
		for (const bar of await lit.all()) await expect(bar).toHaveAttribute('aria-label', /2023/);

		// Chosen (Enter), the flow stays lit when the filter redraws the chart: choosing OpenAI keeps
		// its months' bars, lit, and none of the others.
		await page.keyboard.press('Enter');
		await page
			.getByRole('region', { name: 'Filter by organization' })
			.getByRole('button', { name: /^OpenAI/ })
			.click();
		await expect(bars).toHaveCount(3);
		await expect(lit).toHaveCount(3);
	});

	test('a drag from one bar to another chooses the window of their months, as on a crossfilter histogram; a click on a bar still selects it', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		const months = ['2021-01', '2021-02', '2021-03', '2023-04', '2023-05', '2023-06'];
		const rows: MoveRow[] = Array.from({ length: 120 }, (_, i) => ({
			person: `Person ${i}`,
			from: i % 2 ? 'Google' : 'Meta',
			to: i % 2 ? 'Meta' : 'OpenAI',
			date: months[i % 6]!
		}));
		await importRows(page, 'bars.csv', rows);
		const bars = page.locator('.timeline-chart .timeline-bin');
		await expect(bars).toHaveCount(6);
		await bars.first().scrollIntoViewIfNeeded();
		const middle = async (n: number) => {
			const box = (await bars.nth(n).boundingBox())!;
			return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		};
		const [start, end] = [await middle(1), await middle(4)];
		await page.mouse.move(start.x, start.y);
		await page.mouse.down();
		await page.mouse.move((start.x + end.x) / 2, start.y, { steps: 4 });
		await page.mouse.move(end.x, end.y, { steps: 4 });
		await page.mouse.up();
		await expectWindow(page, { from: '2021-02', to: '2023-05' });
		await expect(statusLine(page)).toHaveText(
			statusFor(rowsIn(rows, '2021-02', '2023-05').length, rows.length)
		);
		await expect(bars.nth(1)).toHaveAttribute('aria-pressed', 'false');

		await bars.nth(2).click();
		await expect(bars.nth(2)).toHaveAttribute('aria-pressed', 'true');
		await expectWindow(page, { from: '2021-02', to: '2023-05' });
		expect(errors).toEqual([]);
	});
});

test.describe('the address holds every filter', () => {
	test('an address with company, later, from, to and person opens that view, and Back and Forward restore each earlier view after each filter changes', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		const dataset = await articleDataset();
		const person = dataset.people.find((p) => p.id === 'devi-parikh')!;
		/** The toggles' names of the organizations this test chooses. */
		const TOGGLE_NAMES: Record<string, string> = { meta: 'Meta', undisclosed: 'Not disclosed' };
		const toggle = (name: string) =>
			page
				.getByRole('region', { name: 'Filter by organization' })
				.getByRole('button', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
		const later = page.getByRole('checkbox', { name: 'Show what other reporting adds' });
		const personLine = page.getByText(/^Showing the moves of /);

		/** Expects one view: the toggles, the status line, the window and the person line. */
		async function expectView(view: {
			companies?: string[];
			later: boolean;
			window: { from: Month; to: Month } | null;
			person?: typeof person;
		}) {
			const companies = view.companies ?? ['meta'];
			const rest = `company=${companies.join(',')}${view.later ? '&later=1' : ''}`;
			const search = `${rest}${view.window ? `&from=${view.window.from}&to=${view.window.to}` : ''}${view.person ? `&person=${view.person.id}` : ''}`;
			await expect.poll(() => query(page)).toBe(`?${search}`);
			for (const id of companies)
				await expect(toggle(TOGGLE_NAMES[id]!)).toHaveAttribute('aria-pressed', 'true');
			await expect(
				page.getByRole('region', { name: 'Filter by organization' }).locator('button[aria-pressed="true"]')
			).toHaveCount(companies.length);
			if (view.later) await expect(later).toBeChecked();
			else await expect(later).not.toBeChecked();
			const shown = articleMoveIds(dataset, {
				companies,
				later: view.later,
				...view.window,
				person: view.person?.id
			});
			const total = articleMoveIds(dataset, { later: view.later }).length;
			await expect(statusLine(page)).toHaveText(statusFor(shown.length, total));
			const text = view.window ? windowText(view.window.from, view.window.to) : NO_WINDOW;
			await expect(windowControls(page).slider).toHaveAttribute('aria-valuetext', text);
			await expect(windowControls(page).line).toContainText(text);
			if (view.person) {
				await expect(personLine).toContainText(`Showing the moves of ${view.person.name}.`);
				await expect(personLine.getByRole('button', { name: 'Show everyone' })).toBeVisible();
			} else await expect(personLine).toHaveCount(0);
		}

		const window = { from: '2024-03', to: '2024-04' };
		const opened = { later: true, window, person };
		await openStory(
			page,
			`/en/?company=meta&later=1&from=${window.from}&to=${window.to}&person=${person.id}`
		);
		await expectView(opened);

		await personLine.getByRole('button', { name: 'Show everyone' }).click();
		const everyone = { later: true, window };
		await expectView(everyone);

		await later.uncheck();
		const articleOnly = { later: false, window };
		await expectView(articleOnly);

		await windowControls(page).clear.click();
		const noWindow = { later: false, window: null };
		await expectView(noWindow);

		// A second organization, then a person chosen from the moves table: each a step of its own.
		await toggle(TOGGLE_NAMES.undisclosed!).click();
		const two = { companies: ['meta', 'undisclosed'], later: false, window: null };
		await expectView(two);
		const follow = page
			.getByRole('table', { name: 'The moves, as a table' })
			.getByRole('button', { name: `Show only the moves of ${person.name}` });
		await follow.first().click();
		const hers = { ...two, person };
		await expectView(hers);

		for (const earlier of [two, noWindow, articleOnly, everyone, opened]) {
			await page.goBack();
			await expectView(earlier);
		}
		for (const next of [everyone, articleOnly, noWindow, two, hers]) {
			await page.goForward();
			await expectView(next);
		}
		expect(errors).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------

test.describe('“Download this view (JSON)” follows every filter', () => {
	// With other reporting the page shows its three moves, which refine the article's three, and
	// the file holds all six; without it, the three the article itself reports; with a window or a
	// person, only the moves of that view (and the article's they refine).
	const views: { address: string; view: Parameters<typeof articleMoveIds>[1]; moves?: number }[] = [
		{ address: '?later=1', view: { later: true }, moves: 3 },
		{ address: '', view: { later: false }, moves: 3 },
		{ address: '?later=1&from=2024-03&to=2024-04', view: { later: true, from: '2024-03', to: '2024-04' } },
		{ address: '?later=1&from=2024-01&to=2024-02', view: { later: true, from: '2024-01', to: '2024-02' } },
		{ address: '?later=1&person=abhishek-das', view: { later: true, person: 'abhishek-das' } }
	];

	for (const { address, view, moves } of views) {
		test(`on /en/${address || ' (no filter)'}, the file holds the moves of that view`, async ({
			page
		}, testInfo) => {
			const errors = recordPageErrors(page);
			const dataset = await articleDataset();
			const expected = articleMoveIds(dataset, view);
			if (moves !== undefined) expect(expected, 'as data/talent.json has them').toHaveLength(moves);
			await openStory(page, `/en/${address}`);
			const total = articleMoveIds(dataset, { later: view.later }).length;
			await expect(statusLine(page)).toHaveText(statusFor(expected.length, total));
			const file = await downloadBy(
				page,
				dataRegions(page).takeTheData.getByRole('button', { name: 'Download this view (JSON)' }),
				testInfo
			);
			const downloaded = JSON.parse(file.bytes.toString('utf8')) as Dataset;
			const refined = dataset.moves
				.filter((m) => expected.includes(m.id) && m.refines !== undefined)
				.map((m) => m.refines!);
			expect(downloaded.moves.map((move) => move.id).sort()).toEqual([...expected, ...refined].sort());
			expect(errors).toEqual([]);
		});
	}
});

// ---------------------------------------------------------------------------------------------

test('in French, the window’s slider, its line in words and its clear button speak French', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	await openStory(page, '/fr/?later=1&from=2024-03&to=2024-04');
	const slider = page.getByRole('slider', { name: /^Fenêtre de temps/ });
	await expect(slider).toHaveAccessibleName(
		'Fenêtre de temps (flèches\u00a0: déplacer, Maj+flèches\u00a0: étendre, Échap\u00a0: effacer)'
	);
	const chosen = `Fenêtre de temps\u00a0: de ${inWords('2024-03', 'fr')} à ${inWords('2024-04', 'fr')}.`;
	expect(chosen).toBe('Fenêtre de temps\u00a0: de mars 2024 à avril 2024.');
	await expect(slider).toHaveAttribute('aria-valuetext', chosen);
	await expect(page.getByText(/^Fenêtre de temps\u00a0:/)).toContainText(chosen);
	await expect(
		page.getByText(
			'Une date incertaine compte si sa plage recoupe la fenêtre\u202f; un mouvement sans date en est exclu.'
		)
	).toBeVisible();

	await page.getByRole('button', { name: 'Effacer la fenêtre de temps' }).click();
	await expect.poll(() => query(page)).toBe('?later=1');
	const none = 'Toutes les dates. Glissez sur la chronologie pour choisir une fenêtre.';
	await expect(slider).toHaveAttribute('aria-valuetext', none);
	await expect(page.getByText(none)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Effacer la fenêtre de temps' })).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a window open at one end says so in words: "from March 2024 on", "jusqu’en avril 2024"', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	await openStory(page, '/en/?later=1&from=2024-03');
	const status = 'Time window: from March 2024 on.';
	await expect(windowControls(page).slider).toHaveAttribute('aria-valuetext', status);
	await expect(page.getByText(/^Time window: /)).toContainText(status);
	await openStory(page, '/fr/?later=1&to=2024-04');
	await expect(page.getByRole('slider', { name: /^Fenêtre de temps/ })).toHaveAttribute(
		'aria-valuetext',
		'Fenêtre de temps\u00a0: jusqu’en avril 2024.'
	);
	expect(errors).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violations with a time window set', async ({ page }) => {
	test.setTimeout(90_000);
	await openStory(page, '/en/?later=1&from=2024-03&to=2024-04');
	await expect(windowControls(page).clear).toBeVisible();
	await windowControls(page).slider.focus();
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const violations = results.violations.flatMap((violation) =>
		violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`)
	);
	expect(violations).toEqual([]);
});
