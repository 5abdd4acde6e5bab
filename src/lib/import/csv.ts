import { dsvFormat } from 'd3-dsv';
import { problemOf } from '../problems/codes';
import { IMPORT_LIMITS } from './limits';
import type { FileProblem, RowProblem } from './problems';

export interface CsvTable {
	headers: string[];
	/** Data rows with their row number (the header is row 1), each as long as the header. */
	rows: { row: number; cells: string[] }[];
	delimiter: ',' | ';' | '\t';
	/** Rows left out at this stage (too many or too few cells, cells too long). */
	problems: RowProblem[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter that splits the header line into the most columns (`;` is common in French locales). */
export function detectDelimiter(text: string): CsvTable['delimiter'] {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	let best: CsvTable['delimiter'] = ',';
	let bestCount = 0;
	for (const d of DELIMITERS) {
		const count = dsvFormat(d).parseRows(firstLine)[0]?.length ?? 0;
		if (count > bestCount) {
			best = d;
			bestCount = count;
		}
	}
	return best;
}

/** True when a quoted field is opened and never closed, which would swallow the rest of the file. */
export function hasUnterminatedQuote(text: string, delimiter: string): boolean {
	// Follows d3-dsv's reading: a field that starts with a quote runs to the next lone quote, and
	// the character after that is taken as the end of the field, whatever it is. Only quotes
	// matter, so the scan jumps from one to the next (a large file is mostly unquoted).
	const isBreak = (c: string | undefined) => c === delimiter || c === '\n' || c === '\r';
	let from = 0;
	let atFieldStart = true;
	for (;;) {
		const open = text.indexOf('"', from);
		if (open < 0) return false;
		if (open > from) atFieldStart = isBreak(text[open - 1]);
		if (!atFieldStart) {
			from = open + 1;
			continue;
		}
		let close = text.indexOf('"', open + 1);
		while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
		if (close < 0) return true;
		// The character after the closing quote ends the field, whatever it is.
		from = close + 2;
		atFieldStart = true;
	}
}

/**
 * Reads CSV text with d3-dsv: strips a byte-order mark, accepts CRLF, quoted fields and `,`, `;`
 * or tab delimiters. Fails as a whole on an empty file, a missing header or an unterminated quote;
 * rows with too many cells or over-long cells are reported and left out.
 */
export function readCsv(input: string): { ok: true; table: CsvTable } | { ok: false; problem: FileProblem } {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	if (text.trim() === '') return { ok: false, problem: problemOf('fileEmpty') };
	if (text.includes('\u0000')) return { ok: false, problem: problemOf('notPlainText', { csv: true }) };
	const delimiter = detectDelimiter(text);
	if (hasUnterminatedQuote(text, delimiter)) return { ok: false, problem: problemOf('unterminatedQuote') };

	const records = dsvFormat(delimiter).parseRows(text);
	const headers = (records[0] ?? []).map((h) => h.trim());
	if (headers.length === 0 || headers.every((h) => h === ''))
		return { ok: false, problem: problemOf('emptyHeader') };
	// A header cell names its column on every row problem and in the mapping step: it gets the
	// cells' limit too, and is refused as a whole file since no row can be read without it.
	const longHeader = headers.findIndex((h) => h.length > IMPORT_LIMITS.cellLength);
	if (longHeader >= 0)
		return {
			ok: false,
			problem: problemOf('headerTooLong', {
				column: longHeader + 1,
				start: headers[longHeader]!.slice(0, 40),
				limit: IMPORT_LIMITS.cellLength
			})
		};
	if (records.length - 1 > IMPORT_LIMITS.rows)
		return {
			ok: false,
			problem: problemOf('tooManyRows', { rows: records.length - 1, limit: IMPORT_LIMITS.rows })
		};

	const rows: CsvTable['rows'] = [];
	const problems: RowProblem[] = [];
	const width = headers.length;
	const longest = IMPORT_LIMITS.cellLength;
	for (let i = 1; i < records.length; i++) {
		const record = records[i]!;
		const row = i + 1;
		if (record.length === 1 && record[0]!.trim() === '') continue; // a blank line
		if (record.length > width) {
			problems.push({ row, ...problemOf('tooManyCells', { cells: record.length, columns: width }) });
			continue;
		}
		let long = -1;
		for (let c = 0; c < record.length; c++)
			if (record[c]!.length > longest) {
				long = c;
				break;
			}
		if (long >= 0) {
			problems.push({ row, field: headers[long], ...problemOf('tooLong', { limit: longest }) });
			continue;
		}
		// Short rows are padded to the header's width; full rows are kept as d3 read them.
		while (record.length < width) record.push('');
		rows.push({ row, cells: record });
	}
	return { ok: true, table: { headers, rows, delimiter, problems } };
}
