import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import { OTHER, type FlowGraph, type FlowLink, type FlowNode } from '../core/views/flow';

/** Something the layout could not draw, as a value the chart can put into words. */
export type FlowProblem =
	| { kind: 'empty' }
	| { kind: 'unknown-node'; link: string; node: string }
	| { kind: 'not-positive'; link: string; value: number }
	| { kind: 'cycle'; link: string }
	| { kind: 'layout-failed'; message: string };

export interface PositionedNode extends FlowNode {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	value: number;
}

export interface PositionedLink extends FlowLink {
	/** The SVG path of the link's centre line; it is drawn with a stroke of `width`. */
	path: string;
	width: number;
}

export interface FlowLayout {
	nodes: PositionedNode[];
	links: PositionedLink[];
	problems: FlowProblem[];
}

export interface FlowLayoutOptions {
	width: number;
	height: number;
	nodeWidth?: number;
	nodePadding?: number;
	iterations?: number;
}

/**
 * Keeps the links d3-sankey can lay out and says why the others were left out: it throws on
 * unknown ids and cycles, and draws NaN for zero, negative or non-finite values.
 */
export function drawableLinks(graph: FlowGraph): { links: FlowLink[]; problems: FlowProblem[] } {
	const problems: FlowProblem[] = [];
	const ids = new Set(graph.nodes.map((n) => n.id));
	const kept: FlowLink[] = [];
	for (const link of graph.links) {
		const missing = [link.source, link.target].find((id) => !ids.has(id));
		if (missing !== undefined) problems.push({ kind: 'unknown-node', link: link.id, node: missing });
		else if (!(Number.isFinite(link.value) && link.value > 0))
			problems.push({ kind: 'not-positive', link: link.id, value: link.value });
		else kept.push(link);
	}
	// Drop the links that close a cycle (back edges of a depth-first search), in input order.
	const outgoing = new Map<string, FlowLink[]>();
	for (const link of kept) outgoing.set(link.source, [...(outgoing.get(link.source) ?? []), link]);
	const state = new Map<string, 'open' | 'done'>();
	const backEdges = new Set<string>();
	const visit = (id: string) => {
		state.set(id, 'open');
		for (const link of outgoing.get(id) ?? []) {
			const next = state.get(link.target);
			if (next === 'open') backEdges.add(link.id);
			else if (next === undefined) visit(link.target);
		}
		state.set(id, 'done');
	};
	for (const node of graph.nodes) if (!state.has(node.id)) visit(node.id);
	for (const id of backEdges) problems.push({ kind: 'cycle', link: id });
	return { links: kept.filter((l) => !backEdges.has(l.id)), problems };
}

/** The rank of a node that d3-sankey has linked up, which it hands to `linkSort` in place of the id. */
const end = (node: unknown) => (node as { rank: number }).rank;

/**
 * The place of each node in one order for all columns: by stage, then the busiest on top, "Other" at
 * the bottom, ties by id. Naming more organizations adds nodes without reordering those already
 * there. A node's size is d3-sankey's: the larger of what comes in and what goes out.
 */
function columnOrder(nodes: FlowNode[], links: FlowLink[]): Int32Array {
	const at = new Map(nodes.map((n, i) => [n.id, i]));
	const inflow = new Float64Array(nodes.length);
	const outflow = new Float64Array(nodes.length);
	for (const link of links) {
		outflow[at.get(link.source)!]! += link.value;
		inflow[at.get(link.target)!]! += link.value;
	}
	const size = (i: number) => Math.max(inflow[i]!, outflow[i]!);
	const other = (i: number) => Number(nodes[i]!.organization === OTHER);
	const order = nodes.map((_, i) => i);
	order.sort(
		(a, b) =>
			nodes[a]!.stage - nodes[b]!.stage ||
			other(a) - other(b) ||
			size(b) - size(a) ||
			(nodes[a]!.id < nodes[b]!.id ? -1 : 1)
	);
	const rank = new Int32Array(nodes.length);
	order.forEach((node, place) => (rank[node] = place));
	return rank;
}

/**
 * Lays a flow graph out in columns by stage. Never throws and never mutates its input: d3-sankey
 * writes into the objects it is given, so it gets copies, and what it cannot draw comes back as
 * problems beside whatever could be drawn.
 */
export function layoutFlows(graph: FlowGraph, options: FlowLayoutOptions): FlowLayout {
	const { links, problems } = drawableLinks(graph);
	const used = new Set(links.flatMap((l) => [l.source, l.target]));
	const nodes = graph.nodes.filter((n) => used.has(n.id));
	if (nodes.length === 0) return { nodes: [], links: [], problems: [{ kind: 'empty' }, ...problems] };

	// d3-sankey gets only what it reads, in objects of its own (it writes into them); each laid-out
	// node and link then reads its moves from the graph's, named only if someone asks.
	type Box = { id: string; stage: number; at: number; rank: number };
	type Band = { id: string; source: string; target: string; value: number; at: number };
	const rank = columnOrder(nodes, links);
	const layout = sankey<Box, Band>()
		.nodeId((n) => n.id)
		.nodeAlign((n, columns) => Math.min((n as Box).stage, columns - 1))
		.nodeSort((a, b) => a.rank - b.rank)
		// Each node's links in the order of the nodes at their other ends, which never change places
		// (above): d3-sankey would otherwise sort every link list again each time a node moves, most of
		// the layout's time, to find the same order.
		.linkSort((a, b) => end(a.target) - end(b.target) || end(a.source) - end(b.source))
		.nodeWidth(options.nodeWidth ?? 12)
		.nodePadding(options.nodePadding ?? 14)
		.iterations(options.iterations ?? 6)
		.extent([
			[0, 0],
			[Math.max(1, options.width), Math.max(1, options.height)]
		]);

	let result: SankeyGraph<Box, Band>;
	try {
		result = layout({
			nodes: nodes.map((n, at) => ({ id: n.id, stage: n.stage, at, rank: rank[at]! })),
			links: links.map((l, at) => ({ id: l.id, source: l.source, target: l.target, value: l.value, at }))
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { nodes: [], links: [], problems: [...problems, { kind: 'layout-failed', message }] };
	}

	// The moves and rows are read through from the graph's marks, which list them only when asked,
	// and so is whether a mark is lit, which the graph tells for all its marks at once.
	const movesOf = <T extends object>(
		positioned: T,
		original: { moves: string[]; rows: Int32Array; litBy: (lit: Uint8Array) => boolean }
	) =>
		Object.defineProperties(positioned, {
			moves: { enumerable: true, get: () => original.moves },
			rows: { enumerable: false, get: () => original.rows },
			litBy: { enumerable: false, value: original.litBy }
		}) as T & { moves: string[]; rows: Int32Array; litBy: (lit: Uint8Array) => boolean };
	const path = sankeyLinkHorizontal<Box, Band>();
	return {
		nodes: result.nodes.map((n) => {
			const original = nodes[n.at]!;
			return movesOf(
				{
					id: original.id,
					stage: original.stage,
					organization: original.organization,
					kind: original.kind,
					people: original.people,
					firstPeople: original.firstPeople,
					x0: n.x0 ?? 0,
					x1: n.x1 ?? 0,
					y0: n.y0 ?? 0,
					y1: n.y1 ?? 0,
					value: n.value ?? 0
				},
				original
			);
		}),
		links: result.links.map((l) => {
			const original = links[l.at]!;
			return movesOf(
				{
					id: original.id,
					source: original.source,
					target: original.target,
					value: original.value,
					people: original.people,
					firstPeople: original.firstPeople,
					certainty: original.certainty,
					basis: original.basis,
					path: path(l) ?? '',
					width: l.width ?? 0
				},
				original
			);
		}),
		problems
	};
}
