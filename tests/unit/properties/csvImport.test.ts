import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { importCsv, inspectCsv } from '../../../src/lib/import/importFile';
import { guessMapping, type CsvKind } from '../../../src/lib/import/mapping';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { numRuns, partialDate, timeout } from './arbitraries';

const kinds: CsvKind[] = ['careers', 'moves'];

/** Cells a file might hold: mostly names (shared by people and organizations) and dates, some junk. */
const cell = fc.oneof(
	{
		arbitrary: fc.constantFrom(
			'Ada',
			'ada',
			'Meta',
			'META',
			'Yutori',
			'Caf\u00e9',
			'Cafe\u0301',
			'Me\u200bta'
		),
		weight: 6
	},
	{
		arbitrary: fc.constantFrom('Import', 'Move 1', 'person', '北京', '=1+1', "'=1", '<b>', '__proto__', ' '),
		weight: 2
	},
	{ arbitrary: fc.oneof(partialDate, fc.constant('')), weight: 5 },
	{
		arbitrary: fc.constantFrom('2024-02-30', '2024-13', 'year', 'month', 'day', 'range', 'implied', 'maybe'),
		weight: 1
	},
	{ arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
	{
		arbitrary: fc.string({
			unit: fc.constantFrom('"', ',', ';', '\t', '\n', '\r', 'a', ' ', '\u0000'),
			maxLength: 6
		}),
		weight: 1
	}
);

const header = fc.oneof(
	fc.constantFrom(
		['person', 'organization', 'title', 'start', 'end'],
		['name', 'company', 'start_date', 'start_precision', 'end_date', 'end_precision'],
		['person', 'from', 'to', 'date', 'date_end', 'precision', 'wording', 'certainty'],
		['Nom', 'Entreprise', 'Début', 'Fin']
	),
	fc.array(cell, { minLength: 1, maxLength: 6 })
);

/** A field as a CSV writer writes it: plain, or quoted with its quotes doubled. */
const quoted = (cells: fc.Arbitrary<string>) =>
	fc.oneof(
		{ arbitrary: cells, weight: 3 },
		{ arbitrary: cells.map((text) => `"${text.replace(/"/g, '""')}"`), weight: 1 }
	);

const nameCell = fc.constantFrom(
	'Ada',
	'ada',
	'Meta',
	'META',
	'Yutori',
	'Caf\u00e9',
	'Cafe\u0301',
	'Import',
	'Move 1'
);
const dateCell = fc.oneof(partialDate, fc.constant(''));
const precisionCell = fc.constantFrom('', 'year', 'month', 'day');

/** What a column of a known header mostly holds, so that many rows are usable; any cell now and then. */
function cellFor(column: string): fc.Arbitrary<string> {
	const folded = column.toLowerCase();
	const usual = /precision/.test(folded)
		? precisionCell
		: /date|start|end|début|fin/.test(folded)
			? dateCell
			: /person|name|nom|organization|company|entreprise|^from$|^to$/.test(folded)
				? nameCell
				: cell;
	return quoted(fc.oneof({ arbitrary: usual, weight: 6 }, { arbitrary: cell, weight: 1 }));
}

/** A header and rows, mostly as wide as the header, joined by a delimiter and line ends, maybe with a stray quote. */
const structuredCsv = header.chain((columns) =>
	fc
		.record({
			rows: fc.array(
				fc.oneof(
					{ arbitrary: fc.tuple(...columns.map(cellFor)), weight: 6 },
					{ arbitrary: fc.array(quoted(cell), { maxLength: 9 }), weight: 1 }
				),
				{ maxLength: 10 }
			),
			delimiter: fc.constantFrom(',', ';', '\t'),
			lineEnd: fc.constantFrom('\n', '\r\n'),
			bom: fc.boolean(),
			strayQuote: fc.option(fc.nat(), { freq: 4 })
		})
		.map(({ rows, delimiter, lineEnd, bom, strayQuote }) => {
			const text = [columns, ...rows].map((r) => r.join(delimiter)).join(lineEnd) + lineEnd;
			const at = strayQuote === null ? -1 : strayQuote % text.length;
			return (bom ? '\ufeff' : '') + (at < 0 ? text : `${text.slice(0, at)}"${text.slice(at)}`);
		})
);

/** CSV-like text, or any string at all. */
const csvText = fc.oneof(
	{ arbitrary: structuredCsv, weight: 4 },
	{ arbitrary: fc.string(), weight: 1 },
	{ arbitrary: fc.string({ unit: 'binary' }), weight: 1 }
);

describe('importCsv on arbitrary text', () => {
	it(
		'never throws and, when it succeeds, yields a dataset that passes validateDataset',
		() => {
			fc.assert(
				fc.property(csvText, (text) => {
					const inspected = inspectCsv(text);
					if (!inspected.ok) return;
					for (const kind of kinds) {
						const result = importCsv(text, 'x.csv', kind, guessMapping(inspected.value.headers, kind));
						if (result.ok) expect(validateDataset(result.value.dataset).ok).toBe(true);
					}
				}),
				{ numRuns }
			);
		},
		timeout
	);

	it(
		'fails only for the file, its columns or its rows, never on a dataset it built itself',
		() => {
			fc.assert(
				fc.property(csvText, (text) => {
					const inspected = inspectCsv(text);
					if (!inspected.ok) return;
					for (const kind of kinds) {
						const result = importCsv(text, 'x.csv', kind, guessMapping(inspected.value.headers, kind));
						if (!result.ok)
							for (const problem of result.problems)
								expect(problem.where, problem.message).toMatch(/^(\(file\)|\(columns\)|row \d+)/);
					}
				}),
				{ numRuns }
			);
		},
		timeout
	);
});

describe('buildDataset on arbitrary text', () => {
	it(
		'never throws and always yields a dataset that passes validateDataset',
		() => {
			fc.assert(
				fc.property(csvText, (text) => {
					const read = readCsv(text);
					if (!read.ok) return;
					for (const kind of kinds) {
						const built = buildDataset(read.table, kind, guessMapping(read.table.headers, kind), 'x.csv');
						const checked = validateDataset(built.dataset);
						expect(checked.ok ? [] : checked.problems).toEqual([]);
						expect(built.accepted + built.rejected.length).toBeLessThanOrEqual(
							read.table.rows.length + read.table.problems.length
						);
						for (const problem of built.rejected) expect(problem.row).toBeGreaterThanOrEqual(2);
					}
				}),
				{ numRuns }
			);
		},
		timeout
	);
});
