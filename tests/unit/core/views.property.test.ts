// Every view of (store, selection) equals its plain definition over the dataset's objects
// (tests/unit/core/plain.ts), on random datasets and random selections.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import type { Evidence } from '../../../src/lib/schema/evidence';
import { compareBounds, type FuzzyDate } from '../../../src/lib/schema/dates';
import type { ViewState } from '../../../src/lib/state/viewUrl';
import { fuzzyDate, numRuns, timeout } from '../properties/arbitraries';
import { balanceView } from '../../../src/lib/core/views/balance';
import { retentionView } from '../../../src/lib/core/views/retention';
import {
	plainBalance,
	plainChoices,
	plainFacts,
	plainFlow,
	plainRetention,
	plainRows,
	plainTimelineMoves
} from './plain';
import { viewsOf } from './viewsOf';

const ORGS = [
	'meta',
	'acme',
	'b-lab',
	'c-co',
	'd',
	'e',
	'f',
	'g',
	'h',
	'i',
	'j',
	'k',
	'l',
	'm',
	'n',
	'o',
	'p',
	'q',
	'r',
	's'
];
const PEOPLE = ['ann', 'bob', 'cy', 'di', 'ed', 'flo', 'gus'];

/** A day, month or year in 2023–2024, days often at a month's edge, where windows begin and end. */
const partial = fc
	.record({
		y: fc.constantFrom(2023, 2024),
		m: fc.integer({ min: 1, max: 12 }),
		d: fc.constantFrom(1, 2, 15, 28, 30, 31),
		digits: fc.constantFrom(4, 7, 10)
	})
	.map(({ y, m, d, digits }) => {
		const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
		return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`.slice(
			0,
			digits
		);
	});
const date: fc.Arbitrary<FuzzyDate> = fc.oneof(
	partial.map((start) => ({
		precision: ({ 4: 'year', 7: 'month', 10: 'day' } as const)[start.length as 4 | 7 | 10],
		start
	})),
	fc
		.tuple(fc.option(partial, { nil: undefined }), fc.option(partial, { nil: undefined }))
		.filter(([a, b]) => a !== undefined || b !== undefined)
		.map(([a, b]) => {
			const [start, end] = a && b && compareBounds(a, b) > 0 ? [b, a] : [a, b];
			return { precision: 'range' as const, ...(start ? { start } : {}), ...(end ? { end } : {}) };
		}),
	fc.constant({ precision: 'unknown' as const }),
	// Now and then a date far from the others, so that the timeline spans years.
	fuzzyDate(fc.constant(undefined))
);

const evidence: fc.Arbitrary<Evidence[]> = fc.constantFrom<Evidence[]>(
	[{ basis: 'article', source: 'art', sentence: 'p1.s1', quote: 'words' }],
	[{ basis: 'later-reporting', source: 'other', claim: 'a claim', confidence: 'medium' }],
	[
		{ basis: 'later-reporting', source: 'other', claim: 'a claim', confidence: 'low' },
		{ basis: 'article', source: 'art', sentence: 'p1.s1', quote: 'words' }
	],
	[{ basis: 'import', source: 'file', row: 3 }]
);

/** A dataset of up to 70 moves among a few people and up to 20 organizations, with events and figures. */
const dataset: fc.Arbitrary<Dataset> = fc
	.record({
		orgCount: fc.integer({ min: 2, max: ORGS.length }),
		moves: fc.array(
			fc.record({
				person: fc.constantFrom(...PEOPLE),
				from: fc.nat(ORGS.length - 1),
				to: fc.nat(ORGS.length - 1),
				date,
				certainty: fc.constantFrom('stated', 'implied', 'undisclosed'),
				weight: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
				evidence
			}),
			{ maxLength: 70, size: 'medium' }
		),
		events: fc.array(
			fc.record({
				orgs: fc.uniqueArray(fc.nat(ORGS.length - 1), { maxLength: 2 }),
				people: fc.uniqueArray(fc.constantFrom(...PEOPLE), { maxLength: 2 }),
				date,
				publication: fc.boolean(),
				evidence
			}),
			{ maxLength: 4 }
		),
		aggregates: fc.array(fc.record({ org: fc.nat(ORGS.length - 1), date, evidence }), {
			maxLength: 2
		}),
		trends: fc.array(
			fc.record({ orgs: fc.uniqueArray(fc.nat(ORGS.length - 1), { maxLength: 3 }), evidence }),
			{
				maxLength: 2
			}
		),
		reasons: fc.array(evidence, { maxLength: 2 })
	})
	.map(({ orgCount, moves, events, aggregates, trends, reasons }) => {
		const org = (k: number) => ORGS[k % orgCount]!;
		const mv: Move[] = moves.map((m, i) => ({
			id: `m${i}`,
			person: m.person,
			from: org(m.from),
			to: org(m.to),
			date: m.date,
			certainty: m.certainty,
			...(m.weight !== undefined ? { weight: m.weight } : {}),
			evidence: m.evidence
		}));
		const summary = { en: 'x', fr: 'x' };
		return {
			schemaVersion: 1,
			title: summary,
			sources: [
				{ id: 'art', kind: 'article', title: 'A', publisher: 'P' },
				{ id: 'other', kind: 'later-reporting', title: 'B', publisher: 'Q', url: 'https://example.org/' },
				{ id: 'file', kind: 'import', title: 'f.csv', publisher: 'you' }
			],
			organizations: ORGS.slice(0, orgCount).map((id, i) => ({
				id,
				name: id,
				kind: (['big-tech', 'ai-startup', 'unnamed-startup', 'undisclosed', 'unknown'] as const)[i % 5],
				evidence: [{ basis: 'import', source: 'file', row: 2 }]
			})),
			people: PEOPLE.map((id, i) => ({
				id,
				name: id,
				roles:
					i % 3 === 0
						? [{ title: 'T', organization: org(i), evidence: [{ basis: 'import', source: 'file', row: 2 }] }]
						: [],
				evidence:
					i % 2 === 0
						? [{ basis: 'article', source: 'art', sentence: 'p1.s1', quote: 'words' }]
						: [{ basis: 'import', source: 'file', row: 2 }]
			})),
			moves: mv,
			aggregates: aggregates.map((a, i) => ({
				id: `a${i}`,
				organization: org(a.org),
				population: 'staff',
				populationLabel: summary,
				measure: 'share-departed',
				value: 0.3,
				bound: 'lower',
				period: a.date,
				certainty: 'stated',
				evidence: a.evidence
			})),
			events: events.map((e, i) => ({
				id: `e${i}`,
				kind: e.publication ? 'publication' : 'departures',
				summary,
				date: e.date,
				people: e.people,
				organizations: e.orgs.map(org).filter((o, j, all) => all.indexOf(o) === j),
				certainty: 'stated',
				evidence: e.evidence
			})),
			reasons: reasons.map((r, i) => ({ id: `r${i}`, summary, evidence: r })),
			trends: trends.map((t, i) => ({
				id: `t${i}`,
				kind: 'exodus',
				summary,
				organizations: t.orgs.map(org).filter((o, j, all) => all.indexOf(o) === j),
				evidence: t.evidence
			}))
		} as Dataset;
	});

const month = fc.record({ y: fc.constantFrom(2023, 2024), m: fc.integer({ min: 1, max: 12 }) });
const monthText = ({ y, m }: { y: number; m: number }) => `${y}-${String(m).padStart(2, '0')}`;

/** A view state over a dataset: any organizations (known or not), a window, a person, later on or off. */
const datasetAndView: fc.Arbitrary<[Dataset, ViewState]> = dataset.chain((d) =>
	fc.tuple(
		fc.constant(d),
		fc
			.record({
				companies: fc.uniqueArray(fc.constantFrom(...ORGS), { maxLength: 5 }),
				later: fc.boolean(),
				from: fc.option(month, { nil: undefined }),
				to: fc.option(month, { nil: undefined }),
				person: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined })
			})
			.map(({ from, to, ...rest }) => {
				const [a, b] = from && to && monthText(from) > monthText(to) ? [to, from] : [from, to];
				return {
					...rest,
					companies: rest.companies.filter((c) => d.organizations.some((o) => o.id === c)),
					...(a ? { from: monthText(a) } : {}),
					...(b ? { to: monthText(b) } : {})
				} as ViewState;
			})
	)
);

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
		'for every node, what flows in equals what flows out, weights included',
		() => {
			fc.assert(
				fc.property(datasetAndView, ([d, view]) => {
					const { graph } = viewsOf(d, view).flow;
					for (const node of graph.nodes) {
						const through = graph.links.filter((l) => l.source === node.id || l.target === node.id);
						expect(through.reduce((s, l) => s + l.value, 0)).toBe(node.value);
					}
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
						const balance = balanceView(store, rows, selection.organizations, unit, top);
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
							pair: balance.pair
						}).toEqual(plain);
						// Every arrival and departure is in a period or undated: the periods add up to the whole.
						const inPeriods = balance.periods.reduce((s, p) => s + p.net, 0);
						expect(inPeriods + balance.undated.arrivals - balance.undated.departures).toBe(balance.net);
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
					const retention = retentionView(store, rows, selection);
					const id = (k: number) => store.organizationIds[k]!;
					expect({
						cohorts: retention.cohorts.map((c) => ({ ...c, organization: id(c.organization) })),
						undated: retention.undated.map((u) => ({ ...u, organization: id(u.organization) }))
					}).toEqual(plainRetention(d, view));
					// The totals add up each organization's cohorts.
					for (const total of retention.totals) {
						const own = retention.cohorts.filter((c) => c.organization === total.organization);
						expect(total.joined).toBe(own.reduce((s, c) => s + c.joined, 0));
						expect(total.after[1]!.stayed).toBe(own.reduce((s, c) => s + c.after[1]!.stayed, 0));
					}
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
