import { describe, expect, it } from 'vitest';
import type { FlowGraph, FlowLink, FlowNode } from '../../../src/lib/transforms/flowGraph';
import { drawableLinks, layoutFlows } from '../../../src/lib/transforms/flowLayout';

const node = (id: string, stage: 0 | 1 | 2): FlowNode => ({ id, stage, moves: [] });
const link = (source: string, target: string, value = 1): FlowLink => ({
	id: `${source}→${target}`,
	source,
	target,
	value,
	moves: [`${source}-${target}`],
	certainty: 'stated',
	basis: 'article'
});
const size = { width: 400, height: 200 };

const chain: FlowGraph = {
	nodes: [node('a', 0), node('b', 1), node('c', 2)],
	links: [link('a', 'b', 2), link('b', 'c', 2)]
};

describe('layoutFlows', () => {
	it('lays a chain out in columns by stage, inside the frame, with no problems', () => {
		const layout = layoutFlows(chain, size);
		expect(layout.problems).toEqual([]);
		expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
		const [a, b, c] = layout.nodes;
		expect(a!.x0).toBe(0);
		expect(b!.x0).toBeGreaterThan(a!.x1);
		expect(c!.x1).toBeCloseTo(400);
		for (const n of layout.nodes) {
			expect(n.y0).toBeGreaterThanOrEqual(0);
			expect(n.y1).toBeLessThanOrEqual(200);
		}
		for (const l of layout.links) {
			expect(l.path).toMatch(/^M[\d.,-]+C[\d.,-]+$/);
			expect(Number.isFinite(l.width)).toBe(true);
		}
	});

	it('gives the same layout for the same graph at the same size, and a new one at another size', () => {
		const graph: FlowGraph = { nodes: [...chain.nodes], links: [...chain.links] };
		const first = layoutFlows(graph, { width: 400, height: 200 });
		expect(layoutFlows(graph, { width: 400, height: 200 })).toBe(first);
		const wider = layoutFlows(graph, { width: 600, height: 200 });
		expect(wider).not.toBe(first);
		expect(wider.nodes[2]!.x1).toBeCloseTo(600);
	});

	it('shares each node’s and link’s list of moves with the graph, and leaves the graph as it was', () => {
		const graph: FlowGraph = {
			nodes: [
				{ ...node('a', 0), moves: ['m1'] },
				{ ...node('b', 1), moves: ['m1'] }
			],
			links: [{ ...link('a', 'b'), moves: ['m1'] }]
		};
		const before = structuredClone(graph);
		const layout = layoutFlows(graph, size);
		expect(layout.nodes[0]!.moves).toBe(graph.nodes[0]!.moves);
		expect(layout.links[0]!.moves).toBe(graph.links[0]!.moves);
		expect(graph).toEqual(before);
	});

	it('places a two-stage graph in its own stages', () => {
		const layout = layoutFlows({ nodes: [node('a', 0), node('b', 1)], links: [link('a', 'b')] }, size);
		expect(layout.nodes.map((n) => n.x0)).toEqual([0, 400 - 12]);
	});

	it.each([
		{ name: 'no nodes and no links', graph: { nodes: [], links: [] } },
		{ name: 'nodes but no links', graph: { nodes: [node('a', 0), node('b', 1)], links: [] } }
	])('reports an empty graph, without throwing: $name', ({ graph }) => {
		expect(layoutFlows(graph, size)).toEqual({ nodes: [], links: [], problems: [{ kind: 'empty' }] });
	});

	it.each([{ value: 0 }, { value: -2 }, { value: Number.NaN }, { value: Number.POSITIVE_INFINITY }])(
		'leaves out a link of value $value, says so, and draws the rest',
		({ value }) => {
			const graph = { nodes: chain.nodes, links: [link('a', 'b', 2), link('b', 'c', value)] };
			const layout = layoutFlows(graph, size);
			expect(layout.problems).toEqual([{ kind: 'not-positive', link: 'b→c', value }]);
			expect(layout.links.map((l) => l.id)).toEqual(['a→b']);
			for (const n of layout.nodes) expect(Number.isFinite(n.y0) && Number.isFinite(n.y1)).toBe(true);
		}
	);

	it('leaves out a link to an unknown node and says which', () => {
		const layout = layoutFlows({ nodes: chain.nodes, links: [...chain.links, link('c', 'zz')] }, size);
		expect(layout.problems).toEqual([{ kind: 'unknown-node', link: 'c→zz', node: 'zz' }]);
		expect(layout.links).toHaveLength(2);
	});

	it('breaks a cycle (a person who returns) instead of throwing "circular link"', () => {
		const graph: FlowGraph = {
			nodes: [node('a', 0), node('b', 1)],
			links: [link('a', 'b'), link('b', 'a')]
		};
		const layout = layoutFlows(graph, size);
		expect(layout.problems).toEqual([{ kind: 'cycle', link: 'b→a' }]);
		expect(layout.links.map((l) => l.id)).toEqual(['a→b']);
	});

	it('reports a self-loop as a cycle', () => {
		const layout = layoutFlows(
			{ nodes: [node('a', 0), node('b', 1)], links: [link('a', 'b'), link('a', 'a')] },
			size
		);
		expect(layout.problems).toEqual([{ kind: 'cycle', link: 'a→a' }]);
	});

	it('survives a frame of no size', () => {
		const layout = layoutFlows(chain, { width: 0, height: 0 });
		for (const n of layout.nodes) expect([n.x0, n.x1, n.y0, n.y1].every(Number.isFinite)).toBe(true);
	});

	it('does not mutate its input (d3-sankey writes into what it is given)', () => {
		const graph = structuredClone(chain);
		layoutFlows(graph, size);
		expect(graph).toEqual(chain);
	});
});

describe('drawableLinks', () => {
	it('keeps every link of an acyclic graph', () => {
		expect(drawableLinks(chain)).toEqual({ links: chain.links, problems: [] });
	});

	it('drops only the back edge of a longer cycle', () => {
		const graph: FlowGraph = {
			nodes: [node('a', 0), node('b', 1), node('c', 2)],
			links: [link('a', 'b'), link('b', 'c'), link('c', 'a')]
		};
		expect(drawableLinks(graph).problems).toEqual([{ kind: 'cycle', link: 'c→a' }]);
	});
});
