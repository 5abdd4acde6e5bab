// Typeahead over names: folding (case, accents, punctuation), the order of what is found, and the
// same answers as the obvious definition (tests/unit/core/plain.ts) on random names and queries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStore } from '../../../src/lib/core/store';
import { foldName, movesPerPerson, nameIndex, searchNames } from '../../../src/lib/core/views/search';
import { numRuns } from '../properties/arbitraries';
import { plainSearch } from './plain';
import { datasetOf } from './viewsOf';

describe('foldName', () => {
	it.each([
		{ name: 'Société Générale', expected: 'societe generale' },
		{ name: 'ZÜRICH Insurance', expected: 'zurich insurance' },
		{ name: 'Søren Kjær', expected: 'soren kjaer' },
		{ name: 'Straße', expected: 'strasse' },
		{ name: 'Łódź Œuvre', expected: 'lodz oeuvre' },
		{ name: 'İstanbul', expected: 'istanbul' },
		{ name: 'x.AI', expected: 'x ai' },
		{ name: '  Meta  Platforms, Inc. ', expected: 'meta platforms inc' },
		{ name: 'AT&T Labs', expected: 'at t labs' },
		{ name: 'D’Amico', expected: 'd amico' },
		{ name: 'Mistral AI 2', expected: 'mistral ai 2' },
		{ name: '深度求索', expected: '深度求索' },
		{ name: '', expected: '' }
	])('folds “$name” to “$expected”', ({ name, expected }) => {
		expect(foldName(name)).toBe(expected);
	});
});

const NAMES = [
	'Meta',
	'Métis Labs',
	'Google DeepMind',
	'Deep Cogito',
	'Mistral AI',
	'Meta Reality Labs',
	'Amazon'
];
/** Moves per name, in the same order. */
const COUNTS = [40, 5, 25, 9, 12, 3, 7];
const found = (query: string, limit = 10) => {
	const { entries, total } = searchNames(nameIndex(NAMES), query, COUNTS, limit);
	return { names: entries.map((e) => NAMES[e]), total };
};

describe('searchNames', () => {
	it('ignores case and accents in both the names and what is typed', () => {
		expect(found('METI').names).toEqual(['Métis Labs']);
		expect(found('métà').names).toEqual(['Meta', 'Meta Reality Labs']);
	});

	it('lists the names that start with the query first, then those with a later word that does, busiest first within each', () => {
		expect(found('deep').names).toEqual(['Deep Cogito', 'Google DeepMind']);
		expect(found('me').names).toEqual(['Meta', 'Métis Labs', 'Meta Reality Labs']);
		expect(found('labs').names).toEqual(['Métis Labs', 'Meta Reality Labs']);
	});

	it('does not match inside a word', () => {
		expect(found('mind')).toEqual({ names: [], total: 0 });
		expect(found('eta')).toEqual({ names: [], total: 0 });
	});

	it('orders names of as many moves by their folded name, then as written', () => {
		const ties = ['Beta', 'alpha', 'Álpha', 'Alpha'];
		const { entries } = searchNames(nameIndex(ties), '', [1, 1, 1, 1], 4);
		expect(entries.map((e) => ties[e])).toEqual(['Alpha', 'alpha', 'Álpha', 'Beta']);
	});

	it('with nothing typed, lists every name, busiest first', () => {
		expect(found('')).toEqual({
			names: [
				'Meta',
				'Google DeepMind',
				'Mistral AI',
				'Deep Cogito',
				'Amazon',
				'Métis Labs',
				'Meta Reality Labs'
			],
			total: 7
		});
	});

	it('keeps the best `limit` names and counts every match', () => {
		expect(found('', 2)).toEqual({ names: ['Meta', 'Google DeepMind'], total: 7 });
		expect(found('m', 1)).toEqual({ names: ['Meta'], total: 4 });
	});

	it('reads a query of only spaces and punctuation as nothing typed', () => {
		expect(found(' - ').total).toBe(7);
	});

	it('does not change the names it indexes or the counts it reads', () => {
		const names = [...NAMES];
		const counts = [...COUNTS];
		searchNames(nameIndex(names), 'me', counts, 3);
		expect(names).toEqual(NAMES);
		expect(counts).toEqual(COUNTS);
	});

	it('answers as the obvious search does, on random names, counts and queries', () => {
		const letters = fc.constantFrom(...'aAàÀeéÉoøØ sSß-.');
		const name = fc.string({ unit: letters, maxLength: 8 });
		fc.assert(
			fc.property(
				fc.array(fc.tuple(name, fc.nat(4)), { maxLength: 40 }),
				fc.string({ unit: letters, maxLength: 3 }),
				fc.integer({ min: 1, max: 8 }),
				(entries, query, limit) => {
					const names = entries.map(([n]) => n);
					const counts = entries.map(([, c]) => c);
					expect(searchNames(nameIndex(names), query, counts, limit)).toEqual(
						plainSearch(names, query, counts, limit)
					);
				}
			),
			{ numRuns }
		);
	});
});

describe('movesPerPerson', () => {
	it('sums the weights of each person’s moves among the rows given', () => {
		// Ann moves twice, Bob once for a flow of five.
		const moves = (
			[
				['ann', 'a', 'b', 1],
				['bob', 'a', 'c', 5],
				['ann', 'b', 'c', 1]
			] as const
		).map(([person, from, to, weight], i) => ({
			id: `m${i}`,
			person,
			from,
			to,
			weight,
			date: { precision: 'unknown' as const },
			certainty: 'stated' as const,
			evidence: [{ basis: 'import' as const, source: 'file', row: i + 2 }]
		}));
		const store = buildStore(datasetOf(moves));
		const counts = movesPerPerson(store, Int32Array.from([0, 1, 2]));
		expect([...counts]).toEqual([2, 5]);
		expect([...movesPerPerson(store, Int32Array.from([1]))]).toEqual([0, 5]);
	});
});
