// Import of 100,000 career rows: its throughput in node (for information), and in Chromium the
// budgeted figures: the wait from choosing the file to the charts painted, the longest main-thread
// task meanwhile, and the JS heap afterwards.
import type { Browser } from '@playwright/test';
import { importCsv } from '../../src/lib/import/importFile';
import { readCsv } from '../../src/lib/import/csv';
import { guessMapping } from '../../src/lib/import/mapping';
import { hundredThousandRowsCsv, writeBenchFile } from './benchData';
import { heapAfterGc, importThroughDialog, openProbedPage, type ImportSteps } from './importDialog';
import { longestTaskText } from './pageProbe';
import { timeMedian } from './stats';
import { budgetRow, format, infoRow, type BenchRow } from './table';
import { inEnglish } from '../../src/lib/problems/english';

/** The budgets for a 100,000-row import. */
export const IMPORT_BUDGETS: { totalMs: number; longestTaskMs: number; heapBytes: number } = {
	totalMs: 2_000,
	longestTaskMs: 100,
	heapBytes: 200e6
};

export const IMPORT_FILE = 'careers-100k-rows.csv';

/** The node pipeline the worker runs: parse, derive the moves, check the dataset. */
function nodeImportRow(csv: string, rows: number): BenchRow {
	const read = readCsv(csv);
	if (!read.ok) throw new Error(inEnglish(read.problem));
	const mapping = guessMapping(read.table.headers, 'careers');
	const { ms, result } = timeMedian(
		() => undefined,
		() => importCsv(csv, IMPORT_FILE, 'careers', mapping),
		{ warmup: 1, runs: 3 }
	);
	if (!result.ok)
		throw new Error(`the import failed: ${result.problems[0] && inEnglish(result.problems[0])}`);
	const perSecond = Math.round((rows / ms) * 1000).toLocaleString('en');
	return infoRow(
		`import in node, ${rows.toLocaleString('en')} career rows: parse + derive + validate (median of 3)`,
		`${format(ms, 'ms')} · ${perSecond} rows/s · ${result.value.dataset.moves.length.toLocaleString('en')} moves`
	);
}

/** The import family. */
export async function importFamily(
	browser: Browser,
	siteUrl: string,
	log: (text: string) => void
): Promise<BenchRow[]> {
	const csv = hundredThousandRowsCsv();
	const rows = 100_000;
	const path = writeBenchFile(IMPORT_FILE, csv);
	const node = nodeImportRow(csv, rows);

	const page = await openProbedPage(browser, siteUrl);
	try {
		const steps = await importThroughDialog(page, path, IMPORT_FILE);
		const heap = await heapAfterGc(page);
		log(`import in Chromium of ${path}: ${JSON.stringify(steps)}`);
		return [node, ...importRows(`${rows.toLocaleString('en')} career rows`, steps, heap, IMPORT_BUDGETS)];
	} finally {
		await page.context().close();
	}
}

/**
 * The rows of one import through the dialog, measured against its budgets: the wait, each step of
 * it, the longest main-thread task, and the heap afterwards. `what` names the file.
 */
export function importRows(
	what: string,
	steps: ImportSteps,
	heap: number,
	budgets: typeof IMPORT_BUDGETS
): BenchRow[] {
	return [
		budgetRow(
			`import in Chromium, ${what}: file chosen → charts painted`,
			steps.totalMs,
			budgets.totalMs,
			'ms'
		),
		infoRow('  file chosen → mapping step painted', format(steps.chosen.ms, 'ms')),
		infoRow('  “Import” → review painted (worker: parse, validate, derive)', format(steps.imported.ms, 'ms')),
		infoRow('  “Use” → charts painted (aggregate, render)', format(steps.used.ms, 'ms')),
		{
			...budgetRow(
				'longest main-thread task during that import',
				steps.longestTaskMs,
				budgets.longestTaskMs,
				'ms'
			),
			measured: longestTaskText(steps.longestTaskMs)
		},
		budgetRow('JS heap after that import (after GC)', heap, budgets.heapBytes, 'MB')
	];
}
