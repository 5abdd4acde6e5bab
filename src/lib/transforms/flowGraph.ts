import type { Move, Organization, OrganizationKind } from '../schema/dataset';
import type { Certainty } from '../schema/evidence';
import { basisOf, type FactBasis } from './facts';
import { partOf } from './filter';
import { remember } from './remember';
import { compareIds } from './compareIds';

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
			.sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
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
	const part = partOf(moves);
	if (part) return flowGraphOfPart(part.whole, part.moves, organizations);
	const named = topOrganizations(moves, NAMED_ORGANIZATIONS);
	const involved = new Set<string>();
	for (const m of moves) involved.add(m.from).add(m.to);
	return {
		graph: buildFlowGraph(moves, organizations, { shown: named }),
		hiddenOrganizations: involved.size - named.size
	};
});

const BASES: readonly FactBasis[] = ['article', 'later-reporting', 'import', 'aggregate'];
const CERTAINTIES: readonly Certainty[] = ['stated', 'implied', 'undisclosed'];
const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
	'big-tech',
	'ai-startup',
	'unnamed-startup',
	'undisclosed',
	'unknown'
];

/**
 * Each move of a whole list as numbers, found once per list: its organizations (numbered in the
 * order the list first names them), its destination's kind, its certainty and its basis.
 */
export const movesAsNumbers = remember(function movesAsNumbers(
	moves: readonly Move[],
	organizations: ReadonlyMap<string, Organization>
) {
	const ids: string[] = [];
	const numberOf = new Map<string, number>();
	const number = (id: string) => {
		let n = numberOf.get(id);
		if (n === undefined) numberOf.set(id, (n = ids.push(id) - 1));
		return n;
	};
	const from = new Int32Array(moves.length);
	const to = new Int32Array(moves.length);
	const certainty = new Uint8Array(moves.length);
	const basis = new Uint8Array(moves.length);
	const person = new Int32Array(moves.length);
	const personNumbers = new Map<string, number>();
	moves.forEach((m, i) => {
		let p = personNumbers.get(m.person);
		if (p === undefined) personNumbers.set(m.person, (p = personNumbers.size));
		person[i] = p;
		from[i] = number(m.from);
		to[i] = number(m.to);
		certainty[i] = CERTAINTIES.indexOf(m.certainty);
		basis[i] = BASES.indexOf(basisOf(m.evidence));
	});
	const kind = Uint8Array.from(ids, (id) =>
		ORGANIZATION_KINDS.indexOf(organizations.get(id)?.kind ?? 'unknown')
	);
	return { ids, from, to, certainty, basis, kind, person, people: personNumbers.size };
});

/** How many people a node or link carries, and the first few of them (ids), in the order of its moves. */
export interface PeopleCarried {
	count: number;
	first: string[];
}

/** A flow label names this many of the people a flow carries. */
export const NAMED_PEOPLE_IN_LABEL = 5;

const carriedByGraph = new WeakMap<FlowGraph, Map<string, PeopleCarried>>();

/**
 * The people each node and link of a graph made for a filter's part carries, counted as the graph
 * was made (by person number, not by name); undefined for other graphs.
 */
export function peopleCarried(graph: FlowGraph): ReadonlyMap<string, PeopleCarried> | undefined {
	return carriedByGraph.get(graph);
}

/**
 * `storyFlowGraph` for a filter's part of a list of moves, worked out with numbers from the
 * whole list's (see `movesAsNumbers`): the same graph, node for node and link for link, in the same
 * order, without a lookup by name per move. A filter of 100,000 moves must answer within a frame.
 */
function flowGraphOfPart(
	whole: readonly Move[],
	places: Int32Array,
	organizations: ReadonlyMap<string, Organization>
): { graph: FlowGraph; hiddenOrganizations: number } {
	const numbers = movesAsNumbers(whole, organizations);
	const { ids, from, to } = numbers;
	const unknownKind = ORGANIZATION_KINDS.indexOf('unknown');
	// The busiest organizations, as `topOrganizations` chooses them: most moves, then by id.
	const totals = new Int32Array(ids.length);
	let byKind = false;
	for (const i of places) {
		totals[from[i]!]!++;
		totals[to[i]!]!++;
		if (numbers.kind[to[i]!] !== unknownKind) byKind = true;
	}
	const involved: number[] = [];
	totals.forEach((total, n) => {
		if (total > 0) involved.push(n);
	});
	involved.sort((a, b) => totals[b]! - totals[a]! || compareIds(ids[a]!, ids[b]!));
	const shown = new Uint8Array(ids.length);
	for (const n of involved.slice(0, NAMED_ORGANIZATIONS)) shown[n] = 1;

	const nodes: FlowNode[] = [];
	const origins: (FlowNode | undefined)[] = [];
	const destinations: (FlowNode | undefined)[] = [];
	const kinds: (FlowNode | undefined)[] = [];
	const OTHER_SLOT = ids.length;
	// The places of each node's and link's moves, to count their people once the graph is made.
	const placesOf = new Map<string, number[]>();
	const placed = (id: string, at: number) => {
		const list = placesOf.get(id);
		if (list) list.push(at);
		else placesOf.set(id, [at]);
	};
	const organizationNode = (
		slots: (FlowNode | undefined)[],
		stage: 0 | 2,
		n: number,
		move: string
	): FlowNode => {
		const slot = shown[n] === 1 ? n : OTHER_SLOT;
		let node = slots[slot];
		if (!node) {
			const organization = slot === OTHER_SLOT ? OTHER : ids[n]!;
			node = { id: `${stage === 0 ? 'from' : 'to'}:${organization}`, stage, moves: [], organization };
			slots[slot] = node;
			nodes.push(node);
		}
		node.moves.push(move);
		return node;
	};
	const kindNode = (k: number, move: string): FlowNode => {
		let node = kinds[k];
		if (!node) {
			const kind = ORGANIZATION_KINDS[k]!;
			node = { id: `kind:${kind}`, stage: 1, moves: [], kind };
			kinds[k] = node;
			nodes.push(node);
		}
		node.moves.push(move);
		return node;
	};
	const links: FlowLink[] = [];
	const linkOf = new Map<number, FlowLink>();
	const nodeNumber = new Map<FlowNode, number>();
	const numberOfNode = (node: FlowNode) => {
		let n = nodeNumber.get(node);
		if (n === undefined) nodeNumber.set(node, (n = nodeNumber.size));
		return n;
	};
	const link = (source: FlowNode, target: FlowNode, c: number, b: number, move: string) => {
		const key = ((numberOfNode(source) * 1024 + numberOfNode(target)) * 4 + c) * 4 + b;
		let found = linkOf.get(key);
		if (!found) {
			const certainty = CERTAINTIES[c]!;
			const basis = BASES[b]!;
			found = {
				id: `${source.id}→${target.id}|${certainty}|${basis}`,
				source: source.id,
				target: target.id,
				value: 0,
				moves: [],
				certainty,
				basis
			};
			linkOf.set(key, found);
			links.push(found);
		}
		found.value += 1;
		found.moves.push(move);
		return found;
	};

	for (const i of places) {
		const move = whole[i]!.id;
		const c = numbers.certainty[i]!;
		const b = numbers.basis[i]!;
		const origin = organizationNode(origins, 0, from[i]!, move);
		placed(origin.id, i);
		if (!byKind) {
			const destination = organizationNode(destinations, 2, to[i]!, move);
			placed(destination.id, i);
			placed(link(origin, destination, c, b, move).id, i);
			continue;
		}
		const k = numbers.kind[to[i]!]!;
		const middle = kindNode(k, move);
		placed(middle.id, i);
		placed(link(origin, middle, c, b, move).id, i);
		if (ORGANIZATION_KINDS[k] === 'undisclosed') continue;
		const destination = organizationNode(destinations, 2, to[i]!, move);
		placed(destination.id, i);
		placed(link(middle, destination, c, b, move).id, i);
	}

	// People counted by marking their numbers, one mark per node or link.
	const carried = new Map<string, PeopleCarried>();
	const seenIn = new Int32Array(numbers.people);
	let mark = 0;
	for (const [id, list] of placesOf) {
		mark++;
		let count = 0;
		const first: string[] = [];
		for (const at of list) {
			const p = numbers.person[at]!;
			if (seenIn[p] === mark) continue;
			seenIn[p] = mark;
			count++;
			if (first.length < NAMED_PEOPLE_IN_LABEL) first.push(whole[at]!.person);
		}
		carried.set(id, { count, first });
	}
	const graph = { nodes, links };
	carriedByGraph.set(graph, carried);
	const named = Math.min(NAMED_ORGANIZATIONS, involved.length);
	return { graph, hiddenOrganizations: involved.length - named };
}
