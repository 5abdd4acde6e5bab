// Converts a CSV of moves or career histories (or a JSON dataset) into a dataset file, with the
// same rules as the import in the browser: `npm run import -- <file.csv> --out <file.json>`.
// Every row left out is reported with its row number, column and reason, and so is every row kept
// with a notice (a date read leniently); never a stack trace.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetToJson } from '../lib/transforms/exports';
import { decodeText } from '../lib/import/decode';
import { readCsv } from '../lib/import/csv';
import {
	checkFileSize,
	importJson,
	importTable,
	inspectTable,
	locateRow,
	readsAsJson
} from '../lib/import/importFile';
import { englishLines, inEnglish } from '../lib/problems/english';
import { guessMapping, type CsvKind, type Mapping } from '../lib/import/mapping';
import { chooseColumns, COLUMN_OPTIONS } from './columns';
import { printable } from './terminal';

const USAGE = `usage: npm run import -- <file.csv|file.json> --out <dataset.json> [options]

options:
  --out <file>          where to write the dataset (use - for standard output)
  --kind careers|moves  what the CSV holds (guessed from its headers when absent)
  --strict              fail when any row is left out (rows kept with a notice do not count)
  --<field> <column>    which column holds a field, by header name or 1-based number;
                        careers: --person --organization --title --start --start_precision --end --end_precision
                        moves:   --person --from --to --date --date_end --precision --wording --certainty`;

/** "1 row", "2 rows". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Prints a message from the file or about it, safely, with the usage when the command was wrong. */
function fail(message: string, code = 1, usage = false): number {
	console.error(`✗ ${printable(message)}`);
	if (usage) console.error(USAGE);
	return code;
}

/** Prints a line that may hold text from the file. */
const say = (line: string) => console.error(printable(line));

function main(argv: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				kind: { type: 'string' },
				strict: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h' },
				...COLUMN_OPTIONS
			}
		});
	} catch (error) {
		return fail(error instanceof Error ? error.message : String(error), 2, true);
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
	if (values.kind !== undefined && values.kind !== 'careers' && values.kind !== 'moves')
		return fail(`--kind should be careers or moves, not "${values.kind}"`, 2);

	let text: string;
	let bytes: number;
	try {
		const stats = statSync(file);
		bytes = stats.size;
		if (stats.isDirectory()) return fail(`${file}: this is a folder, not a file`);
		const size = checkFileSize(file, stats.size);
		if (!size.ok) return fail(`${file}: ${inEnglish(size.problems[0]!)}`);
		const decoded = decodeText(readFileSync(file));
		if (!decoded.ok) return fail(`${file}: ${inEnglish(decoded.problem)}`);
		text = decoded.text;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return fail(
			`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown reason'})`}`
		);
	}

	const asJson = readsAsJson(file, text, bytes);
	if (!asJson.ok) return fail(`${file}: ${inEnglish(asJson.problems[0]!)}`);
	let result;
	if (asJson.value) result = importJson(text);
	else {
		// Read once: the guess of kind and columns and the import work on the same table.
		const read = readCsv(text);
		if (!read.ok) return fail(`${file}: ${inEnglish(read.problem)}`);
		const inspection = inspectTable(read.table);
		const { headers } = inspection;
		const kind = (values.kind as CsvKind | undefined) ?? inspection.kind;
		// A kind given on the command line may differ from the guess: map its fields afresh.
		const mapping: Mapping =
			kind === inspection.kind ? { ...inspection.mapping } : guessMapping(headers, kind);
		const wrongColumn = chooseColumns(mapping, headers, values);
		if (wrongColumn) return fail(wrongColumn, 2);
		say(`reading ${basename(file)} as ${kind === 'careers' ? 'career histories' : 'moves'}`);
		result = importTable(read.table, basename(file), kind, mapping);
	}

	if (!result.ok) {
		say(`✗ ${file}: nothing was imported`);
		for (const line of englishLines(result.problems)) say(`  ${line}`);
		return 1;
	}
	const { dataset, rejected, accepted, notices, undated } = result.value;
	say(
		`✓ ${count(accepted, 'row')} read: ${count(dataset.moves.length, 'move')}, ${dataset.people.length} people, ${count(dataset.organizations.length, 'organization')}`
	);
	if (undated.length > 0)
		say(
			`  ${count(undated.length, 'position')} with neither start nor end take no part in moves (rows ${undated.slice(0, 10).join(', ')}${undated.length > 10 ? ', …' : ''})`
		);
	if (rejected.length > 0) {
		say(`  ${count(rejected.length, 'row')} left out:`);
		for (const line of englishLines(rejected.map(locateRow))) say(`  ${line}`);
	}
	if (notices.length > 0) {
		say(`  ${count(new Set(notices.map((n) => n.row)).size, 'row')} kept with a notice:`);
		for (const line of englishLines(notices.map(locateRow))) say(`  ${line}`);
	}
	if (values.strict && rejected.length > 0)
		return fail('--strict: rows were left out, so nothing was written');
	const json = datasetToJson(dataset);
	if (values.out === '-') process.stdout.write(json);
	else {
		try {
			writeFileSync(values.out, json);
		} catch (error) {
			return fail(
				`${values.out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown reason'})`
			);
		}
		say(`  written to ${values.out}`);
	}
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	console.error(
		printable(`✗ the import failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`)
	);
	process.exitCode = 3;
}
