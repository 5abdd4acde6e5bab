// Reduces a career-history file too large for the browser (CSV or Parquet, millions of rows) with
// the queries of sql/ on embedded DuckDB, out of core: `npm run aggregate -- <file> --out <file.json>`.
// It writes the moves themselves when they fit the browser's limits, or else flows counted by
// origin, destination and month, with the file's provenance. Nothing half-written is ever left:
// the output goes to a temporary file, renamed when complete.
import { parseArgs } from 'node:util';
import { IMPORT_LIMITS } from '../lib/import/limits';
import { englishLines } from '../lib/problems/english';
import type { Provenance } from '../lib/schema/dataset';
import {
	AggregateError,
	openAggregation,
	sha256Of,
	type Aggregation,
	type FileKind
} from './aggregate/engine';
import { queryVersion } from './aggregate/sql';
import { openOutput, type Output } from './aggregate/output';
import { COLUMN_OPTIONS } from './columns';
import { printable } from './terminal';

const USAGE = `usage: npm run aggregate -- <positions.csv|positions.parquet> --out <dataset.json> [options]

options:
  --out <file>               where to write the dataset (use - for standard output)
  --output auto|moves|flows  the moves themselves, or flows by origin, destination and month
                             (auto: the moves when they fit the browser's limits, else flows)
  --flows-as auto|dataset|columns
                             how flows are written: a dataset of objects, or in columns (a 15th
                             of the size; auto: columns beyond 10,000 flows)
  --kind positions|moves     what the file holds: career positions (the default; moves are
                             derived from them) or moves (from, to, date…), grouped into flows
  --memory-limit <size>      DuckDB's memory limit (default 2GB: with Node's own share, a run
                             of 10 million positions stays within 3 GB); it spills to disk beyond
  --threads <n>              DuckDB's threads
  --temp-directory <folder>  where DuckDB spills beyond its memory limit (default: .tmp here)
  --<field> <column>         which column holds a field, by header name or 1-based number:
                             --person --organization --start --start_precision --end --end_precision`;

/**
 * Under `--flows-as auto`, the most flows written as objects: a file a person can still read. Beyond,
 * columns import many times faster (the 1M-position result, 252,872 flows: 0.8 s and 3.4 MB in
 * columns, 5.0 s and 52 MB as objects), and past about 310,000 flows objects pass the browser's 64 MB.
 */
const FLOWS_AS_OBJECTS_UP_TO = 10_000;

/** DuckDB's memory unless told: what it needs beyond spills to --temp-directory. */
const DEFAULT_MEMORY_LIMIT = '2GB';

/** "1 row", "2 rows", with thousands separated. */
const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

/** Prints a line that may hold text from the file. */
const say = (line: string) => console.error(printable(line));

/** The progress line: rewritten in place on a terminal, one line per phase elsewhere. */
function progress() {
	const tty = process.stderr.isTTY;
	let last = '';
	const started = performance.now();
	return {
		update(phase: string, rows: number) {
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			const line = `… ${phase}${rows > 0 ? `: ${rows.toLocaleString('en')} rows read` : ''} (${seconds} s)`;
			if (tty) process.stderr.write(`\r\u001b[K${line}`);
			else if (phase !== last) console.error(line);
			last = phase;
		},
		done() {
			if (tty) process.stderr.write('\r\u001b[K');
		}
	};
}

/** The modules that make and write the dataset. */
async function loadWriting() {
	const [{ datasetToJson }, { flowsFrame, movesDataset }, { writeDatasetJson }, { writeFlowColumnsJson }] =
		await Promise.all([
			import('../lib/transforms/exports'),
			import('./aggregate/toDataset'),
			import('./aggregate/writeJson'),
			import('./aggregate/writeColumns')
		]);
	return { datasetToJson, flowsFrame, movesDataset, writeDatasetJson, writeFlowColumnsJson };
}

async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				output: { type: 'string', default: 'auto' },
				'flows-as': { type: 'string', default: 'auto' },
				kind: { type: 'string', default: 'positions' },
				'memory-limit': { type: 'string', default: DEFAULT_MEMORY_LIMIT },
				threads: { type: 'string' },
				'temp-directory': { type: 'string' },
				help: { type: 'boolean', short: 'h' },
				...COLUMN_OPTIONS
			}
		});
	} catch (error) {
		say(`✗ ${error instanceof Error ? error.message : String(error)}`);
		console.error(USAGE);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const [file] = positionals;
	if (!file || !values.out) {
		console.error(USAGE);
		return 2;
	}
	const usage = (message: string) => (say(`✗ ${message}`), 2);
	if (values.kind !== 'positions' && values.kind !== 'moves')
		return usage(`--kind should be positions or moves, not "${values.kind}"`);
	const kind: FileKind = values.kind;
	if (!['auto', 'moves', 'flows'].includes(values.output))
		return usage(`--output should be auto, moves or flows, not "${values.output}"`);
	const flowsAs = values['flows-as'];
	if (!['auto', 'dataset', 'columns'].includes(flowsAs))
		return usage(`--flows-as should be auto, dataset or columns, not "${flowsAs}"`);
	if (kind === 'moves' && values.output === 'moves')
		return usage('--kind moves writes flows: a file of moves imports as it is with npm run import');
	const threads = values.threads === undefined ? undefined : Number(values.threads);
	if (threads !== undefined && !(Number.isInteger(threads) && threads > 0))
		return usage(`--threads should be a whole number above 0, not "${values.threads}"`);
	const memoryLimit = values['memory-limit'];
	if (memoryLimit !== undefined && !/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(memoryLimit))
		return usage(`--memory-limit should be a size like 512MB or 4GB, not "${memoryLimit}"`);

	const out = values.out;
	const line = progress();
	let aggregation: Aggregation | undefined;
	let output: Output | undefined;
	const interrupt = new AbortController();
	const stopIfInterrupted = () => {
		if (interrupt.signal.aborted) throw new AggregateError('interrupted: nothing was written', 'interrupted');
	};
	const onInterrupt = () => interrupt.abort();
	process.on('SIGINT', onInterrupt);
	process.on('SIGTERM', onInterrupt);
	// What writes the dataset (zod and the schema among it) loads while DuckDB reads the file: a
	// few tenths of a second of a short run.
	const writing = loadWriting();
	// Awaited when the output is written; a run that stops before then has no use for a failure here.
	writing.catch(() => undefined);
	try {
		const hashing = sha256Of(file).catch(() => '');
		aggregation = await openAggregation({
			file,
			kind,
			columns: values,
			memoryLimit,
			threads,
			tempDirectory: values['temp-directory'],
			signal: interrupt.signal,
			onProgress: line.update
		});
		stopIfInterrupted();
		const checked = await aggregation.checked();
		line.done();
		say(
			`✓ ${count(checked.rows, 'row')} read from ${aggregation.name} (${aggregation.format === 'csv' ? 'CSV' : 'Parquet'}): ${count(checked.accepted, kind === 'moves' ? 'move' : 'position')} kept`
		);
		if (checked.undatedCount > 0)
			say(
				`  ${count(checked.undatedCount, 'position')} with neither start nor end take no part in moves (rows ${checked.undated.join(', ')}${checked.undatedCount > checked.undated.length ? ', …' : ''})`
			);
		if (checked.rejectedCount > 0) {
			say(
				`  ${count(checked.rejectedCount, 'row')} left out${checked.rejectedCount > checked.rejected.length ? `, the first ${checked.rejected.length}` : ''}:`
			);
			// The importer's module (and all it reads) loads only when there is a row to word.
			const { locateRow } = await import('../lib/import/importFile');
			for (const text of englishLines(checked.rejected.map(locateRow))) say(`  ${text}`);
		}
		if (checked.noticedCount > 0)
			say(
				`  ${count(checked.noticedCount, 'row')} kept with a notice, a date or precision read leniently as the importer reads it (rows ${checked.noticed.join(', ')}${checked.noticedCount > checked.noticed.length ? ', …' : ''}; npm run import names each)`
			);
		if (checked.accepted === 0)
			throw new AggregateError(`${file}: no row could be read, so nothing was written`);

		const flows = await aggregation.flows();
		const provenance: Provenance = {
			file: aggregation.name,
			rows: checked.rows,
			sha256: await hashing,
			query: queryVersion()
		};
		if (!provenance.sha256) throw new AggregateError(`${file}: cannot be read to the end (its SHA-256)`);
		const organizations = await aggregation.names('organization');
		const { datasetToJson, flowsFrame, movesDataset, writeDatasetJson, writeFlowColumnsJson } = await writing;
		stopIfInterrupted();
		output = await openOutput(out);
		let written = false;
		// Some 150 bytes a move at least: more moves than the browser's bytes allow are not even tried.
		const mayFit = flows.moves <= IMPORT_LIMITS.rows && flows.moves * 150 <= IMPORT_LIMITS.jsonBytes;
		if (kind === 'positions' && (values.output === 'moves' || (values.output === 'auto' && mayFit))) {
			const moves = await aggregation.moves();
			const people = await aggregation.names('person');
			const json = datasetToJson(movesDataset(aggregation.name, provenance, moves, people, organizations));
			if (values.output === 'moves' || Buffer.byteLength(json) <= IMPORT_LIMITS.jsonBytes) {
				stopIfInterrupted();
				await output.write(json);
				written = true;
				say(`  ${count(flows.moves, 'move')} written one by one (they fit the browser's limits)`);
			}
		}
		if (!written) {
			const frame = flowsFrame(aggregation.name, provenance, organizations, flows.count, kind);
			const chunks = async function* () {
				for await (const chunk of flows.chunks()) {
					stopIfInterrupted();
					yield chunk;
				}
			};
			const inColumns = flowsAs === 'columns' || (flowsAs === 'auto' && flows.count > FLOWS_AS_OBJECTS_UP_TO);
			if (inColumns)
				await writeFlowColumnsJson(
					output.write,
					frame.dataset,
					frame.evidence,
					frame.organizationIndex,
					chunks()
				);
			else {
				let index = 0;
				const moves = async function* () {
					for await (const chunk of chunks()) yield chunk.map((flow) => frame.json(flow, index++));
				};
				await writeDatasetJson(output.write, frame.dataset, moves());
			}
			say(
				`  ${count(flows.moves, 'move')} counted in ${count(flows.count, 'flow')} by origin, destination and month${kind === 'moves' ? ' (or period) and certainty' : ''}, between ${count(organizations.length, 'organization')}${inColumns ? ', in columns' : ''}`
			);
		}
		stopIfInterrupted();
		await output.commit();
		if (out !== '-') say(`  written to ${out}`);
		return 0;
	} catch (error) {
		line.done();
		await output?.discard();
		if (!(error instanceof AggregateError)) throw error;
		say(`✗ ${error.message}`);
		return error.kind === 'interrupted' ? 130 : error.kind === 'resources' ? 4 : 1;
	} finally {
		aggregation?.close();
		process.off('SIGINT', onInterrupt);
		process.off('SIGTERM', onInterrupt);
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	console.error(
		printable(
			`✗ the aggregation failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`
		)
	);
	process.exitCode = 3;
}
