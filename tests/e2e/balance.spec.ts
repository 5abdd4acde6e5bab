// The balance of the organizations chosen, retention and the career path of a person, driven by
// mouse and by keyboard, in English and in French, on the article's data, on a realistic 15,000-row
// career file and on a file of aggregated flows. The figures expected are worked out here in Node,
// with the importer and the core views the page uses, from the same files.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { compileSelection, selectRows, type Selection } from '../../src/lib/core/selection';
import { buildStore } from '../../src/lib/core/store';
import { balanceView } from '../../src/lib/core/views/balance';
import { organizationChoices } from '../../src/lib/core/views/choices';
import { retentionView } from '../../src/lib/core/views/retention';
import { timelineOfSelection } from '../../src/lib/core/views/timeline';
import { enBalance } from '../../src/lib/i18n/balance/en';
import { frBalance } from '../../src/lib/i18n/balance/fr';
import { messagesFor } from '../../src/lib/i18n/messages';
import { readCsv } from '../../src/lib/import/csv';
import { importTable } from '../../src/lib/import/importFile';
import { guessMapping } from '../../src/lib/import/mapping';
import type { Dataset } from '../../src/lib/schema/dataset';
import { DEFAULT_VIEW } from '../../src/lib/state/viewUrl';
import { organizationLabel } from '../../src/lib/transforms/datasetIndex';
import { formatCount, formatPercent } from '../../src/lib/transforms/formatNumbers';
import { publicationEnd } from '../../src/lib/transforms/timeline';
import { realisticCareers } from '../fixtures/realistic';
import {
	chooseFile,
	downloadBy,
	fixture,
	importThroughDialog,
	openImportDialog,
	repoRoot,
	type Language
} from './dataFiles';
import { accessibleTable } from './accessibilityTree';
import { recordPageErrors } from './pageErrors';
import { openStory, tabTo } from './story';

test.describe.configure({ mode: 'parallel' });

const wordings = { en: enBalance, fr: frBalance };
const article = JSON.parse(readFileSync(`${repoRoot}/data/talent.json`, 'utf8')) as Dataset;

/** What the page shows of a dataset with some organizations chosen, as the page computes it. */
function expected(
	dataset: Dataset,
	companies: string[],
	later = false,
	window: { from?: string; to?: string } = {}
) {
	const store = buildStore(dataset);
	const selection = compileSelection(store, { ...DEFAULT_VIEW, later, companies, ...window });
	const rows = selectRows(store, selection);
	const unit = timelineOfSelection(store, selection, publicationEnd('2024-04-03')).unit;
	return {
		store,
		balance: balanceView(store, rows, selection.organizations, unit, undefined, selection.window),
		retention: retentionView(store, rows, selection)
	};
}

/** The busiest organizations of a dataset, as the filter offers them: id, name and count. */
function busiest(dataset: Dataset, count: number) {
	const store = buildStore(dataset);
	const everything: Selection = compileSelection(store, DEFAULT_VIEW);
	return organizationChoices(store, selectRows(store, everything), everything)
		.slice(0, count)
		.map((c) => ({ ...c, name: dataset.organizations.find((o) => o.id === c.id)!.name }));
}

const balanceRegion = (page: Page) => page.locator('section.balance');
const movesHeading = (page: Page) => page.locator('#moves-heading');
const movesNote = (page: Page, language: Language) =>
	page
		.locator('#moves-heading + div')
		.getByText(language === 'en' ? /^The table lists/ : /^Le tableau liste/);

/** A number's link, by the words it is read with. */
const numberLink = (scope: Locator, language: Language, said: string) =>
	scope.getByRole('link', { name: wordings[language].balanceShowMoves(said), exact: true });

/** The organization filter's toggle for an organization (its name and count). */
const toggleOf = (page: Page, language: Language, choice: { name: string; moves: number }) =>
	page.getByRole('button', { name: `${choice.name} (${formatCount(choice.moves, language)})`, exact: true });

/** An axe scan of the page as it stands: nothing to report. */
async function axeClean(page: Page) {
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** The rows the moves table lists: all of them as rows, or in pages whose line says how many in all. */
async function rowsListed(page: Page): Promise<number> {
	const table = page.locator('table.moves-table');
	await table.scrollIntoViewIfNeeded();
	const pager = page.locator('section:has(> #moves-heading) .table-pager-rows');
	if ((await pager.count()) === 0) return table.locator('tbody tr').count();
	// "Rows 1–20 of 1,234" or "Lignes 1 à 20 sur 1 234": the last number, its digits grouped.
	const last = /(\d[\d,\s\u202f]*)$/.exec((await pager.textContent())!.trim())!;
	return Number(last[1]!.replace(/\D/g, ''));
}

test.describe('the balance on the article’s data', () => {
	test('by mouse in English: the figures, the moves behind a number, Back and Forward, and why retention is not shown', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		const { store, balance } = expected(article, ['meta']);
		await openStory(page, '/en/?company=meta');
		const region = balanceRegion(page);
		await expect(region.getByRole('heading', { name: 'Balance of Meta' })).toBeVisible();
		await expect(numberLink(region, 'en', enBalance.balanceArrivalsCount(balance.arrivals))).toHaveText('0');
		const departures = numberLink(region, 'en', enBalance.balanceDeparturesCount(balance.departures));
		await expect(departures).toHaveText(String(balance.departures));
		await expect(
			numberLink(region, 'en', enBalance.balanceNetCount(`\u2212${balance.departures}`))
		).toBeVisible();
		await expect(region.getByText(enBalance.retentionNoStays)).toBeVisible();

		// Pointed at, a number's link holds the whole view and its moves: it opens in a new tab too.
		await departures.hover();
		await expect(departures).toHaveAttribute('href', '?company=meta&moves=departures#moves-heading');
		// Left, it points at the moves table again, and keeps no view that may have changed since.
		await page.mouse.move(0, 0);
		await expect(departures).toHaveAttribute('href', '#moves-heading');
		await departures.click();
		await expect(page).toHaveURL(/[?&]moves=departures(&|$)/);
		await expect(movesHeading(page)).toBeFocused();
		await expect(movesNote(page, 'en')).toHaveText(
			`${enBalance.focusShowing(balance.departures, enBalance.focusDepartures('Meta'))} ${enBalance.focusClear}`
		);
		expect(await rowsListed(page)).toBe(balance.departures);

		// A source’s number leads to its moves; Back returns to the departures, Forward again.
		const first = balance.destinations[0]!;
		const id = store.organizationIds[first.organization]!;
		const name = organizationLabel(
			article.organizations.find((o) => o.id === id),
			'en'
		);
		await numberLink(region, 'en', enBalance.balanceTallyLabel(name, first.moves)).click();
		await expect(page).toHaveURL(new RegExp(`moves=to:${id}`));
		expect(await rowsListed(page)).toBe(first.moves);
		await page.goBack();
		await expect(page).toHaveURL(/moves=departures/);
		await page.goForward();
		await expect(page).toHaveURL(new RegExp(`moves=to:${id}`));

		await page.getByRole('button', { name: enBalance.focusClear }).click();
		await expect(page).not.toHaveURL(/moves=/);
		await expect(movesNote(page, 'en')).toHaveCount(0);
		expect(await rowsListed(page)).toBe(3);
		await axeClean(page);
		expect(errors).toEqual([]);
	});

	test('by keyboard in French: a number and a bar of the net per month lead to their moves', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		// Within March 2024: over no window, the departures, dated from March to 3 April, are in no month.
		const { balance } = expected(article, ['meta'], true, { from: '2024-03', to: '2024-03' });
		await openStory(page, '/fr/?company=meta&later=1&from=2024-03&to=2024-03');
		const region = balanceRegion(page);
		await expect(region.getByRole('heading', { name: 'Bilan de Meta' })).toBeVisible();
		const departures = numberLink(region, 'fr', frBalance.balanceDeparturesCount(balance.departures));
		await tabTo(page, departures);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/moves=departures/);
		await expect(movesHeading(page)).toBeFocused();
		await expect(movesNote(page, 'fr')).toContainText(frBalance.focusDepartures('Meta'));

		// The chart is one tab stop; arrows move between its bars; Enter lists the bar's moves.
		const bars = region.getByRole('group', { name: /^Solde par mois/ }).getByRole('link');
		const drawn = balance.periods.filter((p) => p.arrivals + p.departures > 0);
		await expect(bars).toHaveCount(drawn.length);
		await tabTo(page, bars.first());
		await page.keyboard.press('End');
		await expect(bars.last()).toBeFocused();
		const last = drawn[drawn.length - 1]!;
		const month = `${Math.floor(last.key / 12)}-${String((last.key % 12) + 1).padStart(2, '0')}`;
		// Focused, a bar's link holds the whole view and its moves, as a number's does.
		await expect(bars.last()).toHaveAttribute(
			'href',
			`?company=meta&later=1&from=2024-03&to=2024-03&moves=net@${month}#moves-heading`
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`moves=net@${month}`));
		expect(await rowsListed(page)).toBe(last.arrivals + last.departures);
		await axeClean(page);
		expect(errors).toEqual([]);
	});

	test('“in recent weeks” (up to 3 April) is in no month: no bar, and a note says why; a window of March alone places it in March', async ({
		page
	}) => {
		for (const path of ['/en/?company=meta', '/en/?company=meta&to=2024-03']) {
			await openStory(page, path);
			const net = balanceRegion(page).getByRole('group', { name: /^Net per month/ });
			// No empty frame either: the summary and the note say why there is no bar.
			await expect(net).toHaveCount(0);
			await expect(balanceRegion(page).getByText(enBalance.balanceLoose('month', 0, 3))).toBeVisible();
		}
		await openStory(page, '/en/?company=meta&from=2024-03&to=2024-03');
		const bars = balanceRegion(page)
			.getByRole('group', { name: /^Net per month/ })
			.getByRole('link');
		await expect(bars).toHaveCount(1);
		await expect(balanceRegion(page).getByText(enBalance.balanceLoose('month', 0, 3))).toHaveCount(0);
		// Focused, a bar's link holds the whole view and its moves.
		await bars.first().focus();
		await expect(bars.first()).toHaveAttribute('href', /moves=net@2024-03#/);
		await page.keyboard.press('Enter');
		expect(await rowsListed(page)).toBe(3);
	});

	test('says what in ?moves= it ignored, and lists every move', async ({ page }) => {
		await openStory(page, '/en/?company=meta&moves=from:meta');
		await expect(page.getByText('“from:meta” is not a value “moves” takes')).toBeVisible();
		expect(await rowsListed(page)).toBe(3);
	});

	test('the balance downloads as CSV and JSON, and the moves behind a number as CSV', async ({
		page
	}, testInfo) => {
		const { balance } = expected(article, ['meta'], true);
		await openStory(page, '/en/?company=meta&later=1&moves=departures');
		const region = balanceRegion(page);
		const json = await downloadBy(
			page,
			region.getByRole('button', { name: enBalance.balanceDownloadJson }),
			testInfo
		);
		expect(json.name).toBe('talent-flows-balance-meta.json');
		expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({
			organizations: [{ id: 'meta', name: 'Meta' }],
			arrivals: balance.arrivals,
			departures: balance.departures,
			net: balance.net
		});
		const csv = await downloadBy(
			page,
			region.getByRole('button', { name: enBalance.balanceDownloadCsv }),
			testInfo
		);
		expect(csv.name).toBe('talent-flows-balance-meta.csv');
		const lines = csv.bytes.toString('utf8').split('\r\n');
		expect(lines[0]).toBe('measure,from,from_name,to,to_name,period,moves');
		expect(lines.slice(1, 4)).toEqual([
			`arrivals,,,,,,${balance.arrivals}`,
			`departures,,,,,,${balance.departures}`,
			`net,,,,,,${balance.net}`
		]);
		const moves = await downloadBy(
			page,
			page.getByRole('button', { name: enBalance.focusDownloadCsv }),
			testInfo
		);
		expect(moves.name).toBe('talent-flows-moves-meta-departures.csv');
		expect(moves.bytes.toString('utf8').split('\r\n').slice(1, -1)).toHaveLength(balance.departures);
	});
});

test.describe('the career path on the article’s data', () => {
	test('by mouse in English: the places held, in order, dated as the sources date them, with their evidence', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page, '/en/?person=devi-parikh');
		const career = page.locator('section.career');
		await expect(career.getByRole('heading', { name: 'Career path of Devi Parikh' })).toBeVisible();
		const places = career
			.getByRole('list', { name: enBalance.careerPositions('Devi Parikh') })
			.getByRole('listitem');
		await expect(places).toHaveCount(2);
		await expect(places.nth(0)).toContainText('Meta');
		await expect(places.nth(0)).toContainText(new RegExp(`${enBalance.careerLeft}\\s*by April 3, 2024`));
		await expect(places.nth(1)).toContainText('Not disclosed');
		await places.nth(1).getByText(enBalance.careerEvidence).click();
		await expect(places.nth(1).getByRole('link').first()).toBeVisible();
		await axeClean(page);
		expect(errors).toEqual([]);
	});

	test('by keyboard in French: with other reporting, the move to Yutori stands in for the article’s departure it refines: one run, no break', async ({
		page
	}) => {
		await openStory(page, '/fr/?person=devi-parikh&later=1');
		const career = page.locator('section.career');
		await expect(career.getByRole('heading', { name: 'Parcours de Devi Parikh' })).toBeVisible();
		await expect(career.locator('li.career-position')).toHaveCount(2);
		await expect(career.getByText(frBalance.careerBreak)).toHaveCount(0);
		await expect(career.getByText('Non divulguée', { exact: true })).toHaveCount(0);
		await expect(
			career.locator('li.career-position').filter({ has: page.getByText('Yutori', { exact: true }) })
		).toContainText('Arrivée entre mars 2024 et 3 avril 2024');
		const evidence = career.getByText(frBalance.careerEvidence).first();
		await tabTo(page, evidence);
		await page.keyboard.press('Enter');
		await expect(career.locator('details').first()).toHaveAttribute('open', '');
	});
});

test('a career with no move recorded between two places shows two runs, with the break said', async ({
	page
}) => {
	const errors = recordPageErrors(page);
	const csv = 'person,from,to,date\nAnn Gap,Meta,Google,2020-01\nAnn Gap,OpenAI,Anthropic,2022-05\n';
	await openStory(page, '/en/');
	const dialog = await importThroughDialog(page, {
		name: 'gap.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	await dialog.getByRole('button', { name: /^Use these/ }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: /gap\.csv/ })).toBeVisible();
	const follow = page.getByRole('button', { name: 'Show only the moves of Ann Gap' }).first();
	await follow.scrollIntoViewIfNeeded();
	await follow.click();
	await expect(page).toHaveURL(/person=/);
	const career = page.locator('section.career');
	await expect(career.getByRole('heading', { name: 'Career path of Ann Gap' })).toBeVisible();
	await expect(career.getByText(enBalance.careerBreak)).toHaveCount(1);
	await expect(career.locator('li.career-position')).toHaveCount(4);
	expect(errors).toEqual([]);
});

test.describe('a realistic 15,000-row career file', () => {
	test.setTimeout(120_000);
	const NAME = 'careers-realistic-15k.csv';
	const { csv } = realisticCareers({ rows: 15_000, seed: 20240403 });
	const file = { name: NAME, mimeType: 'text/csv', buffer: Buffer.from(csv) };
	const read = readCsv(csv);
	if (!read.ok) throw new Error('the realistic file should read');
	const imported = importTable(read.table, NAME, 'careers', guessMapping(read.table.headers, 'careers'));
	if (!imported.ok) throw new Error('the realistic file should import');
	const dataset = imported.value.dataset;
	const [top, second] = busiest(dataset, 2) as [ReturnType<typeof busiest>[0], ReturnType<typeof busiest>[0]];

	async function importIt(page: Page, language: Language) {
		await openStory(page, `/${language}/`);
		const dialog = await importThroughDialog(page, file, language);
		await dialog
			.getByRole('button', { name: language === 'en' ? /^Use these/ : /^Utiliser ces/ })
			.click({ timeout: 60_000 });
		await expect(dialog).toBeHidden();
		// The dialog closes at once, and the page switches to the import when it is ready: a reader
		// (and a test) at work before then meets the article's data, and its toggles go away.
		await expect(
			page.getByRole('heading', { level: 1, name: new RegExp(NAME.replace('.', '\\.')) })
		).toBeVisible();
	}

	/** Pictures of the balance at a desktop and a phone width, kept with the test's results. */
	async function keepPictures(page: Page, testInfo: TestInfo) {
		for (const width of [1280, 375]) {
			await page.setViewportSize({ width, height: width === 375 ? 800 : 900 });
			const path = join(testInfo.project.outputDir, 'screenshots', `balance-import-${width}.png`);
			await balanceRegion(page).screenshot({ path });
			await testInfo.attach(`balance-import-${width}.png`, { path, contentType: 'image/png' });
		}
		await page.setViewportSize({ width: 1280, height: 900 });
	}

	test('by mouse in English: the busiest organization’s balance and retention, its top source’s moves, and the downloads', async ({
		page
	}, testInfo) => {
		const errors = recordPageErrors(page);
		const { store, balance, retention } = expected(dataset, [top.id]);
		const nameOf = (k: number) => dataset.organizations.find((o) => o.id === store.organizationIds[k])!.name;
		await importIt(page, 'en');
		await toggleOf(page, 'en', top).click();
		const region = balanceRegion(page);
		await expect(region.getByRole('heading', { name: `Balance of ${top.name}` })).toBeVisible();
		await expect(numberLink(region, 'en', enBalance.balanceArrivalsCount(balance.arrivals))).toHaveText(
			formatCount(balance.arrivals, 'en')
		);
		await expect(numberLink(region, 'en', enBalance.balanceDeparturesCount(balance.departures))).toHaveText(
			formatCount(balance.departures, 'en')
		);
		const sources = region.getByRole('list', { name: enBalance.balanceSources }).getByRole('listitem');
		await expect(sources).toHaveCount(
			balance.sources.length + (balance.otherSources.organizations > 0 ? 1 : 0)
		);
		await expect(sources.last()).toContainText(
			messagesFor('en').otherOrganizations(balance.otherSources.organizations)
		);
		// The total holds every dated arrival: the cohorts', and those dated to no one year.
		const total = retention.totals[0]!.after[1]!;
		const told = total.stayed + total.left;
		await expect(region.getByRole('table', { name: enBalance.retentionCaption(top.name) })).toContainText(
			enBalance.retentionShare(total.stayed, told, formatPercent(total.stayed / told, 'en'))
		);
		await keepPictures(page, testInfo);
		await axeClean(page);

		// Retention's figures lead to their moves too: those still there after 2 years, those gone.
		const share = enBalance.retentionShare(total.stayed, told, formatPercent(total.stayed / told, 'en'));
		await numberLink(region, 'en', enBalance.balanceLabelled(enBalance.retentionAfter(2), share)).click();
		await expect(page).toHaveURL(/moves=stayed:2(&|$|#)/);
		expect(await rowsListed(page)).toBe(total.stayed);
		await numberLink(
			region,
			'en',
			enBalance.balanceLabelled(enBalance.retentionAfter(2), enBalance.retentionLeft(total.left))
		).click();
		await expect(page).toHaveURL(/moves=left:2(&|$|#)/);
		expect(await rowsListed(page)).toBe(total.left);
		// Each year's cohort is drawn once its list is opened, and leads to its own moves.
		const years = new Set(retention.cohorts.map((c) => c.year)).size;
		await region.getByText(enBalance.retentionByYear(years)).click();
		const byYear = region.getByRole('table', { name: enBalance.retentionCaptionByYear(top.name) });
		await expect(byYear.locator('tbody tr')).toHaveCount(retention.cohorts.length);
		const cohort = retention.cohorts.find((c) => c.after[0]!.stayed > 0)!;
		const told1 = cohort.after[0]!.stayed + cohort.after[0]!.left;
		const share1 = enBalance.retentionShare(
			cohort.after[0]!.stayed,
			told1,
			formatPercent(cohort.after[0]!.stayed / told1, 'en')
		);
		await byYear
			.getByRole('row', { name: new RegExp(`^${cohort.year}`) })
			.getByRole('link', {
				name: enBalance.balanceShowMoves(enBalance.balanceLabelled(enBalance.retentionAfter(1), share1))
			})
			.click();
		await expect(page).toHaveURL(new RegExp(`moves=stayed:1@${cohort.year}(&|$|#)`));
		expect(await rowsListed(page)).toBe(cohort.after[0]!.stayed);

		const source = balance.sources[0]!;
		await numberLink(
			region,
			'en',
			enBalance.balanceTallyLabel(nameOf(source.organization), source.moves)
		).click();
		await expect(page).toHaveURL(new RegExp(`moves=from:${store.organizationIds[source.organization]}`));
		expect(await rowsListed(page)).toBe(source.moves);
		const moves = await downloadBy(
			page,
			page.getByRole('button', { name: enBalance.focusDownloadCsv }),
			testInfo
		);
		expect(moves.bytes.toString('utf8').split('\r\n').slice(1, -1)).toHaveLength(source.moves);
		const json = await downloadBy(
			page,
			region.getByRole('button', { name: enBalance.balanceDownloadJson }),
			testInfo
		);
		expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({
			arrivals: balance.arrivals,
			departures: balance.departures,
			net: balance.net
		});
		expect(errors).toEqual([]);
	});

	test('by keyboard in French: two organizations, each way between them and their ratio, and a person’s path', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		const { balance } = expected(dataset, [top.id, second.id]);
		await importIt(page, 'fr');
		// From the button that opened the import dialog, as a keyboard reader is after it closes.
		await page.getByRole('button', { name: 'Importer vos données…' }).focus();
		await tabTo(page, toggleOf(page, 'fr', top));
		await page.keyboard.press('Enter');
		await expect(
			balanceRegion(page).getByRole('heading', { name: frBalance.balanceHeading(top.name) })
		).toBeVisible();
		// The second one's count is now of the moves the other filters keep: the same, no other filter being set.
		await tabTo(page, toggleOf(page, 'fr', second));
		await page.keyboard.press('Enter');
		const region = balanceRegion(page);
		await expect(
			region.getByRole('heading', { name: frBalance.balanceHeading(`${top.name} et ${second.name}`) })
		).toBeVisible();
		const pair = balance.pair!;
		const way = numberLink(
			region,
			'fr',
			`${frBalance.balancePairWay(top.name, second.name)} : ${formatCount(pair.ab, 'fr')}`
		);
		await expect(region.locator('.balance-pair')).toContainText(
			`${frBalance.balanceLead(frBalance.balancePairWay(top.name, second.name))} ${formatCount(pair.ab, 'fr')}`
		);
		await expect(region.locator('.balance-pair')).toContainText('pour 1');
		// Past every flow of the diagram, each a stop of its own.
		await tabTo(page, way, 1000);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`moves=pair:${top.id}:${second.id}`));
		await expect(movesHeading(page)).toBeFocused();
		expect(await rowsListed(page)).toBe(pair.ab);

		// The first person listed: their career path, by keyboard.
		const person = page.locator('table.moves-table tbody th button').first();
		const name = (await person.textContent())!.trim();
		await tabTo(page, person, 1000);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: frBalance.careerHeading(name) })).toBeVisible();
		await expect(page.locator('section.career li.career-position').first()).toBeVisible();
		await axeClean(page);
		expect(errors).toEqual([]);
	});

	test('on a phone, retention reads as two lines a cohort, and screen readers still get a table of rows, headers and cells', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await importIt(page, 'en');
		await toggleOf(page, 'en', top).click();
		const caption = enBalance.retentionCaption(top.name);
		const table = balanceRegion(page).getByRole('table', { name: caption });
		await expect(table).toBeVisible();

		// The cohort and how many joined on one line, what became of them after 1 and 2 years below it,
		// side by side; nothing wider than the screen.
		const cells = table.locator('tbody tr').first().locator('th, td');
		const [who, joined, afterOne, afterTwo] = await Promise.all(
			[0, 1, 2, 3].map(async (i) => (await cells.nth(i).boundingBox())!)
		);
		expect(joined!.y).toBe(who!.y);
		expect(afterOne!.y).toBeGreaterThan(who!.y + who!.height - 1);
		expect(afterTwo!.y).toBe(afterOne!.y);
		expect(afterTwo!.x).toBeGreaterThan(afterOne!.x + afterOne!.width - 1);
		const scroll = table.locator('xpath=..');
		expect(await scroll.evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0);

		// What Chromium gives screen readers, not what the markup says: the table with its headers.
		expect(await accessibleTable(page, caption)).toEqual([
			'row',
			...[
				enBalance.retentionOrganization,
				enBalance.retentionJoined,
				enBalance.retentionAfter(1),
				enBalance.retentionAfter(2)
			].map((name) => `columnheader ${name}`),
			'row',
			`rowheader ${top.name}`,
			'cell',
			'cell',
			'cell'
		]);
		await axeClean(page);
	});
});

test.describe('a file of moves dated by spans', () => {
	// Three people join Xeno: one between December 2022 and February 2023 (over two calendar years), who
	// leaves in March 2023; one between March and May 2022 (within 2022); one on or before
	// 3 April 2024, whose span begins with no start.
	const csv = [
		'person,from,to,date,date_end',
		'Ann,Alpha,Xeno,2022-12,2023-02',
		'Ann,Xeno,Beta,2023-03-01,',
		'Cy,Alpha,Xeno,2022-03,2022-05',
		'Dee,Alpha,Xeno,,2024-04-03',
		'Eli,Alpha,Beta,2026-06-01,'
	].join('\n');
	const file = { name: 'spans.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };

	for (const language of ['en', 'fr'] as const)
		test(`retention puts an arrival dated to a span over more than one year in the total, not in a year (${language})`, async ({
			page
		}) => {
			const w = wordings[language];
			await openStory(page, `/${language}/`);
			const dialog = await importThroughDialog(page, file, language);
			await dialog.getByRole('button', { name: language === 'en' ? /^Use these/ : /^Utiliser ces/ }).click();
			await expect(dialog).toBeHidden();
			await toggleOf(page, language, { name: 'Xeno', moves: 4 }).click();
			const region = balanceRegion(page);
			await expect(region.getByText(w.retentionLoose('Xeno', 2))).toBeVisible();
			// The total counts all three; the year-by-year table has one row, for 2022.
			const total = region.getByRole('table', { name: w.retentionCaption('Xeno') });
			await expect(total.locator('tbody tr').first()).toContainText(formatCount(3, language));
			await region.getByText(w.retentionByYear(1)).click();
			const byYear = region.getByRole('table', { name: w.retentionCaptionByYear('Xeno') });
			await expect(byYear.locator('tbody tr')).toHaveCount(1);
			await expect(byYear.locator('tbody tr')).toContainText('2022');
			await axeClean(page);
		});
});

test.describe('a file of aggregated flows', () => {
	const FILE = 'aggregated-flows.json';
	const flows = JSON.parse(readFileSync(fixture(FILE), 'utf8')) as Dataset;
	const [top] = busiest(flows, 1) as [ReturnType<typeof busiest>[0]];

	test('counts each flow’s weight in the balance, and says retention cannot be told from flows', async ({
		page
	}) => {
		const { balance } = expected(flows, [top.id]);
		const weight = (m: Dataset['moves'][number]) => m.weight ?? 1;
		// By hand: the weights of the flows into and out of it.
		const arrivals = flows.moves
			.filter((m) => m.to === top.id && m.from !== top.id)
			.reduce((s, m) => s + weight(m), 0);
		const departures = flows.moves
			.filter((m) => m.from === top.id && m.to !== top.id)
			.reduce((s, m) => s + weight(m), 0);
		expect([balance.arrivals, balance.departures]).toEqual([arrivals, departures]);
		expect(arrivals + departures).toBeGreaterThan(flows.moves.length);

		await openStory(page);
		const dialog = await openImportDialog(page);
		await chooseFile(dialog, fixture(FILE));
		await dialog.getByRole('button', { name: /^Use (these [\d,]+ moves|this move)$/ }).click();
		await expect(dialog).toBeHidden();
		await toggleOf(page, 'en', top).click();
		const region = balanceRegion(page);
		await expect(numberLink(region, 'en', enBalance.balanceArrivalsCount(arrivals))).toHaveText(
			formatCount(arrivals, 'en')
		);
		await expect(numberLink(region, 'en', enBalance.balanceDeparturesCount(departures))).toHaveText(
			formatCount(departures, 'en')
		);
		await expect(region.getByText(enBalance.retentionNoPeople)).toBeVisible();
	});
});

test('the page with a balance, the moves behind a number and a career path passes the Nu HTML checker', async ({
	page
}, testInfo) => {
	await openStory(page, '/en/?company=meta&later=1&person=devi-parikh&moves=departures');
	await expect(page.locator('section.career')).toBeVisible();
	await expect(movesNote(page, 'en')).toBeVisible();
	const path = testInfo.outputPath('balance.html');
	await writeFile(path, `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`);
	const jar = String(createRequire(import.meta.url)('vnu-jar'));
	const { stderr } = await promisify(execFile)('java', [
		'-jar',
		jar,
		'--errors-only',
		'--exit-zero-always',
		'--format',
		'json',
		path
	]);
	const errors = (JSON.parse(stderr) as { messages: { type: string; message: string }[] }).messages
		.filter((m) => m.type === 'error' && !/paint-order/.test(m.message))
		.map((m) => m.message);
	expect(errors).toEqual([]);
});
