// Filter changes in Chromium on about 100,000 moves, from input to the painted frame: random
// combinations of the page's own controls (1–5 organizations, time windows moved and resized with
// the keyboard, a person chosen from the table), nothing prepared ahead; the same at 4× slower CPU;
// the time window dragged with the mouse for two seconds, frame by frame; and, side by side in the
// same run, 15 pairs of the six busiest organizations on our page and on a plain d3 peer page,
// interleaved pair by pair.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { careersCsv, datasetOf, MOVE_SIZES, writeBenchFile } from './benchData';
import { random } from './generate';
import { heapAfterGc, importThroughDialog, openProbedPage } from './importDialog';
import { installProbe, longestTaskText, resetInput, settledReaction } from './pageProbe';
import { REPO_ROOT } from './server';
import { median, percentile } from './stats';
import { budgetRow, format, infoRow, type BenchRow } from './table';
import { BUDGETS as CHART_BUDGETS } from './transforms';

/** The budgets of the issue "One analytic core". */
export const FILTER_BUDGETS = {
	medianMs: 20,
	p95Ms: 40,
	throttledP95Ms: 120,
	brushMedianMs: 16,
	brushP95Ms: 33,
	peerMedianRatio: 1,
	peerP95Ratio: 1.25
};

const CHANGES = 40;
const CPU_SLOWDOWN = 4;
const BUSIEST = 6;
const SEED = 11;

function filterToggles(page: Page) {
	return page.getByRole('region', { name: 'Filter by organization' }).locator('button[aria-pressed]');
}

/** Clicks, or fails saying what it tried to click and why Playwright could not (the last lines of its log). */
async function click(target: ReturnType<Page['locator']>, what: string): Promise<void> {
	await target.click({ timeout: 10_000 }).catch((error: Error) => {
		const log = error.message.split('\n').filter((line) => line.trim().startsWith('-'));
		throw new Error(`${what}: ${log.slice(-2).join(' ').trim() || error.message.split('\n')[0]}`);
	});
}

/**
 * One random change through the page's own controls: toggle an organization (never more than five
 * chosen), move or resize the time window with the keyboard, clear it, or choose a person from the
 * moves table (or everyone again). Returns what it did, for the log.
 */
async function randomChange(page: Page, next: () => number): Promise<string> {
	const roll = next();
	const toggles = filterToggles(page);
	const listed = roll < 0.45 ? await toggles.count() : 0;
	// A window that holds no move leaves no organization to choose: the window changes instead.
	if (listed > 0) {
		const pressed = await page
			.getByRole('region', { name: 'Filter by organization' })
			.locator('button[aria-pressed="true"]')
			.count();
		const pick =
			pressed >= 5
				? page
						.getByRole('region', { name: 'Filter by organization' })
						.locator('button[aria-pressed="true"]')
						.first()
				: toggles.nth(Math.floor(next() * listed));
		await click(pick, pressed >= 5 ? 'a chosen organization' : `an organization (one of ${listed} listed)`);
		return 'organization';
	}
	if (roll < 0.8) {
		const slider = page.getByRole('slider', { name: /^Time window/ });
		await slider.focus();
		const keys = [
			'ArrowLeft',
			'ArrowRight',
			'Shift+ArrowLeft',
			'Shift+ArrowRight',
			'ArrowLeft',
			'ArrowRight'
		];
		const key = roll < 0.75 ? keys[Math.floor(next() * keys.length)]! : 'Escape';
		await page.keyboard.press(key);
		return `window ${key}`;
	}
	const everyone = page.getByRole('button', { name: 'Show everyone' });
	if ((await everyone.count()) > 0) {
		await click(everyone, 'everyone');
		return 'everyone';
	}
	const people = page.getByRole('button', { name: /^Show only the moves of / });
	const count = await people.count();
	if (count === 0) return randomChange(page, next);
	await click(people.nth(Math.floor(next() * count)), 'a person');
	return 'person';
}

/** Whether the page changed anything after the last input, waiting up to `ms` for it to start. */
async function answered(page: Page, ms: number): Promise<boolean> {
	return page.evaluate(async (ms) => {
		const probe = window.__benchProbe!;
		const deadline = performance.now() + ms;
		while (performance.now() < deadline) {
			if (probe.lastInput > 0 && probe.lastMutation >= probe.lastInput) return true;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		return false;
	}, ms);
}

/**
 * `count` random changes, each timed from its input to the frame that painted the page's answer.
 * An input that changes nothing (an arrow at the end of the data, say) is not a filter change: it is
 * logged and another is drawn.
 */
export async function randomChanges(page: Page, count: number, seed: number, log: (text: string) => void) {
	const next = random(seed);
	const latencies: number[] = [];
	while (latencies.length < count) {
		await resetInput(page);
		const what = await randomChange(page, next).catch(
			(error: Error) => `failed input (${error.message.split('\n')[0]})`
		);
		if (!(await answered(page, 2_000))) {
			log(`  (${what} changed nothing)`);
			continue;
		}
		// A page that never settles is counted at the time it was given, not left out.
		const ms = await settledReaction(page, 300, 10_000).then(
			(reaction) => reaction.ms,
			() => 10_000
		);
		latencies.push(ms);
		log(`  change ${latencies.length}/${count} (${what}): ${Math.round(ms)} ms`);
	}
	return latencies;
}

/** One pair of the six busiest organizations on a page: the first chosen, then the second, timed; then both cleared. */
async function pairLatency(page: Page, toggles: ReturnType<Page['locator']>, a: number, b: number) {
	await page.bringToFront();
	await toggles.nth(a).click();
	await settledReaction(page, 300);
	await resetInput(page);
	await toggles.nth(b).click();
	const { ms } = await settledReaction(page, 300);
	await toggles.nth(b).click();
	await settledReaction(page, 300);
	await toggles.nth(a).click();
	await settledReaction(page, 300);
	return ms;
}

/**
 * The 15 pairs of the six busiest organizations on our page and on the peer, interleaved pair by
 * pair (each page first in turn), so that a machine whose load drifts during the run weighs on both
 * alike rather than on whichever page came second.
 */
async function pairLatencies(
	pages: { ours: [Page, ReturnType<Page['locator']>]; peer: [Page, ReturnType<Page['locator']>] },
	log: (text: string) => void
) {
	const ours: number[] = [];
	const theirs: number[] = [];
	for (let a = 0; a < BUSIEST; a++)
		for (let b = a + 1; b < BUSIEST; b++) {
			const oursFirst = ours.length % 2 === 0;
			if (oursFirst) ours.push(await pairLatency(...pages.ours, a, b));
			theirs.push(await pairLatency(...pages.peer, a, b));
			if (!oursFirst) ours.push(await pairLatency(...pages.ours, a, b));
		}
	log(`  pairs, ours: ${ours.map(Math.round).join(' ')}`);
	log(`  pairs, peer: ${theirs.map(Math.round).join(' ')}`);
	return { ours, theirs };
}

/** What a drag of the time window measured: each pointer move to its painted frame, and the frames' intervals. */
export interface BrushFrames {
	/**
	 * For each pointer move, the time from its input to the frame that painted the page's answer
	 * (the same reading as a filter change's): a frame's own cost, which can be under a display's
	 * refresh.
	 */
	latencies: number[];
	/**
	 * The intervals between frames while dragging: never under one refresh of the display (16.7 ms
	 * at 60 Hz), however little a frame costs; longer ones are frames missed.
	 */
	intervals: number[];
}

/** Drags across the timeline for about two seconds. */
export async function brushFrames(page: Page): Promise<BrushFrames> {
	const area = page.locator('.timeline-chart .brush-area');
	await area.scrollIntoViewIfNeeded();
	const box = (await area.boundingBox())!;
	// A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
	// A requestAnimationFrame callback runs just before the frame's paint, and a message posted from
	// it is handled just after: the probe's own reading of "painted" (pageProbe.ts).
	await page.evaluate(`(() => {
		const frames = [];
		const latencies = [];
		window.__frames = frames;
		window.__latencies = latencies;
		const tick = (t) => {
			frames.push(t);
			if (frames.length < 100000 && !window.__stop) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		addEventListener('pointermove', (event) => {
			if (window.__stop || event.buttons === 0) return;
			const input = event.timeStamp;
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => latencies.push(performance.now() - input);
				channel.port2.postMessage(null);
			});
		}, { capture: true });
	})()`);
	const y = box.y + box.height * 0.3;
	await page.mouse.move(box.x + box.width * 0.1, y);
	await page.mouse.down();
	const started = Date.now();
	for (let step = 0; Date.now() - started < 2000; step++) {
		const phase = (step % 60) / 60;
		await page.mouse.move(box.x + box.width * (0.2 + 0.7 * Math.abs(1 - 2 * phase)), y);
		await page.waitForTimeout(16);
	}
	await page.mouse.up();
	const { frames, latencies } = await page.evaluate(() => {
		const w = window as unknown as { __stop: boolean; __frames: number[]; __latencies: number[] };
		w.__stop = true;
		return { frames: w.__frames, latencies: w.__latencies };
	});
	return { latencies, intervals: frames.slice(1).map((t, i) => t - frames[i]!) };
}

/** Serves the peer page beside the site, with the moves it filters and d3 from node_modules. */
function writePeer(siteDir: string, csv: string): void {
	const dataset = datasetOf(csv, 'careers-100k.csv');
	const moves = dataset.moves.map((m) => ({
		from: m.from,
		to: m.to,
		year: Number((m.date.start ?? m.date.end ?? '0').slice(0, 4))
	}));
	const dir = join(siteDir, 'peer');
	mkdirSync(dir, { recursive: true });
	const here = join(REPO_ROOT, 'tests/bench/peer');
	copyFileSync(join(here, 'index.html'), join(dir, 'index.html'));
	copyFileSync(join(REPO_ROOT, 'node_modules/d3/dist/d3.min.js'), join(dir, 'd3.min.js'));
	copyFileSync(
		join(REPO_ROOT, 'node_modules/d3-sankey/dist/d3-sankey.min.js'),
		join(dir, 'd3-sankey.min.js')
	);
	writeFileSync(join(dir, 'moves.json'), JSON.stringify(moves));
}

/** The filter family. */
export async function filterFamily(
	browser: Browser,
	siteUrl: string,
	siteDir: string,
	log: (text: string) => void
): Promise<BenchRow[]> {
	const size = MOVE_SIZES.find((s) => s.name === '100k')!;
	const fileName = 'careers-100k.csv';
	const csv = careersCsv(size.people);
	const path = writeBenchFile(fileName, csv);
	writePeer(siteDir, csv);

	const page = await openProbedPage(browser, siteUrl);
	const peer = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	try {
		const steps = await importThroughDialog(page, path, fileName);
		const line = (await page.getByText(`Your import: ${fileName}`).textContent()) ?? '';
		const moves = /\(([\d,]+) moves\)/.exec(line)?.[1] ?? '?';
		const links = await page.locator('.flow-links path').count();
		const timelineElements = await page.locator('.timeline-chart svg *').count();

		const heapBefore = await heapAfterGc(page);
		// BENCH_CPUPROFILE=<file> writes a CPU profile of these changes: where their time goes.
		const profiler = process.env.BENCH_CPUPROFILE ? await page.context().newCDPSession(page) : null;
		await profiler?.send('Profiler.enable');
		await profiler?.send('Profiler.start');
		const normal = await randomChanges(page, CHANGES, SEED, log);
		if (profiler) {
			const { profile } = await profiler.send('Profiler.stop');
			writeFileSync(process.env.BENCH_CPUPROFILE!, JSON.stringify(profile));
			await profiler.detach();
		}
		const session = await page.context().newCDPSession(page);
		await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		const slowed = await randomChanges(page, CHANGES, SEED + 1, log);
		await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		await session.detach();
		const heapAfter = await heapAfterGc(page);

		// Back to no filter, then the brush and the pairs.
		await page.goto(`${siteUrl}/en/`);
		await page.locator('.flow-links path').first().waitFor({ state: 'attached', timeout: 300_000 });
		await settledReaction(page, 300).catch(() => undefined);
		const frames = await brushFrames(page);
		await page.goto(`${siteUrl}/en/`);
		await page.locator('.flow-links path').first().waitFor({ state: 'attached', timeout: 300_000 });
		await installProbe(peer);
		await peer.goto(`${siteUrl}/peer/index.html`);
		await peer.locator('body[data-ready="true"]').waitFor({ timeout: 120_000 });
		const { ours, theirs } = await pairLatencies(
			{ ours: [page, filterToggles(page)], peer: [peer, peer.locator('#buttons button')] },
			log
		);

		const n = `${moves} moves`;
		const ratio = (a: number, b: number) => a / b;
		return [
			infoRow(
				`import in Chromium, ${fileName} (${n}): file chosen → charts painted`,
				`${format(steps.totalMs, 'ms')} · longest task ${longestTaskText(steps.longestTaskMs)}`
			),
			budgetRow(`flow links drawn, ${n} (Chromium)`, links, CHART_BUDGETS.links, 'count'),
			budgetRow(`timeline SVG elements drawn, ${n}`, timelineElements, CHART_BUDGETS.timelineMarks, 'count'),
			budgetRow(
				`any filter change → painted, ${n}: median of ${CHANGES} random`,
				median(normal),
				FILTER_BUDGETS.medianMs,
				'ms'
			),
			budgetRow(
				`any filter change → painted, ${n}: p95 of ${CHANGES} random`,
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
			budgetRow(
				`dragging the time window for 2 s: pointer move → painted, median of ${frames.latencies.length}`,
				median(frames.latencies),
				FILTER_BUDGETS.brushMedianMs,
				'ms'
			),
			budgetRow(`  same: p95`, percentile(frames.latencies, 0.95), FILTER_BUDGETS.brushP95Ms, 'ms'),
			infoRow(
				`  intervals between its ${frames.intervals.length} frames: median · p95 (16.7 ms: every refresh)`,
				`${format(median(frames.intervals), 'ms')} · ${format(percentile(frames.intervals, 0.95), 'ms')}`
			),
			infoRow(
				`15 unprepared pairs of the 6 busiest: ours · plain d3 peer, median`,
				`${format(median(ours), 'ms')} · ${format(median(theirs), 'ms')}`
			),
			infoRow(
				`  same, p95`,
				`${format(percentile(ours, 0.95), 'ms')} · ${format(percentile(theirs, 0.95), 'ms')}`
			),
			budgetRow(
				`  ours ÷ peer at the median`,
				ratio(median(ours), median(theirs)),
				FILTER_BUDGETS.peerMedianRatio,
				'ratio'
			),
			budgetRow(
				`  ours ÷ peer at p95`,
				ratio(percentile(ours, 0.95), percentile(theirs, 0.95)),
				FILTER_BUDGETS.peerP95Ratio,
				'ratio'
			),
			infoRow(
				`JS heap after the import, then after the ${2 * CHANGES} changes (after GC)`,
				`${format(heapBefore, 'MB')} → ${format(heapAfter, 'MB')}`
			)
		];
	} finally {
		await peer.close();
		await page.context().close();
	}
}
