import { describe, expect, it } from 'vitest';
import type { Move, Organization } from '../../../src/lib/schema/dataset';
import type { Evidence } from '../../../src/lib/schema/evidence';
import { buildFlowGraph, topOrganizations } from '../../../src/lib/transforms/flowGraph';

const fromArticle: Evidence[] = [{ basis: 'article', source: 'a', sentence: 'p1.s1', quote: 'words' }];
const fromLater: Evidence[] = [
	{ basis: 'later-reporting', source: 'b', claim: 'a claim', confidence: 'medium' }
];

function org(id: string, kind: Organization['kind']): Organization {
	return { id, name: id.toUpperCase(), kind, evidence: fromArticle };
}
const organizations = new Map(
	[
		org('meta', 'big-tech'),
		org('google', 'big-tech'),
		org('acme', 'ai-startup'),
		org('hidden', 'undisclosed')
	].map((o) => [o.id, o])
);

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

describe('buildFlowGraph', () => {
	it('builds nothing from no moves', () => {
		expect(buildFlowGraph([], organizations)).toEqual({ nodes: [], links: [] });
	});

	it('runs a move from its origin through the kind of its destination to the destination', () => {
		const graph = buildFlowGraph([move('m1', 'ann', 'meta', 'acme')], organizations);
		expect(graph.nodes.map((n) => [n.id, n.stage])).toEqual([
			['from:meta', 0],
			['kind:ai-startup', 1],
			['to:acme', 2]
		]);
		expect(graph.links.map((l) => [l.source, l.target, l.value, l.moves])).toEqual([
			['from:meta', 'kind:ai-startup', 1, ['m1']],
			['kind:ai-startup', 'to:acme', 1, ['m1']]
		]);
	});

	it('ends an undisclosed destination at its kind, with no second "not disclosed" node', () => {
		const graph = buildFlowGraph(
			[
				move('m1', 'ann', 'meta', 'hidden', { certainty: 'undisclosed' }),
				move('m2', 'bob', 'meta', 'hidden', { certainty: 'undisclosed' })
			],
			organizations
		);
		expect(graph.nodes.map((n) => n.id)).toEqual(['from:meta', 'kind:undisclosed']);
		expect(graph.links).toEqual([
			expect.objectContaining({
				source: 'from:meta',
				target: 'kind:undisclosed',
				value: 2,
				certainty: 'undisclosed'
			})
		]);
	});

	it('keeps stated, undisclosed and later-reporting flows apart, so each is drawn its own way', () => {
		const graph = buildFlowGraph(
			[move('m1', 'ann', 'meta', 'acme'), move('m2', 'bob', 'meta', 'acme', { evidence: fromLater })],
			organizations
		);
		expect(graph.links.filter((l) => l.target === 'kind:ai-startup').map((l) => [l.basis, l.value])).toEqual([
			['article', 1],
			['later-reporting', 1]
		]);
	});

	it('draws a return to a past employer without a cycle: origins and destinations are separate nodes', () => {
		const graph = buildFlowGraph(
			[move('m1', 'ann', 'meta', 'google'), move('m2', 'ann', 'google', 'meta')],
			organizations
		);
		const ids = graph.nodes.map((n) => n.id).sort();
		expect(ids).toEqual(['from:google', 'from:meta', 'kind:big-tech', 'to:google', 'to:meta']);
		for (const link of graph.links)
			expect(graph.nodes.find((n) => n.id === link.source)!.stage).toBeLessThan(
				graph.nodes.find((n) => n.id === link.target)!.stage
			);
	});

	it('puts a destination of unknown kind under "unknown" when other kinds are known', () => {
		const graph = buildFlowGraph(
			[move('m1', 'ann', 'meta', 'nowhere'), move('m2', 'bob', 'meta', 'acme')],
			organizations
		);
		expect(graph.nodes.map((n) => n.id)).toContain('kind:unknown');
	});

	it('runs origin straight to destination when no destination’s kind is known (most imported files)', () => {
		const graph = buildFlowGraph([move('m1', 'ann', 'meta', 'nowhere')], organizations);
		expect(graph.nodes.map((n) => n.id)).toEqual(['from:meta', 'to:nowhere']);
	});

	it('groups the organizations it is not asked to show as "Other"', () => {
		const moves = [
			move('m1', 'ann', 'meta', 'acme'),
			move('m2', 'bob', 'google', 'acme'),
			move('m3', 'cy', 'meta', 'google')
		];
		const graph = buildFlowGraph(moves, organizations, { shown: new Set(['meta', 'acme']) });
		expect(graph.nodes.map((n) => n.id).sort()).toEqual([
			'from:_other',
			'from:meta',
			'kind:ai-startup',
			'kind:big-tech',
			'to:_other',
			'to:acme'
		]);
		expect(graph.links.reduce((sum, l) => sum + (l.source.startsWith('from:') ? l.value : 0), 0)).toBe(3);
	});

	it('does not mutate its input', () => {
		const moves = [move('m1', 'ann', 'meta', 'acme')];
		const copy = structuredClone(moves);
		buildFlowGraph(moves, organizations);
		expect(moves).toEqual(copy);
	});
});

describe('topOrganizations', () => {
	it.each([
		{ count: 0, expected: [] },
		{ count: 1, expected: ['meta'] },
		{ count: 2, expected: ['acme', 'meta'] },
		{ count: 10, expected: ['acme', 'google', 'meta'] }
	])('keeps the $count busiest organizations', ({ count, expected }) => {
		const moves = [
			move('m1', 'a', 'meta', 'acme'),
			move('m2', 'b', 'meta', 'google'),
			move('m3', 'c', 'meta', 'acme')
		];
		expect([...topOrganizations(moves, count)].sort()).toEqual(expected);
	});
});
