import type { OrganizationKind } from '../../schema/dataset';
import type { Certainty, Evidence } from '../../schema/evidence';
import { BASES, CERTAINTIES, KINDS, type MoveStore } from '../store';
import { NAMED_RANGE, OTHER_AT_LEAST } from './flowNaming';

/** The columns of the flow diagram: where people left (0) and where they went (1). */
export type FlowStage = 0 | 1;

export interface FlowNode {
	/** Unique per column: `from:meta`, `to:yutori`. */
	id: string;
	stage: FlowStage;
	/** The organization the node stands for (`OTHER` for the rest grouped). */
	organization: string;
	/** The kind of organization, drawn by colour and pattern rather than by a column of its own. */
	kind: OrganizationKind;
	/** The moves through the node, by id (named when first read). */
	readonly moves: string[];
	/** How many moves it carries (weights summed) and how many distinct people. */
	value: number;
	people: number;
	/** The first few people it carries, by id, in the order of its moves. */
	firstPeople: string[];
}

export interface FlowLink {
	id: string;
	source: string;
	target: string;
	/** How many moves the link carries (weights summed). */
	value: number;
	/** The moves it carries, by id (named when first read). */
	readonly moves: string[];
	people: number;
	firstPeople: string[];
	/** Links are split by certainty and basis, so each can be drawn its own way. */
	certainty: Certainty;
	basis: Evidence['basis'];
}

export interface FlowGraph {
	nodes: FlowNode[];
	links: FlowLink[];
}

/** The organization id that stands for every organization outside the ones named. */
export const OTHER = '_other';

/** A flow label names this many of the people a flow carries. */
export const NAMED_PEOPLE_IN_LABEL = 5;

export interface FlowView {
	graph: FlowGraph;
	/** How many organizations the moves drawn leave or join, named or not. */
	organizations: number;
	/** How many organizations "Other" stands for. */
	hiddenOrganizations: number;
	/**
	 * Moves between two organizations that are both in "Other": left out of the drawing (they
	 * would be its widest band and say nothing), and said in a note.
	 */
	otherToOther: number;
}

/**
 * The flow graph of the rows a selection keeps: one node per origin and one per destination (a
 * return to a past employer then makes no cycle), links split by certainty and basis, every count
 * a sum of weights. The `named` busiest organizations are named (`NAMED_RANGE`), chosen ones
 * always, the rest grouped as "Other", unless fewer than `OTHER_AT_LEAST` would be left to group.
 */
export function flowView(
	store: MoveStore,
	rows: Int32Array,
	options: { named?: number; chosen?: readonly number[] } = {}
): FlowView {
	const { from, to, person, weight, certainty, basis, organizationIds } = store;
	const totals = new Float64Array(organizationIds.length);
	for (const row of rows) {
		totals[from[row]!]! += weight[row]!;
		if (to[row] !== from[row]) totals[to[row]!]! += weight[row]!;
	}
	const involved: number[] = [];
	totals.forEach((total, k) => {
		if (total > 0) involved.push(k);
	});
	const named = new Uint8Array(organizationIds.length);
	const limit = options.named ?? NAMED_RANGE.default;
	if (involved.length < limit + OTHER_AT_LEAST) for (const k of involved) named[k] = 1;
	else {
		// Most moves first, then by id, so that the order is stable across filters.
		involved.sort((a, b) => totals[b]! - totals[a]! || (organizationIds[a]! < organizationIds[b]! ? -1 : 1));
		for (const k of involved.slice(0, limit)) named[k] = 1;
		for (const k of options.chosen ?? []) if (k >= 0 && totals[k]! > 0) named[k] = 1;
	}
	let namedCount = 0;
	for (const k of involved) namedCount += named[k]!;

	// Each node and link is numbered as it is made; its rows are listed by number, so that people
	// are counted once the graph is made, without a lookup per row.
	const otherSlot = organizationIds.length;
	const nodeAt = [new Int32Array(otherSlot + 1).fill(-1), new Int32Array(otherSlot + 1).fill(-1)];
	const marks: (FlowNode | FlowLink)[] = [];
	const rowsOf: number[][] = [];
	const nodes: FlowNode[] = [];
	const nodeOf = (stage: FlowStage, k: number): number => {
		const slot = named[k] === 1 ? k : otherSlot;
		let at = nodeAt[stage]![slot]!;
		if (at < 0) {
			const organization = slot === otherSlot ? OTHER : organizationIds[k]!;
			const node: FlowNode = {
				id: `${stage === 0 ? 'from' : 'to'}:${organization}`,
				stage,
				organization,
				kind: slot === otherSlot ? 'unknown' : KINDS[store.kind[k]!]!,
				moves: [],
				value: 0,
				people: 0,
				firstPeople: []
			};
			nodeAt[stage]![slot] = at = marks.push(node) - 1;
			rowsOf.push([]);
			nodes.push(node);
		}
		return at;
	};
	const links: FlowLink[] = [];
	const linkAt = new Map<number, number>();
	const slots = otherSlot + 1;
	let otherToOther = 0;
	const moves = store.dataset.moves;
	const add = (at: number, row: number) => {
		marks[at]!.value += weight[row]!;
		rowsOf[at]!.push(row);
	};
	for (const row of rows) {
		const a = named[from[row]!] === 1 ? from[row]! : otherSlot;
		const b = named[to[row]!] === 1 ? to[row]! : otherSlot;
		if (a === otherSlot && b === otherSlot) {
			otherToOther += weight[row]!;
			continue;
		}
		const source = nodeOf(0, from[row]!);
		const target = nodeOf(1, to[row]!);
		const key = ((a * slots + b) * 4 + certainty[row]!) * 4 + basis[row]!;
		let at = linkAt.get(key);
		if (at === undefined) {
			const c = CERTAINTIES[certainty[row]!]!;
			const e = BASES[basis[row]!]!;
			const link: FlowLink = {
				id: `${marks[source]!.id}→${marks[target]!.id}|${c}|${e}`,
				source: marks[source]!.id,
				target: marks[target]!.id,
				value: 0,
				moves: [],
				people: 0,
				firstPeople: [],
				certainty: c,
				basis: e
			};
			linkAt.set(key, (at = marks.push(link) - 1));
			rowsOf.push([]);
			links.push(link);
		}
		add(source, row);
		add(target, row);
		add(at, row);
	}
	// The ids of each mark's moves are named only when asked for (a pointer on it, a test): a graph
	// of 100,000 moves is redrawn at each filter, and most of its marks are never pointed at.
	marks.forEach((mark, at) => {
		let ids: string[] | undefined;
		Object.defineProperty(mark, 'moves', {
			enumerable: true,
			get: () => (ids ??= rowsOf[at]!.map((row) => moves[row]!.id))
		});
	});
	// People counted by number, one stamp per node or link: no set of names per flow.
	const seen = new Int32Array(store.personIds.length);
	marks.forEach((mark, at) => {
		const stamp = at + 1;
		for (const row of rowsOf[at]!) {
			const p = person[row]!;
			if (seen[p] === stamp) continue;
			seen[p] = stamp;
			mark.people++;
			if (mark.firstPeople.length < NAMED_PEOPLE_IN_LABEL) mark.firstPeople.push(store.personIds[p]!);
		}
	});
	return {
		graph: { nodes, links },
		organizations: involved.length,
		hiddenOrganizations: involved.length - namedCount,
		otherToOther
	};
}
