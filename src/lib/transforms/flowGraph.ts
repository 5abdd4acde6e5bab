import type { Move, Organization, OrganizationKind } from '../schema/dataset';
import type { Certainty } from '../schema/evidence';
import { basisOf, type FactBasis } from './facts';
import { remember } from './remember';

/** The columns of the flow diagram: where people left, what kind of place they went to, and where. */
export type FlowStage = 0 | 1 | 2;

export interface FlowNode {
	/** Unique per stage: `from:meta`, `kind:ai-startup`, `to:yutori`. */
	id: string;
	stage: FlowStage;
	/** The organization a stage 0 or 2 node stands for. */
	organization?: string;
	/** The kind of destination a stage 1 node stands for. */
	kind?: OrganizationKind;
	/** The moves that pass through this node. */
	moves: string[];
}

export interface FlowLink {
	id: string;
	source: string;
	target: string;
	/** How many people (moves) the link carries. */
	value: number;
	moves: string[];
	/** Links are split by certainty and basis, so each can be drawn its own way. */
	certainty: Certainty;
	basis: FactBasis;
}

/** The organization id that stands for every organization outside the ones shown. */
export const OTHER = '_other';

export interface FlowGraphOptions {
	/** The organizations drawn by name; the rest are grouped as "Other". All, when absent. */
	shown?: ReadonlySet<string>;
}

export interface FlowGraph {
	nodes: FlowNode[];
	links: FlowLink[];
}

/**
 * Turns moves into a three-stage flow graph: origin → kind of destination → destination (or two
 * stages, origin → destination, when no destination's kind is known).
 * Origins and destinations are separate nodes, so a person returning to a past employer does not
 * make a cycle. An undisclosed destination ends at its kind: "not disclosed" needs no second node.
 */
export function buildFlowGraph(
	moves: readonly Move[],
	organizations: ReadonlyMap<string, Organization>,
	options: FlowGraphOptions = {}
): FlowGraph {
	const shown = options.shown;
	const place = (id: string) => (shown === undefined || shown.has(id) ? id : OTHER);
	// A kind column says nothing when no destination's kind is known (as in most imported files).
	const byKind = moves.some((m) => (organizations.get(m.to)?.kind ?? 'unknown') !== 'unknown');
	// Nodes and links are found through maps keyed by what they join, not by ids built per move:
	// a graph of 100,000 moves must come within a frame.
	const nodes: FlowNode[] = [];
	const nodesOfStage = [
		new Map<string, FlowNode>(),
		new Map<string, FlowNode>(),
		new Map<string, FlowNode>()
	];
	const links: FlowLink[] = [];
	const linksFrom = new Map<FlowNode, Map<FlowNode, FlowLink[]>>();

	const node = (stage: FlowStage, key: string, extra: Partial<FlowNode>, move: string) => {
		let found = nodesOfStage[stage]!.get(key);
		if (!found) {
			const prefix = stage === 0 ? 'from' : stage === 1 ? 'kind' : 'to';
			found = { id: `${prefix}:${key}`, stage, moves: [], ...extra };
			nodesOfStage[stage]!.set(key, found);
			nodes.push(found);
		}
		found.moves.push(move);
		return found;
	};
	const link = (source: FlowNode, target: FlowNode, move: Move, basis: FactBasis) => {
		let targets = linksFrom.get(source);
		if (!targets) linksFrom.set(source, (targets = new Map()));
		let between = targets.get(target);
		if (!between) targets.set(target, (between = []));
		let found = between.find((l) => l.certainty === move.certainty && l.basis === basis);
		if (!found) {
			found = {
				id: `${source.id}→${target.id}|${move.certainty}|${basis}`,
				source: source.id,
				target: target.id,
				value: 0,
				moves: [],
				certainty: move.certainty,
				basis
			};
			between.push(found);
			links.push(found);
		}
		found.value += 1;
		found.moves.push(move.id);
	};

	for (const move of moves) {
		const kind: OrganizationKind = organizations.get(move.to)?.kind ?? 'unknown';
		const basis = basisOf(move.evidence);
		const origin = place(move.from);
		const destination = place(move.to);
		const from = node(0, origin, { organization: origin }, move.id);
		if (!byKind) {
			link(from, node(2, destination, { organization: destination }, move.id), move, basis);
			continue;
		}
		const middle = node(1, kind, { kind }, move.id);
		link(from, middle, move, basis);
		if (kind === 'undisclosed') continue;
		const to = node(2, destination, { organization: destination }, move.id);
		link(middle, to, move, basis);
	}
	return { nodes, links };
}

/**
 * The organizations with the most moves in or out, at most `count` of them: the ones a large
 * dataset draws by name, the rest being grouped as "Other".
 */
export const topOrganizations = remember(function topOrganizations(
	moves: readonly Move[],
	count: number
): Set<string> {
	const totals = new Map<string, number>();
	for (const m of moves) {
		totals.set(m.from, (totals.get(m.from) ?? 0) + 1);
		totals.set(m.to, (totals.get(m.to) ?? 0) + 1);
	}
	return new Set(
		[...totals.entries()]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, count)
			.map(([id]) => id)
	);
});

/** Up to this many moves, the flow diagram names every organization. */
export const NAME_ALL_UP_TO = 60;
/** Beyond that, it names the busiest ones and groups the rest as "Other". */
export const NAMED_ORGANIZATIONS = 12;

/**
 * The flow graph the story view draws: every organization by name for a few moves; for a large
 * dataset, the 12 busiest and "Other", so that the diagram stays readable and within its budget of
 * links. Also says how many organizations "Other" stands for. Made once per list of moves.
 */
export const storyFlowGraph = remember(function storyFlowGraph(
	moves: readonly Move[],
	organizations: ReadonlyMap<string, Organization>
): { graph: FlowGraph; hiddenOrganizations: number } {
	if (moves.length <= NAME_ALL_UP_TO)
		return { graph: buildFlowGraph(moves, organizations), hiddenOrganizations: 0 };
	const named = topOrganizations(moves, NAMED_ORGANIZATIONS);
	const involved = new Set<string>();
	for (const m of moves) involved.add(m.from).add(m.to);
	return {
		graph: buildFlowGraph(moves, organizations, { shown: named }),
		hiddenOrganizations: involved.size - named.size
	};
});
