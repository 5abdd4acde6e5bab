import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset } from '../../../src/lib/schema/dataset';
import {
	buildCompanyIndex,
	factsForCompanies,
	filterByCompanies,
	subsetDataset
} from '../../../src/lib/transforms/filter';
import { indexDataset } from '../../../src/lib/transforms/describeFact';
import { listFacts } from '../../../src/lib/transforms/facts';
import { storyFlowGraph } from '../../../src/lib/transforms/flowGraph';
import { flowLabels } from '../../../src/lib/transforms/chartLabels';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { buildTimeline, storyTimeline } from '../../../src/lib/transforms/timeline';
import { datasetOf } from '../../bench/benchData';
import { careerRows } from '../../bench/generate';
import { numRuns } from '../properties/arbitraries';

const talent = talentJson as Dataset;
const m = messagesFor('en');
/** Where open spans end on the timeline (the article's publication). */
const END = Date.UTC(2024, 3, 3);

/** A generated import: a thousand people moving between two hundred organizations. */
function generatedImport(): Dataset {
	return datasetOf(
		careerRows(1_200, 200, 11)
			.map((row) => row.join(','))
			.join('\n'),
		'gen.csv'
	);
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

	it('lets the part’s facts, flow graph and timeline be taken from the whole’s, equal to those made afresh', () => {
		const dataset = generatedImport();
		const byCompany = buildCompanyIndex(dataset);
		const index = indexDataset(dataset);
		const { organizations } = index;
		const ids = byCompany.choices.map((c) => c.id);
		fc.assert(
			fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }), (companies) => {
				const part = filterByCompanies(dataset, byCompany, companies);
				const copy = { ...part, moves: [...part.moves] };
				expect(listFacts(part, dataset)).toEqual(listFacts(copy));
				const flows = storyFlowGraph(part.moves, organizations);
				const afresh = storyFlowGraph(copy.moves, organizations);
				expect(flows).toEqual(afresh);
				expect(flowLabels(flows.graph, index, 'en', m, flows.hiddenOrganizations)).toEqual(
					flowLabels(afresh.graph, index, 'en', m, afresh.hiddenOrganizations)
				);
				expect(storyTimeline(part.moves, [], [], END, dataset.moves)).toEqual(
					buildTimeline({ moves: copy.moves, events: [], aggregates: [] }, END)
				);
			}),
			{ numRuns: Math.min(numRuns, 60) }
		);
	});

	it('gives back the very part it gave before for the same companies, in any order, so views of it are found again', () => {
		const dataset = generatedImport();
		const index = buildCompanyIndex(dataset);
		const [a, b, c] = index.choices.map((choice) => choice.id);
		const first = filterByCompanies(dataset, index, [a!, b!]);
		expect(filterByCompanies(dataset, index, [b!, a!])).toBe(first);
		expect(filterByCompanies(dataset, index, [a!, b!, a!])).toBe(first);
		expect(filterByCompanies(dataset, index, [a!, c!])).not.toBe(first);
		// Another dataset with the same companies has parts of its own.
		const other = generatedImport();
		expect(filterByCompanies(other, buildCompanyIndex(other), [a!, b!])).not.toBe(first);
	});

	it('keeps a bounded number of parts: a filter chosen long ago is made again, equal to the first', () => {
		const dataset = generatedImport();
		const index = buildCompanyIndex(dataset);
		const ids = index.choices.map((choice) => choice.id);
		const first = filterByCompanies(dataset, index, [ids[0]!]);
		// Every pair of the other companies: far more filters than are kept.
		for (const x of ids.slice(1, 10))
			for (const y of ids.slice(1, 10)) filterByCompanies(dataset, index, [x, y]);
		const again = filterByCompanies(dataset, index, [ids[0]!]);
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
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
