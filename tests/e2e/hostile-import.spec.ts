// Hostile files in the real import dialog, after a file of the reader's own is already in use: a
// clear message says what was wrong and where, the page never goes blank, nothing breaks on it
// (no page error), and the data shown before is still shown after. A file that imports with
// markup and formulas for names shows them as text, and exports them as text.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { csvParseRows } from 'd3';
import {
	chooseFile,
	dataRegions,
	downloadBy,
	fixture,
	flowDiagram,
	importedData,
	importThroughDialog,
	openImportDialog,
	type FileToImport
} from './dataFiles';
import { recordPageErrors } from './pageErrors';
import { openStory } from './story';

/** What the dialog says when a file cannot be imported at all. */
const NOTHING_IMPORTED = 'Nothing was imported. Your current data is unchanged.';

/** The reader's own file, in use before each hostile one: four moves. */
const EARLIER = { path: fixture('moves.csv'), name: 'moves.csv', moves: 4 };

const csv = (name: string, text: string | Buffer): FileToImport => ({
	name,
	mimeType: 'text/csv',
	buffer: typeof text === 'string' ? Buffer.from(text) : text
});
const json = (name: string, text: string): FileToImport => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text)
});

/** A small valid dataset of the project's format, to spoil. */
const DATASET = {
	schemaVersion: 1,
	title: { en: 'Test', fr: 'Test' },
	sources: [{ id: 'import', kind: 'import', title: 'test.json', publisher: 'A test' }],
	organizations: [
		{ id: 'meta', name: 'Meta', kind: 'big-tech', evidence: [{ basis: 'import', source: 'import', row: 2 }] },
		{
			id: 'yutori',
			name: 'Yutori',
			kind: 'ai-startup',
			evidence: [{ basis: 'import', source: 'import', row: 2 }]
		}
	],
	people: [{ id: 'ada', name: 'Ada', roles: [], evidence: [{ basis: 'import', source: 'import', row: 2 }] }],
	moves: [
		{
			id: 'm1',
			person: 'ada',
			from: 'meta',
			to: 'yutori',
			date: { precision: 'month', start: '2024-03' },
			certainty: 'stated',
			evidence: [{ basis: 'import', source: 'import', row: 2 }]
		}
	],
	aggregates: [],
	events: [],
	reasons: [],
	trends: []
};

/** Opens the story with the reader's earlier file in use, as the starting point of every test. */
async function withEarlierImport(page: Page): Promise<void> {
	await openStory(page);
	const dialog = await importThroughDialog(page, EARLIER.path);
	await dialog.getByRole('button', { name: `Use these ${EARLIER.moves} moves` }).click();
	await expectEarlierImport(page);
}

/** The page still shows the reader's earlier file, whole: heading, data line and its flows. */
async function expectEarlierImport(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(dataRegions(page).dataShown).toContainText(importedData(EARLIER.name, EARLIER.moves));
	await expect(
		flowDiagram(page).getByRole('button', { name: /^Google DeepMind → Anthropic: 1 person \(Ben Carter\)/ })
	).toHaveCount(1);
	expect(await page.evaluate(() => document.body.innerText.length)).toBeGreaterThan(500);
	// Whatever a file said, the page's own objects are as they were.
	expect(
		await page.evaluate(() => Object.keys(Object.prototype).concat('polluted' in {} ? ['polluted'] : []))
	).toEqual([]);
}

/** The items the dialog lists (problems or rows left out), as text. */
const listed = (dialog: Locator) => dialog.getByRole('listitem').allTextContents();

const utf16le = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le');

/** Files of which nothing can be imported, and the problems the dialog must list for each. */
const refused = [
	{
		what: 'a UTF-16 CSV without a byte-order mark',
		file: csv('unicode.csv', Buffer.from('person,from,to\nChloé Martin,Meta,Yutori\n', 'utf16le')),
		problems: ['(file): the file is not plain text (it may be UTF-16 or binary); save it as UTF-8']
	},
	{
		what: 'JSON nested 1,000,000 levels deep',
		file: json('deep.json', '['.repeat(1_000_000) + ']'.repeat(1_000_000)),
		problems: ['(file): the JSON is nested more than 32 levels deep']
	},
	{
		what: 'a dataset whose move carries __proto__ and constructor keys',
		file: json(
			'proto.json',
			JSON.stringify(DATASET).replace(
				'"id":"m1",',
				'"id":"m1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'
			)
		),
		problems: ['moves[0]: unknown fields "__proto__", "constructor"']
	},
	{
		what: 'a dataset with an infinite row number and an impossible date',
		file: json(
			'numbers.json',
			JSON.stringify({
				...DATASET,
				moves: [{ ...DATASET.moves[0], evidence: [{ basis: 'import', source: 'import', row: 7 }] }]
			})
				.replace('"row":7', '"row":1e999')
				.replace('"precision":"month","start":"2024-03"', '"precision":"day","start":"2024-02-30"')
		),
		problems: [
			'moves[0].date.start: this date does not exist in the calendar',
			'moves[0].evidence[0].row: expected a number, found Infinity'
		]
	},
	{
		what: 'a CSV of which every row is hostile',
		mapped: true,
		file: csv(
			'all-bad.csv',
			[
				'person,from,to,date',
				`${'A'.repeat(5000)},Meta,Yutori,2024`,
				'Ada,Meta,Yutori,2024-02-30',
				'Ada,Meta,META,2024',
				'\u200b,Meta,Yutori,2024'
			].join('\r\n')
		),
		problems: [
			'(file): no row could be imported',
			'row 2, person: is longer than 1000 characters',
			'row 3, date: 2024-02-30 does not exist in the calendar',
			'row 4, to: is the same organization as the one left',
			'row 5, person: is empty'
		]
	}
];

test.describe('a hostile file of which nothing can be imported', () => {
	for (const { what, file, problems, mapped } of refused as ((typeof refused)[number] & {
		mapped?: boolean;
	})[]) {
		test(`${what}: the dialog lists what is wrong and where, and the earlier import stays`, async ({
			page
		}) => {
			const errors = recordPageErrors(page);
			await withEarlierImport(page);
			const dialog = await openImportDialog(page);
			await chooseFile(dialog, file);
			// A CSV that reads goes through the mapping step first: the reader presses Import.
			if (mapped) await dialog.getByRole('button', { name: 'Import', exact: true }).click();

			await expect(dialog.getByRole('alert')).toHaveText(NOTHING_IMPORTED);
			expect(await listed(dialog)).toEqual(problems);
			await dialog.getByRole('button', { name: 'Close' }).first().click();
			await expect(dialog).toBeHidden();
			await expectEarlierImport(page);
			expect(errors).toEqual([]);
		});
	}
});

test('a CSV with some hostile rows: the review lists each row left out with its row, column and reason; “Cancel” keeps the earlier import', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	await withEarlierImport(page);
	const dialog = await importThroughDialog(
		page,
		csv(
			'some-bad.csv',
			[
				'\ufeffperson;from;to;date',
				`${'A'.repeat(5000)};Meta;Yutori;2024`,
				'Ada;Meta;Yutori;2024-02-30',
				'Ada;Meta;Me\u200bta;2024',
				'\u202eChloé;Meta;Yutori;2999-12-31',
				'"=HYPERLINK(""http://x"")";Meta;Yutori;2024'
			].join('\r\n')
		)
	);

	await expect(dialog.getByRole('status')).toContainText('2 rows read, 2 moves');
	await expect(dialog.getByText('3 rows were left out:')).toBeVisible();
	expect(await listed(dialog)).toEqual([
		'Row 2, person: is longer than 1000 characters',
		'Row 3, date: 2024-02-30 does not exist in the calendar',
		'Row 4, to: is the same organization as the one left'
	]);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expectEarlierImport(page);
	expect(errors).toEqual([]);
});

test('names made of markup and formulas are shown as text, and exported as text: SVG without markup, CSV without formulas', async ({
	page
}, testInfo) => {
	const errors = recordPageErrors(page);
	await withEarlierImport(page);
	const names = [
		'<img src=x onerror=alert(1)>',
		'</script><b>bold</b>',
		'=HYPERLINK("http://x")',
		'javascript:alert(1)'
	];
	const dialog = await importThroughDialog(
		page,
		csv(
			'markup.csv',
			['person,from,to', ...names.map((name, i) => `"${name.replace(/"/g, '""')}",Meta,Org ${i}`)].join('\n')
		)
	);
	await dialog.getByRole('button', { name: 'Use these 4 moves' }).click();
	await expect(dataRegions(page).dataShown).toContainText(importedData('markup.csv', 4));

	// In the page: the names are text, and no element they spell exists.
	const table = page.getByRole('table', { name: 'The moves, as a table' });
	expect((await table.getByRole('rowheader').allTextContents()).sort()).toEqual([...names].sort());
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.locator('b', { hasText: /^bold$/ })).toHaveCount(0);

	// In the flow diagram's SVG file: the names as text, no element they spell.
	const svg = await downloadBy(
		page,
		dataRegions(page).takeTheData.getByRole('button', { name: 'Flow diagram as SVG' }),
		testInfo
	);
	const parsed = await page.evaluate((source) => {
		const document = new DOMParser().parseFromString(source, 'image/svg+xml');
		return {
			error: document.getElementsByTagName('parsererror').length,
			text: document.documentElement.textContent ?? '',
			elements: [...document.querySelectorAll('*')].map((e) => e.localName)
		};
	}, svg.bytes.toString('utf8'));
	expect(parsed.error).toBe(0);
	expect(parsed.elements).not.toContain('img');
	expect(parsed.elements).not.toContain('script');
	expect(parsed.elements).not.toContain('b');
	for (const name of names) expect(parsed.text).toContain(name);

	// In the moves CSV: no cell a spreadsheet would run.
	const moves = await downloadBy(
		page,
		dataRegions(page).takeTheData.getByRole('button', { name: 'Download the moves (CSV)' }),
		testInfo
	);
	const rows = csvParseRows(moves.bytes.toString('utf8'));
	for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	expect(rows.map((r) => r[2])).toContain('\'=HYPERLINK("http://x")');
	expect(errors).toEqual([]);
});

// Read with File.text(), a Windows-1252 CSV would import "Chloé" as "Chlo�" without a word.
test('a Windows-1252 CSV is refused, naming the line, rather than imported with broken letters', async ({
	page
}) => {
	await withEarlierImport(page);
	const dialog = await openImportDialog(page);
	await chooseFile(
		dialog,
		csv('latin1.csv', Buffer.from('person,from,to\nChloé Martin,Meta,Yutori\n', 'latin1'))
	);
	await expect(dialog.getByRole('alert')).toHaveText(NOTHING_IMPORTED, { timeout: 5_000 });
	expect(await listed(dialog)).toEqual([expect.stringContaining('line 2')]);
});

test('a UTF-16 CSV with a byte-order mark (Excel’s “Unicode text”) imports as the command line imports it', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	await withEarlierImport(page);
	const dialog = await importThroughDialog(
		page,
		csv('unicode.txt', utf16le('person\tfrom\tto\nChloé Martin\tMeta\tYutori\n'))
	);
	await expect(dialog.getByRole('status')).toContainText('1 row read, 1 move');
	await dialog.getByRole('button', { name: 'Use this move' }).click();
	await expect(
		flowDiagram(page).getByRole('button', { name: /^Meta → Yutori: 1 person \(Chloé Martin\)/ })
	).toHaveCount(1);
	expect(errors).toEqual([]);
});
