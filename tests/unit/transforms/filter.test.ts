import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import { buildDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { guessMapping } from '../../../src/lib/import/mapping';
import type { Dataset } from '../../../src/lib/schema/dataset';
import {
	buildCompanyIndex,
	factsForCompanies,
	filterByCompanies,
	subsetDataset
} from '../../../src/lib/transforms/filter';
import { careerRows } from '../../bench/generate';
import { numRuns } from '../properties/arbitraries';

const talent = talentJson as Dataset;

/** A generated import: a few hundred people moving between thirty organizations. */
function generatedImport(): Dataset {
	const read = readCsv(
		careerRows(400, 30, 11)
			.map((row) => row.join(','))
			.join('\n')
	);
	if (!read.ok) throw new Error(read.problem.message);
	return buildDataset(read.table, 'careers', guessMapping(read.table.headers, 'careers'), 'gen.csv').dataset;
}

describe('filterByCompanies', () => {
	it.each(buildCompanyIndex(talent).choices.map((c) => ({ company: c.id })))(
		'shows for $company what subsetDataset keeps of factsForCompanies',
		({ company }) => {
			const index = buildCompanyIndex(talent);
			expect(filterByCompanies(talent, index, [company])).toEqual(
				subsetDataset(talent, factsForCompanies(talent, index, [company]))
			);
		}
	);

	it('agrees with subsetDataset on any choice of companies of an import, in any order', () => {
		const dataset = generatedImport();
		const index = buildCompanyIndex(dataset);
		const ids = index.choices.map((c) => c.id);
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...ids, 'no-such-company'), { maxLength: 4 }),
				(companies) => {
					expect(filterByCompanies(dataset, index, companies)).toEqual(
						subsetDataset(dataset, factsForCompanies(dataset, index, companies))
					);
				}
			),
			{ numRuns: Math.min(numRuns, 100) }
		);
	});

	it('gives back the dataset itself when no company is chosen', () => {
		expect(filterByCompanies(talent, buildCompanyIndex(talent), [])).toBe(talent);
	});

	it('does not change the dataset it filters', () => {
		const dataset = generatedImport();
		const copy = structuredClone(dataset);
		const index = buildCompanyIndex(dataset);
		filterByCompanies(dataset, index, [index.choices[0]!.id, index.choices[3]!.id]);
		expect(dataset).toEqual(copy);
	});
});
