// The budgets for about 1,000,000 moves (the generator's `--million` size, 2 million career rows),
// measured with the same machinery as the 100k figures: the import through the dialog until the
// charts are drawn, with its longest main-thread task and the heap afterwards; random filter
// changes through the page's own controls; and the time window dragged for two seconds.
import type { Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brushFrames, randomChanges } from './filterLatency';
import { generateCsv, MILLION, OUT_DIR } from './generate';
import { heapAfterGc, importThroughDialog, openProbedPage } from './importDialog';
import { settledReaction } from './pageProbe';
import { importRows } from './importTiming';
import { percentile } from './stats';
import { budgetRow, type BenchRow } from './table';

/** The budgets for 1,000,000 moves. */
export const MILLION_BUDGETS = {
	totalMs: 10_000,
	longestTaskMs: 100,
	heapBytes: 500e6,
	filterP95Ms: 100,
	brushP95Ms: 50
};

const CHANGES = 40;
const SEED = 13;

/** The million family: the file is generated into bench-data/ when it is not there yet. */
export async function millionFamily(
	browser: Browser,
	siteUrl: string,
	log: (text: string) => void
): Promise<BenchRow[]> {
	const fileName = `careers-${MILLION.name}.csv`;
	const path = join(OUT_DIR, fileName);
	if (!existsSync(path)) generateCsv(MILLION);

	const page = await openProbedPage(browser, siteUrl);
	try {
		const steps = await importThroughDialog(page, path, fileName);
		const heap = await heapAfterGc(page);
		log(`import in Chromium of ${path}: ${JSON.stringify(steps)}`);
		const line = (await page.getByText(`Your import: ${fileName}`).textContent()) ?? '';
		const moves = /\(([\d,]+) moves\)/.exec(line)?.[1] ?? '?';
		const changes = await randomChanges(page, CHANGES, SEED, log);
		// As at 100k: the brush on the page as it opens, the import restored from the browser's storage.
		const reload = performance.now();
		await page.goto(`${siteUrl}/en/`);
		await page.locator('.flow-links path').first().waitFor({ state: 'attached', timeout: 300_000 });
		log(
			`  reload with the saved import until the flow is drawn: ${Math.round(performance.now() - reload)} ms`
		);
		await settledReaction(page, 300).catch(() => undefined);
		const mutations = await page.evaluate(() => window.__benchProbe!.lastMutation);
		const frames = await brushFrames(page);
		const moved = (await page.evaluate(() => window.__benchProbe!.lastMutation)) > mutations;
		if (!moved) throw new Error('dragging the time window changed nothing on the page');
		log(`  brush frames: ${frames.map(Math.round).join(' ')}`);
		return [
			...importRows(`${fileName} (${moves} moves)`, steps, heap, MILLION_BUDGETS),
			budgetRow(
				`any filter change → painted, ${moves} moves: p95 of ${CHANGES} random`,
				percentile(changes, 0.95),
				MILLION_BUDGETS.filterP95Ms,
				'ms'
			),
			budgetRow(
				`dragging the time window for 2 s, ${moves} moves: frame p95 (${frames.length} frames)`,
				percentile(frames, 0.95),
				MILLION_BUDGETS.brushP95Ms,
				'ms'
			)
		];
	} finally {
		await page.context().close();
	}
}
