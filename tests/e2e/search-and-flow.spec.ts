// The search boxes (an organization to add to the filter, a person whose moves alone to show) and
// the flow diagram's control of how many organizations it names, driven by mouse and by keyboard,
// in English and in French, on the article's data and on a realistic 15,000-row import. The
// boxes follow the ARIA 1.2 combobox pattern (WAI-ARIA APG, list autocomplete with manual
// selection): focus stays in the box, the option in view is its aria-activedescendant.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { readCsv } from '../../src/lib/import/csv';
import { importTable } from '../../src/lib/import/importFile';
import { guessMapping } from '../../src/lib/import/mapping';
import type { Dataset } from '../../src/lib/schema/dataset';
import { realisticCareers } from '../fixtures/realistic';
import { plainSearch } from '../unit/core/plain';
import {
	chooseFile,
	fixture,
	flowDiagram,
	importThroughDialog,
	openImportDialog,
	type Language
} from './dataFiles';
import { recordPageErrors } from './pageErrors';
import { chartsAreLive, openStory } from './story';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What the page calls things, in each of its languages. */
const WORDS = {
	en: {
		organization: 'Find an organization',
		person: 'Find a person',
		filter: 'Filter by organization',
		flow: 'Who left, and where to',
		named: 'Organizations named',
		number: (n: number) => n.toLocaleString('en'),
		moves: (n: number) => (n === 1 ? '1 move' : `${n.toLocaleString('en')} moves`),
		matches: (total: number, listed: number) =>
			total === 1
				? '1 match.'
				: listed < total
					? `${total.toLocaleString('en')} matches; the ${listed} busiest are listed.`
					: `${total} matches.`,
		namedSome: (named: number, total: number) =>
			`${named} of ${total.toLocaleString('en')} organizations are named, the busiest; the other ${(total - named).toLocaleString('en')} are grouped as “Other”.`,
		personChosen: (name: string) => `Showing the moves of ${name}.`,
		everyone: 'Show everyone',
		use: /^Use these [\d,]+ moves$/
	},
	fr: {
		organization: 'Trouver une organisation',
		person: 'Trouver une personne',
		filter: 'Filtrer par organisation',
		flow: 'Qui est parti, et pour où',
		named: 'Organisations nommées',
		number: (n: number) => n.toLocaleString('fr'),
		moves: (n: number) => `${n.toLocaleString('fr')} mouvement${n > 1 ? 's' : ''}`,
		matches: (total: number, listed: number) =>
			total === 1
				? '1 résultat.'
				: listed < total
					? `${total.toLocaleString('fr')} résultats ; les ${listed} plus actifs sont listés.`
					: `${total} résultats.`,
		namedSome: (named: number, total: number) =>
			`${named} organisations sur ${total.toLocaleString('fr')} sont nommées, les plus actives ; les ${(total - named).toLocaleString('fr')} autres sont regroupées sous « Autres ».`,
		personChosen: (name: string) => `Personne choisie : ${name} (ses mouvements seulement).`,
		everyone: 'Montrer tout le monde',
		use: /^Utiliser ces [\d\s\u202f]+ mouvements$/
	}
} as const;

/** A search box, its list and what it says, by the names a screen reader announces. */
function searchBox(page: Page, label: string) {
	const box = page.getByRole('combobox', { name: label, exact: true });
	const list = page.getByRole('listbox', { name: label, exact: true });
	return {
		box,
		list,
		options: list.getByRole('option'),
		/** The polite line that says how many match. */
		status: page.locator(`[role="status"]`).filter({ hasText: /match|résultat/ }),
		/** The option that has visual focus, as the box names it. */
		active: async () => {
			const id = await box.getAttribute('aria-activedescendant');
			return id === null ? null : (await page.locator(`[id="${id}"]`).innerText()).replace(/\s+/g, ' ');
		}
	};
}

/** The caret's place in a box. */
const caret = (box: Locator) => box.evaluate((input: HTMLInputElement) => input.selectionStart);

const query = (page: Page) => decodeURIComponent(new URL(page.url()).search);

/** The toggles of the filter by organization, as they read. */
const chips = (page: Page, language: Language) =>
	page
		.getByRole('region', { name: WORDS[language].filter })
		.getByRole('button', { name: /\(\d[\d,\s\u202f]*\)$/ });

// ——— The article's data ———

test.describe('on the article’s data', () => {
	test('the organization box, by keyboard: typing lists the matches ignoring case and accents, with their moves; Down, Up, Home, End and Escape move as the APG says; Enter adds the organization to the filter', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const search = searchBox(page, WORDS.en.organization);
		await expect(search.box).toHaveAttribute('aria-expanded', 'false');
		await expect(search.box).toHaveAttribute('aria-autocomplete', 'list');
		const controls = await search.box.getAttribute('aria-controls');

		await search.box.focus();
		await page.keyboard.type('MÉ');
		await expect(search.box).toHaveAttribute('aria-expanded', 'true');
		await expect(search.list).toHaveAttribute('id', controls!);
		await expect(search.options).toHaveText(['Meta 3 moves', 'Meijer’s own AI startup (unnamed) 1 move'], {
			useInnerText: true
		});
		await expect(search.status).toHaveText('2 matches.');
		expect(await search.active()).toBeNull();

		// Down moves visual focus into the list and wraps; Up wraps back.
		await page.keyboard.press('ArrowDown');
		expect(await search.active()).toBe('Meta 3 moves');
		await expect(search.options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(search.options.last()).toHaveAttribute('aria-selected', 'false');
		await page.keyboard.press('ArrowDown');
		expect(await search.active()).toBe('Meijer’s own AI startup (unnamed) 1 move');
		await page.keyboard.press('ArrowDown');
		expect(await search.active()).toBe('Meta 3 moves');
		await page.keyboard.press('ArrowUp');
		expect(await search.active()).toBe('Meijer’s own AI startup (unnamed) 1 move');
		// Home and End put the caret at either end of the box, and visual focus back in it.
		await page.keyboard.press('Home');
		expect([await search.active(), await caret(search.box)]).toEqual([null, 0]);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('End');
		expect([await search.active(), await caret(search.box)]).toEqual([null, 2]);
		await expect(search.box).toBeFocused();

		// Escape closes the list, and again empties the box; Alt+Down opens it without moving focus.
		await page.keyboard.press('Escape');
		await expect(search.box).toHaveAttribute('aria-expanded', 'false');
		await expect(search.box).toHaveValue('MÉ');
		await page.keyboard.press('Escape');
		await expect(search.box).toHaveValue('');
		await page.keyboard.press('Alt+ArrowDown');
		await expect(search.box).toHaveAttribute('aria-expanded', 'true');
		expect(await search.active()).toBeNull();
		// With nothing typed, every organization that moves is listed, busiest first.
		await expect(search.options).toHaveText(
			[
				'Meta 3 moves',
				'Not disclosed 2 moves',
				'Meijer’s own AI startup (unnamed) 1 move',
				'Automind 0 moves',
				'Yutori 0 moves'
			],
			{ useInnerText: true }
		);

		await page.keyboard.type('disc');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => query(page)).toBe('?company=undisclosed');
		await expect(chips(page, 'en').and(page.locator('[aria-pressed="true"]'))).toHaveText([
			'Not disclosed (2)'
		]);
		// The box is ready for another: empty, closed, and still focused.
		await expect(search.box).toHaveValue('');
		await expect(search.box).toHaveAttribute('aria-expanded', 'false');
		await expect(search.box).toBeFocused();
		expect(errors).toEqual([]);
	});

	test('the organization box, by mouse: a click opens it, a click on an option adds it, even one no toggle shows', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page);
		const search = searchBox(page, WORDS.en.organization);
		// Yutori moves only in other reporting, which is off: it has no toggle, but the box finds it.
		await expect(chips(page, 'en').filter({ hasText: 'Yutori' })).toHaveCount(0);
		await search.box.click();
		await expect(search.box).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.type('yu');
		await search.options.filter({ hasText: 'Yutori' }).hover();
		expect(await search.active()).toBe('Yutori 0 moves');
		await search.options.filter({ hasText: 'Yutori' }).click();
		await expect.poll(() => query(page)).toBe('?company=yutori');
		await expect(chips(page, 'en').filter({ hasText: 'Yutori' })).toHaveAttribute('aria-pressed', 'true');
		await expect(search.box).toHaveAttribute('aria-expanded', 'false');

		// Choosing it again changes nothing; a click elsewhere closes the list.
		await search.box.click();
		await page.keyboard.type('yutori');
		await search.options.first().click();
		await expect.poll(() => query(page)).toBe('?company=yutori');
		await search.box.click();
		await expect(search.box).toHaveAttribute('aria-expanded', 'true');
		await page.getByRole('heading', { level: 1 }).click();
		await expect(search.box).toHaveAttribute('aria-expanded', 'false');
		expect(errors).toEqual([]);
	});

	test('the person box: by keyboard a later word of the name finds someone, by mouse too; choosing sets ?person=, and “Show everyone” ends it', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page, '/en/?later=1');
		const search = searchBox(page, WORDS.en.person);
		await search.box.focus();
		await page.keyboard.type('das');
		await expect(search.options).toHaveText(['Abhishek Das 1 move'], { useInnerText: true });
		await expect(search.status).toHaveText('1 match.');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => query(page)).toBe('?later=1&person=abhishek-das');
		const line = page.getByText(WORDS.en.personChosen('Abhishek Das'));
		await expect(line).toBeVisible();
		await line.getByRole('button', { name: WORDS.en.everyone }).click();
		await expect.poll(() => query(page)).toBe('?later=1');

		await search.box.click();
		await page.keyboard.type('DEV');
		await search.options.filter({ hasText: 'Devi Parikh' }).click();
		await expect.poll(() => query(page)).toBe('?later=1&person=devi-parikh');
		await expect(page.getByText(WORDS.en.personChosen('Devi Parikh'))).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('in French, the boxes speak French and count in French; a choice by keyboard fills the address the same way', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await openStory(page, '/fr/');
		const organizations = searchBox(page, WORDS.fr.organization);
		await organizations.box.focus();
		await page.keyboard.type('me');
		await expect(organizations.options).toHaveText(
			['Meta 3 mouvements', 'Startup d’IA de Meijer (non nommée) 1 mouvement'],
			{
				useInnerText: true
			}
		);
		await expect(organizations.status).toHaveText('2 résultats.');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect.poll(() => query(page)).toBe('?company=meijer-startup');

		const people = searchBox(page, WORDS.fr.person);
		await people.box.click();
		await page.keyboard.type('erik');
		await people.options.first().click();
		await expect.poll(() => query(page)).toBe('?company=meijer-startup&person=erik-meijer');
		await expect(page.getByText(WORDS.fr.personChosen('Erik Meijer'))).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('axe finds no WCAG 2.2 AA violation with a box open and an option in view, in both languages', async ({
		page
	}) => {
		for (const [language, path] of [
			['en', '/en/'],
			['fr', '/fr/']
		] as const) {
			await openStory(page, path);
			const search = searchBox(page, WORDS[language].organization);
			await search.box.click();
			await page.keyboard.press('ArrowDown');
			await expect(search.list).toBeVisible();
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		}
	});

	test('the flow names every one of the article’s six organizations: no control to name more or fewer, and ?named= out of 5–30 is said and ignored', async ({
		page
	}) => {
		await openStory(page, '/en/?later=1');
		const flows = page.getByRole('region', { name: WORDS.en.flow });
		await expect(flows.getByRole('slider')).toHaveCount(0);
		await expect(flowDiagram(page).getByRole('button', { name: /^Other/ })).toHaveCount(0);
		await page.goto('/en/?named=99');
		await chartsAreLive(page);
		await expect(
			page.getByRole('status').filter({ hasText: 'Part of the address was ignored:' })
		).toContainText('“99” is not a value “named” takes');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the boxes are drawn, disabled, as they need scripts', async ({ page }) => {
		await page.goto('/en/');
		await expect(page.getByRole('combobox', { name: WORDS.en.organization })).toBeDisabled();
		await expect(page.getByRole('combobox', { name: WORDS.en.person })).toBeDisabled();
	});
});

// ——— A realistic import ———

const NAME = 'careers-realistic-15k.csv';
const { csv } = realisticCareers({ rows: 15_000, seed: 20240403 });
const file = { name: NAME, mimeType: 'text/csv', buffer: Buffer.from(csv) };

/** The dataset the page makes of the file, made here in Node, and what its boxes should offer. */
function importedHere() {
	const read = readCsv(csv);
	if (!read.ok) throw new Error('the realistic file should read');
	const outcome = importTable(read.table, NAME, 'careers', guessMapping(read.table.headers, 'careers'));
	if (!outcome.ok) throw new Error('the realistic file should import');
	const dataset: Dataset = outcome.value.dataset;
	// Moves leaving or joining each organization (one within an organization counts once).
	const moves = new Map<string, number>();
	for (const m of dataset.moves)
		for (const id of new Set([m.from, m.to])) moves.set(id, (moves.get(id) ?? 0) + (m.weight ?? 1));
	const ids = [...moves.keys()];
	const names = ids.map((id) => dataset.organizations.find((o) => o.id === id)!.name);
	const counts = ids.map((id) => moves.get(id)!);
	const busiest = ids
		.map((id, i) => ({ id, name: names[i]!, moves: counts[i]! }))
		.sort((a, b) => b.moves - a.moves || (a.id < b.id ? -1 : 1));
	/** The options the box lists for a query: the obvious search over the same names and counts. */
	const expected = (typed: string, language: Language) => {
		const { entries, total } = plainSearch(names, typed, counts, 50);
		return {
			options: entries.map((e) => `${names[e]} ${WORDS[language].moves(counts[e]!)}`),
			status: WORDS[language].matches(total, entries.length)
		};
	};
	const mover = dataset.people.find((p) => dataset.moves.filter((m) => m.person === p.id).length >= 3)!;
	return { dataset, busiest, expected, organizations: moves.size, mover };
}
const imported = importedHere();

/** Imports the realistic file through the dialog and waits for the page to show it, live. */
async function importRealistic(page: Page, language: Language) {
	await openStory(page, `/${language}/`);
	const dialog = await importThroughDialog(page, file, language);
	await dialog.getByRole('button', { name: WORDS[language].use }).click({ timeout: 60_000 });
	await expect(dialog).toBeHidden();
	await chartsAreLive(page);
}

/** Keeps a picture of the page as it is, in test-results/screenshots/, for a reader to look at. */
async function keepPicture(page: Page, testInfo: TestInfo, name: string) {
	const path = join(testInfo.project.outputDir, 'screenshots', `${name}.png`);
	await page.screenshot({ path });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.describe('on a realistic 15,000-row import', () => {
	test.describe.configure({ mode: 'parallel' });
	test.setTimeout(120_000);

	test('in English: the toggles are the 8 busiest and what is chosen; the box finds the rest, by keyboard and by mouse; pictures at 1280 and 375 px, and axe, with the list open', async ({
		page
	}, testInfo) => {
		const errors = recordPageErrors(page);
		await importRealistic(page, 'en');
		const top = imported.busiest.slice(0, 8);
		await expect(chips(page, 'en')).toHaveText(top.map((o) => `${o.name} (${WORDS.en.number(o.moves)})`));

		const search = searchBox(page, WORDS.en.organization);
		const far = imported.busiest[40]!;
		const typed = far.name.slice(0, 3).toUpperCase();
		await search.box.focus();
		await page.keyboard.type(typed);
		const expected = imported.expected(typed, 'en');
		await expect(search.options).toHaveText(expected.options, { useInnerText: true });
		await expect(search.status).toHaveText(expected.status);
		await keepPicture(page, testInfo, 'search-import-open-1280');
		const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

		// By keyboard: down to the organization, Enter.
		const at = expected.options.findIndex((o) => o.startsWith(`${far.name} `));
		for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
		expect(await search.active()).toBe(expected.options[at]);
		await page.keyboard.press('Enter');
		await expect.poll(() => query(page)).toBe(`?company=${far.id}`);

		// By mouse, at a phone's width: a second one, typed without its accents or capitals.
		await page.setViewportSize({ width: 375, height: 800 });
		const other = imported.busiest[100]!;
		await search.box.click();
		await page.keyboard.type(other.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
		await expect(search.options.first()).toBeVisible();
		await search.box.scrollIntoViewIfNeeded();
		await keepPicture(page, testInfo, 'search-import-open-375');
		await search.options.filter({ hasText: other.name }).first().click();
		await expect.poll(() => query(page)).toBe(`?company=${far.id},${other.id}`);
		// The toggles: the 8 busiest, and the two chosen, pressed.
		await expect(chips(page, 'en')).toHaveCount(10);
		await expect(chips(page, 'en').and(page.locator('[aria-pressed="true"]'))).toHaveCount(2);

		// The person box, by keyboard.
		const people = searchBox(page, WORDS.en.person);
		await people.box.focus();
		await page.keyboard.type(imported.mover.name);
		await expect(people.options.first()).toContainText(imported.mover.name);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => query(page)).toBe(`?company=${far.id},${other.id}&person=${imported.mover.id}`);
		await expect(page.getByText(WORDS.en.personChosen(imported.mover.name))).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('in English: the flow control names 5 to 30 organizations, by keyboard and by mouse; every name keeps its line, “Other” to “Other” is left out and said, and a shortened name shows whole on focus and on hover', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await importRealistic(page, 'en');
		const flows = page.getByRole('region', { name: WORDS.en.flow });
		const slider = flows.getByRole('slider', { name: WORDS.en.named });
		const note = flows.getByText(/organizations are named/);
		await expect(slider).toHaveValue('12');
		await expect(note).toHaveText(WORDS.en.namedSome(12, imported.organizations));
		const nodes = flowDiagram(page).locator('.flow-node');
		await expect(nodes).toHaveCount(2 * 13);

		// By keyboard: End names 30, and every node keeps its name.
		await slider.focus();
		await page.keyboard.press('End');
		await expect.poll(() => query(page)).toBe('?named=30');
		await expect(note).toHaveText(WORDS.en.namedSome(30, imported.organizations));
		await expect(nodes).toHaveCount(2 * 31);
		await expect(flowDiagram(page).locator('.flow-node text')).toHaveCount(2 * 31);
		await expect(flows.getByText(/^Not drawn: [\d,]+ moves from “Other” to “Other”\.$/)).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => query(page)).toBe('?named=29');

		// By mouse: a click at the start of the slider names 5.
		const track = (await slider.boundingBox())!;
		await page.mouse.click(track.x + 2, track.y + track.height / 2);
		await expect.poll(() => query(page)).toBe('?named=5');
		await expect(nodes).toHaveCount(2 * 6);
		// Back steps through the numbers asked for.
		await page.goBack();
		await expect.poll(() => query(page)).toBe('?named=29');
		await expect(slider).toHaveValue('29');

		// At a phone's width names are shortened; focus or a pointer shows one whole beside its node.
		await page.setViewportSize({ width: 375, height: 800 });
		const shortened = flowDiagram(page)
			.locator('.flow-node')
			.filter({ has: page.locator('text', { hasText: /…$/ }) })
			.first();
		const mark = shortened.locator('rect');
		const full = (await mark.getAttribute('aria-label'))!.replace(/: .*$/, '');
		const whole = flowDiagram(page).locator('.flow-full-name');
		await mark.focus();
		await expect(whole).toHaveText(full);
		await mark.blur();
		await expect(whole).toHaveCount(0);
		await mark.hover();
		await expect(whole).toHaveText(full);
		expect(errors).toEqual([]);
	});

	test('in French: both boxes and the flow control, by keyboard and by mouse, speak French', async ({
		page
	}, testInfo) => {
		const errors = recordPageErrors(page);
		await importRealistic(page, 'fr');
		// The flow control first, over every organization: by keyboard one more, by mouse the most.
		const flows = page.getByRole('region', { name: WORDS.fr.flow });
		const slider = flows.getByRole('slider', { name: WORDS.fr.named });
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => query(page)).toBe('?named=13');
		await expect(flows.getByText(/sont nommées/)).toHaveText(WORDS.fr.namedSome(13, imported.organizations));
		const track = (await slider.boundingBox())!;
		await page.mouse.click(track.x + track.width - 2, track.y + track.height / 2);
		await expect.poll(() => query(page)).toBe('?named=30');

		const search = searchBox(page, WORDS.fr.organization);
		const typed = imported.busiest[1]!.name.slice(0, 2);
		await search.box.click();
		await page.keyboard.type(typed);
		const expected = imported.expected(typed, 'fr');
		await expect(search.options).toHaveText(expected.options, { useInnerText: true });
		await expect(search.status).toHaveText(expected.status);
		await keepPicture(page, testInfo, 'search-import-open-fr-1280');
		await search.options.nth(1).click();
		const second = imported.busiest.find((o) => expected.options[1]!.startsWith(`${o.name} `))!;
		await expect.poll(() => query(page)).toBe(`?company=${second.id}&named=30`);

		const people = searchBox(page, WORDS.fr.person);
		await people.box.focus();
		await page.keyboard.type(imported.mover.name.toUpperCase());
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page.getByText(WORDS.fr.personChosen(imported.mover.name))).toBeVisible();
		await page.getByRole('button', { name: WORDS.fr.everyone }).click();
		await expect.poll(() => query(page)).toBe(`?company=${second.id}&named=30`);
		expect(errors).toEqual([]);
	});
});

test('a file of counted flows names no one: no person box, and the page says why', async ({ page }) => {
	await openStory(page);
	const dialog = await openImportDialog(page);
	await chooseFile(dialog, fixture('aggregated-flows.json'));
	await dialog.getByRole('button', { name: /^Use (these [\d,]+ moves|this move)$/ }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('combobox', { name: WORDS.en.person })).toHaveCount(0);
	await expect(
		page.getByText(
			'No person to find: this file counts moves between organizations (each row a flow of many) and names no one.'
		)
	).toBeVisible();
	await expect(page.getByRole('combobox', { name: WORDS.en.organization })).toBeEnabled();
});
