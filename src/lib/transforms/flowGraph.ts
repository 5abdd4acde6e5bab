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
		const kind: OrganizationKind = organizations.get(move.to)?.kind ?? 'unknown';
		const basis = basisOf(move.evidence);
		const origin = place(move.from);
		const destination = place(move.to);
		const from = node(`from:${origin}`, 0, { organization: origin }, move.id);
		if (!byKind) {
			link(from, node(`to:${destination}`, 2, { organization: destination }, move.id), move, basis);
			continue;
		}
		const middle = node(`kind:${kind}`, 1, { kind }, move.id);
		link(from, middle, move, basis);
		if (kind === 'undisclosed') continue;
		const to = node(`to:${destination}`, 2, { organization: destination }, move.id);
		link(middle, to, move, basis);
	}
	return { nodes: [...nodes.values()], links: [...links.values()] };
}

/**
 * The organizations with the most moves in or out, at most `count` of them: the ones a large
 * dataset draws by name, the rest being grouped as "Other".
 */
export function topOrganizations(moves: readonly Move[], count: number): Set<string> {
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
}
