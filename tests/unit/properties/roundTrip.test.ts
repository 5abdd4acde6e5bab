import { csvParseRows } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv, importJson } from '../../../src/lib/import/importFile';
import { guessMapping } from '../../../src/lib/import/mapping';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { datasetToJson, movesToCsv } from '../../../src/lib/transforms/exports';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { cleanNameArbitrary, datasetArbitrary, numRuns, timeout } from './arbitraries';

/** Each move as a (person name, from name, to name, date) tuple, as text, sorted: a comparable set. */
function moveTuples(dataset: Dataset): string[] {
	const names = new Map([...dataset.people, ...dataset.organizations].map((x) => [x.id, x.name]));
	return dataset.moves
		.map((m) => {
			const { precision, start, end, wording } = m.date;
			return JSON.stringify([
				names.get(m.person),
				names.get(m.from),
				names.get(m.to),
				{ precision, start, end, wording }
			]);
		})
		.sort();
}

describe('datasetToJson then importJson', () => {
	it(
		'gives back an equal dataset, for any valid dataset',
		() => {
			fc.assert(
				fc.property(datasetArbitrary(), (dataset) => {
					expect(validateDataset(dataset)).toMatchObject({ ok: true });
					const imported = importJson(datasetToJson(dataset));
					expect(imported).toMatchObject({ ok: true });
					expect(imported.ok && imported.value.dataset).toEqual(dataset);
				}),
				{ numRuns }
			);
		},
		timeout
	);
});

describe('movesToCsv then importCsv', () => {
	it(
		'gives back the same (person, from, to, date) of every move, for any valid dataset',
		() => {
			fc.assert(
				fc.property(
					datasetArbitrary({
						name: cleanNameArbitrary,
						wording: fc.option(cleanNameArbitrary, { nil: undefined }),
						minMoves: 1
					}),
					(dataset) => {
						expect(validateDataset(dataset)).toMatchObject({ ok: true });
						const csv = movesToCsv(dataset);
						const [headers] = csvParseRows(csv);
						const imported = importCsv(csv, 'x.csv', 'moves', guessMapping(headers!, 'moves'));
						if (!imported.ok) expect.fail(`the import failed: ${JSON.stringify(imported.problems)}`);
						expect(imported.value.rejected).toEqual([]);
						expect(moveTuples(imported.value.dataset)).toEqual(moveTuples(dataset));
					}
				),
				{ numRuns }
			);
		},
		timeout
	);
});
