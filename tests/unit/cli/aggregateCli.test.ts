// `npm run aggregate`, run as a user runs it (a process of its own): a file of moves grouped into
// flows, and every fault named with its file (and column or line where known), with nothing
// half-written left behind: no output, no temporary file beside it.
import { DuckDBInstance } from '@duckdb/node-api';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { cliHarness } from './runCli';
import { datasetOfFlows, readFlowColumns } from '../../../src/lib/import/flowColumns';

const cli = cliHarness('src/cli/aggregate.ts');
const { dir, file } = cli;
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const script = join(process.cwd(), 'src/cli/aggregate.ts');

/** A folder of its own for one case's output, to see that nothing is left in it. */
function outFolder(name: string): string {
	const folder = join(dir, name);
	mkdirSync(folder, { recursive: true });
	return folder;
}

/** Writes a file with DuckDB (`COPY (query) TO file (options)`). */
async function duckdbWrite(path: string, query: string, options: string): Promise<string> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		await connection.run(`COPY (${query}) TO '${path}' (${options})`);
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	return path;
}

/** Career positions, `rows` of them, five a person, as a CSV file. */
const positions = (name: string, rows: number) =>
	duckdbWrite(
		join(dir, name),
		`SELECT 'Person ' || (i // 5) AS person, 'Org ' || (hash(i // 2) % 50) AS organization,
			strftime(DATE '2000-01-01' + CAST(i % 5 * 700 + hash(i) % 600 AS INTEGER), '%Y-%m') AS start
		FROM range(${rows}) AS t(i)`,
		'HEADER'
	);

const MOVES = [
	'person,from,to,date,certainty',
	'Ann,Meta,Acme,2021-03-02,',
	'Bob,Meta,Acme,2021-03-20,',
	'Cy,META,acme,2021-03,',
	'Dee,Meta,Acme,2021-03-09,implied',
	'Eve,Acme,Meta,2022,',
	'Fay,Acme,Acme,2022,',
	'Gus,Acme,Meta,2022,'
].join('\n');

/** Careers whose last stays ended at two titles' same last day, are held, ended vaguely on a return, or at the latest end. */
const LAST_STAYS = [
	'person,organization,title,start,end,end_precision',
	'Ann,Meta,Engineer,2015-01,2017-06,',
	'Ann,Acme,Engineer,2017-07,2019-12-31,',
	'Ann,Acme,Director,2018-01,2019,',
	'Bob,Meta,,2015,2016,',
	'Bob,Acme,,2016-03,,',
	'Cy,Meta,,2010,2012,',
	'Cy,Acme,,2012,2014,',
	'Cy,Meta,,2014-05,2020-03,multi-year',
	'Dee,Meta,,2010,2013-05,',
	'Dee,Acme,,2013-06,2016-02,',
	'Dee,Acme,,2014,2015,'
].join('\n');

describe('npm run aggregate', { timeout: 60_000 }, () => {
	describe('career positions', () => {
		it("writes each person's last move with the end of that stay, as the page's import does", () => {
			const run = cli.run(file('stays.csv', LAST_STAYS), '--output', 'moves', '--out', '-');
			expect(run.code).toBe(0);
			const dataset = JSON.parse(run.out.slice(0, run.out.length - run.err.length)) as Dataset;
			expect(validateDataset(dataset).ok).toBe(true);
			const names = new Map([...dataset.people, ...dataset.organizations].map((n) => [n.id, n.name]));
			const stays = dataset.moves.map((m) => [names.get(m.person), names.get(m.to), m.stayEnd]);
			expect(stays).toEqual([
				// The end that can fall latest; of two on one last day, the first in order.
				['Ann', 'Acme', { precision: 'day', start: '2019-12-31' }],
				// Still held: the stay goes on.
				['Bob', 'Acme', undefined],
				// A return: the earlier stay ended at the move out; the last ended on a day too vague to place.
				['Cy', 'Acme', undefined],
				['Cy', 'Meta', { precision: 'unknown' }],
				['Dee', 'Acme', { precision: 'month', start: '2016-02' }]
			]);
		});
	});

	describe('--kind moves', () => {
		it('groups a file of moves into flows by origin, destination, month and certainty', () => {
			const out = join(outFolder('moves'), 'flows.json');
			const run = cli.run(file('moves.csv', MOVES), '--kind', 'moves', '--out', out);
			expect(run.code).toBe(0);
			expect(run.out).toContain('✓ 7 rows read from moves.csv (CSV): 6 moves kept');
			expect(run.out).toContain('row 7, to: is the same organization as the one left');
			expect(run.out).toContain('6 moves counted in 3 flows');
			const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
			expect(validateDataset(dataset).ok).toBe(true);
			const flows = dataset.moves.map((m) => [m.from, m.to, m.date.start, m.certainty, m.weight]);
			expect(flows).toEqual([
				['acme', 'meta', '2022', 'stated', 2],
				['meta', 'acme', '2021-03', 'implied', 1],
				['meta', 'acme', '2021-03', 'stated', 3]
			]);
			expect(dataset.sources[0]!.kind).toBe('aggregate');
		});

		it('writes the same flows in columns when asked, and refuses a form it does not know', () => {
			const out = join(outFolder('flows-in-columns'), 'flows.json');
			const run = cli.run(
				file('moves3.csv', MOVES),
				'--kind',
				'moves',
				'--flows-as',
				'columns',
				'--out',
				out
			);
			expect(run.code).toBe(0);
			expect(run.out).toContain('6 moves counted in 3 flows');
			expect(run.out).toContain(', in columns');
			const read = readFlowColumns(JSON.parse(readFileSync(out, 'utf8')));
			if (!read.ok) throw new Error(JSON.stringify(read.problems));
			const flows = datasetOfFlows(read.value).moves.map((m) => [
				m.from,
				m.to,
				m.date.start,
				m.certainty,
				m.weight
			]);
			expect(flows).toEqual([
				['acme', 'meta', '2022', 'stated', 2],
				['meta', 'acme', '2021-03', 'implied', 1],
				['meta', 'acme', '2021-03', 'stated', 3]
			]);
			const wrong = cli.run(file('moves4.csv', MOVES), '--kind', 'moves', '--flows-as', 'xml', '--out', '-');
			expect(wrong.code).toBe(2);
			expect(wrong.err).toContain('--flows-as should be auto, dataset or columns, not "xml"');
		});

		it('writes flows only: a file of moves imports as it is', () => {
			const run = cli.run(file('moves2.csv', MOVES), '--kind', 'moves', '--output', 'moves', '--out', '-');
			expect(run.code).toBe(2);
			expect(run.err).toContain(
				'--kind moves writes flows: a file of moves imports as it is with npm run import'
			);
		});
	});

	describe('faults, each named, with nothing half-written', () => {
		/** Runs the command into a fresh folder; the folder's files afterwards. */
		function runInto(name: string, ...args: string[]) {
			const folder = outFolder(name);
			const run = cli.run(
				...args,
				'--out',
				join(folder, 'flows.json'),
				'--temp-directory',
				join(folder, 'spill')
			);
			return { ...run, left: readdirSync(folder) };
		}

		it('a file neither CSV nor Parquet', () => {
			const path = file('image.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
			const run = runInto('binary', path);
			expect(run.code).toBe(1);
			expect(run.err).toContain(`✗ ${path}: neither CSV (it holds NUL bytes, so it is not text) nor Parquet`);
			expect(run.left).toEqual([]);
		});

		it('a missing column, naming the columns there are and the option that chooses one', () => {
			const path = file('columns.csv', 'who,where,when\nAnn,Meta,2020\n');
			const run = runInto('columns', path);
			expect(run.code).toBe(1);
			expect(run.err).toContain(
				`✗ ${path}: no column holds person, organization (columns: who, where, when); choose one with --person <column>`
			);
			expect(run.left).toEqual([]);
		});

		it('a column of the wrong type (Parquet), by name and type', async () => {
			const path = await duckdbWrite(
				join(dir, 'typed.parquet'),
				`SELECT 42 AS person, 'Meta' AS organization, DATE '2020-01-01' AS start`,
				'FORMAT parquet'
			);
			const run = runInto('typed', path);
			expect(run.code).toBe(1);
			expect(run.err).toContain(`✗ ${path}: column "person" (person) holds INTEGER; expected text`);
			expect(run.left).toEqual([]);
		});

		it('text that is not UTF-8, by line, early in the file or deep in it', () => {
			const rows = Array.from({ length: 5000 }, (_, i) => `Person ${i},Org ${i % 10},2020-01`);
			const latin1 = new Uint8Array([
				0x52, 0x65, 0x6e, 0xe9, 0x2c, 0x43, 0x61, 0x66, 0xe9, 0x2c, 0x32, 0x30, 0x32, 0x31, 0x0a
			]);
			const early = file('early.csv', Buffer.concat([Buffer.from('person,organization,start\n'), latin1]));
			const late = file(
				'late.csv',
				Buffer.concat([Buffer.from(['person,organization,start', ...rows, ''].join('\n')), latin1])
			);
			const notUtf8 = (line: number) =>
				`the file is not UTF-8 text: line ${line} holds a character saved in another encoding (perhaps Windows-1252 or Latin-1); save the file as UTF-8`;
			const first = runInto('early', early);
			expect(first.code).toBe(1);
			expect(first.err).toContain(`✗ ${early}: ${notUtf8(2)}`);
			const second = runInto('late', late);
			expect(second.code).toBe(1);
			expect(second.err).toContain(`✗ ${late}: ${notUtf8(5002)}`);
			expect([...first.left, ...second.left]).toEqual([]);
		});

		it("DuckDB's memory limit reached", async () => {
			const path = await positions('memory.csv', 50_000);
			const run = runInto('memory', path, '--memory-limit', '1MB');
			expect(run.code).toBe(4);
			expect(run.err).toContain(`✗ ${path}: DuckDB reached its memory limit (--memory-limit 1MB)`);
			expect(run.left.filter((f) => f !== 'spill')).toEqual([]);
		});

		it('the disk full under standard output (/dev/full)', async () => {
			const path = await positions('full.csv', 1_000);
			const full = openSync('/dev/full', 'w');
			try {
				const run = spawnSync(tsx, [script, path, '--out', '-'], {
					encoding: 'utf8',
					stdio: ['ignore', full, 'pipe']
				});
				expect(run.status).toBe(4);
				expect(run.stderr).toContain('✗ standard output: the disk is full, so nothing was written');
			} finally {
				closeSync(full);
			}
		});

		it('an output folder that does not exist', async () => {
			const path = await positions('nowhere.csv', 1_000);
			const out = join(dir, 'no-such-folder', 'flows.json');
			const run = cli.run(path, '--out', out);
			expect(run.code).toBe(1);
			expect(run.err).toContain(
				`✗ ${out}: cannot be written (its folder does not exist), so nothing was written`
			);
		});

		it('an output that cannot take the name asked for: the temporary file beside it goes', async () => {
			const path = await positions('folder.csv', 1_000);
			const folder = outFolder('taken');
			const out = join(folder, 'flows.json');
			mkdirSync(out);
			const run = cli.run(path, '--out', out);
			expect(run.code).toBe(1);
			expect(run.err).toContain(`✗ ${out}: cannot be written (this is a folder), so nothing was written`);
			expect(readdirSync(folder)).toEqual(['flows.json']);
		});
	});

	describe('the disk full for real: a folder on a 64 KiB file system', () => {
		const tiny = join(dir, 'tiny');
		let mounted = false;
		beforeAll(() => {
			mkdirSync(tiny, { recursive: true });
			// Only root may mount one; elsewhere the case above (/dev/full) stands for it.
			mounted =
				process.getuid?.() === 0 &&
				spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', tiny]).status === 0;
		});
		afterAll(() => {
			if (mounted) spawnSync('umount', [tiny]);
		});

		it('stops with the disk full and leaves the folder empty (as root; skipped otherwise)', async (context) => {
			if (!mounted) context.skip();
			const path = await positions('tiny.csv', 20_000);
			const run = cli.run(path, '--out', join(tiny, 'flows.json'), '--output', 'flows');
			expect(run.code).toBe(4);
			expect(run.err).toContain(`✗ ${join(tiny, 'flows.json')}: the disk is full, so nothing was written`);
			expect(readdirSync(tiny)).toEqual([]);
		});
	});

	it('Ctrl-C: stops, says so, exits 130 and leaves nothing', async () => {
		const path = await positions('interrupt.csv', 2_000_000);
		const folder = outFolder('interrupt');
		// Started as `npm run aggregate` starts it (node --import tsx), not through the tsx command: that
		// one relays Ctrl-C to its child and, when the child has not answered within 30 ms (a loaded
		// machine), kills it and exits 130 itself, before the child could say anything.
		const child = spawn(process.execPath, [
			'--import',
			'tsx',
			script,
			path,
			'--out',
			join(folder, 'flows.json'),
			'--temp-directory',
			join(folder, 'spill')
		]);
		let err = '';
		const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
		await new Promise<void>((resolve) =>
			child.stderr.on('data', (chunk) => {
				err += chunk;
				// Interrupted while DuckDB reads the file.
				if (err.includes('… reading')) resolve();
			})
		);
		child.kill('SIGINT');
		expect(await exited).toBe(130);
		expect(err).toContain('✗ interrupted: nothing was written');
		expect(readdirSync(folder)).toEqual([]);
	});
});
