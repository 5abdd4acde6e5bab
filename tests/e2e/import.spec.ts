// “Import your data…”: a reader brings a file of their own (chosen or dropped), maps its columns,
// reviews what was left out and decides. Nothing changes until they say so; what they use stays
// in this browser across reloads until they go back to the article’s data.
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { csvFormatRow } from 'd3';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { careerRows } from '../fixtures/careers';
import {
	ARTICLE_DATA,
	chooseFile,
	dataRegions,
	dropFile,
	fixture,
	flowDiagram,
	importedData,
	importThroughDialog,
	openImportDialog
} from './dataFiles';
import { recordPageErrors } from './pageErrors';
import { chartsAreLive, openStory } from './story';

// The big imports below take a few seconds each: let both workers share this file.
test.describe.configure({ mode: 'parallel' });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG 2.2 AA violations axe finds on the page as it is now, one line per failing element. */
async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`)
	);
}

/**
 * Career histories as people keep them in a spreadsheet saved from a French locale: a byte-order
 * mark, `;` between cells, CRLF line ends, a quoted title holding a `;`, an end date that does not
 * exist (row 5), a position with no dates (row 12), a change of title at the same organization
 * (rows 2–3) and a return to a past employer (rows 8–10). 20 rows: 19 read, 9 moves.
 */
const CAREERS = {
	path: fixture('careers-semicolon.csv'),
	name: 'careers-semicolon.csv',
	rows: 20,
	accepted: 19,
	moves: 9
};

/** Moves, one per row: person, from, to, date. */
const MOVES = { path: fixture('moves.csv'), name: 'moves.csv', moves: 4 };

/** What the dialog says when a file cannot be imported at all. */
const NOTHING_IMPORTED = 'Nothing was imported. Your current data is unchanged.';

/** The select of the mapping step for one field, by its label (“Person (required)”, “End”…). */
const columnFor = (dialog: Locator, field: string) =>
	dialog.getByRole('combobox', { name: field, exact: true });

/** The text of the option a select shows as chosen. */
const chosenOption = (select: Locator) =>
	select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? '');

/** Takes the careers fixture through the dialog up to the review of what was read. */
async function importCareersToReview(page: Page): Promise<Locator> {
	const dialog = await importThroughDialog(page, CAREERS.path);
	await expect(dialog.getByRole('status')).toContainText(
		`${CAREERS.accepted} rows read, ${CAREERS.moves} moves`
	);
	return dialog;
}

/** Says what the page shows as its data, and whether it is the article’s. */
async function expectArticleData(page: Page): Promise<void> {
	await expect(dataRegions(page).dataShown).toContainText(ARTICLE_DATA);
	await expect(dataRegions(page).backToArticle).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'The article', exact: true })).toBeVisible();
	await expect(
		flowDiagram(page).getByRole('button', { name: /^Meta → Not disclosed: 2 people/ })
	).toHaveCount(1);
	await expect(page.locator('footer')).toContainText('Article credited to Spiceworks.');
	await expect(page.getByText(/^\d+ facts from the article, \d+ from other reporting\.$/)).toBeVisible();
}

/** What the page shows once the careers fixture is in use. */
async function expectCareersImport(page: Page): Promise<void> {
	await expect(dataRegions(page).dataShown).toContainText(importedData(CAREERS.name, CAREERS.moves));
	await expect(dataRegions(page).backToArticle).toBeVisible();
	// An import does not quote the article: its column is gone and the charts take the width.
	await expect(page.getByRole('region', { name: 'The article', exact: true })).toHaveCount(0);
	// Nor does it credit the article, or count facts "from the article" and "from other reporting".
	await expect(page.locator('footer')).not.toContainText('Article credited');
	// Its moves, people and organizations, each a fact with the row that states it.
	await expect(page.getByText(/^\d+ facts from your file\.$/)).toBeVisible();
	const flows = flowDiagram(page);
	await expect(
		flows.getByRole('button', {
			name: /^Meta → Yutori: 2 people \(Ada Okafor, Eva Rossi\)\. From your file\.$/
		})
	).toHaveCount(1);
	// The return to a past employer is two flows, there and back.
	await expect(flows.getByRole('button', { name: /^OpenAI → Meta: 1 person \(Chloé Martin\)/ })).toHaveCount(
		1
	);
	await expect(flows.getByRole('button', { name: /^Meta → OpenAI: 1 person \(Chloé Martin\)/ })).toHaveCount(
		1
	);
	await expect(
		flows.getByRole('button', { name: /^Google DeepMind → Meta: 1 person \(Eva Rossi\)/ })
	).toHaveCount(1);
	// The article’s own flows are gone.
	await expect(flows.getByRole('button', { name: /Not disclosed/ })).toHaveCount(0);
	const table = page.getByRole('table', { name: 'The moves, as a table' });
	await expect(table.getByRole('rowheader')).toHaveCount(CAREERS.moves);
	// Each move cites the rows of its two positions as one item of its evidence, the file named once.
	const evidence = table.locator('.evidence-list');
	await expect(evidence).toHaveCount(CAREERS.moves);
	for (const list of await evidence.all())
		await expect(list.getByRole('listitem')).toHaveText([
			new RegExp(`^${CAREERS.name.replace('.', '\\.')}, rows \\d+ and \\d+$`)
		]);
}

test.describe('a career-history CSV', () => {
	test('chosen with the file input, it opens the mapping step: columns preset from the headers, and a preview of the first rows', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const dialog = await openImportDialog(page);
		await chooseFile(dialog, CAREERS.path);

		await expect(dialog.getByRole('group', { name: 'This file holds' })).toBeVisible();
		await expect(
			dialog.getByRole('radio', { name: 'career histories (one row per position)' })
		).toBeChecked();
		await expect(dialog.getByRole('group', { name: 'Which column holds what' })).toBeVisible();
		for (const [field, column] of [
			['Person (required)', 'Name'],
			['Organization (required)', 'Company'],
			['Title', 'Title'],
			['Start', 'Start Date'],
			['Start precision', '— none —'],
			['End', 'End Date'],
			['End precision', '— none —']
		] as const)
			expect(await chosenOption(columnFor(dialog, field)), field).toBe(column);

		// The preview: the headers without the byte-order mark, and the first rows split at `;` but not
		// inside quotes.
		await expect(dialog.getByText(`The first rows of ${CAREERS.rows}:`)).toBeVisible();
		const preview = dialog.getByRole('table');
		await expect(preview.getByRole('columnheader')).toHaveText([
			'Name',
			'Company',
			'Title',
			'Start Date',
			'End Date'
		]);
		await expect(preview.getByRole('row')).toHaveCount(1 + 5);
		await expect(preview.getByRole('row').nth(1).getByRole('cell')).toHaveText([
			'Ada Okafor',
			'Meta',
			'Research Scientist',
			'2018-01',
			'2021-06'
		]);
		await expect(
			preview.getByRole('cell', { name: 'Member of Technical Staff; Alignment', exact: true })
		).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
		expect(errors).toEqual([]);
	});

	test('“Import” reviews it: 19 rows read, 9 moves, 1 row left out with its row, column and reason; “Use these 9 moves” shows it, a reload keeps it, “Back to the article’s data” ends it for good', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const dialog = await importCareersToReview(page);

		await expect(dialog.getByRole('status')).toHaveText(
			new RegExp(`^${CAREERS.accepted} rows read, ${CAREERS.moves} moves, in \\d+\\.\\d\\ss\\.$`)
		);
		await expect(
			dialog.getByText('1 position has neither start nor end and takes no part in moves.')
		).toBeVisible();
		await expect(dialog.getByText('1 row was left out:')).toBeVisible();
		await expect(dialog.getByRole('listitem')).toHaveText([
			'Row 5, End Date: 2024-02-30 does not exist in the calendar'
		]);
		await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
		// Nothing has changed behind the dialog yet.
		await expect(dataRegions(page).dataShown).toContainText(ARTICLE_DATA);

		await dialog.getByRole('button', { name: `Use these ${CAREERS.moves} moves` }).click();
		await expect(dialog).toBeHidden();
		await expectCareersImport(page);

		// Kept in this browser (IndexedDB): a reload shows the import again.
		await page.reload();
		await expectCareersImport(page);

		await dataRegions(page).backToArticle.click();
		await expectArticleData(page);
		// The button is gone with the import: focus lands on the heading that names the article again.
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		await page.reload();
		// The article's charts stay as prerendered until the reader is at work.
		await chartsAreLive(page);
		await expectArticleData(page);
		expect(errors).toEqual([]);
	});

	test('dropped on the drop zone, it opens the same mapping step and imports the same moves', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const dialog = await openImportDialog(page);
		await dropFile(page, dialog, CAREERS.path);

		await expect(dialog.getByRole('group', { name: 'Which column holds what' })).toBeVisible();
		expect(await chosenOption(columnFor(dialog, 'Person (required)'))).toBe('Name');
		await expect(dialog.getByText(`The first rows of ${CAREERS.rows}:`)).toBeVisible();
		await dialog.getByRole('button', { name: 'Import', exact: true }).click();
		await dialog.getByRole('button', { name: `Use these ${CAREERS.moves} moves` }).click();
		await expectCareersImport(page);
		expect(errors).toEqual([]);
	});

	test('“Cancel” at the review step leaves the article’s data in place', async ({ page }) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const dialog = await importCareersToReview(page);

		await dialog.getByRole('button', { name: 'Cancel' }).click();
		// Back to the start of the dialog, ready for another file.
		await expect(dialog.getByLabel('Choose a file')).toBeAttached();
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
		await expectArticleData(page);
		await page.reload();
		// The article's charts stay as prerendered until the reader is at work.
		await chartsAreLive(page);
		await expectArticleData(page);
		expect(errors).toEqual([]);
	});

	test('a person who held the same title at two organizations (Engineer at Meta, then at Anthropic) imports like anyone else', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const csv = [
			'person,organization,title,start,end',
			'Dev Patel,Meta,Engineer,2019-02,2022-08',
			'Dev Patel,Anthropic,Engineer,2022-09,'
		].join('\n');
		const dialog = await importThroughDialog(page, {
			name: 'same-title.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(csv)
		});
		await dialog.getByRole('button', { name: 'Use this move' }).click();
		await expect(dialog).toBeHidden();

		// Soft: should the page not follow, the errors it reported are listed below as well.
		await expect.soft(dataRegions(page).dataShown).toContainText(importedData('same-title.csv', 1));
		await expect
			.soft(flowDiagram(page).getByRole('button', { name: /^Meta → Anthropic: 1 person \(Dev Patel\)/ }))
			.toHaveCount(1);
		// The person’s row in the facts names the title held.
		const facts = page.getByRole('region', { name: 'The facts' });
		await expect
			.soft(
				facts
					.getByRole('row')
					.filter({ hasText: /^Person/ })
					.filter({ hasText: 'Dev Patel' })
			)
			.toContainText('Engineer');
		expect(errors).toEqual([]);
	});
});

test('a moves CSV (person, from, to, date) dropped on the drop zone imports too', async ({ page }) => {
	const errors = recordPageErrors(page);
	await openStory(page);
	const dialog = await openImportDialog(page);
	await dropFile(page, dialog, MOVES.path);

	await expect(dialog.getByRole('radio', { name: 'moves (one row per move)' })).toBeChecked();
	for (const [field, column] of [
		['Person (required)', 'person'],
		['From (required)', 'from'],
		['To (required)', 'to'],
		['Date', 'date']
	] as const)
		expect(await chosenOption(columnFor(dialog, field)), field).toBe(column);
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(dialog.getByRole('status')).toContainText('4 rows read, 4 moves');
	await dialog.getByRole('button', { name: 'Use these 4 moves' }).click();

	await expect(dataRegions(page).dataShown).toContainText(importedData(MOVES.name, MOVES.moves));
	await expect(
		flowDiagram(page).getByRole('button', { name: /^Google DeepMind → Anthropic: 1 person \(Ben Carter\)/ })
	).toHaveCount(1);
	await expect(page.getByRole('table', { name: 'The moves, as a table' }).getByRole('rowheader')).toHaveText([
		'Ada Okafor',
		'Ben Carter',
		'Chloé Martin',
		'Dev Patel'
	]);
	expect(errors).toEqual([]);
});

/** Files of which nothing can be imported, and the problem the dialog names for each. */
const failingFiles = [
	{
		what: 'an empty file',
		file: { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
		problems: ['(file): the file is empty']
	},
	{
		what: 'a CSV whose quoted field is never closed',
		file: {
			name: 'unterminated.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('person,organization,start\nAda Okafor,"Meta,2018\nBen Carter,Cohere,2024\n')
		},
		problems: ['(file): a quoted field is never closed: check for a stray " character']
	},
	{
		what: 'a JSON file that is only {"__proto__": {"x": 1}}',
		file: {
			name: 'proto.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"__proto__": {"x": 1}}')
		},
		problems: ['schemaVersion: expected schemaVersion 1', '(top level): unknown field "__proto__"']
	},
	{
		what: 'a binary file (a PNG image renamed .csv)',
		file: {
			name: 'picture.csv',
			mimeType: 'text/csv',
			buffer: Buffer.concat([
				Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
				Buffer.from('IHDR\u0000\u0000\u0001\u0000\u00ff\u00fe', 'latin1')
			])
		},
		problems: ['(file): the file is not plain text (it may be UTF-16 or binary); save it as UTF-8']
	}
];

test.describe('a file of which nothing can be imported', () => {
	for (const { what, file, problems } of failingFiles) {
		test(`${what}: the dialog says nothing was imported and why, and the article’s data stays`, async ({
			page
		}) => {
			const errors = recordPageErrors(page);
			await openStory(page);
			const dialog = await openImportDialog(page);
			await chooseFile(dialog, file);

			await expect(dialog.getByRole('alert')).toHaveText(NOTHING_IMPORTED);
			for (const problem of problems)
				await expect(dialog.getByRole('listitem').filter({ hasText: problem })).toHaveText(problem);
			// Whatever the file said, the page’s own objects are as they were.
			expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
			expect(await page.evaluate(() => 'x' in Object.prototype)).toBe(false);
			await expect(dialog.getByRole('button', { name: 'Choose another file' })).toBeVisible();
			await dialog.getByRole('button', { name: 'Close' }).first().click();
			await expect(dialog).toBeHidden();
			await expectArticleData(page);
			expect(errors).toEqual([]);
		});
	}

	test('a 130 MB file, or a JSON file of 70 MB, is refused for its size, and the earlier import stays in use', async ({
		page
	}, testInfo) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		// First an import that works…
		let dialog = await importThroughDialog(page, MOVES.path);
		await dialog.getByRole('button', { name: 'Use these 4 moves' }).click();
		await expect(dataRegions(page).dataShown).toContainText(importedData(MOVES.name, MOVES.moves));

		// …then one that cannot: 130 MB, over the 75 MB limit.
		const big = testInfo.outputPath('too-big.csv');
		await writeFile(big, Buffer.alloc(130_000_000, 'a,b\n'));
		dialog = await openImportDialog(page);
		await chooseFile(dialog, big);
		await expect(dialog.getByRole('alert')).toHaveText(NOTHING_IMPORTED);
		await expect(dialog.getByRole('listitem').first()).toHaveText(
			'(file): the file is 130.0 MB; the limit is 75 MB'
		);
		// …and a JSON file of 70 MB, within the limit for CSV but past the lower one for JSON.
		const bigJson = testInfo.outputPath('too-big.json');
		await writeFile(bigJson, Buffer.alloc(70_000_000, ' '));
		await dialog.getByRole('button', { name: 'Choose another file' }).click();
		await chooseFile(dialog, bigJson);
		await expect(dialog.getByRole('listitem').first()).toHaveText(
			'(file): the JSON file is 70.0 MB; the limit for JSON is 64 MB'
		);
		await expect(dialog.getByRole('alert')).toHaveText(NOTHING_IMPORTED);
		await dialog.getByRole('button', { name: 'Close' }).first().click();

		await expect(dataRegions(page).dataShown).toContainText(importedData(MOVES.name, MOVES.moves));
		await expect(
			flowDiagram(page).getByRole('button', { name: /^Google DeepMind → Anthropic: 1 person \(Ben Carter\)/ })
		).toHaveCount(1);
		expect(errors).toEqual([]);
	});
});

test.describe('on the French page', () => {
	test('a file of which nothing can be imported: the dialog says why in French, where and what', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page, '/fr/');
		const dialog = await openImportDialog(page, 'fr');
		await chooseFile(dialog, failingFiles[0]!.file, 'fr');
		await expect(dialog.getByRole('alert')).toHaveText(
			'Rien n’a été importé. Vos données actuelles sont inchangées.'
		);
		await expect(dialog.getByRole('listitem')).toHaveText(['(fichier) : le fichier est vide']);

		// A JSON file that is not a dataset: zod's findings, worded in French, and none of its English.
		await dialog.getByRole('button', { name: 'Choisir un autre fichier' }).click();
		await chooseFile(dialog, failingFiles[2]!.file, 'fr');
		const items = dialog.getByRole('listitem');
		await expect(items.filter({ hasText: 'schemaVersion' })).toHaveText(
			'schemaVersion : il faut schemaVersion 1'
		);
		await expect(items.filter({ hasText: '(racine)' })).toHaveText('(racine) : champ inconnu "__proto__"');
		await expect(items.filter({ hasText: /^title/ })).toHaveText('title : manquant : il faut un objet');
		expect(await items.allTextContents()).not.toContainEqual(
			expect.stringMatching(/expected|missing|unknown|Invalid/)
		);
		expect(errors).toEqual([]);
	});

	test('a career-history CSV: the review lists the row left out in French, with its row and column as the file names it', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page, '/fr/');
		const dialog = await importThroughDialog(page, CAREERS.path, 'fr');
		await expect(dialog.getByRole('status')).toContainText(
			`${CAREERS.accepted} lignes lues, ${CAREERS.moves} mouvements`
		);
		await expect(dialog.getByText('1 ligne a été écartée :')).toBeVisible();
		await expect(dialog.getByRole('listitem')).toHaveText([
			'Ligne 5, End Date : la date 2024-02-30 n’existe pas dans le calendrier'
		]);
		expect(errors).toEqual([]);
	});
});

/** A career-history CSV like the benchmark’s (seeded, so every run imports the same file). */
async function benchmarkCareers(people: number, path: string): Promise<number> {
	const rows = careerRows(people, 300, 20240403);
	await writeFile(path, rows.map((row) => csvFormatRow(row)).join('\n') + '\n');
	return rows.length - 1;
}

/** How long the page takes to answer: one animation frame, as the browser measures it. */
const frameDelay = (page: Page) =>
	page.evaluate(() => {
		const asked = performance.now();
		return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - asked)));
	});

test.describe('a large import (about 150,000 career rows)', () => {
	test.setTimeout(90_000);

	/** Takes a big generated file to the running import, where the progress bar shows. */
	async function startBigImport(page: Page, path: string): Promise<Locator> {
		const dialog = await openImportDialog(page);
		await chooseFile(dialog, path);
		await expect(dialog.getByRole('group', { name: 'Which column holds what' })).toBeVisible({
			timeout: 30_000
		});
		await dialog.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
		return dialog;
	}

	test('shows a progress bar while it runs, the page keeps answering, and “Cancel” returns to the file picker with the current data untouched', async ({
		page
	}, testInfo) => {
		const errors = recordPageErrors(page);
		const path = testInfo.outputPath('careers-150k.csv');
		const rows = await benchmarkCareers(43_000, path);
		expect(rows).toBeGreaterThan(140_000);
		await openStory(page);
		const dialog = await startBigImport(page, path);

		// The work is in a worker: the page still draws frames while it runs.
		for (let i = 0; i < 3; i++) expect(await frameDelay(page)).toBeLessThan(1000);
		await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();

		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(dialog.getByLabel('Choose a file')).toBeAttached();
		await expect(dialog.getByRole('progressbar')).toHaveCount(0);

		// The cancelled import never comes back: no review turns up later.
		await page.waitForTimeout(1500);
		await expect(dialog.getByRole('button', { name: /^Use / })).toHaveCount(0);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expectArticleData(page);
		expect(errors).toEqual([]);
	});

	test('“Close” answers while it runs, and the filter answers right after', async ({ page }, testInfo) => {
		const errors = recordPageErrors(page);
		const path = testInfo.outputPath('careers-150k.csv');
		await benchmarkCareers(43_000, path);
		await openStory(page);
		const dialog = await startBigImport(page, path);

		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();

		const filter = page.getByRole('region', { name: 'Filter by organization' });
		// The article's data, other reporting off: Meta leaves the three moves drawn.
		const meta = filter.getByRole('button', { name: /Meta \(3\)$/ });
		await meta.click();
		await expect(meta).toHaveAttribute('aria-pressed', 'true');
		await expect(dataRegions(page).dataShown).toContainText(ARTICLE_DATA);
		expect(errors).toEqual([]);
	});
});

test('timing: importing a benchmark-like file of about 15,000 career rows, from choosing the file to the charts drawn', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	const errors = recordPageErrors(page);
	// The same seed and size as `bench-data/careers-15k-rows.csv` of the benchmark generator.
	const path = testInfo.outputPath('careers-15k-rows.csv');
	const rows = await benchmarkCareers(4_300, path);
	await openStory(page);
	const dialog = await openImportDialog(page);

	const now = () => page.evaluate(() => performance.now());
	const start = await now();
	await chooseFile(dialog, path);
	await expect(dialog.getByRole('group', { name: 'Which column holds what' })).toBeVisible({
		timeout: 30_000
	});
	const mapped = await now();
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	const use = dialog.getByRole('button', { name: /^Use these [\d,]+ moves$/ });
	await expect(use).toBeVisible({ timeout: 30_000 });
	const reviewed = await now();
	const summary = (await dialog.getByRole('status').textContent()) ?? '';
	await use.click();
	await expect(dataRegions(page).dataShown).toContainText('Your import: careers-15k-rows.csv', {
		timeout: 30_000
	});
	await expect(flowDiagram(page).getByRole('button').first()).toBeAttached({ timeout: 30_000 });
	await expect(
		page
			.getByRole('region', { name: 'When' })
			.getByRole('group', { name: /^Timeline/ })
			.locator('rect, path')
			.first()
	).toBeAttached();
	const drawn = await now();

	const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
	console.log(
		[
			`Import of ${rows.toLocaleString('en')} career rows (${summary.trim()})`,
			`  choose file → mapping step: ${seconds(mapped - start)}`,
			`  “Import” → review:          ${seconds(reviewed - mapped)}`,
			`  “Use” → charts drawn:        ${seconds(drawn - reviewed)}`,
			`  total:                       ${seconds(drawn - start)}`
		].join('\n')
	);
	expect(errors).toEqual([]);
});

test.describe('axe finds no WCAG 2.2 AA violations', () => {
	test('with the import dialog open at the mapping step', async ({ page }) => {
		await openStory(page);
		const dialog = await openImportDialog(page);
		await chooseFile(dialog, CAREERS.path);
		await expect(dialog.getByRole('group', { name: 'Which column holds what' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('with the import review showing a rejected row', async ({ page }) => {
		await openStory(page);
		const dialog = await importCareersToReview(page);
		await expect(dialog.getByText('1 row was left out:')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('with an imported dataset shown', async ({ page }) => {
		await openStory(page);
		const dialog = await importCareersToReview(page);
		await dialog.getByRole('button', { name: `Use these ${CAREERS.moves} moves` }).click();
		await expectCareersImport(page);
		expect(await axeViolations(page)).toEqual([]);
	});
});
