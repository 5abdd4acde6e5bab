// Filter change → next painted frame with about 100,000 moves in Chromium: the 100k career-history
// file is imported through the dialog, then organizations are toggled in the filter, each change
// timed from the click to the frame that painted the page's last change in answer; then again with
// the CPU slowed four times. The page makes the views of the organizations it lists first while it
// is idle, so a pair of them (views made when chosen) is timed too, for information. Also counts
// what the charts draw for that many moves.
import type { Browser, Page } from '@playwright/test';
import { careersCsv, MOVE_SIZES, writeBenchFile } from './benchData';
import { heapAfterGc, importThroughDialog, openProbedPage } from './importDialog';
import { resetInput, settledReaction } from './pageProbe';
import { median, percentile } from './stats';
import { budgetRow, format, infoRow, type BenchRow } from './table';
import { BUDGETS as CHART_BUDGETS } from './transforms';

/** The budgets for a filter change. */
export const FILTER_BUDGETS = { medianMs: 50, p95Ms: 100, throttledP95Ms: 250 };

/** How many changes make a median and a 95th percentile, and how much slower the slow CPU is. */
const CHANGES = 30;
const CPU_SLOWDOWN = 4;
/** How many pairs of organizations are chosen, each a filter whose views are made when chosen. */
const PAIRS = 5;

/** The filter's toggle buttons, one per listed organization, busiest first. */
function filterToggles(page: Page) {
	return page.getByRole('region', { name: 'Filter by organization' }).locator('button[aria-pressed]');
}

/**
 * Toggles organizations of the filter on and off, `count` changes in all, moving through the listed
 * toggles so that both small and busy organizations are chosen, and returns each change's latency.
 */
async function filterChanges(page: Page, count: number, log: (text: string) => void): Promise<number[]> {
	const toggles = filterToggles(page);
	const listed = await toggles.count();
	if (listed === 0) throw new Error('the filter lists no organization');
	const latencies: number[] = [];
	for (let i = 0; i < count; i++) {
		const toggle = toggles.nth(Math.floor(i / 2) % listed);
		const pressed = (await toggle.getAttribute('aria-pressed')) === 'true';
		await resetInput(page);
		// A slow page can take many seconds to take a click; the reading says how slow, not a timeout.
		await toggle.click({ timeout: 600_000 });
		const reaction = await settledReaction(page);
		if ((await toggle.getAttribute('aria-pressed')) !== String(!pressed))
			throw new Error(`change ${i + 1}: the toggle did not change state`);
		latencies.push(reaction.ms);
		log(`  change ${i + 1}/${count}: ${Math.round(reaction.ms)} ms`);
	}
	return latencies;
}

/**
 * Adds a second organization to a first, `count` times, and returns the latency of each addition:
 * the page prepares, while idle, only each listed organization alone, so a pair is a filter whose
 * views are made when it is chosen (what any choice cost before they were prepared).
 */
async function pairChanges(page: Page, count: number, log: (text: string) => void): Promise<number[]> {
	const toggles = filterToggles(page);
	const latencies: number[] = [];
	for (let i = 0; i < count; i++) {
		const [first, second] = [toggles.nth(i), toggles.nth(i + 1)];
		await first.click({ timeout: 600_000 });
		await settledReaction(page);
		await resetInput(page);
		await second.click({ timeout: 600_000 });
		const reaction = await settledReaction(page);
		latencies.push(reaction.ms);
		log(`  pair ${i + 1}/${count}: ${Math.round(reaction.ms)} ms`);
		// Both off again, in the order that leaves no filter.
		await second.click({ timeout: 600_000 });
		await settledReaction(page);
		await first.click({ timeout: 600_000 });
		await settledReaction(page);
	}
	return latencies;
}

/** Counts elements in the page; a count of zero means the chart (or its class) is gone. */
async function countDrawn(page: Page, selector: string): Promise<number> {
	const count = await page.locator(selector).count();
	if (count === 0) throw new Error(`nothing matches ${selector}: has the chart's markup changed?`);
	return count;
}

/** The filter family. */
export async function filterFamily(
	browser: Browser,
	siteUrl: string,
	log: (text: string) => void
): Promise<BenchRow[]> {
	const size = MOVE_SIZES.find((s) => s.name === '100k')!;
	const fileName = 'careers-100k.csv';
	const path = writeBenchFile(fileName, careersCsv(size.people));

	const page = await openProbedPage(browser, siteUrl);
	try {
		const steps = await importThroughDialog(page, path, fileName);
		const line = (await page.getByText(`Your import: ${fileName}`).textContent()) ?? '';
		const moves = /\(([\d,]+) moves\)/.exec(line)?.[1] ?? '?';
		const links = await countDrawn(page, '.flow-links path');
		const timelineElements = await countDrawn(page, '.timeline-chart svg *');

		const heapBefore = await heapAfterGc(page);
		const normal = await filterChanges(page, CHANGES, log);
		const session = await page.context().newCDPSession(page);
		await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		const slowed = await filterChanges(page, CHANGES, log);
		await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		await session.detach();
		const pairs = await pairChanges(page, PAIRS, log);
		// A heap that grows with each change would make every later change slower.
		const heapAfter = await heapAfterGc(page);
		log(`filter latencies (ms): ${normal.map(Math.round).join(' ')}`);
		log(`filter latencies at ${CPU_SLOWDOWN}× slower CPU (ms): ${slowed.map(Math.round).join(' ')}`);

		const n = `${moves} moves`;
		return [
			infoRow(
				`import in Chromium, ${fileName} (${n}): file chosen → charts painted`,
				`${format(steps.totalMs, 'ms')} · longest task ${format(steps.longestTaskMs, 'ms')}`
			),
			budgetRow(`flow links drawn, ${n} (Chromium)`, links, CHART_BUDGETS.links, 'count'),
			budgetRow(
				`timeline SVG elements drawn, ${n} (Chromium)`,
				timelineElements,
				CHART_BUDGETS.timelineMarks,
				'count'
			),
			budgetRow(
				`filter change → painted, ${n}: median of ${CHANGES}`,
				median(normal),
				FILTER_BUDGETS.medianMs,
				'ms'
			),
			budgetRow(
				`filter change → painted, ${n}: p95 of ${CHANGES}`,
				percentile(normal, 0.95),
				FILTER_BUDGETS.p95Ms,
				'ms'
			),
			infoRow(`  same, CPU ${CPU_SLOWDOWN}× slower: median`, format(median(slowed), 'ms')),
			budgetRow(
				`  same, CPU ${CPU_SLOWDOWN}× slower: p95 of ${CHANGES}`,
				percentile(slowed, 0.95),
				FILTER_BUDGETS.throttledP95Ms,
				'ms'
			),
			infoRow(
				`  a pair of organizations, not prepared ahead: median · slowest of ${PAIRS}`,
				`${format(median(pairs), 'ms')} · ${format(Math.max(...pairs), 'ms')}`
			),
			infoRow(
				`JS heap after the import, then after the ${2 * CHANGES} changes (after GC)`,
				`${format(heapBefore, 'MB')} → ${format(heapAfter, 'MB')}`
			)
		];
	} finally {
		await page.context().close();
	}
}
