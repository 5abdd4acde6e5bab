import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { buildTimeline, partialDateBounds, storyTimeline } from '../../../src/lib/transforms/timeline';
import { datasetOf } from '../../bench/benchData';
import { careerRows } from '../../bench/generate';
import { numRuns } from '../properties/arbitraries';

const talent = talentJson as Dataset;
const PUBLICATION = partialDateBounds('2024-04-03').last;

/** A generated import (dates shared between moves, as an import makes them), some moves undated. */
function generatedImport(): Dataset {
	return datasetOf(
		careerRows(300, 20, 5)
			.map((row) => row.join(','))
			.join('\n'),
		'gen.csv'
	);
}

describe('storyTimeline', () => {
	it('draws the article’s facts as buildTimeline places them', () => {
		const { moves, events, aggregates } = talent;
		expect(storyTimeline(moves, events, aggregates, PUBLICATION)).toEqual(
			buildTimeline({ moves, events, aggregates }, PUBLICATION)
		);
	});

	it('takes the rows of any part of an import from the whole list, in the order buildTimeline gives', () => {
		const dataset = generatedImport();
		const all = dataset.moves;
		fc.assert(
			fc.property(fc.subarray(all), fc.subarray(talent.events), (moves, events) => {
				expect(storyTimeline(moves, events, talent.aggregates, PUBLICATION, all)).toEqual(
					buildTimeline({ moves, events, aggregates: talent.aggregates }, PUBLICATION)
				);
			}),
			{ numRuns: Math.min(numRuns, 60) }
		);
	});

	it('places moves that are not part of the whole list afresh', () => {
		const dataset = generatedImport();
		const moves = talent.moves;
		expect(storyTimeline(moves, [], [], PUBLICATION, dataset.moves)).toEqual(
			buildTimeline({ moves, events: [], aggregates: [] }, PUBLICATION)
		);
	});

	it('gives back the same timeline for the same list of moves', () => {
		const dataset = generatedImport();
		const first = storyTimeline(dataset.moves, [], [], PUBLICATION);
		expect(storyTimeline(dataset.moves, [], [], PUBLICATION)).toBe(first);
	});
});
