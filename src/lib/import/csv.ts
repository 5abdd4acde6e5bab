import { dsvFormat } from 'd3';
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
function hasUnterminatedQuote(text: string, delimiter: string): boolean {
	// Follows d3-dsv's reading: a field that starts with a quote runs to the next lone quote, and
	// the character after that is taken as the end of the field, whatever it is.
	let atFieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"' && atFieldStart) {
			let j = i + 1;
			for (; j < text.length; j++) {
				if (text[j] === '"') {
					if (text[j + 1] === '"') j++;
					else break;
				}
			}
			if (j >= text.length) return true;
			i = j + 1; // the character after the closing quote ends the field
			if (text[i] === '\r' && text[i + 1] === '\n') i++;
			atFieldStart = true;
			continue;
		}
		atFieldStart = c === delimiter || c === '\n' || c === '\r';
	}
	return false;
}

/**
 * Reads CSV text with d3-dsv: strips a byte-order mark, accepts CRLF, quoted fields and `,`, `;`
 * or tab delimiters. Fails as a whole on an empty file, a missing header or an unterminated quote;
 * rows with too many cells or over-long cells are reported and left out.
 */
export function readCsv(input: string): { ok: true; table: CsvTable } | { ok: false; problem: FileProblem } {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	if (text.trim() === '') return { ok: false, problem: { message: 'the file is empty' } };
	if (text.includes('\u0000'))
		return {
			ok: false,
			problem: { message: 'the file is not plain text (it may be UTF-16 or binary); save it as UTF-8 CSV' }
		};
	const delimiter = detectDelimiter(text);
	if (hasUnterminatedQuote(text, delimiter))
		return {
			ok: false,
			problem: { message: 'a quoted field is never closed: check for a stray " character' }
		};

	const records = dsvFormat(delimiter).parseRows(text);
	const [header, ...body] = records;
	const headers = (header ?? []).map((h) => h.trim());
	if (headers.length === 0 || headers.every((h) => h === ''))
		return { ok: false, problem: { message: 'the first row should name the columns, and it is empty' } };
	if (body.length > IMPORT_LIMITS.rows)
		return {
			ok: false,
			problem: {
				message: `the file has ${body.length} rows; the limit is ${IMPORT_LIMITS.rows.toLocaleString('en')}`
			}
		};

	const rows: CsvTable['rows'] = [];
	const problems: RowProblem[] = [];
	body.forEach((record, i) => {
		const row = i + 2;
		if (record.length === 1 && record[0]!.trim() === '') return; // a blank line
		if (record.length > headers.length) {
			problems.push({
				row,
				message: `has ${record.length} cells but the header names ${headers.length} columns`
			});
			return;
		}
		const long = record.findIndex((cell) => cell.length > IMPORT_LIMITS.cellLength);
		if (long >= 0) {
			problems.push({
				row,
				field: headers[long],
				message: `is longer than ${IMPORT_LIMITS.cellLength} characters`
			});
			return;
		}
		rows.push({ row, cells: headers.map((_, c) => record[c] ?? '') });
	});
	return { ok: true, table: { headers, rows, delimiter, problems } };
}
