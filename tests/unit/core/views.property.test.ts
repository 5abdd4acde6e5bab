// Every view of (store, selection) equals its plain definition over the dataset's objects
// (tests/unit/core/plain.ts), on random datasets and random selections.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns, timeout } from '../properties/arbitraries';
import { plainChoices, plainFacts, plainFlow, plainRows, plainTimelineMoves } from './plain';
import { expectFlowBalanced } from './flowBalance';
import { datasetAndView } from './randomViews';
import { viewsOf } from './viewsOf';

const settings = { numRuns };

describe('every view of (store, selection) equals its plain definition', () => {
	it(
		'the rows a selection keeps, with and without its organizations and window',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					const { rows, store, selection } = viewsOf(d, view);
					expect([...rows]).toEqual(plainRows(d, view));
					expect(store.total).toBe(d.moves.reduce((s, m) => s + (m.weight ?? 1), 0));
					expect(selection.organizations.length).toBe(view.companies.length);
				}),
				settings
			);
		},
		timeout
	);

	it(
		'the flow graph: every node and link, its weight, moves and people, and what "Other" hides',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					const { flow } = viewsOf(d, view);
					const plain = plainFlow(d, view);
					const flat = (list: { id: string; value: number; moves: string[]; people: number }[]) =>
						Object.fromEntries(list.map((x) => [x.id, { value: x.value, moves: x.moves, people: x.people }]));
					expect(flat(flow.graph.nodes)).toEqual(plain.nodes);
					expect(flat(flow.graph.links)).toEqual(plain.links);
					expect(flow.otherToOther).toBe(plain.otherToOther);
					expect(flow.hiddenOrganizations).toBe(plain.hidden);
				}),
				settings
			);
		},
		timeout
	);

	it(
		'for every node, what flows in equals what flows out, weights included, and both columns carry every move drawn',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					const { store, rows, flow } = viewsOf(d, view);
					expectFlowBalanced(flow, store, rows);
				}),
				settings
			);
		},
		timeout
	);

	it(
		'the organizations the filter offers, with their counts',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					expect(viewsOf(d, view).choices).toEqual(plainChoices(d, view));
				}),
				settings
			);
		},
		timeout
	);

	it(
		'the facts the tables list, split by source, in order',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					const { facts } = viewsOf(d, view);
					const ids = (list: typeof facts.article) => list.slice(0, list.length).map((f) => f.id);
					expect({ article: ids(facts.article), others: ids(facts.others) }).toEqual(plainFacts(d, view));
					// A page of the list is the same part of the whole list.
					expect(facts.others.slice(1, 3).map((f) => f.id)).toEqual(ids(facts.others).slice(1, 3));
				}),
				settings
			);
		},
		timeout
	);

	it(
		'the timeline: the moves it places and counts per period, and those it lists as undated',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					const { timeline } = viewsOf(d, view);
					const plain = plainTimelineMoves(d, view);
					expect(timeline.counts.move).toBe(plain.placed);
					expect(timeline.undatedCount - timeline.undated.filter((u) => u.kind === 'event').length).toBe(
						plain.undated.length
					);
					if (timeline.bins.length > 0) {
						const perMonth = new Map<number, number>();
						for (const { month, weight } of plain.months) {
							const key = timeline.unit === 'month' ? month : Math.floor(month / 12) * 12;
							perMonth.set(key, (perMonth.get(key) ?? 0) + weight);
						}
						const bins = timeline.bins.map((b) => {
							const at = new Date(b.start);
							return [at.getUTCFullYear() * 12 + at.getUTCMonth(), b.count];
						});
						expect(bins).toEqual([...perMonth].sort((a, b) => a[0] - b[0]));
					} else {
						const placed = timeline.items.filter((i) => i.kind === 'move').map((i) => i.id);
						expect(placed.sort()).toEqual(plain.months.map((m) => m.id).sort());
					}
				}),
				settings
			);
		},
		timeout
	);
});
