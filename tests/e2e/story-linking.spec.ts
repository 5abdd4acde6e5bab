import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	clickMark,
	DETAILS_EMPTY,
	handleOf,
	openStory,
	scrollingHasStopped,
	sentence,
	storyRegions,
	tabTo
} from './story';

const LIT = /(^|\s)lit(\s|$)/;

/** The flows and timeline rows of the three people whose departure sentence p4.s2 states. */
function marksOfTheThreeDepartures(page: Page): Locator[] {
	const { flowDiagram, timeline } = storyRegions(page);
	return [
		flowDiagram.getByRole('button', {
			name: /^Meta → Meijer’s own AI startup \(unnamed\): 1 person \(Erik Meijer\)/
		}),
		flowDiagram.getByRole('button', {
			name: /^Meta → Not disclosed: 2 people \(Devi Parikh, Abhishek Das\)/
		}),
		timeline.getByRole('button', { name: /^Devi Parikh leaves Meta/ }),
		timeline.getByRole('button', { name: /^Abhishek Das leaves Meta/ }),
		timeline.getByRole('button', { name: /^Erik Meijer leaves Meta/ })
	];
}

test.describe('from a sentence to its marks', () => {
	test('pointing at sentence p4.s2 with the mouse lights the flows and timeline rows of Parikh, Das and Meijer', async ({
		page
	}) => {
		await openStory(page);
		const { share, details } = storyRegions(page);

		await sentence(page, 'p4.s2').hover();
		for (const mark of marksOfTheThreeDepartures(page)) await expect(mark).toHaveClass(LIT);
		// The share of staff is a figure, not these people: it is not lit.
		await expect(share).not.toHaveClass(LIT);
		// Pointing only lights: the details follow a selection, so they hold still under the mouse.
		await expect(details).toContainText(DETAILS_EMPTY);

		// Pointing elsewhere puts every mark back as it was.
		await page.getByRole('heading', { level: 1 }).hover();
		for (const mark of marksOfTheThreeDepartures(page)) await expect(mark).not.toHaveClass(LIT);
		await expect(details).toContainText(DETAILS_EMPTY);
	});

	test('tabbing to the handle of sentence p5.s2 lights “A share, not people”, Enter selects the sentence and Escape clears it', async ({
		page
	}) => {
		await openStory(page);
		const { share, details } = storyRegions(page);
		const handle = handleOf(page, 'p5.s2');

		await tabTo(page, handle);
		await expect(handle).toBeFocused();
		await expect(share).toHaveClass(LIT);
		await expect(handle).toHaveAttribute('aria-pressed', 'false');

		await page.keyboard.press('Enter');
		await expect(handle).toHaveAttribute('aria-pressed', 'true');
		// A toggle, not a jump: the address stays the page's own.
		await expect(page).toHaveURL((url) => url.hash === '');
		await expect(details).toContainText('Sentence p5.s2 of the article states:');
		const fact = details
			.getByRole('listitem')
			.filter({ hasText: 'More than 30% of its staff on AI projects' });
		await expect(fact).toContainText(
			'Meta lui-même a connu un exode de plus de 30% de ses employés de projet en IA depuis le début de 2023.'
		);
		await expect(fact.getByRole('link', { name: 'Show sentence p5.s2 in the article' })).toBeVisible();
		await expect(details.getByRole('button', { name: 'Clear the selection' })).toBeVisible();

		await page.keyboard.press('Escape');
		await expect(handle).toHaveAttribute('aria-pressed', 'false');
		await expect(details).toContainText(DETAILS_EMPTY);
		await expect(details.getByRole('button', { name: 'Clear the selection' })).toHaveCount(0);
		await expect(sentence(page, 'p5.s2')).not.toHaveClass(LIT);
	});

	test('Enter on the handle of sentence p4.s2 lists each of its facts with the words that state it', async ({
		page
	}) => {
		await openStory(page);
		const { details } = storyRegions(page);
		const handle = handleOf(page, 'p4.s2');

		await tabTo(page, handle);
		await page.keyboard.press('Enter');
		await expect(handle).toHaveAttribute('aria-pressed', 'true');
		await expect(sentence(page, 'p4.s2')).toHaveClass(LIT);
		await expect(sentence(page, 'p4.s2')).toHaveAttribute('aria-current', 'true');
		for (const [fact, quote] of [
			['Devi Parikh leaves Meta', 'La Directrice de l’IA générative Devi Parikh, le chercheur Abhishek Das'],
			['Abhishek Das leaves Meta', 'La Directrice de l’IA générative Devi Parikh, le chercheur Abhishek Das'],
			['Erik Meijer leaves Meta', 'le Directeur de l’Ingénierie Erik Meijer ont tous quitté l’entreprise']
		] as const) {
			const item = details.getByRole('listitem').filter({ hasText: fact }).first();
			await expect(item).toContainText(quote);
			await expect(item.getByRole('link', { name: 'Show sentence p4.s2 in the article' })).toBeVisible();
		}

		// Space is the other key of a button: it lets go of the selection.
		await page.keyboard.press('Space');
		await expect(handle).toHaveAttribute('aria-pressed', 'false');
	});

	test('Enter on the handle of the sentence naming Anthropic, Cohere and OpenAI says they are examples of the trend, not where anyone went', async ({
		page
	}) => {
		await openStory(page);
		const { details } = storyRegions(page);
		await tabTo(page, handleOf(page, 'p6.s1'));
		await page.keyboard.press('Enter');
		const trend = details.getByRole('listitem').filter({ hasText: 'helped companies such as Anthropic' });
		await expect(trend).toHaveCount(1);
		await expect(trend).toContainText('Examples of the trend, not where anyone named here went.');
	});

	test('clicking a handle selects its sentence instead of following the link, and clicking again lets go', async ({
		page
	}) => {
		await openStory(page);
		const handle = handleOf(page, 'p4.s2');
		await expect(handle).toHaveRole('button');

		await handle.click();
		await expect(handle).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL((url) => url.hash === '');
		for (const mark of marksOfTheThreeDepartures(page)) await expect(mark).toHaveClass(LIT);

		await handle.click();
		await expect(handle).toHaveAttribute('aria-pressed', 'false');
	});
});

/** Marks of the charts, each with the sentences that state what it stands for. */
const marks = [
	{
		what: 'the flow “Meta → Not disclosed”',
		find: (page: Page) =>
			storyRegions(page).flowDiagram.getByRole('button', { name: /^Meta → Not disclosed/ }),
		lights: ['p4.s2', 'p4.s5'],
		leavesDark: ['p4.s3', 'p6.s1']
	},
	{
		what: 'the timeline row of the layoffs in Meijer’s team (event-meijer-team-layoffs)',
		find: (page: Page) =>
			storyRegions(page).timeline.getByRole('button', { name: /Erik Meijer led at Meta is laid off/ }),
		lights: ['p4.s3'],
		leavesDark: ['p4.s2', 'p6.s1']
	},
	{
		what: 'the button “The wider trend” (Anthropic, Cohere, OpenAI)',
		find: (page: Page) => storyRegions(page).trend,
		lights: ['p6.s1', 'a5.s1'],
		leavesDark: ['p4.s2', 'p5.s2']
	}
];

test.describe('from a mark to its sentences', () => {
	for (const mark of marks) {
		test(`clicking ${mark.what} selects it and lights sentences ${mark.lights.join(' and ')}`, async ({
			page
		}) => {
			await openStory(page);
			const button = mark.find(page);
			await expect(button).toHaveAttribute('aria-pressed', 'false');

			await clickMark(page, button);
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			// Pointing wins over the selection while it lasts: the mouse leaves the charts, the selection stays.
			await page.mouse.move(0, 0);
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			await expect(button).toHaveClass(LIT);
			for (const id of mark.lights) {
				await expect(sentence(page, id)).toHaveClass(LIT);
				await expect(sentence(page, id)).toHaveAttribute('aria-current', 'true');
			}
			for (const id of mark.leavesDark) {
				await expect(sentence(page, id)).not.toHaveClass(LIT);
				await expect(sentence(page, id)).not.toHaveAttribute('aria-current');
			}
			// The sentences that state it are brought into view.
			await expect(sentence(page, mark.lights[0]!)).toBeInViewport();
			await expect(storyRegions(page).details).toContainText('This mark stands for:');

			// A second click lets it go.
			await clickMark(page, button);
			await expect(button).toHaveAttribute('aria-pressed', 'false');
		});

		test(`with the keyboard only, Tab to ${mark.what}, Enter selects it and lights sentences ${mark.lights.join(' and ')}, Space lets go`, async ({
			page
		}) => {
			await openStory(page);
			const button = mark.find(page);

			await tabTo(page, button);
			await expect(button).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			for (const id of mark.lights) {
				await expect(sentence(page, id)).toHaveClass(LIT);
				await expect(sentence(page, id)).toHaveAttribute('aria-current', 'true');
			}
			await expect(sentence(page, mark.lights[0]!)).toBeInViewport();
			await expect(button).toBeFocused();

			await page.keyboard.press('Space');
			await expect(button).toHaveAttribute('aria-pressed', 'false');
			await expect(
				storyRegions(page).details.getByRole('button', { name: 'Clear the selection' })
			).toHaveCount(0);
		});
	}

	test('“Clear the selection” lets go of a selected mark', async ({ page }) => {
		await openStory(page);
		const { flowDiagram, details } = storyRegions(page);
		const flow = flowDiagram.getByRole('button', { name: /^Meta → Not disclosed/ });

		await clickMark(page, flow);
		await expect(flow).toHaveAttribute('aria-pressed', 'true');
		await details.getByRole('button', { name: 'Clear the selection' }).click();
		await expect(flow).toHaveAttribute('aria-pressed', 'false');
		await expect(details.getByRole('button', { name: 'Clear the selection' })).toHaveCount(0);
		await page.getByRole('heading', { level: 1 }).hover();
		await expect(sentence(page, 'p4.s5')).not.toHaveClass(LIT);
		await expect(details).toContainText(DETAILS_EMPTY);
	});

	test('a mouse at rest over the charts, scrolled to their end, points at one thing and the page holds still', async ({
		page
	}) => {
		test.slow();
		await openStory(page);
		const { flows, details } = storyRegions(page);
		// Bring the charts to the top of the window and scroll the page on, to where the chart column's end
		// (the detail panel, whose height decides what sits where) stays in view beside the article.
		await flows.evaluate((region) => window.scrollTo(0, region.getBoundingClientRect().top + window.scrollY));
		const column = (await flows.boundingBox())!;
		await page.mouse.move(column.x + column.width - 8, 450);
		await page.mouse.wheel(0, 3000);
		await scrollingHasStopped(page);

		// Wherever the mouse rests, the detail panel settles on what is under it. It must not show a mark,
		// move the charts by its change of height, lose the mark and show nothing, again and again.
		const restless: string[] = [];
		for (let y = 40; y < 900; y += 40) {
			await page.mouse.move(column.x + column.width / 2, y);
			await page.waitForTimeout(300);
			const shown = new Set<string>();
			for (let sample = 0; sample < 5; sample++) {
				const text = await details.innerText();
				shown.add(
					text
						.replace(/^Details\s*/, '')
						.replace(/\s+/g, ' ')
						.slice(0, 70)
				);
				await page.waitForTimeout(100);
			}
			if (shown.size > 1) restless.push(`mouse at y=${y}: ${[...shown].join(' ⇄ ')}`);
		}
		expect(restless).toEqual([]);
	});

	test('Escape lets go of a selected mark', async ({ page }) => {
		await openStory(page);
		const { flowDiagram, details } = storyRegions(page);
		const flow = flowDiagram.getByRole('button', { name: /^Meta → Not disclosed/ });

		await clickMark(page, flow);
		await expect(flow).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('heading', { level: 1 }).hover();
		await page.keyboard.press('Escape');
		await expect(flow).toHaveAttribute('aria-pressed', 'false');
		await expect(sentence(page, 'p4.s5')).not.toHaveClass(LIT);
		await expect(details).toContainText(DETAILS_EMPTY);
	});
});

test.describe('with the keyboard alone', () => {
	/**
	 * Every mark of the charts, the timeline's time window and every handle of a fact sentence: each
	 * must be a stop of Tab.
	 */
	function tabStops(page: Page): Locator {
		const { flows, when } = storyRegions(page);
		return page
			.getByRole('article')
			.getByRole('button')
			.or(flows.getByRole('button'))
			.or(when.getByRole('button'))
			.or(when.getByRole('slider', { name: /^Time window/ }));
	}

	/** How an element shows that it has the focus, in the terms src/app.css uses for it. */
	type FocusLook = { label: string; indicator: string };

	/**
	 * Presses Tab from the top of the page until every stop has had the focus (or `limit` presses),
	 * and notes how each stop looked while it had it.
	 */
	async function tabThrough(page: Page, stops: Locator, limit: number): Promise<FocusLook[]> {
		const total = await stops.count();
		const seen = new Map<number, FocusLook>();
		for (let presses = 0; presses < limit && seen.size < total; presses++) {
			await page.keyboard.press('Tab');
			const focused = await stops.evaluateAll((elements) => {
				const index = (elements as Element[]).indexOf(document.activeElement as Element);
				const element = elements[index];
				if (!element) return null;
				const style = getComputedStyle(element);
				// A timeline row draws its focus as the stroke of its hit area, the time window as its
				// own stroke, and a flow (a thick stroke) turns the focus colour; everything else has an
				// outline.
				const row = element.querySelector('.row-hit');
				const rowStyle = row
					? getComputedStyle(row)
					: element.getAttribute('role') === 'slider'
						? style
						: null;
				const isFlow = element.classList.contains('flow-link');
				return {
					index,
					look: {
						label: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '',
						indicator: rowStyle
							? `stroke ${rowStyle.strokeWidth} ${rowStyle.stroke}`
							: isFlow
								? `band ${style.stroke}`
								: `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
					}
				};
			});
			if (focused) seen.set(focused.index, focused.look);
		}
		const missing = await stops.evaluateAll(
			(elements, reached) =>
				elements
					.filter((_, i) => !reached.includes(i))
					.map(
						(element) => `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent}`
					),
			[...seen.keys()]
		);
		expect(missing, 'stops that Tab never reached').toEqual([]);
		return [...seen.values()];
	}

	/** The focus colour of src/app.css (`--focus`), as computed styles write it. */
	async function focusColour(page: Page): Promise<string> {
		const hex = await page.evaluate(() =>
			getComputedStyle(document.documentElement).getPropertyValue('--focus').trim()
		);
		const value = parseInt(hex.slice(1), 16);
		return `rgb(${value >> 16}, ${(value >> 8) & 255}, ${value & 255})`;
	}

	test('every flow, node, timeline row, the time window, undated fact, the share, the trend and every sentence handle is a stop of Tab', async ({
		page
	}) => {
		await openStory(page);
		const stops = tabStops(page);
		const { flowDiagram, timeline, when, share, trend } = storyRegions(page);
		// The stops counted here are the ones the page draws, so none is left out by accident: two
		// flows (origins on the left, destinations on the right) and three nodes, other reporting off.
		await expect(flowDiagram.locator('path.flow-link')).toHaveCount(2);
		await expect(flowDiagram.locator('rect.mark')).toHaveCount(3);
		expect(await flowDiagram.getByRole('button').count()).toBe(
			(await flowDiagram.locator('path.flow-link').count()) + (await flowDiagram.locator('rect.mark').count())
		);
		expect(await timeline.getByRole('button').count()).toBe(
			await timeline.locator('g.timeline-item').count()
		);
		expect(await when.getByRole('listitem').getByRole('button').count()).toBeGreaterThanOrEqual(1);
		await expect(when.getByRole('slider', { name: /^Time window/ })).toHaveCount(1);
		await expect(share).toHaveCount(1);
		await expect(trend).toHaveCount(1);
		expect(await page.getByRole('article').getByRole('button').count()).toBe(
			await page.getByRole('article').locator('mark.sentence').count()
		);

		const reached = await tabThrough(page, stops, 300);
		expect(reached).toHaveLength(await stops.count());
	});

	test('a focused mark or handle shows a 3px focus ring in the focus colour', async ({ page }) => {
		await openStory(page);
		const colour = await focusColour(page);
		const looks = await tabThrough(page, tabStops(page), 300);
		// Nodes, buttons and handles get an outline; a timeline row strokes its whole row, the time
		// window its own edge, and a flow turns its band the focus colour.
		const withoutRing = looks.filter(
			({ indicator }) =>
				indicator !== `outline 3px solid ${colour}` &&
				indicator !== `stroke 3px ${colour}` &&
				indicator !== `band ${colour}`
		);
		expect(withoutRing).toEqual([]);
	});

	test('a timeline row shows no ring until it has the focus', async ({ page }) => {
		await openStory(page);
		const row = storyRegions(page).timeline.getByRole('button', {
			name: /Erik Meijer led at Meta is laid off/
		});
		const ring = () => row.locator('.row-hit').evaluate((hit) => getComputedStyle(hit).stroke);
		expect(await ring()).toBe('none');
		await tabTo(page, row);
		expect(await ring()).toBe(await focusColour(page));
	});

	test('Tab from the last mark goes on to the next control; the focus is never dropped', async ({ page }) => {
		await openStory(page);
		const lastMark = storyRegions(page).when.getByRole('listitem').getByRole('button').last();
		await tabTo(page, lastMark);
		await page.keyboard.press('Tab');
		// With the focus lost, nothing on the page matches :focus and the next Tab starts over.
		await expect(page.locator(':focus')).toHaveCount(1);
		await expect(lastMark).not.toBeFocused();
	});
});

test('“Show what other reporting adds” draws the moves to Yutori and Automind, marked as other reporting, in place of the article’s departures they refine', async ({
	page
}) => {
	await openStory(page);
	const { flows, flowDiagram } = storyRegions(page);
	const laterFlows = flowDiagram.getByRole('button', { name: /From other reporting/ });
	const toYutori = flowDiagram.getByRole('button', { name: /→ Yutori: .*From other reporting/ });
	const toAutomind = flowDiagram.getByRole('button', { name: /→ Automind: .*From other reporting/ });
	await expect(laterFlows).toHaveCount(0);
	await expect(
		flows.getByRole('listitem').filter({ hasText: 'other reporting (not in the article)' })
	).toHaveCount(0);

	const checkbox = flows.getByRole('checkbox', { name: 'Show what other reporting adds' });
	await checkbox.check();
	await expect(toYutori).toHaveCount(1);
	await expect(toYutori).toHaveAccessibleName(/Devi Parikh, Abhishek Das/);
	await expect(toAutomind).toHaveCount(1);
	await expect(toAutomind).toHaveAccessibleName(/Erik Meijer/);
	await expect(
		flows.getByRole('listitem').filter({ hasText: 'other reporting (not in the article)' })
	).toBeVisible();
	// The same three departures, not three more: the article's flows of them give way.
	const toUndisclosed = flowDiagram.getByRole('button', { name: /^Meta → Not disclosed/ });
	await expect(toUndisclosed).toHaveCount(0);
	await expect(flowDiagram.getByRole('button', { name: /^Meta: 3 people/ })).toHaveCount(1);

	await checkbox.uncheck();
	await expect(laterFlows).toHaveCount(0);
	await expect(toUndisclosed).toBeVisible();
});

test('our English translation keeps the linking: its sentences light the same marks, and quotes stay French', async ({
	page
}) => {
	await openStory(page, '/en/');
	const toggle = page.getByRole('button', { name: 'Read our English translation' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('article')).toHaveAttribute('lang', 'en');
	await expect(page.getByText('You are reading a translation by Talent Flows')).toBeVisible();
	await expect(sentence(page, 'p4.s2')).toContainText('have all left the company');

	await handleOf(page, 'p4.s2').click();
	const { details } = storyRegions(page);
	await expect(details).toContainText('Sentence p4.s2 of the article states:');
	await expect(details).toContainText('ont tous quitté l’entreprise');
	for (const mark of marksOfTheThreeDepartures(page)) await expect(mark).toHaveClass(LIT);

	await toggle.click();
	await expect(page.getByRole('article')).toHaveAttribute('lang', 'fr');
	await expect(sentence(page, 'p4.s2')).toContainText('ont tous quitté l’entreprise');
});

test('arrow keys move between the marks of a chart; Home and End go to its first and last', async ({
	page
}) => {
	await openStory(page, '/en/');
	const { flowDiagram, timeline } = storyRegions(page);
	const flowMarks = flowDiagram.getByRole('button');
	await flowMarks.first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(flowMarks.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(flowMarks.first()).toBeFocused();
	await page.keyboard.press('End');
	await expect(flowMarks.last()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(flowMarks.last()).toHaveAttribute('aria-pressed', 'true');

	const rows = timeline.getByRole('button');
	await rows.first().focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(rows.nth(2)).toBeFocused();
	await page.keyboard.press('Home');
	await expect(rows.first()).toBeFocused();
});
