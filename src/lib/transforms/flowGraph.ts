import type { Move, Organization, OrganizationKind } from '../schema/dataset';
import type { Certainty } from '../schema/evidence';
import { basisOf, type FactBasis } from './facts';

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

export interface FlowGraph {
	nodes: FlowNode[];
	links: FlowLink[];
}

/**
 * Turns moves into a three-stage flow graph: origin → kind of destination → destination.
 * Origins and destinations are separate nodes, so a person returning to a past employer does not
 * make a cycle. An undisclosed destination ends at its kind: "not disclosed" needs no second node.
 */
export function buildFlowGraph(
	moves: readonly Move[],
	organizations: ReadonlyMap<string, Organization>
): FlowGraph {
	const nodes = new Map<string, FlowNode>();
	const links = new Map<string, FlowLink>();

	const node = (id: string, stage: FlowStage, extra: Partial<FlowNode>, move: string) => {
		const existing = nodes.get(id) ?? { id, stage, moves: [], ...extra };
		existing.moves.push(move);
		nodes.set(id, existing);
		return existing.id;
	};
	const link = (source: string, target: string, move: Move, basis: FactBasis) => {
		const id = `${source}→${target}|${move.certainty}|${basis}`;
		const existing = links.get(id) ?? {
			id,
			source,
			target,
			value: 0,
			moves: [],
			certainty: move.certainty,
			basis
		};
		existing.value += 1;
		existing.moves.push(move.id);
		links.set(id, existing);
	};

	for (const move of moves) {
		const destination = organizations.get(move.to);
		const kind: OrganizationKind = destination?.kind ?? 'unknown';
		const basis = basisOf(move.evidence);
		const from = node(`from:${move.from}`, 0, { organization: move.from }, move.id);
		const middle = node(`kind:${kind}`, 1, { kind }, move.id);
		link(from, middle, move, basis);
		if (kind === 'undisclosed') continue;
		const to = node(`to:${move.to}`, 2, { organization: move.to }, move.id);
		link(middle, to, move, basis);
	}
	return { nodes: [...nodes.values()], links: [...links.values()] };
}
