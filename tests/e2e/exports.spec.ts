// “Take the data”: every download has a name that says what it holds, and holds what it says —
// datasets the validator accepts and the importer takes back unchanged, RFC 4180 CSV, and charts
// as standalone SVG and PNG files.
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test, type Page } from '@playwright/test';
import {
	chooseFile,
	dataRegions,
	downloadBy,
	importedData,
	openImportDialog,
	validateWithCli
} from './dataFiles';
import { recordPageErrors } from './pageErrors';
import { openStory } from './story';

/** The header of the moves CSV, as a spreadsheet or the importer reads it. */
const CSV_HEADER =
	'id,person,person_name,from,from_name,to,to_name,date_precision,date_start,date_end,date_wording,certainty,evidence,sources';

/** Reads a downloaded SVG file with the browser's XML parser: its root, namespace, text and any parse error. */
async function parseSvg(page: Page, text: string) {
	return page.evaluate((source) => {
		const document = new DOMParser().parseFromString(source, 'image/svg+xml');
		const root = document.documentElement;
		return {
			parseError: document.getElementsByTagName('parsererror')[0]?.textContent ?? null,
			root: root.localName,
			namespace: root.namespaceURI,
			xmlns: root.getAttribute('xmlns'),
			text: root.textContent ?? '',
			hasScript: root.getElementsByTagName('script').length > 0
		};
	}, text);
}

/** The width and height a PNG file declares in its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('“Download the whole dataset (JSON)” gives talent-flows-dataset-all.json: the site’s dataset, valid for the validator and for the JSON Schema offered next to it', async ({
	page,
	request
}, testInfo) => {
	const errors = recordPageErrors(page);
	await openStory(page);
	const { takeTheData } = dataRegions(page);

	const dataset = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download the whole dataset (JSON)' }),
		testInfo
	);
	expect(dataset.name).toBe('talent-flows-dataset-all.json');
	expect(validateWithCli(dataset.path)).toContain('a valid dataset (4 people, 9 organizations, 6 moves');
	const downloaded = JSON.parse(dataset.bytes.toString('utf8'));
	const served = await (await request.get('/data/talent.json')).json();
	expect(downloaded).toEqual(served);

	// The plain links sit beside the buttons, with file names of their own.
	const plain = await downloadBy(
		page,
		takeTheData.getByRole('link', { name: '/data/talent.json' }),
		testInfo
	);
	expect(plain.name).toBe('talent.json');
	const schemaFile = await downloadBy(
		page,
		takeTheData.getByRole('link', { name: 'The JSON Schema' }),
		testInfo
	);
	expect(schemaFile.name).toBe('talent.schema.json');

	// A third-party validator reading the downloaded schema accepts the downloaded dataset.
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats.default(ajv);
	const conforms = ajv.compile(JSON.parse(schemaFile.bytes.toString('utf8')));
	expect(conforms(downloaded), JSON.stringify(conforms.errors)).toBe(true);
	expect(errors).toEqual([]);
});

test('filtered on Yutori with other reporting, “Download this view (JSON)” gives talent-flows-view-yutori.json: the two Yutori moves and the article’s departures they refine, valid, and it imports back unchanged', async ({
	page
}, testInfo) => {
	const errors = recordPageErrors(page);
	await openStory(page, '/en/?company=yutori&later=1');
	const { takeTheData, dataShown } = dataRegions(page);

	const view = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download this view (JSON)' }),
		testInfo
	);
	expect(view.name).toBe('talent-flows-view-yutori.json');
	expect(validateWithCli(view.path)).toContain('a valid dataset');
	const json = JSON.parse(view.bytes.toString('utf8'));
	expect(json.moves.map((move: { id: string }) => move.id)).toEqual([
		'move-parikh-undisclosed',
		'move-das-undisclosed',
		'move-parikh-yutori',
		'move-das-yutori'
	]);

	// Through the page's own import dialog: a JSON file needs no mapping, straight to the review.
	const dialog = await openImportDialog(page);
	await chooseFile(dialog, view.path);
	// Four moves tell two departures (the article's, refined by where other reporting says they led).
	await expect(dialog.getByRole('status')).toContainText('4 rows read, 2 moves');
	await expect(dialog.getByText('Of the moves, 4 tell 2 departures')).toBeVisible();
	await dialog.getByRole('button', { name: 'Use these 2 moves' }).click();
	await expect(dialog).toBeHidden();
	// Two departures, told by the article or, with other reporting, by the moves that refine them.
	await expect(dataShown).toContainText(importedData('talent-flows-view-yutori.json', 2));

	// What the page now holds is, byte for byte, the file it was given.
	const again = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download the whole dataset (JSON)' }),
		testInfo
	);
	expect(again.bytes.toString('utf8')).toBe(view.bytes.toString('utf8'));
	expect(errors).toEqual([]);
});

test('filtered on Meta with other reporting, “Download the moves (CSV)” gives talent-flows-moves-meta.csv: the documented header, CRLF line ends, one row per move', async ({
	page
}, testInfo) => {
	const errors = recordPageErrors(page);
	await openStory(page, '/en/?company=meta&later=1');

	const csv = await downloadBy(
		page,
		dataRegions(page).takeTheData.getByRole('button', { name: 'Download the moves (CSV)' }),
		testInfo
	);
	expect(csv.name).toBe('talent-flows-moves-meta.csv');
	const text = csv.bytes.toString('utf8');
	expect(text.startsWith(`${CSV_HEADER}\r\n`)).toBe(true);
	expect(text.endsWith('\r\n')).toBe(true);
	// Every line break is CRLF: no bare LF or CR anywhere.
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	const lines = text.split('\r\n').slice(1, -1);
	// Other reporting's three moves, which stand in for the article's three departures they refine.
	expect(lines).toHaveLength(3);
	expect(lines.map((line) => line.split(',')[2])).toEqual(['Erik Meijer', 'Devi Parikh', 'Abhishek Das']);
	expect(errors).toEqual([]);
});

/** The two charts, with a name each must show in its file. */
const charts = [
	{ chart: 'Flow diagram', file: 'flow-diagram', shows: ['Meta', 'Not disclosed'] },
	{ chart: 'Timeline', file: 'timeline', shows: ['Devi Parikh', 'Erik Meijer'] }
];

for (const { chart, file, shows } of charts) {
	test(`filtered on Meta, “${chart} as SVG” and “${chart} as PNG” give talent-flows-${file}-meta.svg and .png: a standalone SVG with the chart’s text, and a PNG image`, async ({
		page
	}, testInfo) => {
		const errors = recordPageErrors(page);
		await openStory(page, '/en/?company=meta');
		const { takeTheData } = dataRegions(page);

		const svg = await downloadBy(
			page,
			takeTheData.getByRole('button', { name: `${chart} as SVG` }),
			testInfo
		);
		expect(svg.name).toBe(`talent-flows-${file}-meta.svg`);
		const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
		expect(parsed.parseError).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
		expect(parsed.xmlns).toBe('http://www.w3.org/2000/svg');
		expect(parsed.hasScript).toBe(false);
		for (const text of shows) expect(parsed.text).toContain(text);

		const png = await downloadBy(
			page,
			takeTheData.getByRole('button', { name: `${chart} as PNG` }),
			testInfo
		);
		expect(png.name).toBe(`talent-flows-${file}-meta.png`);
		expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
		expect(png.bytes.length).toBeGreaterThan(1024);
		const { width, height } = pngSize(png.bytes);
		expect(width).toBeGreaterThan(200);
		expect(height).toBeGreaterThan(100);

		// Nothing went wrong on the way: no failure notice in the region, no console error.
		await expect(takeTheData.getByRole('alert')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
}

test('the downloads of the moves CSV and the view follow the filter: with no filter they are named …-all, and hold the moves shown', async ({
	page
}, testInfo) => {
	await openStory(page);
	const { takeTheData } = dataRegions(page);
	const movesIn = async (path: string) =>
		(await readFile(path, 'utf8'))
			.split('\r\n')
			.slice(1, -1)
			.map((line) => line.split(',')[0]);
	const csv = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download the moves (CSV)' }),
		testInfo
	);
	expect(csv.name).toBe('talent-flows-moves-all.csv');
	// Other reporting is off by default: the file holds the article’s three moves, the ones drawn.
	expect(await movesIn(csv.path)).toEqual([
		'move-meijer-own-startup',
		'move-parikh-undisclosed',
		'move-das-undisclosed'
	]);
	await page.getByRole('checkbox', { name: 'Show what other reporting adds' }).check();
	const withLater = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download the moves (CSV)' }),
		testInfo
	);
	expect(withLater.name).toBe('talent-flows-moves-all.csv');
	expect(await movesIn(withLater.path)).toEqual([
		'move-meijer-automind',
		'move-parikh-yutori',
		'move-das-yutori'
	]);
	const view = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download this view (JSON)' }),
		testInfo
	);
	expect(view.name).toBe('talent-flows-view-all.json');
});
