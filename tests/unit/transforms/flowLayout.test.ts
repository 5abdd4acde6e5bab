import { describe, expect, it } from 'vitest';
import {
	OTHER,
	type FlowGraph,
	type FlowLink,
	type FlowNode,
	type FlowStage
} from '../../../src/lib/core/views/flow';
import { drawableLinks, layoutFlows } from '../../../src/lib/transforms/flowLayout';

// Whether a mark is lit is a method of the view, not data: not enumerable, as the view makes it.
const notLit = <T extends object>(mark: T) =>
	Object.defineProperty(mark, 'litBy', { enumerable: false, value: () => false }) as T & {
		litBy: (lit: Uint8Array) => boolean;
	};
const node = (id: string, stage: FlowStage): FlowNode =>
	notLit({
		id,
		stage,
		organization: id,
		kind: 'unknown',
		moves: [],
		rows: new Int32Array(0),
		value: 0,
		people: 0,
		firstPeople: []
	});
const link = (source: string, target: string, value = 1): FlowLink =>
	notLit({
		id: `${source}→${target}`,
		source,
		target,
		value,
		moves: [`${source}-${target}`],
		rows: new Int32Array(1),
		people: 1,
		firstPeople: ['ann'],
		certainty: 'stated' as const,
		basis: 'article' as const
	});
const size = { width: 400, height: 200 };

/** Two origins and two destinations, as the flow view draws them. */
const chain: FlowGraph = {
	nodes: [node('a', 0), node('b', 0), node('c', 1), node('d', 1)],
	links: [link('a', 'c', 2), link('b', 'c', 2), link('b', 'd', 1)]
};

describe('layoutFlows', () => {
	it('lays origins out on the left and destinations on the right, inside the frame, with no problems', () => {
		const layout = layoutFlows(chain, size);
		expect(layout.problems).toEqual([]);
		expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
		const [a, b, c, d] = layout.nodes;
		expect([a!.x0, b!.x0]).toEqual([0, 0]);
		expect(c!.x0).toBeGreaterThan(a!.x1);
		expect([c!.x1, d!.x1]).toEqual([400, 400]);
		expect(layout.nodes.map((n) => n.value)).toEqual([2, 3, 4, 1]);
		for (const n of layout.nodes) {
			expect(n.y0).toBeGreaterThanOrEqual(0);
			expect(n.y1).toBeLessThanOrEqual(200);
		}
		for (const l of layout.links) {
			expect(l.path).toMatch(/^M[\d.,-]+C[\d.,-]+$/);
			expect(Number.isFinite(l.width)).toBe(true);
		}
	});

	it.each([{ width: 400 }, { width: 600 }])('fills a frame $width wide', ({ width }) => {
		const layout = layoutFlows(chain, { width, height: 200 });
		expect(layout.nodes.map((n) => n.x1)).toEqual([12, 12, width, width]);
	});

	it('shares each node’s and link’s list of moves and of people with the graph, and leaves the graph as it was', () => {
		const graph: FlowGraph = {
			nodes: [
				{ ...node('a', 0), moves: ['m1'], value: 1, people: 1, firstPeople: ['ann'] },
				{ ...node('b', 1), moves: ['m1'], value: 1, people: 1, firstPeople: ['ann'] }
			],
			links: [{ ...link('a', 'b'), moves: ['m1'] }]
		};
		const before = structuredClone(graph);
		const layout = layoutFlows(graph, size);
		expect(layout.nodes[0]!.moves).toBe(graph.nodes[0]!.moves);
		expect(layout.nodes[0]!.firstPeople).toBe(graph.nodes[0]!.firstPeople);
		expect(layout.links[0]!.moves).toBe(graph.links[0]!.moves);
		expect(layout.links[0]!.firstPeople).toBe(graph.links[0]!.firstPeople);
		expect(layout.nodes.map((n) => [n.organization, n.kind, n.people])).toEqual([
			['a', 'unknown', 1],
			['b', 'unknown', 1]
		]);
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
			const graph = { nodes: chain.nodes, links: [link('a', 'c', 2), link('b', 'd', value)] };
			const layout = layoutFlows(graph, size);
			expect(layout.problems).toEqual([{ kind: 'not-positive', link: 'b→d', value }]);
			expect(layout.links.map((l) => l.id)).toEqual(['a→c']);
			for (const n of layout.nodes) expect(Number.isFinite(n.y0) && Number.isFinite(n.y1)).toBe(true);
		}
	);

	it('leaves out a link to an unknown node and says which', () => {
		const layout = layoutFlows({ nodes: chain.nodes, links: [...chain.links, link('a', 'zz')] }, size);
		expect(layout.problems).toEqual([{ kind: 'unknown-node', link: 'a→zz', node: 'zz' }]);
		expect(layout.links).toHaveLength(3);
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
	it('orders each column busiest first and “Other” last, and draws the links at each node in the order of the nodes at their other ends, so that none cross where they meet it', () => {
		const other = (id: string, stage: FlowStage) => ({ ...node(id, stage), organization: OTHER });
		const origins = [node('a', 0), node('b', 0), node('c', 0), other('o1', 0)];
		const destinations = [node('x', 1), node('y', 1), node('z', 1), other('o2', 1)];
		const values: [string, string, number][] = [
			['a', 'z', 5],
			['a', 'x', 1],
			['b', 'y', 4],
			['b', 'o2', 2],
			['b', 'x', 1],
			['c', 'x', 3],
			['c', 'z', 1],
			['o1', 'y', 9],
			['o1', 'x', 2],
			['a', 'o2', 1]
		];
		const graph: FlowGraph = {
			nodes: [...destinations, ...origins],
			links: values.map(([from, to, value]) => link(from, to, value))
		};
		const layout = layoutFlows(graph, size);
		const column = (stage: number) =>
			layout.nodes
				.filter((n) => n.stage === stage)
				.sort((p, q) => p.y0 - q.y0)
				.map((n) => n.id);
		// By size, the larger of what comes in and goes out: o1 11, b 7, a 7 (a before b by id), c 4.
		expect(column(0)).toEqual(['a', 'b', 'c', 'o1']);
		expect(column(1)).toEqual(['y', 'x', 'z', 'o2']);
		const y = new Map(layout.nodes.map((n) => [n.id, n.y0]));
		// A link's path runs from its start (M x,y) to its end (the last x,y).
		const ends = (path: string) => {
			const numbers = path.match(/-?[\d.]+/g)!.map(Number);
			return { start: numbers[1]!, end: numbers.at(-1)! };
		};
		for (const n of layout.nodes) {
			const leaving = layout.links.filter((l) => l.source === n.id);
			const byStart = [...leaving].sort((p, q) => ends(p.path).start - ends(q.path).start);
			expect(byStart.map((l) => y.get(l.target))).toEqual(
				byStart.map((l) => y.get(l.target)).sort((p, q) => p! - q!)
			);
			const arriving = layout.links.filter((l) => l.target === n.id);
			const byEnd = [...arriving].sort((p, q) => ends(p.path).end - ends(q.path).end);
			expect(byEnd.map((l) => y.get(l.source))).toEqual(
				byEnd.map((l) => y.get(l.source)).sort((p, q) => p! - q!)
			);
		}
	});
});

describe('drawableLinks', () => {
	it('keeps every link of an acyclic graph', () => {
		expect(drawableLinks(chain)).toEqual({ links: chain.links, problems: [] });
	});

	it('drops only the back edge of a longer cycle', () => {
		const graph: FlowGraph = {
			nodes: [node('a', 0), node('b', 1), node('c', 1)],
			links: [link('a', 'b'), link('b', 'c'), link('c', 'a')]
		};
		expect(drawableLinks(graph).problems).toEqual([{ kind: 'cycle', link: 'c→a' }]);
	});
});
