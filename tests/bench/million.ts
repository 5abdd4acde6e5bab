// The budgets for about 1,000,000 moves (the generator's `--million` size, 2 million career rows),
// measured with the same machinery as the 100k figures: the import through the dialog until the
// charts are drawn, with its longest main-thread task and the heap afterwards; random filter
// changes through the page's own controls; and the time window dragged for two seconds.
import type { Browser } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brushFrames, randomChanges } from './filterLatency';
import { generateCsv, MILLION, MILLION_ROWS, OUT_DIR } from './generate';
import { IMPORT_LIMITS } from '../../src/lib/import/limits';
import { heapAfterGc, importThroughDialog, openProbedPage } from './importDialog';
import { importRows } from './importTiming';
import { percentile } from './stats';
import { budgetRow, format, infoRow, type BenchRow } from './table';

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

/**
 * The million family: the 1M-move file when the import limits let it in (else a failed row saying
 * so), and the largest file of the generator that they do. Files are generated into bench-data/
 * when they are not there yet.
 */
export async function millionFamily(browser: Browser, siteUrl: string, log: (text: string) => void) {
	const path = join(OUT_DIR, `careers-${MILLION.name}.csv`);
	if (!existsSync(path)) generateCsv(MILLION);
	const rows = readFileSync(path, 'utf8').split('\n').length - 2;
	const bytes = statSync(path).size;
	const refused: BenchRow[] =
		rows > IMPORT_LIMITS.rows || bytes > IMPORT_LIMITS.bytes
			? [
					{
						what: `import in Chromium, careers-${MILLION.name}.csv (about 1,000,000 moves)`,
						measured: `refused: ${rows.toLocaleString('en')} rows, ${format(bytes, 'MB')}, over the limits (${IMPORT_LIMITS.rows.toLocaleString('en')} rows, ${format(IMPORT_LIMITS.bytes, 'MB')})`,
						budget: '≤ 10,000 ms',
						pass: false
					}
				]
			: await largeImportRows(browser, siteUrl, MILLION, log);
	return [...refused, ...(await largeImportRows(browser, siteUrl, MILLION_ROWS, log))];
}

/**
 * The 1M budgets' figures for a generator size (`MILLION`, or a smaller one when looking for the
 * largest import the budgets allow).
 */
export async function largeImportRows(
	browser: Browser,
	siteUrl: string,
	size: { name: string; people: number },
	log: (text: string) => void
): Promise<BenchRow[]> {
	const fileName = `careers-${size.name}.csv`;
	const path = join(OUT_DIR, fileName);
	if (!existsSync(path)) generateCsv(size);

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
		// The article's data shows first: the import is back when the line under "Data shown" names it.
		await page.getByText(`Your import: ${fileName}`).waitFor({ timeout: 300_000 });
		await page.locator('.flow-links path').first().waitFor({ state: 'attached', timeout: 300_000 });
		log(
			`  reload until the saved import is restored and its flow drawn: ${Math.round(performance.now() - reload)} ms`
		);
		// No input to answer here: wait until the page has not changed for a second.
		await page.waitForFunction(() => performance.now() - window.__benchProbe!.lastMutation > 1_000, null, {
			timeout: 300_000,
			polling: 200
		});
		const mutations = await page.evaluate(() => window.__benchProbe!.lastMutation);
		const frames = await brushFrames(page);
		const moved = (await page.evaluate(() => window.__benchProbe!.lastMutation)) > mutations;
		if (!moved) throw new Error('dragging the time window changed nothing on the page');
		log(`  brush, pointer move → painted: ${frames.latencies.map(Math.round).join(' ')}`);
		return [
			...importRows(`${fileName} (${moves} moves)`, steps, heap, MILLION_BUDGETS),
			budgetRow(
				`any filter change → painted, ${moves} moves: p95 of ${CHANGES} random`,
				percentile(changes, 0.95),
				MILLION_BUDGETS.filterP95Ms,
				'ms'
			),
			budgetRow(
				`dragging the time window for 2 s, ${moves} moves: pointer move → painted, p95 of ${frames.latencies.length}`,
				percentile(frames.latencies, 0.95),
				MILLION_BUDGETS.brushP95Ms,
				'ms'
			),
			infoRow(
				`  intervals between its ${frames.intervals.length} frames: p95`,
				format(percentile(frames.intervals, 0.95), 'ms')
			)
		];
	} finally {
		await page.context().close();
	}
}
