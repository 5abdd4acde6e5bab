// A file of flows that `npm run aggregate` counted from a larger career file imports into the page,
// and every view counts the moves each flow stands for (its weight), not its rows. The fixtures were
// made from fixtures/aggregated-flows.source.csv, the same flows as objects (--flows-as dataset) and
// in columns (--flows-as columns, as larger results are written); the expected figures are read from
// each fixture.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { datasetOfFlows, readFlowColumns } from '../../src/lib/import/flowColumns';
import type { Dataset } from '../../src/lib/schema/dataset';
import { chooseFile, fixture, importedData, openImportDialog, savedImportExists } from './dataFiles';
import { openStory } from './story';

/** A fixture's flows as a dataset: as written, or made from its columns. */
function flowsOf(file: string): Dataset {
	const json = JSON.parse(readFileSync(fixture(file), 'utf8')) as Dataset;
	if (!('flowColumns' in json)) return json;
	const read = readFlowColumns(json);
	if (!read.ok) throw new Error(`${file} is not a file of flows: ${JSON.stringify(read.problems)}`);
	return datasetOfFlows(read.value);
}

for (const FILE of ['aggregated-flows.json', 'aggregated-flows.columns.json']) {
	const flows = flowsOf(FILE);
	const weight = (m: Dataset['moves'][number]) => m.weight ?? 1;
	const total = flows.moves.reduce((sum, m) => sum + weight(m), 0);
	const name = (id: string) => flows.organizations.find((o) => o.id === id)!.name;

	/** Moves in and out of each organization, weights summed: what its filter toggle should count. */
	const byOrganization = new Map<string, number>();
	for (const m of flows.moves) {
		byOrganization.set(m.from, (byOrganization.get(m.from) ?? 0) + weight(m));
		byOrganization.set(m.to, (byOrganization.get(m.to) ?? 0) + weight(m));
	}
	const [busiest, busiestCount] = [...byOrganization].sort((a, b) => b[1] - a[1])[0]!;

	test.describe(`a file of aggregated flows (${FILE})`, () => {
		test.beforeEach(async ({ page }) => {
			await openStory(page);
			const dialog = await openImportDialog(page);
			await chooseFile(dialog, fixture(FILE));
			// The review names flows and the moves they count, as the page will count them.
			await expect(dialog.getByRole('status')).toContainText(
				`${flows.moves.length} flows read, counting ${total.toLocaleString('en')} moves between them`
			);
			await dialog.getByRole('button', { name: /^Use (these [\d,]+ moves|this move)$/ }).click();
			await expect(
				page.getByText(importedData(FILE, total).replace(/(\d)(?=(\d{3})+\b)/g, '$1,'))
			).toBeVisible();
		});

		test('counts the moves each flow stands for: the status line, the toggles and the flows', async ({
			page
		}) => {
			expect(total).toBeGreaterThan(flows.moves.length);
			await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
				`Showing all ${total.toLocaleString('en')} moves.`
			);
			const toggle = page
				.getByRole('region', { name: 'Filter by organization' })
				.getByRole('button', { name: `${name(busiest)} (${busiestCount.toLocaleString('en')})` });
			await expect(toggle).toBeVisible();
			await toggle.click();
			await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
				`Showing ${busiestCount.toLocaleString('en')} of ${total.toLocaleString('en')} moves.`
			);
			// A flow's name says how many moves it carries, and names no one.
			const heaviest = [...flows.moves]
				.filter((m) => m.from === busiest || m.to === busiest)
				.reduce((a, b) => (weight(b) > weight(a) ? b : a));
			const links = page.locator('.flow-links path');
			await expect(links.first()).toBeAttached();
			const titles = await page.locator('.flow-links path title').allTextContents();
			expect(titles.some((t) => t.includes(`${name(heaviest.from)} → ${name(heaviest.to)}:`))).toBe(true);
			expect(titles.join(' ')).not.toMatch(/people|person/);
			// The table lists flows: each says how many moves it counts, in place of a person.
			const table = page.locator('table.moves-table');
			const headers = await table.locator('thead th').allTextContents();
			expect(headers.slice(0, 3)).toEqual(['From', 'To', 'Moves']);
			expect(headers).not.toContain('Person');
			// They all cite the one file they were counted from: said once above the table, not on each row.
			expect(headers).not.toContain('Evidence');
			const shared = page.locator('.shared-evidence');
			await expect(shared).toHaveCount(1);
			await expect(shared).toContainText('Every flow in this table has the same evidence:');
			await expect(shared.locator('cite')).toHaveText(flows.sources[0]!.title);
			const counts = (await table.locator('tbody td.count').allTextContents()).map((t) =>
				Number(t.replace(/\D/g, ''))
			);
			// Every flow of the busiest organization is listed, and their counts add up to its toggle's.
			expect(counts).toHaveLength(flows.moves.filter((m) => m.from === busiest || m.to === busiest).length);
			expect(counts.reduce((sum, c) => sum + c, 0)).toBe(busiestCount);
		});

		test('pointing at a flow (focus) lights it, its two organizations and its moves on the timeline, and dims the rest', async ({
			page
		}) => {
			const LIT = /(^|\s)lit(\s|$)/;
			const DIM = /(^|\s)dim(\s|$)/;
			const flow = flows.moves[0]!;
			const link = page
				.locator('.flow-links path')
				.filter({ has: page.locator('title', { hasText: `${name(flow.from)} → ${name(flow.to)}:` }) });
			await expect(link).toHaveCount(1);
			// Focused, as a keyboard reader points at it (the flows cross, so the mouse might meet another).
			await link.focus();
			await expect(link).toHaveClass(LIT);
			const links = page.locator('.flow-links path');
			await expect(links.and(page.locator('.lit'))).toHaveCount(1);
			await expect(links.and(page.locator('.dim'))).toHaveCount((await links.count()) - 1);
			// Its origin and destination, and nothing else, among the nodes.
			await expect(page.locator('.flow-node.lit')).toHaveCount(2);
			// On the timeline, a mark per flow: those between the same two organizations are lit.
			const between = flows.moves.filter((m) => m.from === flow.from && m.to === flow.to).length;
			await expect(page.locator('.timeline-item.lit')).toHaveCount(between);
			await link.blur();
			await expect(link).not.toHaveClass(DIM);
			await expect(page.locator('.lit')).toHaveCount(0);
		});

		test('is kept in the browser, and shown again after a reload', async ({ page }) => {
			// The page keeps an import once it is shown: wait until it is in IndexedDB, then reload.
			await page.waitForFunction(savedImportExists);
			await page.reload();
			await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
				`Showing all ${total.toLocaleString('en')} moves.`
			);
		});

		test('says the file has no people, and offers no one to follow', async ({ page }) => {
			await expect(page.getByText(/it names no one, so there is no person to follow/)).toBeVisible();
			await expect(page.getByRole('button', { name: /^Show only the moves of / })).toHaveCount(0);
			await page.goto('/en/?person=people');
			await expect(page.getByText('no person has the id “people”')).toBeVisible();
		});
	});
}
