// Runs the derivation of sql/ on DuckDB, out of core, over a CSV or Parquet file of career
// positions: what `npm run aggregate` and the equivalence test share.
import { DuckDBInstance, type DuckDBConnection, type DuckDBListValue } from '@duckdb/node-api';
import { dsvFormat } from 'd3-dsv';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { detectDelimiter } from '../../lib/import/csv';
import { decodeText } from '../../lib/import/decode';
import { FIELDS, guessMapping, missingFields, type Mapping } from '../../lib/import/mapping';
import type { FuzzyDate } from '../../lib/schema/dates';
import type { Certainty } from '../../lib/schema/evidence';
import type { RowProblem } from '../../lib/import/problems';
import { problemOf, type ProblemMessage } from '../../lib/problems/codes';
import { inEnglish } from '../../lib/problems/english';
import { chooseColumns } from '../columns';
import { fillPrelude, identifier, literal, readSql } from './sql';

/** A fault with the file or the run, worded for the terminal: the file, and column and row where known. */
export class AggregateError extends Error {
	constructor(
		message: string,
		/** Why: `input` (the file or the command), `resources` (memory, disk) or `interrupted`. */
		readonly kind: 'input' | 'resources' | 'interrupted' = 'input'
	) {
		super(message);
	}
}

export interface AggregateOptions {
	file: string;
	/** What the file holds: career positions (moves are derived) or moves themselves. */
	kind?: FileKind;
	/** Columns chosen on the command line (`person`, `organization`, `start`…), by name or number. */
	columns?: Record<string, unknown>;
	/** DuckDB's memory limit, such as `2GB`. */
	memoryLimit?: string;
	threads?: number;
	/** Where DuckDB may spill what does not fit in memory. */
	tempDirectory?: string;
	/** Stops the work under way when aborted (Ctrl-C): what runs then fails as interrupted. */
	signal?: AbortSignal;
	/** Told of each phase, and of the rows read so far while reading. */
	onProgress?: (phase: string, rows: number) => void;
	/** How many rows left out, undated or kept with a notice are named in the report (10 unless told). */
	sample?: number;
}

/** What a file holds: career positions, from which moves are derived, or moves. */
export type FileKind = 'positions' | 'moves';

/** The fields of either kind of file the prelude reads, each to a cell of its own (`person_cell`…). */
const CELL_FIELDS = [
	'person',
	'organization',
	'start',
	'start_precision',
	'end',
	'end_precision',
	'from',
	'to',
	'date',
	'precision',
	'date_end',
	'certainty'
] as const;

/** Fields whose column may hold dates (a Parquet DATE column is read as YYYY-MM-DD). */
const DATE_FIELDS = new Set(['start', 'end', 'date', 'date_end']);

/**
 * How each kind of file goes through the queries: the portable check and the table it fills
 * (what is kept of it), the moves that flows are made of, and what counts as undated.
 */
const KINDS = {
	positions: {
		mapping: 'careers',
		check: 'check_positions.sql',
		table: 'checked_positions',
		// A view, read three times (the report, the flows, the names), each time through its joins:
		// ten million positions kept as a table cost more to write than to join again, and their
		// gigabyte pushed the window of sql/derive_moves.sql out of DuckDB's memory, onto disk.
		materialized: false,
		// The names as spelled, and what a problem's message quotes, are asked of the file's cells
		// again, only for the rows that need them: text kept for ten million rows costs seconds.
		kept: 'row_no, person_key, organization_key, start_value, start_precision, end_value, end_precision, problem, noticed',
		recheck: true,
		undated: 'problem IS NULL AND start_value IS NULL AND end_value IS NULL',
		moves: () =>
			`SELECT *, NULL AS date_end, 'stated' AS certainty FROM (${readSql('derive_moves.sql')}) AS derived`
	},
	moves: {
		mapping: 'moves',
		check: 'check_moves.sql',
		table: 'checked_moves',
		// A table: the check of a file of moves finds repeated rows, too dear to do again.
		materialized: true,
		kept: '*',
		recheck: false,
		undated: 'false',
		moves: () =>
			'SELECT from_key, to_key, date_value, date_precision, date_end, certainty FROM checked_moves WHERE problem IS NULL'
	}
} as const;

/** A move as the SQL derives it, with its people and organizations by folded name. */
export interface SqlMove {
	personKey: string;
	fromKey: string;
	toKey: string;
	date: { value: string; precision: 'day' | 'month' | 'year' } | null;
	rows: [number, number];
	/**
	 * The end of the stay this move begins, for a person's last move when their positions there
	 * all ended (`Move.stayEnd`): no value when an end is too vague to place.
	 */
	stayEnd?: { value: string | null; precision: 'day' | 'month' | 'year' | 'unknown' };
}

/** Moves grouped by origin, destination and month (or year, period, or no date), with their count. */
export interface SqlFlow {
	fromKey: string;
	toKey: string;
	date: FuzzyDate;
	certainty: Certainty;
	weight: number;
}

/** The flows of a file: how many, the moves they count, and the flows in chunks (in order). */
export interface SqlFlows {
	count: number;
	moves: number;
	chunks(): AsyncIterable<SqlFlow[]>;
}

/** The name shown for a folded name: its spelling on the first row that names it. */
export interface SqlName {
	key: string;
	name: string;
	firstRow: number;
}

export interface Checked {
	/** The file's data rows. */
	rows: number;
	/** Rows read without a problem. */
	accepted: number;
	/** How many rows were left out, and the first of them with their reasons. */
	rejectedCount: number;
	rejected: RowProblem[];
	/** Positions with neither start nor end, and the first of their rows. */
	undatedCount: number;
	undated: number[];
	/**
	 * Positions kept whose date or precision was read leniently (a date `2024-9-1`, a precision
	 * "multi-year"), and the first of their rows: the rows the importer gives a notice.
	 */
	noticedCount: number;
	noticed: number[];
}

/** How many rejected, undated and noticed rows are named in the report, unless told. */
const SAMPLE = 10;

/** What a file's first bytes say it is. */
async function sniff(
	file: string
): Promise<{ format: 'csv' | 'parquet'; headers: string[]; delimiter?: string }> {
	let info;
	try {
		info = await stat(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new AggregateError(
			`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown reason'})`}`
		);
	}
	if (info.isDirectory()) throw new AggregateError(`${file}: this is a folder, not a file`);
	if (info.size === 0) throw new AggregateError(`${file}: ${inEnglish(problemOf('fileEmpty'))}`);
	const handle = await open(file);
	const head = new Uint8Array(Math.min(info.size, 64 * 1024));
	try {
		await handle.read(head, 0, head.length, 0);
	} finally {
		await handle.close();
	}
	if (head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31)
		return { format: 'parquet', headers: [] };
	if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
		throw new AggregateError(
			`${file}: the file is UTF-16 text; save it as UTF-8 (npm run import reads UTF-16, up to its limits)`
		);
	if (head.includes(0))
		throw new AggregateError(`${file}: neither CSV (it holds NUL bytes, so it is not text) nor Parquet`);
	// Only whole lines of the head are decoded: the last may stop inside a character.
	const lastBreak = head.lastIndexOf(0x0a);
	const decoded = decodeText(head.length < info.size && lastBreak > 0 ? head.subarray(0, lastBreak) : head);
	if (!decoded.ok) throw new AggregateError(`${file}: ${inEnglish(decoded.problem)}`);
	const text = decoded.text.replace(/^\ufeff/, '');
	if (text.trim() === '') throw new AggregateError(`${file}: ${inEnglish(problemOf('fileEmpty'))}`);
	const delimiter = detectDelimiter(text);
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const headers = (dsvFormat(delimiter).parseRows(firstLine)[0] ?? []).map((h) => h.trim());
	if (headers.length < 2 || headers.every((h) => h === ''))
		throw new AggregateError(
			`${file}: neither CSV with a header of columns (the first line names ${headers.length} column) nor Parquet`
		);
	return { format: 'csv', headers, delimiter };
}

/**
 * How much of the file each step of the hash reads: at Node's default of 64 KiB, the 459 MB of
 * 10M positions took 1.1 s of CPU beside DuckDB's two threads; at 1 MiB, 0.7 s.
 */
const HASH_CHUNK = 1 << 20;

/** The SHA-256 of a file's bytes, read as a stream. */
export function sha256Of(file: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const hash = createHash('sha256');
		createReadStream(file, { highWaterMark: HASH_CHUNK })
			.on('data', (chunk) => hash.update(chunk))
			.on('error', reject)
			.on('end', () => resolve(hash.digest('hex')));
	});
}

/** A DuckDB error worded for the terminal, naming the file. */
function explain(error: unknown, file: string, memoryLimit: string | undefined): AggregateError {
	const message = error instanceof Error ? error.message : String(error);
	if (/interrupt/i.test(message))
		return new AggregateError('interrupted: nothing was written', 'interrupted');
	if (/out of memory/i.test(message))
		return new AggregateError(
			`${file}: DuckDB reached its memory limit${memoryLimit ? ` (--memory-limit ${memoryLimit})` : ''} and could not spill to disk: raise the limit or free disk space (${firstLine(message)})`,
			'resources'
		);
	if (/no space left|disk (is )?full|ENOSPC/i.test(message))
		return new AggregateError(`${file}: the disk is full (${firstLine(message)})`, 'resources');
	if (/unicode|utf-?8|encoding/i.test(message)) {
		// Worded as the importer words it when the line is known (DuckDB's CSV errors name it).
		const line = Number(/line:?\s*(\d+)/i.exec(message)?.[1]);
		return new AggregateError(
			Number.isInteger(line)
				? `${file}: ${inEnglish(problemOf('notUtf8', { line }))}`
				: `${file}: the file is not UTF-8 text; save it as UTF-8 (${firstLine(message)})`
		);
	}
	return new AggregateError(`${file}: ${firstLine(message)}${lineOf(message)}`);
}

const firstLine = (message: string) => message.split('\n')[0]!.slice(0, 300);

/** "at row N" from DuckDB's CSV errors, which name the line. */
function lineOf(message: string): string {
	const line = /line:?\s*(\d+)/i.exec(message)?.[1];
	return line && !firstLine(message).includes(line) ? ` (line ${line})` : '';
}

/** The order of flows between the same two organizations: by date, then certainty. */
const FLOW_DATE_ORDER = 'period NULLS FIRST, period_precision, period_end NULLS FIRST, certainty';

/** Types a Parquet column may have for each field: text, or a date for a date field. */
const TEXT_TYPES = /^(VARCHAR|STRING|TEXT)$/i;
const DATE_TYPES = /^(VARCHAR|STRING|TEXT|DATE)$/i;

/**
 * Opens a file for the derivation: reads and checks its positions into DuckDB, and answers for
 * the report, the moves, the flows and the names. Close it when done.
 */
export async function openAggregation(options: AggregateOptions) {
	const { file, onProgress } = options;
	const sample = Math.max(0, Math.floor(options.sample ?? SAMPLE));
	const name = basename(file);
	const sniffed = await sniff(file);

	const config: Record<string, string> = {
		// Rows carry their own number: DuckDB need not keep them in the file's order.
		preserve_insertion_order: 'false'
	};
	if (options.memoryLimit) config.memory_limit = options.memoryLimit;
	if (options.threads) config.threads = String(options.threads);
	if (options.tempDirectory) config.temp_directory = options.tempDirectory;
	let instance: DuckDBInstance;
	try {
		instance = await DuckDBInstance.create(':memory:', config);
	} catch (error) {
		throw new AggregateError(`DuckDB refused its settings: ${firstLine(String(error))}`);
	}
	const connection: DuckDBConnection = await instance.connect();
	const close = () => {
		connection.closeSync();
		instance.closeSync();
	};
	// Progress is measured only with DuckDB's progress bar on (it then prints nothing itself here).
	await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
	options.signal?.addEventListener('abort', () => connection.interrupt());
	const run = async (sql: string) => {
		try {
			if (options.signal?.aborted) throw new Error('Interrupted before it ran');
			return await connection.runAndReadAll(sql);
		} catch (error) {
			throw explain(error, file, options.memoryLimit);
		}
	};

	try {
		let headers = sniffed.headers;
		let source: string;
		const types = new Map<string, string>();
		if (sniffed.format === 'parquet') {
			// A Parquet file has no header line; its rows are numbered as if it had one, like a CSV export of it.
			source = `read_parquet(${literal(file)})`;
			const described = await run(`DESCRIBE SELECT * FROM ${source}`);
			for (const [column, type] of described.getRows()) types.set(String(column), String(type));
			headers = [...types.keys()];
		} else {
			const names = headers.map((_, i) => `'c${i}'`).join(', ');
			source = `read_csv(${literal(file)}, header = true, all_varchar = true, delim = ${literal(sniffed.delimiter!)}, quote = '"', escape = '"', null_padding = true, names = [${names}])`;
		}

		const kind = KINDS[options.kind ?? 'positions'];
		const mapping: Mapping = guessMapping(headers, kind.mapping);
		const wrongColumn = chooseColumns(mapping, headers, options.columns ?? {});
		if (wrongColumn) throw new AggregateError(`${file}: ${wrongColumn}`);
		// Flows name no one: a file of moves may leave its people out.
		const missing = missingFields(mapping, kind.mapping).filter(
			(f) => kind.mapping === 'careers' || f !== 'person'
		);
		if (missing.length > 0)
			throw new AggregateError(
				`${file}: no column holds ${missing.join(', ')} (columns: ${headers.join(', ')}); choose one with --${missing[0]} <column>`
			);
		const columnOf = (field: string) => {
			const index = mapping[field as keyof Mapping];
			if (index === undefined) return undefined;
			if (sniffed.format === 'csv') return `c${index}`;
			const header = headers[index]!;
			const type = types.get(header)!;
			const dateField = DATE_FIELDS.has(field);
			if (!(dateField ? DATE_TYPES : TEXT_TYPES).test(type))
				throw new AggregateError(
					`${file}: column "${header}" (${field}) holds ${type}; expected text${dateField ? ' or DATE' : ''}`
				);
			return identifier(header);
		};
		const header = (field: string) => headers[mapping[field as keyof Mapping] ?? -1] ?? field;
		// Only the columns chosen are read and kept; one the file lacks is '' in every row (a person,
		// NULL: a file of moves without people is not a file of moves without names in them).
		const ofKind = new Set<string>([...FIELDS[kind.mapping].required, ...FIELDS[kind.mapping].optional]);
		const chosen = CELL_FIELDS.flatMap((field) => {
			const column = ofKind.has(field) ? columnOf(field) : undefined;
			return column === undefined ? [] : [{ field, column }];
		});
		// A row repeated cell for cell is found by all its cells (a file of moves only).
		const allCells = headers
			.map((h, i) => `coalesce(CAST(${sniffed.format === 'csv' ? `c${i}` : identifier(h)} AS VARCHAR), '')`)
			.join(`, chr(0), `);
		const cells = [
			...chosen.map(({ field, column }) => `coalesce(CAST(${column} AS VARCHAR), '') AS ${field}_cell`),
			...(kind.mapping === 'moves' ? [`concat(${allCells}) AS row_cells`] : [])
		].join(', ');
		const cellColumns = [
			...CELL_FIELDS.map((field) =>
				chosen.some((c) => c.field === field)
					? `${field}_cell`
					: `${field === 'person' ? 'CAST(NULL AS VARCHAR)' : "''"} AS ${field}_cell`
			),
			kind.mapping === 'moves' ? 'row_cells' : 'CAST(NULL AS VARCHAR) AS row_cells'
		].join(', ');

		onProgress?.('reading', 0);
		const prelude = fillPrelude(readSql('prelude/duckdb.sql'), {
			source,
			cells,
			cell_columns: cellColumns
		});
		const timer = setInterval(() => {
			const rows = Number(connection.progress.rows_processed);
			if (rows > 0) onProgress?.('reading', rows);
		}, 250);
		try {
			await run(prelude);
		} finally {
			clearInterval(timer);
		}
		onProgress?.('checking', 0);
		await run(`CREATE TEMP TABLE date_readings AS ${readSql('read_dates.sql')}`);
		// Kept for what follows: the columns the moves, the flows, the names and the counts read.
		await run(
			`CREATE TEMP ${kind.materialized ? 'TABLE' : 'VIEW'} ${kind.table} AS SELECT ${kind.kept} FROM (${readSql(kind.check)}) AS checked`
		);
		const checked = await report();
		// The file's cells stay, for the names as first spelled; its pairs of date cells were read once.
		await run('DROP TABLE date_cells');
		if (kind.mapping === 'careers')
			await run(`CREATE TEMP VIEW placed_positions AS ${readSql('place_positions.sql')}`);
		await run(`CREATE TEMP VIEW moves AS ${kind.moves()}`);

		/** How many rows were read, kept, left out (with the first few and their reasons) and undated. */
		async function report(): Promise<Checked> {
			// One pass counts the rows and finds the first few of each sort (`min(row_no, n)`, the n
			// least in order).
			const firsts = (where: string) =>
				sample === 0 ? 'NULL' : `min(row_no, ${sample}) FILTER (WHERE ${where})`;
			const [counts] = (
				await run(`SELECT count(*), count(*) FILTER (WHERE problem IS NULL),
					count(*) FILTER (WHERE ${kind.undated}),
					count(*) FILTER (WHERE noticed = 1),
					${firsts('problem IS NOT NULL')}, ${firsts(kind.undated)}, ${firsts('noticed = 1')}
					FROM ${kind.table}`)
			).getRows();
			const [rows = 0, accepted = 0, undatedCount = 0, noticedCount = 0] = counts!.slice(0, 4).map(Number);
			const [rejectedRows, undatedRows, noticedRows] = counts!
				.slice(4)
				.map((list) => (list === null ? [] : (list as DuckDBListValue).items.map(Number)));
			// Either kept, or the check again for those rows alone (the filter reaches the file's
			// cells before any join).
			const details = kind.recheck ? `(${readSql(kind.check)}) AS checked` : kind.table;
			const rejected =
				rejectedRows!.length === 0
					? []
					: (
							await run(`SELECT row_no, problem, problem_field, problem_value, problem_detail,
									${kind.recheck ? 'NULL' : 'repeats_row'}
								FROM ${details}
								WHERE row_no IN (${rejectedRows!.join(', ')}) ORDER BY row_no`)
						)
							.getRows()
							.map(([row, code, field, value, detail, repeats]) => ({
								row: Number(row),
								...(field === null ? {} : { field: header(String(field)) }),
								...problemFromSql(String(code), String(value ?? ''), String(detail ?? ''), Number(repeats))
							}));
			return {
				rows,
				accepted,
				rejectedCount: rows - accepted,
				rejected,
				undatedCount,
				undated: undatedRows!,
				noticedCount,
				noticed: noticedRows!
			};
		}

		return {
			file,
			name,
			format: sniffed.format,
			headers,
			mapping,
			/** How many rows were read, kept, left out (with the first few and their reasons) and undated. */
			checked: async (): Promise<Checked> => checked,
			/**
			 * Every move of a career file, one by one, in the order of each person's first row then of
			 * their positions (a file of moves imports as it is, with npm run import).
			 */
			async moves(): Promise<SqlMove[]> {
				if (kind.mapping !== 'careers') throw new Error('only the moves of career positions are derived');
				onProgress?.('deriving moves', 0);
				const result =
					await run(`SELECT m.person_key, m.from_key, m.to_key, m.date_value, m.date_precision, m.from_row, m.to_row,
						s.stay_end_value, s.stay_end_precision
					FROM moves AS m LEFT JOIN (${readSql('stay_ends.sql')}) AS s ON s.to_row = m.to_row
					ORDER BY m.person_key, m.date_value NULLS FIRST, m.to_row`);
				return result
					.getRows()
					.map(([person, from, to, value, precision, fromRow, toRow, endValue, endPrecision]) => ({
						personKey: String(person),
						fromKey: String(from),
						toKey: String(to),
						date: value === null ? null : { value: String(value), precision: precision as 'day' },
						rows: [Number(fromRow), Number(toRow)],
						...(endPrecision === null
							? {}
							: {
									stayEnd: {
										value: endValue === null ? null : String(endValue),
										precision: endPrecision as 'unknown'
									}
								})
					}));
			},
			/**
			 * The moves grouped by origin, destination and month: how many flows and moves, and the
			 * flows themselves in chunks, so that millions never sit in memory at once.
			 */
			async flows(): Promise<SqlFlows> {
				onProgress?.('grouping flows', 0);
				await run(`CREATE OR REPLACE TEMP TABLE flows AS ${readSql('flows.sql')}`);
				const [[count, weight]] = (
					await run('SELECT count(*), coalesce(sum(weight), 0) FROM flows')
				).getRows() as [[bigint, bigint]];
				// The organizations and the dates (with certainty) of the flows, each numbered in the
				// order flows are written: a flow is then read as four numbers, not six texts, and its
				// organizations and date are shared by every flow that has them.
				await run(`CREATE OR REPLACE TEMP TABLE flow_organizations AS
					SELECT key, CAST(row_number() OVER (ORDER BY key) - 1 AS INTEGER) AS place
					FROM (SELECT from_key AS key FROM flows UNION SELECT to_key FROM flows) AS named`);
				await run(`CREATE OR REPLACE TEMP TABLE flow_dates AS
					SELECT period, period_precision, period_end, certainty,
						CAST(row_number() OVER (ORDER BY ${FLOW_DATE_ORDER}) - 1 AS INTEGER) AS place
					FROM (SELECT DISTINCT period, period_precision, period_end, certainty FROM flows) AS dated`);
				const organizations = (await run('SELECT key FROM flow_organizations ORDER BY place'))
					.getRows()
					.map(([key]) => String(key));
				const dates = (
					await run('SELECT period, period_precision, period_end, certainty FROM flow_dates ORDER BY place')
				)
					.getRows()
					.map(([period, precision, end, certainty]) => ({
						date: flowDate(period as string | null, precision as string | null, end as string | null),
						certainty: certainty as Certainty
					}));
				return {
					count: Number(count),
					moves: Number(weight),
					async *chunks() {
						let result;
						try {
							result = await connection.stream(
								`SELECT o.place, d.place, t.place, CAST(f.weight AS DOUBLE)
								FROM flows AS f
								JOIN flow_organizations AS o ON o.key = f.from_key
								JOIN flow_organizations AS t ON t.key = f.to_key
								JOIN flow_dates AS d ON d.period IS NOT DISTINCT FROM f.period
									AND d.period_precision IS NOT DISTINCT FROM f.period_precision
									AND d.period_end IS NOT DISTINCT FROM f.period_end
									AND d.certainty = f.certainty
								ORDER BY o.place, t.place, d.place`
							);
							for (
								let chunk = await result.fetchChunk();
								chunk && chunk.rowCount > 0;
								chunk = await result.fetchChunk()
							) {
								// Read by column: fewer objects made and dropped than row by row.
								const [from, dated, to, weights] = chunk.getColumns() as number[][];
								yield from!.map((_, i): SqlFlow => {
									const { date, certainty } = dates[dated![i]!]!;
									return {
										fromKey: organizations[from![i]!]!,
										toKey: organizations[to![i]!]!,
										date,
										certainty,
										weight: weights![i]!
									};
								});
							}
						} catch (error) {
							throw explain(error, file, options.memoryLimit);
						}
					}
				};
			},
			/** The name shown for each person or organization, by folded name, in the order they are first named. */
			async names(named: 'person' | 'organization'): Promise<SqlName[]> {
				if (kind.mapping === 'moves' && named === 'person')
					throw new Error('the people of a file of moves are not named in flows');
				const result = await run(
					kind.mapping === 'moves'
						? `SELECT name_key, name, first_row FROM (${readSql('move_names.sql')}) AS spelled ORDER BY first_row, place`
						: `SELECT name_key, name, first_row FROM (${readSql('names.sql')}) AS spelled WHERE kind = ${literal(named)} ORDER BY first_row`
				);
				return result.getRows().map(([key, spelled, row]) => ({
					key: String(key),
					name: String(spelled),
					firstRow: Number(row)
				}));
			},
			close
		};
	} catch (error) {
		close();
		throw error;
	}
}

export type Aggregation = Awaited<ReturnType<typeof openAggregation>>;

/** A flow's date from its period: a month, a year, a period (a file of moves' `range`) or none. */
function flowDate(period: string | null, precision: string | null, end: string | null): FuzzyDate {
	if (precision === 'range')
		return {
			precision: 'range',
			...(period === null ? {} : { start: period }),
			...(end === null ? {} : { end })
		};
	if (precision === null || period === null) return { precision: 'unknown' };
	return { precision: precision as 'month' | 'year', start: period };
}

/** A problem code of sql/check_positions.sql or sql/check_moves.sql, with its values, as the importer words it. */
function problemFromSql(code: string, value: string, detail: string, repeats: number): ProblemMessage {
	switch (code) {
		case 'cellEmpty':
		case 'sameOrganization':
		case 'unknownDateHasBounds':
		case 'certaintyUnknown':
		case 'periodEndsBeforeStart':
			return problemOf(code);
		case 'repeatsRow':
			return problemOf('repeatsRow', { first: repeats });
		case 'noPerson':
			return problemOf('noPerson');
		case 'noOrganization':
			return problemOf('noOrganization');
		case 'notADate':
			return problemOf('notADate', { value: value.slice(0, 30) });
		case 'dateAmbiguous':
			// `detail` is the date read day first (YYYY-MM-DD); read month first, its month and day swap.
			return problemOf('dateAmbiguous', {
				value,
				dayFirst: detail,
				monthFirst: `${detail.slice(0, 4)}-${detail.slice(8, 10)}-${detail.slice(5, 7)}`
			});
		case 'notInCalendar':
			return problemOf('notInCalendar', { value });
		case 'precisionUnknown':
			return problemOf('precisionUnknown', { precision: value.slice(0, 20) });
		case 'precisionTooFine':
			return problemOf('precisionTooFine', { precision: detail, value });
		case 'endsBeforeStart':
			return problemOf('endsBeforeStart', { start: value, end: detail });
		default:
			throw new Error(`the queries of sql/ gave a problem this tool does not know: ${code}`);
	}
}
