import { describe, expect, it } from 'vitest';
import type { Dataset, Move, OrganizationKind } from '../../../src/lib/schema/dataset';
import type { Evidence } from '../../../src/lib/schema/evidence';
import type { ViewState } from '../../../src/lib/state/viewUrl';
import { buildStore } from '../../../src/lib/core/store';
import { compileSelection, selectRows } from '../../../src/lib/core/selection';
import { flowView, NAMED_PEOPLE_IN_LABEL, OTHER } from '../../../src/lib/core/views/flow';
import { NAMED_RANGE, OTHER_AT_LEAST } from '../../../src/lib/core/views/flowNaming';
import { DEFAULT_VIEW } from '../../../src/lib/state/viewUrl';
import { datasetOf, viewsOf } from '../core/viewsOf';

const fromArticle: Evidence[] = [{ basis: 'article', source: 'a', sentence: 'p1.s1', quote: 'words' }];
const fromLater: Evidence[] = [
	{ basis: 'later-reporting', source: 'b', claim: 'a claim', confidence: 'medium' }
];
const fromImport: Evidence[] = [{ basis: 'import', source: 'file', row: 2 }];

/** The kinds of the organizations the tests name; any other is of unknown kind. */
const KIND: Record<string, OrganizationKind> = {
	meta: 'big-tech',
	google: 'big-tech',
	acme: 'ai-startup',
	hidden: 'undisclosed'
};

function move(id: string, person: string, from: string, to: string, extra: Partial<Move> = {}): Move {
	return {
		id,
		person,
		from,
		to,
		date: { precision: 'unknown' },
		certainty: 'stated',
		evidence: fromArticle,
		...extra
	};
}

/** A dataset of these moves, its organizations of the kinds above. */
function dataset(moves: Move[], extra: Partial<Dataset> = {}): Dataset {
	const d = datasetOf(moves, extra);
	return { ...d, organizations: d.organizations.map((o) => ({ ...o, kind: KIND[o.id] ?? 'unknown' })) };
}

/** The flow view the page draws of these moves under a view (every move, later reporting on). */
function flowOf(moves: Move[], view: Partial<ViewState> = {}) {
	return viewsOf(dataset(moves), view).flow;
}

/** Moves from `hub` to each organization, as many as given: organizations ranked by their counts. */
function spokes(counts: Record<string, number>, hub = 'hub'): Move[] {
	return Object.entries(counts).flatMap(([to, count]) =>
		Array.from({ length: count }, (_, i) => move(`${hub}-${to}-${i}`, `${to}-person-${i}`, hub, to))
	);
}

/** `o01`…`o19`, each joined by 20 − k moves from the hub: the hub first, then o01, o02… */
const ranked: Record<string, number> = Object.fromEntries(
	Array.from({ length: 19 }, (_, k) => [`o${String(k + 1).padStart(2, '0')}`, 19 - k])
);

describe('flowView', () => {
	it('draws nothing from no moves', () => {
		expect(flowOf([])).toEqual({
			graph: { nodes: [], links: [] },
			organizations: 0,
			hiddenOrganizations: 0,
			otherToOther: 0
		});
	});

	it('draws a move from its origin (stage 0) straight to its destination (stage 1), each node of its organization’s kind', () => {
		const { graph } = flowOf([move('m1', 'ann', 'meta', 'acme')]);
		expect(graph.nodes.map((n) => [n.id, n.stage, n.organization, n.kind])).toEqual([
			['from:meta', 0, 'meta', 'big-tech'],
			['to:acme', 1, 'acme', 'ai-startup']
		]);
		expect(graph.links.map((l) => [l.source, l.target, l.value, l.moves, l.people, l.firstPeople])).toEqual([
			['from:meta', 'to:acme', 1, ['m1'], 1, ['ann']]
		]);
	});

	it('ends an undisclosed destination at a node of its own, of the kind "undisclosed"', () => {
		const { graph } = flowOf([
			move('m1', 'ann', 'meta', 'hidden', { certainty: 'undisclosed' }),
			move('m2', 'bob', 'meta', 'hidden', { certainty: 'undisclosed' })
		]);
		expect(graph.nodes.map((n) => [n.id, n.kind])).toEqual([
			['from:meta', 'big-tech'],
			['to:hidden', 'undisclosed']
		]);
		expect(graph.links).toEqual([
			expect.objectContaining({
				source: 'from:meta',
				target: 'to:hidden',
				value: 2,
				people: 2,
				certainty: 'undisclosed'
			})
		]);
	});

	it('gives an organization the dataset does not describe the kind "unknown"', () => {
		const d = dataset([move('m1', 'ann', 'meta', 'nowhere')]);
		const described = { ...d, organizations: d.organizations.filter((o) => o.id !== 'nowhere') };
		const { graph } = viewsOf(described).flow;
		expect(graph.nodes.map((n) => [n.id, n.kind])).toEqual([
			['from:meta', 'big-tech'],
			['to:nowhere', 'unknown']
		]);
	});

	it('keeps flows of each certainty and each source apart, so each is drawn its own way', () => {
		const { graph } = flowOf([
			move('m1', 'ann', 'meta', 'acme'),
			move('m2', 'bob', 'meta', 'acme', { evidence: fromLater }),
			move('m3', 'cy', 'meta', 'acme', { certainty: 'implied' }),
			move('m4', 'di', 'meta', 'acme', { evidence: fromImport }),
			move('m5', 'ed', 'meta', 'acme')
		]);
		expect(graph.links.map((l) => [l.certainty, l.basis, l.moves])).toEqual([
			['stated', 'article', ['m1', 'm5']],
			['stated', 'later-reporting', ['m2']],
			['implied', 'article', ['m3']],
			['stated', 'import', ['m4']]
		]);
		expect(new Set(graph.links.map((l) => l.id)).size).toBe(4);
	});

	it.each([
		{ name: 'a move with no weight counts one', weights: [undefined], value: 1, people: 1 },
		{ name: 'an aggregated flow counts its weight', weights: [40], value: 40, people: 1 },
		{
			name: 'weights add up, people are counted once each',
			weights: [40, undefined, 2],
			value: 43,
			people: 3
		}
	])('sums weights in every node and link: $name', ({ weights, value, people }) => {
		const moves = weights.map((weight, i) =>
			move(`m${i}`, `p${i}`, 'meta', 'acme', weight === undefined ? {} : { weight })
		);
		const { graph } = flowOf(moves);
		for (const mark of [...graph.nodes, ...graph.links]) {
			expect(mark.value).toBe(value);
			expect(mark.people).toBe(people);
			expect(mark.moves).toEqual(moves.map((m) => m.id));
		}
	});

	it(`counts each person once per node and link, and names the first ${NAMED_PEOPLE_IN_LABEL} in the order of their moves`, () => {
		const people = ['ann', 'bob', 'cy', 'di', 'ed', 'flo', 'gus'];
		const moves = [
			move('again', 'ann', 'meta', 'acme'),
			...people.map((p) => move(`m-${p}`, p, 'meta', 'acme')),
			move('elsewhere', 'bob', 'meta', 'google')
		];
		const { graph } = flowOf(moves);
		const from = graph.nodes.find((n) => n.id === 'from:meta')!;
		expect([from.value, from.people, from.firstPeople]).toEqual([
			9,
			7,
			people.slice(0, NAMED_PEOPLE_IN_LABEL)
		]);
		const toAcme = graph.links.find((l) => l.target === 'to:acme')!;
		expect([toAcme.value, toAcme.people]).toEqual([8, 7]);
		const toGoogle = graph.nodes.find((n) => n.id === 'to:google')!;
		expect([toGoogle.value, toGoogle.people, toGoogle.firstPeople]).toEqual([1, 1, ['bob']]);
	});

	it('draws a return to a past employer without a cycle: origins and destinations are separate nodes', () => {
		const { graph } = flowOf([move('m1', 'ann', 'meta', 'google'), move('m2', 'ann', 'google', 'meta')]);
		expect(graph.nodes.map((n) => n.id).sort()).toEqual(['from:google', 'from:meta', 'to:google', 'to:meta']);
		const stage = new Map(graph.nodes.map((n) => [n.id, n.stage]));
		for (const link of graph.links) expect([stage.get(link.source), stage.get(link.target)]).toEqual([0, 1]);
	});

	const NAMED = NAMED_RANGE.default;
	const NAME_ALL_UP_TO = NAMED + OTHER_AT_LEAST - 1;

	it(`names every organization when there are at most ${NAME_ALL_UP_TO}: "Other" would group fewer than ${OTHER_AT_LEAST}`, () => {
		const counts = Object.fromEntries(Object.entries(ranked).slice(0, NAME_ALL_UP_TO - 1));
		const flow = flowOf(spokes(counts));
		expect([flow.organizations, flow.hiddenOrganizations]).toEqual([NAME_ALL_UP_TO, 0]);
		expect(flow.graph.nodes.map((n) => n.organization)).toEqual(['hub', ...Object.keys(counts)]);
	});

	it(`beyond ${NAME_ALL_UP_TO} organizations, names the ${NAMED} busiest and groups the rest as "Other"`, () => {
		const flow = flowOf(spokes(ranked));
		const named = ['hub', ...Object.keys(ranked).slice(0, NAMED - 1)];
		expect(flow.graph.nodes.map((n) => n.organization)).toEqual([...named, OTHER]);
		expect([flow.organizations, flow.hiddenOrganizations]).toEqual([20, 20 - NAMED]);
		const other = flow.graph.nodes.find((n) => n.organization === OTHER)!;
		// o12 to o19: 8 + 7 + … + 1 moves.
		expect(other).toMatchObject({ id: 'to:_other', stage: 1, kind: 'unknown', value: 36, people: 36 });
		expect(flow.graph.links.find((l) => l.target === 'to:_other')!.value).toBe(36);
	});

	it.each([
		{ named: 5, shown: 5, hidden: 15 },
		{ named: 8, shown: 8, hidden: 12 },
		{ named: 15, shown: 15, hidden: 5 },
		// 16 named would leave 4 to "Other": all 20 are named.
		{ named: 16, shown: 20, hidden: 0 },
		{ named: 30, shown: 20, hidden: 0 }
	])(
		'names the $named busiest of 20 organizations when asked (?named=$named): $shown named, $hidden in "Other"',
		({ named, shown, hidden }) => {
			const flow = flowOf(spokes(ranked), { named });
			const organizations = new Set(flow.graph.nodes.map((n) => n.organization));
			expect(organizations.has(OTHER)).toBe(hidden > 0);
			organizations.delete(OTHER);
			expect([...organizations]).toEqual(['hub', ...Object.keys(ranked)].slice(0, shown));
			expect(flow.hiddenOrganizations).toBe(hidden);
		}
	);

	it('names every organization it named before when asked to name more', () => {
		const named = (n: number) =>
			new Set(flowOf(spokes(ranked), { named: n }).graph.nodes.map((node) => node.organization));
		for (let n = NAMED_RANGE.min; n < NAMED_RANGE.max; n++)
			for (const organization of named(n))
				if (organization !== OTHER) expect(named(n + 1)).toContain(organization);
	});

	it('ranks organizations of as many moves by id, so that the same ones are named under every filter', () => {
		const even = Object.fromEntries(Object.keys(ranked).map((id) => [id, 1]));
		const flow = flowOf(spokes(even));
		expect(flow.graph.nodes.map((n) => n.organization)).toEqual([
			'hub',
			...Object.keys(even).slice(0, NAMED - 1),
			OTHER
		]);
	});

	it('leaves out moves between two organizations grouped as "Other", and counts them (by weight) apart', () => {
		const moves = [
			...spokes(ranked),
			move('x1', 'xa', 'o18', 'o19', { weight: 3 }),
			move('x2', 'xb', 'o19', 'o18'),
			move('x3', 'xc', 'o19', 'o01')
		];
		const flow = flowOf(moves);
		expect(flow.otherToOther).toBe(4);
		expect(flow.graph.nodes.map((n) => n.id)).toContain('from:_other');
		expect(
			flow.graph.links.filter((l) => l.source === 'from:_other').map((l) => [l.target, l.moves])
		).toEqual([['to:o01', ['x3']]]);
		const drawn = flow.graph.links.reduce((sum, l) => sum + l.value, 0);
		expect(drawn + flow.otherToOther).toBe(190 + 3 + 1 + 1);
	});

	it('always names a chosen organization that has moves, however few', () => {
		const flow = flowOf(spokes(ranked), { companies: ['hub', 'o19'] });
		expect(flow.graph.nodes.map((n) => n.id)).toContain('to:o19');
		expect(flow.hiddenOrganizations).toBe(20 - NAMED - 1);
		expect(flow.graph.nodes.find((n) => n.id === 'to:_other')!.value).toBe(36 - 1);
	});

	it('draws no node for a chosen organization with no move among those shown', () => {
		const d = dataset(spokes(ranked));
		d.organizations.push({ id: 'ghost', name: 'Ghost', kind: 'big-tech', evidence: fromImport });
		const flow = viewsOf(d, { companies: ['hub', 'ghost'] }).flow;
		expect(flow.graph.nodes.map((n) => n.organization)).not.toContain('ghost');
		expect(flow.hiddenOrganizations).toBe(20 - NAMED);
	});

	it('does not mutate its input', () => {
		const d = dataset([...spokes(ranked), move('x1', 'xa', 'o18', 'o19', { weight: 3 })]);
		const store = buildStore(d);
		const rows = selectRows(store, compileSelection(store, { ...DEFAULT_VIEW, later: true }));
		const before = { dataset: structuredClone(d), store: structuredClone(store), rows: rows.slice() };
		flowView(store, rows, { chosen: [store.organizationNumber.get('o19')!] });
		expect({ dataset: d, store, rows }).toEqual(before);
	});
});
