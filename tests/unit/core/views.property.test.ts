// Every view of (store, selection) equals its plain definition over the dataset's objects
// (tests/unit/core/plain.ts), on random datasets and random selections.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns, timeout } from '../properties/arbitraries';
import { balanceView } from '../../../src/lib/core/views/balance';
import { movesBehind } from '../../../src/lib/core/views/movesBehind';
import { periodText } from '../../../src/lib/core/views/periods';
import { retentionView } from '../../../src/lib/core/views/retention';
import { Stays } from '../../../src/lib/core/views/stays';
import {
	plainBalance,
	plainChoices,
	plainFacts,
	plainFlow,
	plainRetention,
	plainRows,
	plainShown,
	plainTimelineMoves
} from './plain';
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
					const total = (later: boolean) =>
						d.moves.filter((m) => plainShown(d, m, later)).reduce((s, m) => s + (m.weight ?? 1), 0);
					expect([store.totalWithout, store.totalWith]).toEqual([total(false), total(true)]);
					expect(selection.organizations.length).toBe(view.companies.length);
				}),
				settings
			);
		},
		timeout
	);

	it(
		'the flow graph: every node and link in the order the moves meet them, its weight, moves and people, and what "Other" hides',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					const flat = (list: { id: string; value: number; moves: string[]; people: number }[]) =>
						Object.fromEntries(list.map((x) => [x.id, { value: x.value, moves: x.moves, people: x.people }]));
					// The moves as drawn at random, then each person's together, as a career file lists
					// them (people are then counted as the moves go by): both must give the same flows.
					const together = {
						...d,
						moves: [...d.moves].sort((a, b) => (a.person < b.person ? -1 : +(a.person > b.person)))
					};
					for (const data of [d, together]) {
						const { flow } = viewsOf(data, view);
						const plain = plainFlow(data, view);
						expect(flat(flow.graph.nodes)).toEqual(plain.nodes);
						expect(flat(flow.graph.links)).toEqual(plain.links);
						// In the order the moves first meet them, which the layout starts from.
						expect(flow.graph.nodes.map((node) => node.id)).toEqual(Object.keys(plain.nodes));
						expect(flow.graph.links.map((link) => link.id)).toEqual(Object.keys(plain.links));
						expect(flow.otherToOther).toBe(plain.otherToOther);
						expect(flow.hiddenOrganizations).toBe(plain.hidden);
						const personOf = new Map(data.moves.map((m) => [m.id, m.person]));
						for (const mark of [...flow.graph.nodes, ...flow.graph.links]) {
							// Its rows are its moves, numbered: what tells a lit mark without naming them.
							expect(Array.from(mark.rows, (row) => data.moves[row]!.id)).toEqual(mark.moves);
							// The first people it names are those of its first moves, each once.
							expect(mark.firstPeople).toEqual(
								[...new Set(mark.moves.map((id) => personOf.get(id)))].slice(0, 5)
							);
						}
					}
				}),
				settings
			);
		},
		timeout
	);

	it(
		'a mark of the flow or of the timeline is lit exactly when one of its rows is, whatever is lit and in whatever order',
		() => {
			fc.assert(
				fc.property(
					datasetAndView,
					fc.array(fc.array(fc.boolean()), { minLength: 1, maxLength: 3 }),
					([d, view], lits) => {
						const { store, flow, timeline } = viewsOf(d, view);
						const marks = [...flow.graph.nodes, ...flow.graph.links, ...timeline.bins];
						// Several lit sets in turn, then the first again: each mark answers for the set it is given.
						for (const pattern of [...lits, lits[0]!]) {
							const lit = Uint8Array.from(
								{ length: store.size },
								(_, row) => +(pattern[row % Math.max(1, pattern.length)] ?? false)
							);
							for (const mark of marks) expect(mark.litBy(lit)).toBe(mark.rows.some((row) => lit[row] === 1));
						}
					}
				),
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

	it(
		'the balance of the chosen organizations: arrivals, departures, net, internal, sources, destinations, periods and each way between two',
		() => {
			fc.assert(
				fc.property(
					datasetAndView,
					fc.constantFrom('month' as const, 'year' as const),
					fc.integer({ min: 1, max: 5 }),
					([d, view], unit, top) => {
						const { store, rows, selection } = viewsOf(d, view);
						const balance = balanceView(store, rows, selection.organizations, unit, top, selection.window);
						const plain = plainBalance(d, view, unit, top);
						const id = (k: number) => store.organizationIds[k]!;
						const tallies = (list: typeof balance.sources) => list.map((t) => [id(t.organization), t.moves]);
						expect({
							arrivals: balance.arrivals,
							departures: balance.departures,
							net: balance.net,
							internal: balance.internal,
							sources: { named: tallies(balance.sources), other: balance.otherSources },
							destinations: { named: tallies(balance.destinations), other: balance.otherDestinations },
							periods: balance.periods,
							undated: balance.undated,
							loose: balance.loose,
							pair: balance.pair
						}).toEqual(plain);
						// Every arrival and departure is in a period, undated, or dated too loosely for one
						// period: the three add up to the whole.
						const inPeriods = balance.periods.reduce((s, p) => s + p.net, 0);
						const apart = (n: { arrivals: number; departures: number }) => n.arrivals - n.departures;
						expect(inPeriods + apart(balance.undated) + apart(balance.loose)).toBe(balance.net);
						// Each period's bar leads to the moves it counts, placed as the bar places them.
						for (const p of balance.periods) {
							const period = periodText(p.key, unit);
							const weighed = [...movesBehind(store, rows, balance, { kind: 'net', period })].reduce(
								(s, r) => s + store.weight[r]!,
								0
							);
							expect(weighed).toBe(p.arrivals + p.departures);
						}
					}
				),
				settings
			);
		},
		timeout
	);

	it(
		'retention at each chosen organization: who joined each year, and who was still there after 1 and 2 years',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					const { store, rows, selection } = viewsOf(d, view);
					// The stays at the chosen organizations only, placed as the page places them.
					const stays = new Stays(store, selection.later).at(selection.organizations);
					const retention = retentionView(store, rows, selection, stays);
					const id = (k: number) => store.organizationIds[k]!;
					const plain = plainRetention(d, view);
					const named = (list: { organization: number; arrivals: number }[]) =>
						list.map((u) => ({ ...u, organization: id(u.organization) }));
					expect({
						cohorts: retention.cohorts.map((c) => ({ ...c, organization: id(c.organization) })),
						undated: named(retention.undated),
						loose: named(retention.loose)
					}).toEqual({ cohorts: plain.cohorts, undated: plain.undated, loose: plain.loose });
					// The totals add up each organization's cohorts and its arrivals dated to no one year.
					for (const total of retention.totals) {
						const own = [...plain.cohorts, ...plain.looseCounts].filter(
							(c) => c.organization === id(total.organization)
						);
						expect(total.joined).toBe(own.reduce((s, c) => s + c.joined, 0));
						expect(total.after[1]!.stayed).toBe(own.reduce((s, c) => s + c.after[1]!.stayed!, 0));
						expect(total.after[0]!.left).toBe(own.reduce((s, c) => s + c.after[0]!.left!, 0));
					}
					// Each figure leads to moves that weigh as much: those still there, and those gone.
					const balance = balanceView(
						store,
						rows,
						selection.organizations,
						'year',
						undefined,
						selection.window
					);
					const weighed = (focus: Parameters<typeof movesBehind>[3]) =>
						[...movesBehind(store, rows, balance, focus, stays)].reduce((s, r) => s + store.weight[r]!, 0);
					const chosen = (k: number) => (selection.organizations.length > 1 ? id(k) : undefined);
					for (const total of retention.totals)
						retention.years.forEach((years, n) => {
							const organization = chosen(total.organization);
							expect(weighed({ kind: 'stayed', years, organization })).toBe(total.after[n]!.stayed);
							expect(weighed({ kind: 'left', years, organization })).toBe(total.after[n]!.left);
						});
					// And each cohort's, in its year.
					for (const c of retention.cohorts)
						retention.years.forEach((years, n) => {
							const focus = { years, organization: chosen(c.organization), period: String(c.year) };
							expect(weighed({ kind: 'stayed', ...focus })).toBe(c.after[n]!.stayed);
							expect(weighed({ kind: 'left', ...focus })).toBe(c.after[n]!.left);
						});
					// Each cohort's people are all told of, one way or another, at each anniversary.
					for (const c of retention.cohorts)
						for (const count of c.after)
							expect(count.stayed + count.left + count.censored + count.unknown).toBe(c.joined);
				}),
				settings
			);
		},
		timeout
	);
});
