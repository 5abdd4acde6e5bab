// Hostile encodings and layouts: byte-order marks, UTF-16 either way round, Windows-1252 bytes,
// CRLF and lone CR line ends, `;` and tab delimiters, quotes left open, empty and header-only
// files. Bytes are read with decodeText (what the command-line tools do) or as UTF-8 only
// (replacing what is not, as the import worker's File.text() does), then fed to the CSV or JSON import.
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../src/lib/import/decode';
import { importJson } from '../../../src/lib/import/importFile';
import { parseJsonText } from '../../../src/lib/validation/validateDataset';
import {
	asUtf8Only,
	datasetOf,
	describeOutcome,
	importCsvText,
	movesOf,
	problemsOf,
	report,
	TALENT_TEXT,
	talent
} from './feed';
import { englishChecked, englishRefusal, inEnglish, problemLine } from '../english';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(`\ufeff${text}`, 'utf16le'));
const utf16be = (text: string) => Uint8Array.from(Buffer.from(`\ufeff${text}`, 'utf16le').swap16());
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

/** Reads bytes as the import does and records what came of them in the hostile-input report. */
function decodeAndReport(name: string, bytes: Uint8Array) {
	const decoded = decodeText(bytes);
	report(
		name,
		'decodeText',
		decoded.ok ? `read as ${decoded.encoding}` : `refused: ${inEnglish(decoded.problem)}`
	);
	return decoded;
}

const MOVES = 'person,from,to,date\nChloé Martin,Meta,Yutori,2024-03\n';
const CHLOE = ['Chloé Martin: Meta → Yutori (month 2024-03)'];

describe('bytes read with decodeText, then imported as CSV', () => {
	it.each([
		{ name: 'UTF-8', bytes: utf8(MOVES) },
		{ name: 'UTF-8 with a byte-order mark', bytes: utf8(`\ufeff${MOVES}`) },
		{
			name: 'UTF-8 with a BOM, CRLF and semicolons (a French Excel)',
			bytes: utf8(`\ufeff${MOVES.replace(/,/g, ';').replace(/\n/g, '\r\n')}`)
		},
		{
			name: 'UTF-16 LE with a BOM and tabs (Excel’s “Unicode text”)',
			bytes: utf16le(MOVES.replace(/,/g, '\t'))
		},
		{ name: 'UTF-16 BE with a BOM', bytes: utf16be(MOVES) }
	])('$name: imports the move with its accents', ({ name, bytes }) => {
		const decoded = decodeText(bytes);
		const outcome = decoded.ok ? importCsvText(decoded.text) : null;
		report(
			name,
			'decodeText, then CSV import',
			outcome ? describeOutcome(outcome) : `refused: ${!decoded.ok && inEnglish(decoded.problem)}`
		);
		expect(movesOf(datasetOf(outcome!))).toEqual(CHLOE);
	});

	it.each([
		{ name: 'Windows-1252 / Latin-1 bytes (é as 0xE9)', bytes: latin1(MOVES), line: 2 },
		{
			name: 'a UTF-8 sequence cut off at the end of the file',
			bytes: Uint8Array.from([...utf8('person,from,to\n\nAda,Meta,Yut'), 0xc3]),
			line: 3
		},
		{
			name: 'an encoded UTF-16 surrogate (CESU-8)',
			bytes: Uint8Array.from([...utf8('person,from,to\nAda,Meta,'), 0xed, 0xa0, 0x80]),
			line: 2
		},
		{
			name: 'an overlong encoding of "/"',
			bytes: Uint8Array.from([...utf8('person,from,to\n'), 0xc0, 0xaf]),
			line: 2
		}
	])('$name: refused as a whole, naming the line', ({ name, bytes, line }) => {
		const decoded = decodeAndReport(name, bytes);
		expect(englishRefusal(decoded)).toEqual({
			ok: false,
			message: `the file is not UTF-8 text: line ${line} holds a character saved in another encoding (perhaps Windows-1252 or Latin-1); save the file as UTF-8`
		});
	});

	it.each([
		{
			name: 'UTF-16 LE without a BOM, with an accent',
			bytes: Uint8Array.from(Buffer.from(MOVES, 'utf16le'))
		},
		{
			name: 'a PNG image',
			bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
		}
	])(
		'$name: refused as not plain text, rather than as Windows-1252 at its first accent',
		({ name, bytes }) => {
			const decoded = decodeAndReport(name, bytes);
			expect(englishRefusal(decoded)).toEqual({
				ok: false,
				message: 'the file is not plain text (it may be UTF-16 or binary); save it as UTF-8'
			});
		}
	);

	it('keeps a replacement character that the file itself holds, as any other letter', () => {
		const decoded = decodeText(utf8('person,from,to\nA\ufffdda,Meta,Yutori\n'));
		expect(decoded.ok && movesOf(datasetOf(importCsvText(decoded.text)))).toEqual([
			'A\ufffdda: Meta → Yutori (unknown no date)'
		]);
	});

	it.each([
		{ bytes: [0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], expected: -1 },
		{ bytes: [0x41, 0xe9, 0x41], expected: 1 },
		{ bytes: [0xc3], expected: 0 },
		{ bytes: [0xc1, 0xbf], expected: 0 },
		{ bytes: [0xe0, 0x9f, 0xbf], expected: 0 },
		{ bytes: [0xf4, 0x90, 0x80, 0x80], expected: 0 },
		{ bytes: [0xf5, 0x80, 0x80, 0x80], expected: 0 },
		{ bytes: [0xe2, 0x82, 0x41], expected: 0 }
	])('firstInvalidUtf8($bytes) → $expected', ({ bytes, expected }) => {
		expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
	});
});

describe('bytes read as UTF-8 only, then imported as CSV', () => {
	it.each([
		{ name: 'UTF-16 LE with a BOM', bytes: utf16le(MOVES) },
		{ name: 'UTF-16 BE with a BOM', bytes: utf16be(MOVES) },
		{ name: 'UTF-16 LE without a BOM', bytes: Uint8Array.from(Buffer.from(MOVES, 'utf16le')) }
	])('$name: refused as a whole rather than read as letters between NUL characters', ({ name, bytes }) => {
		const outcome = importCsvText(asUtf8Only(bytes));
		report(name, 'read as UTF-8 only, then CSV import', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual([
			'(file): the file is not plain text (it may be UTF-16 or binary); save it as UTF-8 CSV'
		]);
	});
});

describe('line ends, delimiters and quotes', () => {
	it.each([
		{ name: 'CRLF line ends', text: MOVES.replace(/\n/g, '\r\n') },
		{ name: 'lone CR line ends (classic Mac OS)', text: MOVES.replace(/\n/g, '\r') },
		{ name: 'no line end after the last row', text: MOVES.trimEnd() },
		{ name: 'blank lines between rows', text: MOVES.replace('\n', '\n\n \r\n\n') },
		{
			name: 'semicolons, with a decimal comma in another column',
			text: 'person;from;to;date;share\nChloé Martin;Meta;Yutori;2024-03;0,5\n'
		},
		{ name: 'tabs', text: MOVES.replace(/,/g, '\t') },
		{
			name: 'every field quoted',
			text: '"person","from","to","date"\n"Chloé Martin","Meta","Yutori","2024-03"\n'
		},
		{
			name: 'a quote inside an unquoted field',
			text: 'person,from,to,date\nChloé "CM" Martin,Meta,Yutori,2024-03\n',
			expected: ['Chloé "CM" Martin: Meta → Yutori (month 2024-03)']
		}
	])('$name: imports the move', ({ name, text, expected = CHLOE }) => {
		const outcome = importCsvText(text);
		report(name, 'CSV import', describeOutcome(outcome));
		expect(movesOf(datasetOf(outcome))).toEqual(expected);
	});

	it.each([
		{ name: 'an empty file', text: '', problems: ['(file): the file is empty'] },
		{ name: 'a byte-order mark alone', text: '\ufeff', problems: ['(file): the file is empty'] },
		{ name: 'blank lines only', text: '\r\n \n\t\n', problems: ['(file): the file is empty'] },
		{ name: 'a header only', text: 'person,from,to\r\n', problems: ['(file): no row could be imported'] },
		{
			name: 'an empty header row',
			text: ',,\nAda,Meta,Yutori\n',
			problems: ['(file): the first row should name the columns, and it is empty']
		},
		{
			name: 'a quoted field never closed',
			text: 'person,from,to\nAda,"Meta,Yutori\nBob,Meta,Yutori\n',
			problems: ['(file): a quoted field is never closed: check for a stray " character']
		},
		{
			name: 'a single quote character',
			text: '"',
			problems: ['(file): a quoted field is never closed: check for a stray " character']
		},
		{
			name: 'a NUL byte in a cell',
			text: 'person,from,to\nAda\u0000,Meta,Yutori\n',
			problems: ['(file): the file is not plain text (it may be UTF-16 or binary); save it as UTF-8 CSV']
		},
		{
			name: 'pipes as delimiters (not one of , ; or tab)',
			text: 'person|from|to\nAda|Meta|Yutori\n',
			problems: ['(columns): no column is chosen for person, organization; pick one in the mapping step']
		}
	])('$name: nothing is imported, and the message says why', ({ name, text, problems }) => {
		const outcome = importCsvText(text);
		report(name, 'CSV import', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual(problems);
	});
});

describe('JSON in other encodings', () => {
	it.each([
		{ name: 'UTF-8 with a byte-order mark', bytes: utf8(`\ufeff${TALENT_TEXT}`) },
		{ name: 'UTF-16 LE with a BOM', bytes: utf16le(TALENT_TEXT) },
		{ name: 'UTF-16 BE with a BOM', bytes: utf16be(TALENT_TEXT) }
	])('$name, read with decodeText: imports the dataset unchanged', ({ name, bytes }) => {
		const decoded = decodeText(bytes);
		const outcome = importJson(decoded.ok ? decoded.text : '');
		report(`talent.json in ${name}`, 'decodeText, then JSON import', describeOutcome(outcome));
		expect(datasetOf(outcome)).toEqual(talent());
	});

	it.each([
		{ name: 'a byte-order mark', text: `\ufeff${TALENT_TEXT}`, expected: { ok: true, value: talent() } },
		{
			name: 'UTF-16 without a byte-order mark (NUL between letters)',
			text: asUtf8Only(Uint8Array.from(Buffer.from(TALENT_TEXT, 'utf16le'))),
			expected: {
				ok: false,
				problems: [
					{
						path: '(file)',
						message: 'the file is not UTF-8 text (it may be UTF-16 or binary); save it as UTF-8'
					}
				]
			}
		}
	])('npm run validate reads JSON text with $name', ({ name, text, expected }) => {
		const parsed = parseJsonText(text);
		report(
			`talent.json with ${name}`,
			'parseJsonText (npm run validate)',
			parsed.ok ? 'read' : parsed.problems.map(problemLine).join('; ')
		);
		expect(englishChecked(parsed)).toEqual(expected);
	});

	// JSON.parse would say "Unexpected token" and quote NUL characters; the import says what it is.
	it('the JSON import says a UTF-16 file without a BOM is not UTF-8', () => {
		const text = asUtf8Only(Uint8Array.from(Buffer.from(TALENT_TEXT, 'utf16le')));
		const outcome = importJson(text);
		report(
			'talent.json in UTF-16 LE without a BOM',
			'read as UTF-8 only, then JSON import',
			describeOutcome(outcome)
		);
		expect(problemsOf(outcome)).toEqual([expect.stringContaining('UTF-16')]);
	});
});
