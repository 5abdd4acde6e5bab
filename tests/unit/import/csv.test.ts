import { describe, expect, it } from 'vitest';
import { englishRead, englishRow, inEnglish } from '../english';
import { detectDelimiter, readCsv } from '../../../src/lib/import/csv';
import { IMPORT_LIMITS } from '../../../src/lib/import/limits';

/** The table of a CSV text that must read, or a failed expectation. */
function table(text: string) {
	const read = readCsv(text);
	if (!read.ok) throw new Error(`expected ${JSON.stringify(text)} to read, got: ${inEnglish(read.problem)}`);
	return read.table;
}

describe('detectDelimiter', () => {
	it.each([
		{ input: 'person,organization,start', expected: ',' },
		{ input: 'person;organization;start', expected: ';' },
		{ input: 'person\torganization\tstart', expected: '\t' },
		{ input: 'nom;entreprise;début\r\nAda;Meta;2024', expected: ';' },
		{ input: '"Name, full";org;start\nx,y,z,w,v,u', expected: ';' },
		{ input: 'person', expected: ',' },
		{ input: '', expected: ',' },
		{ input: 'a,b;c;d', expected: ';' },
		{ input: 'a,b;c', expected: ',' }
	])('$input → "$expected"', ({ input, expected }) => {
		expect(detectDelimiter(input)).toBe(expected);
	});
});

describe('readCsv', () => {
	it('reads a header and rows, numbering rows from 2 (the header is row 1)', () => {
		expect(table('person,organization\nAda,Meta\nBob,Yutori\n')).toEqual({
			headers: ['person', 'organization'],
			rows: [
				{ row: 2, cells: ['Ada', 'Meta'] },
				{ row: 3, cells: ['Bob', 'Yutori'] }
			],
			delimiter: ',',
			problems: []
		});
	});

	it.each([
		{ name: 'a byte-order mark', text: '\ufeffperson,organization\nAda,Meta' },
		{ name: 'CRLF line ends', text: 'person,organization\r\nAda,Meta\r\n' },
		{ name: 'a BOM and CRLF', text: '\ufeffperson,organization\r\nAda,Meta\r\n' },
		{ name: 'semicolons', text: 'person;organization\nAda;Meta\n' },
		{ name: 'tabs', text: 'person\torganization\nAda\tMeta\n' },
		{ name: 'padded headers', text: ' person , organization \nAda,Meta' },
		{ name: 'quoted headers', text: '"person","organization"\n"Ada","Meta"' }
	])('reads a file with $name', ({ text }) => {
		const { headers, rows } = table(text);
		expect(headers).toEqual(['person', 'organization']);
		expect(rows).toEqual([{ row: 2, cells: ['Ada', 'Meta'] }]);
	});

	it.each([
		{ name: 'a comma', text: 'person,organization\n"Lovelace, Ada",Meta', cells: ['Lovelace, Ada', 'Meta'] },
		{
			name: 'a semicolon',
			text: 'person;organization\n"Ada; the first";Meta',
			cells: ['Ada; the first', 'Meta']
		},
		{
			name: 'a doubled quote',
			text: 'person,organization\n"Ada ""AL"" L",Meta',
			cells: ['Ada "AL" L', 'Meta']
		},
		{ name: 'a line break', text: 'person,organization\n"Ada\r\nL",Meta', cells: ['Ada\r\nL', 'Meta'] },
		{ name: 'a tab', text: 'person\torganization\n"Ada\tL"\tMeta', cells: ['Ada\tL', 'Meta'] }
	])('keeps $name inside a quoted field', ({ text, cells }) => {
		expect(table(text).rows).toEqual([{ row: 2, cells }]);
	});

	it('counts rows as records, so a quoted line break does not shift the numbers', () => {
		const { rows } = table('person,organization\n"Ada\nL",Meta\nBob,Yutori');
		expect(rows.map((r) => r.row)).toEqual([2, 3]);
	});

	it('skips blank lines but keeps counting them', () => {
		const { rows } = table('person,organization\n\nAda,Meta\n\r\n  \nBob,Yutori\n');
		expect(rows).toEqual([
			{ row: 3, cells: ['Ada', 'Meta'] },
			{ row: 6, cells: ['Bob', 'Yutori'] }
		]);
	});

	it('pads a row with too few cells to the width of the header', () => {
		expect(table('person,organization,title\nAda,Meta').rows).toEqual([
			{ row: 2, cells: ['Ada', 'Meta', ''] }
		]);
	});

	it('reports a row with too many cells by its row number and leaves it out', () => {
		const { rows, problems } = table('person,organization\nAda,Meta\nBob,Yutori,extra\nChloé,Mistral');
		expect(rows.map((r) => r.row)).toEqual([2, 4]);
		expect(problems.map(englishRow)).toEqual([
			{ row: 3, message: 'has 3 cells but the header names 2 columns' }
		]);
	});

	it.each([
		{ name: '5,000 characters', length: 5000 },
		{ name: `${IMPORT_LIMITS.cellLength + 1} characters`, length: IMPORT_LIMITS.cellLength + 1 }
	])('reports a cell of $name with its row and column, and leaves the row out', ({ length }) => {
		const { rows, problems } = table(`person,organization\nAda,Meta\nBob,${'x'.repeat(length)}\n`);
		expect(rows.map((r) => r.row)).toEqual([2]);
		expect(problems.map(englishRow)).toEqual([
			{ row: 3, field: 'organization', message: `is longer than ${IMPORT_LIMITS.cellLength} characters` }
		]);
	});

	it(`accepts a cell of exactly ${IMPORT_LIMITS.cellLength} characters`, () => {
		const { rows, problems } = table(`person,organization\nAda,${'x'.repeat(IMPORT_LIMITS.cellLength)}`);
		expect([rows.length, problems]).toEqual([1, []]);
	});

	it('reads a header-only file as a table without rows', () => {
		expect(table('person,organization\n')).toEqual({
			headers: ['person', 'organization'],
			rows: [],
			delimiter: ',',
			problems: []
		});
	});

	it.each([
		{ name: 'an empty file', text: '', message: 'the file is empty' },
		{ name: 'a file of blanks', text: ' \r\n\t\n', message: 'the file is empty' },
		{ name: 'a byte-order mark alone', text: '\ufeff', message: 'the file is empty' },
		{
			name: 'an empty header row',
			text: ',,\nAda,Meta,2024',
			message: 'the first row should name the columns, and it is empty'
		},
		{
			name: 'an unterminated quote',
			text: 'person,organization\n"Ada,Meta\nBob,Yutori\n',
			message: 'a quoted field is never closed: check for a stray " character'
		},
		{
			name: 'an unterminated quote in the header',
			text: '"person,organization\nAda,Meta\n',
			message: 'a quoted field is never closed: check for a stray " character'
		},
		{
			name: 'an unterminated quote after a doubled quote',
			text: 'person,organization\n"Ada ""the first"",Meta\n',
			message: 'a quoted field is never closed: check for a stray " character'
		},
		{
			name: 'UTF-16 text (NUL bytes between letters)',
			text: 'p\u0000e\u0000r\u0000s\u0000o\u0000n\u0000,\u0000o\u0000r\u0000g\u0000\n\u0000',
			message: 'the file is not plain text (it may be UTF-16 or binary); save it as UTF-8 CSV'
		},
		{
			name: 'UTF-16 text with its byte-order mark read as UTF-8',
			text: '\ufffd\ufffdp\u0000e\u0000r\u0000s\u0000o\u0000n\u0000',
			message: 'the file is not plain text (it may be UTF-16 or binary); save it as UTF-8 CSV'
		}
	])('fails as a whole on $name, with a clear message', ({ text, message }) => {
		expect(englishRead(readCsv(text))).toEqual({ ok: false, problem: { message } });
	});

	it('does not take a quote inside an unquoted field for an opening quote', () => {
		const { rows } = table('person,organization\nAda "AL" L,Meta\nBob,Yutori');
		expect(rows).toEqual([
			{ row: 2, cells: ['Ada "AL" L', 'Meta'] },
			{ row: 3, cells: ['Bob', 'Yutori'] }
		]);
	});

	it(`refuses a file of more than ${IMPORT_LIMITS.rows.toLocaleString('en')} rows, saying the limit`, () => {
		const text = 'person\n' + 'a\n'.repeat(IMPORT_LIMITS.rows + 1);
		expect(englishRead(readCsv(text))).toEqual({
			ok: false,
			problem: {
				message: `the file has ${IMPORT_LIMITS.rows + 1} rows; the limit is ${IMPORT_LIMITS.rows.toLocaleString('en')}`
			}
		});
	});
});
