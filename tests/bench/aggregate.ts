// `npm run aggregate` on 1,000,000 and 10,000,000 career positions that DuckDB itself writes into
// bench-data/ (kept between runs): wall time of the whole command and the peak memory (RSS) of
// its process, DuckDB included.
import { DuckDBInstance } from '@duckdb/node-api';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './server';
import { budgetRow, infoRow, type BenchRow } from './table';

/** The budgets: seconds for each size, and the peak memory of the larger. */
export const AGGREGATE_BUDGETS = [
	{ positions: 1_000_000, seconds: 3 },
	{ positions: 10_000_000, seconds: 15, rssBytes: 3 * 1024 ** 3 }
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

/** Runs the command once; its wall time, and the peak RSS GNU time reports for it. */
function timeCommand(args: string[]): Promise<{ seconds: number; rssBytes: number; output: string }> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('/usr/bin/time', ['-v', join(REPO_ROOT, 'node_modules/.bin/tsx'), ...args], {
			cwd: REPO_ROOT
		});
		let output = '';
		child.stderr.on('data', (chunk) => (output += chunk));
		child.stdout.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) return reject(new Error(`npm run aggregate failed (${code}): ${output.slice(-500)}`));
			const kbytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? NaN);
			resolve({ seconds, rssBytes: kbytes * 1024, output });
		});
	});
}

/** The family's rows: each size's time (and the larger's memory) against its budget. */
export async function aggregateFamily(
	log: (text: string) => void,
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
		if (budget.rssBytes)
			rows.push(budgetRow(`${what}: peak RSS`, run.rssBytes / 1024 ** 2, budget.rssBytes / 1024 ** 2, 'MB'));
		else rows.push(infoRow(`${what}: peak RSS`, `${Math.round(run.rssBytes / 1024 ** 2)} MB`));
	}
	return rows;
}
