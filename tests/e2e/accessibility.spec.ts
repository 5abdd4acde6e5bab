import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { messagesFor } from '../../src/lib/i18n/messages';
import { accessibleHeadings, accessibleTable } from './accessibilityTree';
import { chooseFile, fixture, openImportDialog } from './dataFiles';
import { clickMark, handleOf, openStory } from './story';

// WCAG 2.2 AA, and axe's best practices (no two landmarks of one role and name, for one).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// An axe scan of the whole page takes seconds on two busy cores; a timeout is not a finding.
test.describe.configure({ timeout: 90_000 });

/** The violations axe finds on the page as it is now (see AXE_TAGS), one line per failing element. */
async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
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

/** What the page says, in each language of the interface, at the states scanned below. */
const UI = {
	'/en/': {
		undisclosedFlow: /^Meta → Not disclosed/,
		filterStatus: 'Showing 2 of 3 moves.',
		importButton: 'Import your data…',
		dialog: 'Import your data',
		chooseFile: 'Choose a file',
		mapping: 'Which column holds what',
		importStart: 'Import',
		leftOut: '1 row was left out:',
		nothingImported: 'Nothing was imported. Your current data is unchanged.'
	},
	'/fr/': {
		undisclosedFlow: /^Meta → Non divulguée/,
		filterStatus: '2 mouvements affichés sur 3.',
		importButton: 'Importer vos données…',
		dialog: 'Importer vos données',
		chooseFile: 'Choisir un fichier',
		mapping: 'Quelle colonne contient quoi',
		importStart: 'Importer',
		leftOut: '1 ligne a été écartée :',
		nothingImported: 'Rien n’a été importé. Vos données actuelles sont inchangées.'
	}
};
type Path = keyof typeof UI;

/** Opens the import dialog and hands it a file, as the system's file picker would. */
async function importFile(
	page: Page,
	path: Path,
	file: string | { name: string; mimeType: string; buffer: Buffer }
) {
	const ui = UI[path];
	await page.getByRole('button', { name: ui.importButton }).click();
	const dialog = page.getByRole('dialog', { name: ui.dialog });
	await dialog.getByLabel(ui.chooseFile).setInputFiles(file);
	return dialog;
}

/**
 * The states of the page the issue lists (besides the default one, scanned above), and how a
 * reader gets there. Each is scanned in both languages, on a desktop and at 375px.
 */
const states = [
	{
		state: 'a filter applied (Yutori, with other reporting)',
		reach: async (page: Page, path: Path) => {
			await openStory(page, `${path}?company=yutori&later=1`);
			await expect(page.getByRole('status').filter({ hasText: UI[path].filterStatus })).toBeVisible();
		}
	},
	{
		state: 'the flow “Meta → Not disclosed” selected',
		reach: async (page: Page, path: Path) => {
			await openStory(page, path);
			const flow = page.getByRole('button', { name: UI[path].undisclosedFlow });
			await clickMark(page, flow);
			await expect(flow).toHaveAttribute('aria-pressed', 'true');
		}
	},
	{
		state: 'sentence p4.s2 selected',
		reach: async (page: Page, path: Path) => {
			await openStory(page, path);
			const handle = handleOf(page, 'p4.s2');
			await handle.click();
			await expect(handle).toHaveAttribute('aria-pressed', 'true');
		}
	},
	{
		state: 'the import dialog reviewing a file with a row left out',
		reach: async (page: Page, path: Path) => {
			await openStory(page, path);
			const dialog = await importFile(page, path, fixture('careers-semicolon.csv'));
			await expect(dialog.getByRole('group', { name: UI[path].mapping })).toBeVisible();
			await dialog.getByRole('button', { name: UI[path].importStart, exact: true }).click();
			await expect(dialog.getByText(UI[path].leftOut)).toBeVisible();
		}
	},
	{
		state: 'the import dialog refusing a broken file',
		reach: async (page: Page, path: Path) => {
			await openStory(page, path);
			const broken = {
				name: 'broken.json',
				mimeType: 'application/json',
				buffer: Buffer.from('{"moves": [')
			};
			const dialog = await importFile(page, path, broken);
			await expect(dialog.getByRole('alert')).toHaveText(UI[path].nothingImported);
		}
	},
	{
		state: 'the dark theme',
		reach: async (page: Page, path: Path) => {
			await page.emulateMedia({ colorScheme: 'dark' });
			await openStory(page, path);
		}
	}
];

for (const path of ['/en/', '/fr/'] as const) {
	for (const width of [1280, 375]) {
		for (const { state, reach } of states) {
			test(`axe finds no WCAG 2.2 AA violations on ${path} at ${width}px with ${state}`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await reach(page, path);
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

for (const path of ['/en/', '/fr/'] as const) {
	test(`at 375px ${path}, the tables of facts and of moves fit the screen, each row's evidence under its statement, and stay tables for screen readers`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await openStory(page, path);
		const regions = page.locator('.table-scroll');
		await expect(regions).toHaveCount(2);
		const columns: number[] = [];
		for (const region of await regions.all()) {
			// On screen, as a reader scrolling down has it.
			await region.scrollIntoViewIfNeeded();
			expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBe(0);
			const quote = region.locator('tbody tr').first().locator('.evidence-list q').first();
			const box = (await quote.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(375);
			// What a screen reader is given: the table, its column headers, and a header for each row.
			const name = (await region.getAttribute('aria-label'))!;
			const headers = async (role: 'columnheader' | 'rowheader') =>
				(await accessibleTable(page, name)).filter((found) => found.startsWith(`${role} `)).length;
			await expect.poll(() => headers('rowheader')).toBeGreaterThan(0);
			columns.push(await headers('columnheader'));
			expect(await headers('rowheader')).toBeGreaterThan(2);
		}
		// Six columns for the moves (person, from, to, date, certainty, evidence); five for the facts.
		expect(columns).toEqual([6, 5]);
	});
}

for (const path of ['/en/', '/fr/'] as const) {
	test(`on ${path}, a screen reader finds the headings of the tables far down the page before they are scrolled to`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openStory(page, path);
		const m = messagesFor(path === '/en/' ? 'en' : 'fr');
		expect(await accessibleHeadings(page)).toEqual(
			expect.arrayContaining([m.movesTableHeading, m.factsHeading])
		);
	});
}

for (const path of ['/en/', '/fr/'] as const) {
	test(`on ${path}, a screen reader is told of the article's two tables, rows and headers, before they are scrolled to`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openStory(page, path);
		const m = messagesFor(path === '/en/' ? 'en' : 'fr');
		// Both tables start well below the first screen, where a part laid out only near the screen
		// was left out of the browser's tree.
		for (const region of await page.locator('.table-scroll').all())
			expect((await region.boundingBox())!.y).toBeGreaterThan(2 * 900);
		const moves = await accessibleTable(page, m.movesTableHeading);
		expect(moves.filter((found) => found.startsWith('columnheader '))).toHaveLength(6);
		expect(moves.filter((found) => found === 'row').length).toBeGreaterThan(3);
		const listed = await accessibleTable(page, m.factsFromArticle);
		expect(listed.filter((found) => found.startsWith('columnheader '))).toHaveLength(5);
		expect(listed.filter((found) => found.startsWith('rowheader ')).length).toBeGreaterThan(20);
	});
}

test('at 375px, the import preview keeps each date on one line, and cuts a long text short', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await openStory(page, '/en/');
	const dialog = await openImportDialog(page);
	const title = 'Principal research scientist for generative models and multimodal reasoning';
	const csv = `person,organization,title,start,end\nAda,Meta,${title},2019-03-15,2024-04-03\n`;
	await chooseFile(dialog, { name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	const cells = dialog.locator('table.raw-rows tbody td');
	await expect(cells).toHaveCount(5);
	// A date once broke at its hyphens into two or three lines.
	for (const at of [3, 4]) {
		const lines = await cells.nth(at).evaluate((cell) => {
			const range = document.createRange();
			range.selectNodeContents(cell);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
		});
		expect(lines).toBe(1);
	}
	const long = await cells.nth(2).evaluate((cell) => ({ shown: cell.clientWidth, needs: cell.scrollWidth }));
	expect(long.shown).toBeLessThan(long.needs);
});

for (const path of ['/en/', '/fr/']) {
	for (const width of [375, 320]) {
		test(`at ${width}px ${path}, the header's site name, theme switch and language link each keep to one line`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			// Each of the three once broke over two lines at 375px ("Lire en / français").
			const lines = await page.locator('.site-header').evaluate((header) =>
				[
					header.querySelector('.site-name'),
					...header.querySelectorAll('.header-tools button, .header-tools a')
				].map((item) => {
					const range = document.createRange();
					range.selectNodeContents(item!);
					return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
				})
			);
			expect(lines).toEqual([1, 1, 1]);
		});
	}
}

for (const path of ['/en/', '/fr/'] as const) {
	test(`at 375px ${path}, the import dialog's file button and drop words stay inside its drop zone`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await openStory(page, path);
		await page.getByRole('button', { name: UI[path].importButton }).click();
		const zone = page.getByRole('dialog', { name: UI[path].dialog }).getByRole('group');
		await expect(zone).toBeVisible();
		// In French “ou le déposer ici” once ran past the zone's right edge, and out of the dialog.
		const outside = await zone.evaluate((box) => {
			const edge = box.getBoundingClientRect();
			return [...box.children]
				.map((child) => child.getBoundingClientRect())
				.filter((r) => r.left < edge.left || r.right > edge.right).length;
		});
		expect(outside).toBe(0);
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
