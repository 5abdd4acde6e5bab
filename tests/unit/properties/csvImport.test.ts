import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { importCsv, inspectCsv } from '../../../src/lib/import/importFile';
import { guessMapping, type CsvKind } from '../../../src/lib/import/mapping';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { csvTextArbitrary, numRuns, timeout } from './arbitraries';
import { inEnglish, whereInEnglish } from '../english';

const kinds: CsvKind[] = ['careers', 'moves'];

describe('importCsv on arbitrary text', () => {
	it(
		'never throws and, when it succeeds, yields a dataset that passes validateDataset',
		() => {
			fc.assert(
				fc.property(csvTextArbitrary, (text) => {
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
				fc.property(csvTextArbitrary, (text) => {
					const inspected = inspectCsv(text);
					if (!inspected.ok) return;
					for (const kind of kinds) {
						const result = importCsv(text, 'x.csv', kind, guessMapping(inspected.value.headers, kind));
						if (!result.ok)
							for (const problem of result.problems)
								expect(whereInEnglish(problem.where), inEnglish(problem)).toMatch(
									/^(\(file\)|\(columns\)|row \d+)/
								);
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
				fc.property(csvTextArbitrary, (text) => {
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
