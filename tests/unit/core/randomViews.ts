// Random datasets and view states for the property tests of the core and the dashboard state.
import fc from 'fast-check';
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import type { Evidence } from '../../../src/lib/schema/evidence';
import { compareBounds, type FuzzyDate } from '../../../src/lib/schema/dates';
import type { ViewState } from '../../../src/lib/state/viewUrl';
import { NAMED_RANGE } from '../../../src/lib/core/views/flowNaming';
import { fuzzyDate } from '../properties/arbitraries';

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

/**
 * Has each move of other reporting that is asked to refine one of the article's earlier moves of
 * the same person from the same organization, not refined yet, do so: refinements as the
 * validator allows them.
 */
function refineSome(moves: Move[], asked: readonly boolean[]) {
	const only = (m: Move, basis: string) => m.evidence.every((e) => e.basis === basis);
	const refined = new Set<string>();
	moves.forEach((m, i) => {
		if (!asked[i] || !only(m, 'later-reporting')) return;
		const target = moves
			.slice(0, i)
			.find(
				(t) =>
					t.person === m.person &&
					t.from === m.from &&
					!refined.has(t.id) &&
					t.evidence.some((e) => e.basis === 'article')
			);
		if (!target) return;
		refined.add(target.id);
		m.refines = target.id;
	});
}

/** A dataset of up to 70 moves among a few people and up to 20 organizations, with events and figures. */
export const dataset: fc.Arbitrary<Dataset> = fc
	.record({
		orgCount: fc.integer({ min: 2, max: ORGS.length }),
		moves: fc.array(
			fc.record({
				person: fc.constantFrom(...PEOPLE),
				from: fc.nat(ORGS.length - 1),
				to: fc.nat(ORGS.length - 1),
				date,
				// Now and then the end of the stay the move begins, as a career file's last position gives.
				stayEnd: fc.option(date, { nil: undefined, freq: 2 }),
				certainty: fc.constantFrom('stated', 'implied', 'undisclosed'),
				weight: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
				evidence,
				// Whether a move of other reporting tells more of an earlier article's move, when there is one.
				refine: fc.boolean()
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
			...(m.stayEnd !== undefined ? { stayEnd: m.stayEnd } : {}),
			certainty: m.certainty,
			...(m.weight !== undefined ? { weight: m.weight } : {}),
			evidence: m.evidence
		}));
		refineSome(
			mv,
			moves.map((m) => m.refine)
		);
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
export function viewOf(d: Dataset): fc.Arbitrary<ViewState> {
	return fc
		.record({
			companies: fc.uniqueArray(fc.constantFrom(...ORGS), { maxLength: 5 }),
			later: fc.boolean(),
			from: fc.option(month, { nil: undefined }),
			to: fc.option(month, { nil: undefined }),
			person: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }),
			named: fc.option(fc.integer({ min: NAMED_RANGE.min, max: NAMED_RANGE.max }), { nil: undefined })
		})
		.map(({ from, to, named, ...rest }) => {
			const [a, b] = from && to && monthText(from) > monthText(to) ? [to, from] : [from, to];
			return {
				...rest,
				companies: rest.companies.filter((c) => d.organizations.some((o) => o.id === c)),
				...(a ? { from: monthText(a) } : {}),
				...(b ? { to: monthText(b) } : {}),
				...(named ? { named } : {})
			} as ViewState;
		});
}

/** A random dataset and a view state over it. */
export const datasetAndView: fc.Arbitrary<[Dataset, ViewState]> = dataset.chain((d) =>
	fc.tuple(fc.constant(d), viewOf(d))
);
