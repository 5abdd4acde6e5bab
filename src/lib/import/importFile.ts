import type { Dataset } from '../schema/dataset';
import { parseJsonText, validateDataset } from '../validation/validateDataset';
import { buildPackedDataset } from './buildDataset';
import { unpackDataset, type PackedDataset } from './packedDataset';
import { datasetOfFlows, isFlowColumns, movesOf, readFlowColumns, type FlowColumns } from './flowColumns';
import { readCsv, type CsvTable } from './csv';
import { IMPORT_LIMITS, MEGABYTE } from './limits';
import { detectKind, guessMapping, missingFields, type CsvKind, type Mapping } from './mapping';
import type { RowNotice, RowProblem } from './problems';
import { problemOf, type ProblemMessage } from '../problems/codes';
import { IN_FILE, type Problem, type Where } from '../problems/where';

/** What the mapping step shows before anything is imported. */
export interface CsvInspection {
	headers: string[];
	kind: CsvKind;
	mapping: Mapping;
	/** The first rows, as read. */
	preview: string[][];
	rowCount: number;
	delimiter: CsvTable['delimiter'];
}

/** What an import says about a file: its format, the rows read and left out, the moves made. */
export interface ImportReport {
	format: 'json' | CsvKind;
	rejected: RowProblem[];
	accepted: number;
	/** What was read leniently on rows that are kept (a date `2024-9-1`, a precision "multi-year"). */
	notices: RowNotice[];
	undated: number[];
	/**
	 * How many moves the dataset holds as the page counts them (those its flows count, for a file of
	 * flows): a move that another `refines` is counted once, as the departure the two tell.
	 */
	moves: number;
	/** How many moves tell a departure another move tells too (`Move.refines`), counted once. */
	refined?: number;
	/** For a file of flows (`npm run aggregate`): how many flows it holds. */
	flowCount?: number;
}

/** A finished import: the dataset, every row that was left out and every notice on a row kept. */
export interface Imported extends ImportReport {
	dataset: Dataset;
}

/** Why nothing of a file can be imported: located problems, by code (the page words them). */
export type ImportFailure = Problem[];

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: ImportFailure };

const fail = (problem: ProblemMessage, where: Where = IN_FILE): { ok: false; problems: ImportFailure } => ({
	ok: false,
	problems: [{ where, ...problem }]
});

/** A row left out, as a problem of the file located at its row (and column). */
export function locateRow({ row, field, ...problem }: RowProblem): Problem {
	return { where: field === undefined ? { at: 'row', row } : { at: 'row', row, field }, ...problem };
}

/** True when the file's name says JSON. */
const namedJson = (fileName: string) => /\.json$/i.test(fileName);

/** True when the file's name or first character says JSON. */
export function looksLikeJson(fileName: string, text: string): boolean {
	return namedJson(fileName) || /^\s*[[{]/.test(text.replace(/^\ufeff/, ''));
}

/** The deepest nesting of lists and objects in a JSON text, counted without parsing it. */
export function jsonDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
		else if (c === '}' || c === ']') depth--;
	}
	return deepest;
}

/** Checks a file's size before reading it, with the limit in the message. */
export function checkSize(bytes: number): Outcome<null> {
	if (bytes === 0) return fail(problemOf('fileEmpty'));
	if (bytes > IMPORT_LIMITS.bytes)
		return fail(
			problemOf('fileTooBig', { megabytes: bytes / MEGABYTE, limit: IMPORT_LIMITS.bytes / MEGABYTE })
		);
	return { ok: true, value: null };
}

/**
 * Checks the size of a file read as JSON, which has a lower limit than a CSV file: one past it is
 * told the JSON limit, whatever the limit for other files.
 */
export function checkJsonSize(bytes: number): Outcome<null> {
	if (bytes > IMPORT_LIMITS.jsonBytes)
		return fail(
			problemOf('jsonTooBig', {
				megabytes: bytes / MEGABYTE,
				limit: IMPORT_LIMITS.jsonBytes / MEGABYTE
			})
		);
	return checkSize(bytes);
}

/**
 * Checks a file's size before it is read: against the JSON limit when its name says JSON, else the
 * limit for any file (one that turns out to be JSON is checked again once its text shows it).
 */
export function checkFileSize(fileName: string, bytes: number): Outcome<null> {
	return namedJson(fileName) ? checkJsonSize(bytes) : checkSize(bytes);
}

/**
 * Whether a file, once read, is taken as JSON (by its name or first character); one that is, past
 * the limit for JSON, is refused here, for the worker and the CLI alike.
 */
export function readsAsJson(fileName: string, text: string, bytes: number): Outcome<boolean> {
	if (!looksLikeJson(fileName, text)) return { ok: true, value: false };
	const size = checkJsonSize(bytes);
	return size.ok ? { ok: true, value: true } : size;
}

/** A JSON file as it crosses to the page: a dataset, or flows in columns (rebuilt by the page). */
export type JsonImport = ImportReport & ({ dataset: Dataset } | { flows: FlowColumns });

/**
 * Reads a dataset in this project's JSON format, with the same checks as `npm run validate`, or a
 * file of flows in columns (`npm run aggregate`'s larger results), leaving the flows in columns.
 */
export function readJsonImport(text: string): Outcome<JsonImport> {
	const body = text.replace(/^\ufeff/, '');
	if (body.trim() === '') return fail(problemOf('fileEmpty'));
	if (jsonDepth(body) > IMPORT_LIMITS.jsonDepth)
		return fail(problemOf('jsonTooDeep', { limit: IMPORT_LIMITS.jsonDepth }));
	// Read as `npm run validate` reads it: UTF-16 without a byte-order mark is named as such, not
	// left to JSON.parse, which would quote the NUL characters between its letters.
	const parsed = parseJsonText(body);
	if (!parsed.ok) return parsed;
	const long = findLongText(parsed.value);
	if (long)
		return fail(problemOf('textTooLong', { limit: IMPORT_LIMITS.cellLength, key: long.key }), {
			at: 'path',
			path: long.path
		});
	const report = { format: 'json' as const, rejected: [], notices: [], undated: [] };
	if (isFlowColumns(parsed.value)) {
		const flows = readFlowColumns(parsed.value);
		if (!flows.ok) return flows;
		const count = flows.value.from.length;
		const moves = movesOf(flows.value);
		return { ok: true, value: { ...report, flows: flows.value, accepted: count, moves, flowCount: count } };
	}
	const checked = validateDataset(parsed.value);
	if (!checked.ok) return checked;
	const dataset = checked.value;
	const count = dataset.moves.length;
	if (!dataset.sources.some((s) => s.kind === 'aggregate')) {
		// A view downloaded with other reporting holds the article's moves beside those refining them;
		// the check above lets no move be refined twice, so each refining move tells one of them again.
		const refined = dataset.moves.filter((m) => m.refines !== undefined).length;
		return { ok: true, value: { ...report, dataset, accepted: count, moves: count - refined, refined } };
	}
	const moves = dataset.moves.reduce((sum, m) => sum + (m.weight ?? 1), 0);
	return { ok: true, value: { ...report, dataset, accepted: count, moves, flowCount: count } };
}

/** Reads a JSON file as `readJsonImport` does, making the moves of a file of flows. */
export function importJson(text: string): Outcome<Imported> {
	const read = readJsonImport(text);
	if (!read.ok || 'dataset' in read.value) return read as Outcome<Imported>;
	const { flows, ...report } = read.value;
	return { ok: true, value: { ...report, dataset: datasetOfFlows(flows) } };
}

/** A key as a location shows it: cut after 40 characters, so that a message stays readable. */
const shortKey = (key: string) => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

/**
 * The path of the first string or field name longer than the limit, if any (quotes of articles
 * are short), with long keys cut in the path; empty for the top level.
 */
function findLongText(value: unknown, path = ''): { path: string; key: boolean } | null {
	if (typeof value === 'string') return value.length > IMPORT_LIMITS.cellLength ? { path, key: false } : null;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const found = findLongText(value[i], `${path}[${i}]`);
			if (found) return found;
		}
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			const at = path ? `${path}.${shortKey(key)}` : shortKey(key);
			if (key.length > IMPORT_LIMITS.cellLength) return { path: at, key: true };
			const found = findLongText(item, at);
			if (found) return found;
		}
	}
	return null;
}

/** Reads a CSV file's header and first rows, and guesses its kind and column mapping. */
export function inspectCsv(text: string): Outcome<CsvInspection> {
	const read = readCsv(text);
	if (!read.ok) return fail(read.problem);
	return { ok: true, value: inspectTable(read.table) };
}

/** What the mapping step shows of a table already read: headers, first rows, guessed kind and mapping. */
export function inspectTable(table: CsvTable): CsvInspection {
	const { headers, rows, delimiter } = table;
	const kind = detectKind(headers);
	return {
		headers,
		kind,
		mapping: guessMapping(headers, kind),
		preview: rows.slice(0, 5).map((r) => r.cells),
		rowCount: rows.length + table.problems.length,
		delimiter
	};
}

/**
 * Imports a CSV file of moves or career histories with a given mapping. Fails as a whole when a
 * required field has no column or when no row can be used; otherwise returns the dataset and every
 * rejected row.
 */
export function importCsv(
	text: string,
	fileName: string,
	kind: CsvKind,
	mapping: Mapping
): Outcome<Imported> {
	const read = readCsv(text);
	if (!read.ok) return fail(read.problem);
	return importTable(read.table, fileName, kind, mapping);
}

/**
 * Imports a table already read (the mapping step read it once; it is not read again). The rows
 * and the mapping are the boundary, checked here cell by cell with located messages; the dataset
 * built from them is valid by construction (the property tests hold `buildDataset` to the zod
 * schema on arbitrary files), so it is not checked again, which would cost seconds at 100,000 rows.
 */
export function importTable(
	table: CsvTable,
	fileName: string,
	kind: CsvKind,
	mapping: Mapping
): Outcome<Imported> {
	const packed = importTablePacked(table, fileName, kind, mapping);
	if (!packed.ok) return packed;
	const { packed: columns, ...report } = packed.value;
	return { ok: true, value: { ...report, dataset: unpackDataset(columns) } };
}

/** Does what `importTable` does, leaving the dataset in columns for the page to rebuild. */
export function importTablePacked(
	table: CsvTable,
	fileName: string,
	kind: CsvKind,
	mapping: Mapping
): Outcome<ImportReport & { packed: PackedDataset }> {
	const missing = missingFields(mapping, kind);
	if (missing.length > 0) return fail(problemOf('noColumnFor', { fields: missing }), { at: 'columns' });
	const built = buildPackedDataset(table, kind, mapping, fileName || 'file');
	if (built.accepted === 0)
		return {
			ok: false,
			problems: [
				{ where: IN_FILE, ...problemOf('noRowImported') },
				...built.rejected.slice(0, 20).map(locateRow)
			]
		};
	return {
		ok: true,
		value: {
			format: kind,
			packed: built.packed,
			rejected: built.rejected,
			accepted: built.accepted,
			notices: built.notices,
			undated: built.undated,
			moves: built.packed.moves.person.length
		}
	};
}
