// The filter: a view state compiled against the store (compileSelection), the moves it keeps
// (selectRows) and the facts it lists (factsView), by organization, time window, person and source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import type { FuzzyDate } from '../../../src/lib/schema/dates';
import type { Evidence } from '../../../src/lib/schema/evidence';
import { DEFAULT_VIEW, type ViewState } from '../../../src/lib/state/viewUrl';
import { dayNumber } from '../../../src/lib/core/days';
import { buildStore } from '../../../src/lib/core/store';
import { compileSelection, selectRows } from '../../../src/lib/core/selection';
import { factsView, type FactList } from '../../../src/lib/core/views/factLists';
import { flowView } from '../../../src/lib/core/views/flow';
import { viewDataset } from '../../../src/lib/core/views/exportView';
import { flowLabels } from '../../../src/lib/transforms/chartLabels';
import { indexDataset } from '../../../src/lib/transforms/describeFact';
import { listFacts } from '../../../src/lib/transforms/listFacts';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { careerRows, datasetOf as importedDataset } from '../../fixtures/careers';
import { numRuns } from '../properties/arbitraries';
import { plainFacts } from '../core/plain';
import { datasetOf, viewsOf } from '../core/viewsOf';

const talent = talentJson as Dataset;
const m = messagesFor('en');

const fromArticle: Evidence[] = [{ basis: 'article', source: 'a', sentence: 'p1.s1', quote: 'words' }];
const fromLater: Evidence[] = [
	{ basis: 'later-reporting', source: 'b', claim: 'a claim', confidence: 'medium' }
];
const fromImport: Evidence[] = [{ basis: 'import', source: 'file', row: 2 }];

function move(id: string, from: string, to: string, extra: Partial<Move> = {}): Move {
	return {
		id,
		person: 'ann',
		from,
		to,
		date: { precision: 'unknown' },
		certainty: 'stated',
		evidence: fromArticle,
		...extra
	};
}

/** A generated import: a thousand people moving between two hundred organizations. */
function generatedImport(): Dataset {
	return importedDataset(
		careerRows(1_200, 200, 11)
			.map((row) => row.join(','))
			.join('\n'),
		'gen.csv'
	);
}

/** The ids of the moves a view keeps, in order. */
function keptMoves(dataset: Dataset, view: Partial<ViewState>): string[] {
	const { rows } = viewsOf(dataset, view);
	return Array.from(rows, (row) => dataset.moves[row]!.id);
}

/** Every fact of a list, as `kind:id`. */
const idsOf = (list: FactList) => list.slice(0, list.length).map((f) => `${f.kind}:${f.id}`);

describe('compileSelection', () => {
	const dataset = datasetOf([move('m1', 'meta', 'acme'), move('m2', 'acme', 'yutori', { person: 'bob' })]);
	const store = buildStore(dataset);
	const compile = (view: Partial<ViewState>) => compileSelection(store, { ...DEFAULT_VIEW, ...view });

	it('keeps everything of the article’s own reporting by default', () => {
		expect(compile({})).toEqual({ organizations: [], window: null, person: -1, later: false });
	});

	it('numbers the organizations chosen, in the order chosen, an unknown one as none', () => {
		const number = (id: string) => store.organizationNumber.get(id)!;
		expect(compile({ companies: ['yutori', 'meta', 'nowhere'] }).organizations).toEqual([
			number('yutori'),
			number('meta'),
			-1
		]);
	});

	it('reads the window as days, from the first day of its first month to the last day of its last', () => {
		expect(compile({ from: '2024-02', to: '2024-03' }).window).toEqual({
			first: dayNumber(2024, 1, 1),
			last: dayNumber(2024, 3, 1) - 1
		});
	});

	it('numbers the person chosen; one the dataset does not know selects nothing', () => {
		expect(compile({ person: 'bob' }).person).toBe(store.personNumber.get('bob'));
		expect(selectRows(store, compile({ person: 'ghost' }))).toEqual(new Int32Array(0));
	});
});

describe('selectRows', () => {
	const dataset = datasetOf([
		move('meta-acme', 'meta', 'acme'),
		move('acme-yutori', 'acme', 'yutori', { person: 'bob' }),
		move('google-meta', 'google', 'meta', { person: 'bob', evidence: fromLater }),
		move('google-yutori', 'google', 'yutori', { evidence: fromImport }),
		move('meta-google', 'meta', 'google', { person: 'cy' })
	]);

	it('keeps every move, in order, when nothing is chosen', () => {
		expect(viewsOf(dataset).rows).toEqual(Int32Array.from([0, 1, 2, 3, 4]));
	});

	it.each([
		{ companies: ['acme'], kept: ['meta-acme', 'acme-yutori'] },
		{ companies: ['yutori', 'acme'], kept: ['meta-acme', 'acme-yutori', 'google-yutori'] },
		{ companies: ['meta', 'google'], kept: ['meta-acme', 'google-meta', 'google-yutori', 'meta-google'] },
		{ companies: ['nowhere'], kept: [] },
		{ companies: ['nowhere', 'acme'], kept: ['meta-acme', 'acme-yutori'] }
	])('keeps the moves leaving or joining any of $companies, each once, in order', ({ companies, kept }) => {
		expect(keptMoves(dataset, { companies })).toEqual(kept);
	});

	it.each([
		{ view: { person: 'bob' }, kept: ['acme-yutori', 'google-meta'] },
		{ view: { person: 'bob', companies: ['meta'] }, kept: ['google-meta'] },
		{ view: { person: 'cy', companies: ['acme'] }, kept: [] },
		{ view: { person: 'ghost' }, kept: [] }
	])('keeps only the moves of the person chosen: $view', ({ view, kept }) => {
		expect(keptMoves(dataset, view)).toEqual(kept);
	});

	it('leaves out moves known only from other reporting unless it is on, and never the article’s or an import’s', () => {
		expect(keptMoves(dataset, { later: false })).toEqual([
			'meta-acme',
			'acme-yutori',
			'google-yutori',
			'meta-google'
		]);
		expect(keptMoves(dataset, { later: true })).toHaveLength(5);
	});

	describe('the time window', () => {
		const window = { from: '2024-02', to: '2024-03' };
		const cases: { name: string; date: FuzzyDate; kept: boolean }[] = [
			{ name: 'a day inside', date: { precision: 'day', start: '2024-02-15' }, kept: true },
			{ name: 'the window’s first day', date: { precision: 'day', start: '2024-02-01' }, kept: true },
			{ name: 'the window’s last day', date: { precision: 'day', start: '2024-03-31' }, kept: true },
			{ name: 'the day before', date: { precision: 'day', start: '2024-01-31' }, kept: false },
			{ name: 'the day after', date: { precision: 'day', start: '2024-04-01' }, kept: false },
			{ name: 'a month inside', date: { precision: 'month', start: '2024-03' }, kept: true },
			{ name: 'the month before', date: { precision: 'month', start: '2024-01' }, kept: false },
			{ name: 'a year that holds the window', date: { precision: 'year', start: '2024' }, kept: true },
			{ name: 'the year before', date: { precision: 'year', start: '2023' }, kept: false },
			{
				name: 'a range that ends inside',
				date: { precision: 'range', start: '2023-06', end: '2024-02-10' },
				kept: true
			},
			{
				name: 'a range around the window',
				date: { precision: 'range', start: '2023-06', end: '2024-06' },
				kept: true
			},
			{ name: 'a range after', date: { precision: 'range', start: '2024-04', end: '2024-06' }, kept: false },
			{
				name: 'a range with no start ending inside',
				date: { precision: 'range', end: '2024-02-10' },
				kept: true
			},
			{
				name: 'a range with no start ending before',
				date: { precision: 'range', end: '2024-01' },
				kept: false
			},
			{
				name: 'a range with no end starting before',
				date: { precision: 'range', start: '2023-01' },
				kept: true
			},
			{
				name: 'a range with no end starting after',
				date: { precision: 'range', start: '2024-04' },
				kept: false
			},
			{ name: 'no date', date: { precision: 'unknown' }, kept: false }
		];
		const dated = datasetOf(cases.map((c, i) => move(`m${i}`, 'meta', 'acme', { date: c.date })));
		const kept = new Set(keptMoves(dated, window));

		it.each(cases.map((c, i) => ({ ...c, id: `m${i}` })))(
			'keeps a move whose date may fall in it: $name → $kept',
			({ id, kept: expected }) => {
				expect(kept.has(id)).toBe(expected);
			}
		);

		it.each([
			{
				name: 'with no end, everything from its first month on',
				view: { from: '2024-03' },
				kept: ['2024-03-01', '2030-01-01'],
				left: ['2024-02-29']
			},
			{
				name: 'with no start, everything up to its last month',
				view: { to: '2024-02' },
				kept: ['1990-01-01', '2024-02-29'],
				left: ['2024-03-01']
			}
		])('is open at an end $name, and never keeps an undated move', ({ view, kept: inside, left }) => {
			const days = [...inside, ...left];
			const d = datasetOf([
				...days.map((day) => move(day, 'meta', 'acme', { date: { precision: 'day', start: day } })),
				move('undated', 'meta', 'acme')
			]);
			expect(keptMoves(d, view)).toEqual(inside);
		});
	});

	it('leaves out the dimension asked for, so that its own control shows what the others keep', () => {
		const d = datasetOf([
			move('in-both', 'meta', 'acme', { date: { precision: 'month', start: '2024-03' } }),
			move('other-org', 'google', 'yutori', { date: { precision: 'month', start: '2024-03' } }),
			move('other-month', 'meta', 'acme', { date: { precision: 'month', start: '2023-03' } })
		]);
		const store = buildStore(d);
		const selection = compileSelection(store, {
			...DEFAULT_VIEW,
			companies: ['meta'],
			from: '2024-03',
			to: '2024-03'
		});
		expect(selectRows(store, selection)).toEqual(Int32Array.from([0]));
		expect(selectRows(store, selection, 'window')).toEqual(Int32Array.from([0, 2]));
		expect(selectRows(store, selection, 'organizations')).toEqual(Int32Array.from([0, 1]));
	});

	it('hands back the store’s own rows, not a copy, when it keeps all of them or all of a person’s', () => {
		const store = buildStore(dataset);
		const everything = compileSelection(store, { ...DEFAULT_VIEW, later: true });
		expect(selectRows(store, everything)).toBe(store.everyRow);
		const bob = selectRows(store, compileSelection(store, { ...DEFAULT_VIEW, later: true, person: 'bob' }));
		expect(bob.buffer).toBe(store.byPerson.rows.buffer);
		expect(bob).toEqual(Int32Array.from([1, 2]));
	});

	it('answers each store alike when a larger and a smaller one take turns (its working buffers are reused)', () => {
		const many = datasetOf(
			Array.from({ length: 40 }, (_, i) => move(`m${i}`, ['meta', 'acme', 'google'][i % 3]!, 'yutori'))
		);
		const stores = [buildStore(many), buildStore(dataset), buildStore(many)];
		const view = { ...DEFAULT_VIEW, later: true, companies: ['meta', 'acme', 'google'] };
		const answers = stores.map((store) => Array.from(selectRows(store, compileSelection(store, view))));
		expect(answers[0]).toEqual(Array.from({ length: 40 }, (_, i) => i));
		expect(answers[1]).toEqual([0, 1, 2, 3, 4]);
		expect(answers[2]).toEqual(answers[0]);
	});

	it('does not mutate its input', () => {
		const store = buildStore(dataset);
		const before = structuredClone(store);
		const selection = compileSelection(store, {
			...DEFAULT_VIEW,
			companies: ['meta'],
			person: 'bob',
			from: '2024-01'
		});
		const copy = structuredClone(selection);
		selectRows(store, selection);
		selectRows(store, selection, 'window');
		expect(store).toEqual(before);
		expect(selection).toEqual(copy);
	});
});

describe('factsView', () => {
	it('lists every fact of the dataset when nothing is chosen, the article’s apart from the others', () => {
		const { facts } = viewsOf(talent);
		const all = listFacts(talent);
		expect(idsOf(facts.article)).toEqual(
			all.filter((f) => f.basis === 'article').map((f) => `${f.kind}:${f.id}`)
		);
		expect(idsOf(facts.others)).toEqual(
			all.filter((f) => f.basis !== 'article').map((f) => `${f.kind}:${f.id}`)
		);
		expect(facts.article.slice(0, facts.article.length)).toEqual(all.filter((f) => f.basis === 'article'));
	});

	it('lists nothing known only from other reporting while it is off', () => {
		const { facts } = viewsOf(talent, { later: false });
		expect(facts.others.length).toBe(0);
		expect(idsOf(facts.article)).toEqual(
			listFacts(talent)
				.filter((f) => f.basis === 'article')
				.map((f) => `${f.kind}:${f.id}`)
		);
	});

	it.each(
		viewsOf(talent).choices.flatMap((c) => [
			{ company: c.id, later: true },
			{ company: c.id, later: false }
		])
	)(
		'lists for $company (later reporting: $later) what the filter’s definition keeps',
		({ company, later }) => {
			const view = { ...DEFAULT_VIEW, companies: [company], later };
			const { facts } = viewsOf(talent, view);
			const plain = plainFacts(talent, view);
			expect(idsOf(facts.article).map((id) => id.replace(/^[a-z]+:/, ''))).toEqual(plain.article);
			expect(idsOf(facts.others).map((id) => id.replace(/^[a-z]+:/, ''))).toEqual(plain.others);
		}
	);

	it.each([
		{
			name: 'an organization: its moves, the events, figures and trends involving it, the people who moved and the organizations of their roles',
			view: { companies: ['yutori'] },
			// The moves to Yutori refine the article's departures, which stay listed as the article's.
			article: [
				'move:move-parikh-undisclosed',
				'move:move-das-undisclosed',
				'person:devi-parikh',
				'person:abhishek-das',
				'organization:meta',
				'organization:undisclosed'
			],
			others: ['move:move-parikh-yutori', 'move:move-das-yutori', 'organization:yutori']
		},
		{
			name: 'an organization with no moves: itself, and the trend naming it with the others it names',
			view: { companies: ['anthropic'] },
			article: [
				'organization:anthropic',
				'organization:cohere',
				'organization:openai',
				'trend:trend-startup-emergence'
			],
			others: []
		},
		{
			name: 'a window: what may fall in it (no undated event, no trend, no reason)',
			view: { from: '2024-03', to: '2024-03' },
			article: [
				'move:move-meijer-own-startup',
				'move:move-parikh-undisclosed',
				'move:move-das-undisclosed',
				'aggregate:meta-ai-staff-exodus',
				'event:event-recent-departures',
				'person:devi-parikh',
				'person:abhishek-das',
				'person:erik-meijer',
				'person:mark-zuckerberg',
				'organization:meta',
				'organization:meijer-startup',
				'organization:undisclosed'
			],
			others: [
				'move:move-meijer-automind',
				'move:move-parikh-yutori',
				'move:move-das-yutori',
				'event:event-zuckerberg-recruiting-report',
				'event:event-meijer-announcement',
				'event:event-parikh-das-leave',
				'organization:automind',
				'organization:yutori',
				'organization:google-deepmind'
			]
		},
		{
			name: 'a person: their moves and the events naming them (no figure, no trend), and the people named with them',
			view: { person: 'erik-meijer' },
			article: [
				'move:move-meijer-own-startup',
				'event:event-meijer-team-layoffs',
				'event:event-meijer-offers',
				'event:event-recent-departures',
				'person:devi-parikh',
				'person:abhishek-das',
				'person:erik-meijer',
				'organization:meta',
				'organization:meijer-startup'
			],
			others: [
				'move:move-meijer-automind',
				'event:event-meijer-offers-fortune',
				'event:event-meijer-announcement',
				'organization:automind'
			]
		},
		{
			name: 'an organization known only from other reporting, while it is off: nothing',
			view: { companies: ['yutori'], later: false },
			article: [],
			others: []
		}
	])('lists the facts of $name', ({ view, article, others }) => {
		const { facts } = viewsOf(talent, view);
		expect(idsOf(facts.article)).toEqual(article);
		expect(idsOf(facts.others)).toEqual(others);
	});

	it('gives the events, figures and trends it shows apart, for the charts', () => {
		const { facts } = viewsOf(talent, { companies: ['google-deepmind'] });
		expect(facts.events.map((e) => e.id)).toEqual(['event-zuckerberg-recruiting-report']);
		expect(facts.aggregates).toEqual([]);
		expect(facts.trends).toEqual([]);
	});

	it('makes any part of a list equal to that part of the whole list, across kinds of fact', () => {
		const { facts } = viewsOf(talent);
		const whole = facts.article.slice(0, facts.article.length);
		for (let start = 0; start <= whole.length; start += 3)
			for (let end = start; end <= whole.length + 2; end += 5)
				expect(facts.article.slice(start, end)).toEqual(whole.slice(start, end));
	});

	it('draws, from the dataset of what it lists (“Download this view”), the flows the filter draws', () => {
		const dataset = generatedImport();
		const ids = viewsOf(dataset).choices.map((c) => c.id);
		fc.assert(
			fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }), (companies) => {
				const part = viewsOf(dataset, { companies });
				const exported = viewDataset(part.store, part.rows, part.facts);
				const afresh = viewsOf(exported, { companies });
				expect(afresh.rows).toEqual(Int32Array.from(exported.moves.keys()));
				expect(afresh.flow).toEqual(part.flow);
				const label = (views: typeof part, d: Dataset) =>
					flowLabels(views.flow.graph, indexDataset(d), 'en', m, views.flow.hiddenOrganizations);
				expect(label(afresh, exported)).toEqual(label(part, dataset));
			}),
			{ numRuns: Math.min(numRuns, 60) }
		);
		// Each of the 60 runs builds two stores and every view: seconds on a busy machine.
	}, 30_000);

	it('does not mutate its input', () => {
		const dataset = generatedImport();
		const copy = structuredClone(dataset);
		const ids = viewsOf(dataset).choices.map((c) => c.id);
		const store = buildStore(dataset);
		const selection = compileSelection(store, {
			...DEFAULT_VIEW,
			companies: [ids[0]!, ids[3]!],
			later: true
		});
		const rows = selectRows(store, selection);
		const before = { store: structuredClone(store), rows: rows.slice() };
		const facts = factsView(store, rows, selection);
		facts.article.slice(0, facts.article.length);
		facts.others.slice(0, facts.others.length);
		flowView(store, rows, { chosen: selection.organizations });
		expect({ store, rows }).toEqual(before);
		expect(dataset).toEqual(copy);
	});
});
