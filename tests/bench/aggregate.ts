// `npm run aggregate` on 1,000,000 and 10,000,000 career positions that DuckDB itself writes into
// bench-data/ (kept between runs): wall and CPU time of the whole command, the peak memory (RSS) of
// its process, DuckDB included, and the load it ran under; then each result imported into the page.
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { IMPORT_LIMITS } from '../../src/lib/import/limits';
import type { Dataset } from '../../src/lib/schema/dataset';
import { randomChanges } from './filterLatency';
import { heapAfterGc, importJsonThroughDialog, openProbedPage } from './importDialog';
import { longestTaskText } from './pageProbe';
import { MILLION_BUDGETS } from './million';
import { median, percentile } from './stats';
import { REPO_ROOT } from './server';
import { budgetRow, format, infoRow, type BenchRow } from './table';

const CHANGES = 40;
const SEED = 17;

/** The budgets: seconds for each size, the peak memory of the larger, and its import. */
export const AGGREGATE_BUDGETS: {
	positions: number;
	seconds: number;
	rssBytes?: number;
	/** The result's import in the page, file chosen → charts painted. */
	importMs?: number;
}[] = [
	{ positions: 1_000_000, seconds: 3 },
	{ positions: 10_000_000, seconds: 15, rssBytes: 3e9, importMs: 3_000 }
];

/**
 * Writes a career CSV of `positions` rows: five positions a person, organizations drawn unevenly
 * from 100 (a few big ones, as in real data), pairs of rows at one organization (title changes),
 * dates over thirty years at the day, the month or the year, some ends and some starts missing.
 */
export async function generatePositions(file: string, positions: number): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	const partial = `${file}.partial`;
	try {
		await connection.run(`COPY (
			SELECT
				'Person ' || (i // 5) AS person,
				'Org ' || CAST(floor(pow((hash(i // 2) % 1000000) / 1000000.0, 3) * 100) AS INTEGER) AS organization,
				'Title ' || (i % 3) AS title,
				CASE
					WHEN hash(i * 3) % 40 = 0 THEN ''
					WHEN hash(i * 3) % 40 = 1 THEN strftime(DATE '1994-01-01' + CAST((i % 5) * 2000 + hash(i * 7) % 1800 AS INTEGER), '%Y')
					WHEN hash(i * 3) % 40 < 8 THEN strftime(DATE '1994-01-01' + CAST((i % 5) * 2000 + hash(i * 7) % 1800 AS INTEGER), '%Y-%m')
					ELSE strftime(DATE '1994-01-01' + CAST((i % 5) * 2000 + hash(i * 7) % 1800 AS INTEGER), '%Y-%m-%d')
				END AS start,
				CASE
					WHEN hash(i * 5) % 4 = 0 THEN ''
					ELSE strftime(DATE '1994-01-01' + CAST((i % 5) * 2000 + 1800 + hash(i * 7) % 300 AS INTEGER), '%Y-%m')
				END AS "end"
			FROM range(${positions}) AS t(i)
		) TO '${partial}' (HEADER, DELIMITER ',')`);
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	renameSync(partial, file);
}

/** One run of the command: wall and CPU time, peak RSS, and the load average when it started. */
interface Run {
	seconds: number;
	cpuSeconds: number;
	rssBytes: number;
	load: number;
	output: string;
}

/**
 * Runs the command once as `npm run aggregate` runs it (Node with tsx's loader: one process, where
 * tsx's own command starts two), under GNU time for its CPU time and peak RSS.
 */
function timeCommand(args: string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const load = loadavg()[0]!;
		const started = performance.now();
		const child = spawn('/usr/bin/time', ['-v', process.execPath, '--import', 'tsx', ...args], {
			cwd: REPO_ROOT
		});
		let output = '';
		child.stderr.on('data', (chunk) => (output += chunk));
		child.stdout.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) return reject(new Error(`npm run aggregate failed (${code}): ${output.slice(-500)}`));
			const figure = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(output)?.[1] ?? NaN);
			resolve({
				seconds,
				cpuSeconds: figure('User time \\(seconds\\)') + figure('System time \\(seconds\\)'),
				rssBytes: figure('Maximum resident set size \\(kbytes\\)') * 1024,
				load,
				output
			});
		});
	});
}

/** Where the page is, for the import of each result: without it, no import is timed. */
export interface PageUnderTest {
	browser: Browser;
	siteUrl: string;
}

/**
 * The result in the page: imported through the dialog when it is within the import's limits,
 * else a row that says by how much it is over (the budget is then missed).
 */
async function importRow(
	what: string,
	path: string,
	page: PageUnderTest,
	log: (text: string) => void,
	limitMs?: number
): Promise<BenchRow[]> {
	const bytes = statSync(path).size;
	// A larger result is written in columns (`--flows-as auto`): its flows are the length of one.
	const file = JSON.parse(readFileSync(path, 'utf8')) as Dataset | { flowColumns: number; from: number[] };
	const inColumns = 'flowColumns' in file;
	const flows = inColumns ? file.from.length : file.moves.length;
	if (bytes > IMPORT_LIMITS.bytes) {
		const over = `over the import's limit: ${format(bytes, 'MB')} (at most ${format(IMPORT_LIMITS.bytes, 'MB')})`;
		return [
			{
				what,
				measured: over,
				budget: limitMs ? `≤ ${format(limitMs, 'ms')}` : '—',
				pass: limitMs ? false : null
			}
		];
	}
	const tab = await openProbedPage(page.browser, page.siteUrl);
	try {
		const steps = await importJsonThroughDialog(tab, path, basename(path));
		const detail = `${flows.toLocaleString('en')} flows ${inColumns ? 'in columns' : 'as objects'}, ${format(bytes, 'MB')}; longest task ${longestTaskText(steps.longestTaskMs)}`;
		const heap = await heapAfterGc(tab);
		// Filter changes as the core's families make them, against the budget of a million moves.
		const changes = await randomChanges(tab, CHANGES, SEED, log);
		return [
			limitMs ? budgetRow(what, steps.totalMs, limitMs, 'ms') : infoRow(what, format(steps.totalMs, 'ms')),
			infoRow(
				`  file chosen → review painted; “Use” → charts painted (${detail})`,
				`${format(steps.chosen.ms, 'ms')}; ${format(steps.used.ms, 'ms')}`
			),
			infoRow('  JS heap after that import (after GC)', format(heap, 'MB')),
			budgetRow(
				`  any filter change → painted: p95 of ${CHANGES} random (median ${format(median(changes), 'ms')}), against the budget of 1,000,000 moves`,
				percentile(changes, 0.95),
				MILLION_BUDGETS.filterP95Ms,
				'ms'
			)
		];
	} finally {
		await tab.context().close();
	}
}

/**
 * The family's rows: each size's time (and the larger's memory) against its budget, with its CPU
 * time and the load it ran under; then each result imported into the page, where it fits.
 */
export async function aggregateFamily(
	log: (text: string) => void,
	page?: PageUnderTest,
	sizes = AGGREGATE_BUDGETS
): Promise<BenchRow[]> {
	if (!existsSync('/usr/bin/time')) throw new Error('the aggregate bench needs GNU time at /usr/bin/time');
	const folder = join(REPO_ROOT, 'bench-data');
	mkdirSync(folder, { recursive: true });
	const rows: BenchRow[] = [];
	for (const budget of sizes) {
		const millions = budget.positions / 1_000_000;
		const file = join(folder, `positions-${millions}m.csv`);
		if (!existsSync(file)) {
			log(`  writing ${file} with DuckDB…`);
			await generatePositions(file, budget.positions);
			// The command is timed as on a file already on disk: right after DuckDB wrote 459 MB, the
			// first run of 10M took 33 s (12.8 s of it in the kernel), and 14–15 s in the runs after.
			execFileSync('sync');
		}
		const out = join(folder, `flows-${millions}m.json`);
		const run = await timeCommand(['src/cli/aggregate.ts', file, '--out', out, '--output', 'flows']);
		log(
			run.output
				.split('\n')
				.filter((line) => /^[✓ ] /.test(line))
				.join('\n')
		);
		const what = `aggregate ${budget.positions.toLocaleString('en')} positions (CSV) → flows`;
		rows.push(budgetRow(`${what}: wall time`, run.seconds * 1000, budget.seconds * 1000, 'ms'));
		rows.push(
			infoRow(
				`  CPU time (user + system), and the load average at its start`,
				`${format(run.cpuSeconds * 1000, 'ms')}; load ${run.load.toFixed(1)}`
			)
		);
		if (budget.rssBytes) rows.push(budgetRow(`${what}: peak RSS`, run.rssBytes, budget.rssBytes, 'MB'));
		else rows.push(infoRow(`${what}: peak RSS`, format(run.rssBytes, 'MB')));
		if (page)
			rows.push(
				...(await importRow(
					`the ${millions}M result in the page: file chosen → charts painted`,
					out,
					page,
					log,
					budget.importMs
				))
			);
	}
	return rows;
}
