import type { OrganizationKind } from '../../schema/dataset';
import type { Certainty, Evidence } from '../../schema/evidence';
import { BASES, CERTAINTIES, KINDS, type MoveStore } from '../store';
import { NAMED_RANGE, OTHER_AT_LEAST } from './flowNaming';
import { organizationCounts } from './choices';
import { NAMED_PEOPLE_IN_LABEL, linkEntry, tallyRows } from './flowTally';
import { litMarks } from './litMarks';

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
	/** The same moves as rows of the store, ascending (listed when first read). */
	readonly rows: Int32Array;
	/** How many moves it carries (weights summed) and how many distinct people. */
	value: number;
	people: number;
	/** The first few people it carries, by id, in the order of its moves. */
	firstPeople: string[];
	/** Whether any of its moves is lit (see `LitByRows`). */
	readonly litBy: (lit: Uint8Array) => boolean;
}

export interface FlowLink {
	id: string;
	source: string;
	target: string;
	/** How many moves the link carries (weights summed). */
	value: number;
	/** The moves it carries, by id (named when first read). */
	readonly moves: string[];
	/** The same moves as rows of the store, ascending (listed when first read). */
	readonly rows: Int32Array;
	people: number;
	firstPeople: string[];
	/** Links are split by certainty and basis, so each can be drawn its own way. */
	certainty: Certainty;
	basis: Evidence['basis'];
	/** Whether any of its moves is lit (see `LitByRows`). */
	readonly litBy: (lit: Uint8Array) => boolean;
}

export interface FlowGraph {
	nodes: FlowNode[];
	links: FlowLink[];
}

/** The organization id that stands for every organization outside the ones named. */
export const OTHER = '_other';

const NO_ROWS = new Int32Array(0);
const NOT_LIT = () => false;

export { NAMED_PEOPLE_IN_LABEL };

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
	const { organizationIds } = store;
	const totals = organizationCounts(store, rows);
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

	// Named organizations get slots 0, 1, …; every other one shares the last: the links then fit a
	// small dense table (named² × certainty × basis) rather than a map looked up once per row.
	const otherSlot = namedCount;
	const slots = namedCount + 1;
	const slotOf = new Int32Array(organizationIds.length).fill(otherSlot);
	const organizationOfSlot = new Int32Array(slots).fill(-1);
	for (let k = 0, next = 0; k < named.length; k++)
		if (named[k] === 1) {
			organizationOfSlot[next] = k;
			slotOf[k] = next++;
		}
	const tally = tallyRows(store, rows, slotOf, otherSlot);
	const { first, values, peopleOf, firstPeopleOf } = tally;

	// The marks, made in the order the rows first meet them (a row's origin, then its destination,
	// then its link), and numbered so: the rows of every mark can then be grouped at once, in typed
	// arrays, with no list grown per mark.
	const entries: number[] = [];
	for (let e = 0; e < first.length; e++) if (first[e]! >= 0) entries.push(e);
	entries.sort((x, y) => first[x]! - first[y]! || x - y);
	const nodeAt = [new Int32Array(slots).fill(-1), new Int32Array(slots).fill(-1)];
	const linkAt = new Int32Array(slots * slots * 16).fill(-1);
	const marks: (FlowNode | FlowLink)[] = [];
	const nodes: FlowNode[] = [];
	const links: FlowLink[] = [];
	const firstPeopleAt = (e: number) =>
		Array.from(
			firstPeopleOf.subarray(
				e * NAMED_PEOPLE_IN_LABEL,
				e * NAMED_PEOPLE_IN_LABEL + Math.min(peopleOf[e]!, NAMED_PEOPLE_IN_LABEL)
			),
			(p) => store.personIds[p]!
		);
	for (const e of entries) {
		const at = marks.length;
		if (e < 2 * slots) {
			const stage: FlowStage = e < slots ? 0 : 1;
			const slot = e - stage * slots;
			const organization = slot === otherSlot ? OTHER : organizationIds[organizationOfSlot[slot]!]!;
			const node: FlowNode = {
				id: `${stage === 0 ? 'from' : 'to'}:${organization}`,
				stage,
				organization,
				kind: slot === otherSlot ? 'unknown' : KINDS[store.kind[organizationOfSlot[slot]!]!]!,
				moves: [],
				rows: NO_ROWS,
				value: values[e]!,
				people: peopleOf[e]!,
				firstPeople: firstPeopleAt(e),
				litBy: NOT_LIT
			};
			nodeAt[stage]![slot] = at;
			marks.push(node);
			nodes.push(node);
		} else {
			const key = e - 2 * slots;
			const pair = key >> 4;
			const source = marks[nodeAt[0]![Math.floor(pair / slots)]!]!;
			const target = marks[nodeAt[1]![pair % slots]!]!;
			const c = CERTAINTIES[(key >> 2) & 3]!;
			const b = BASES[key & 3]!;
			const link: FlowLink = {
				id: `${source.id}→${target.id}|${c}|${b}`,
				source: source.id,
				target: target.id,
				value: values[e]!,
				moves: [],
				rows: NO_ROWS,
				people: peopleOf[e]!,
				firstPeople: firstPeopleAt(e),
				certainty: c,
				basis: b,
				litBy: NOT_LIT
			};
			linkAt[key] = at;
			marks.push(link);
			links.push(link);
		}
	}
	const { from, to, certainty, basis } = store;
	const n = rows.length;
	const linkKey = (a: number, b: number, row: number) => linkEntry(slots, a, b, certainty[row]!, basis[row]!);
	// The marks of each row, by its place in `rows` (source node, target node, link; -1: not
	// drawn), told again from the tables above when a mark's rows are first asked for: written in
	// the loop, three arrays as long as the rows cost more than the loop's own work.
	const marksOfRows = () => {
		const columns = [new Int32Array(n), new Int32Array(n), new Int32Array(n)] as const;
		for (let i = 0; i < n; i++) {
			const row = rows[i]!;
			const a = slotOf[from[row]!]!;
			const b = slotOf[to[row]!]!;
			const drawn = a !== otherSlot || b !== otherSlot;
			columns[0][i] = drawn ? nodeAt[0]![a]! : -1;
			columns[1][i] = drawn ? nodeAt[1]![b]! : -1;
			columns[2][i] = drawn ? linkAt[linkKey(a, b, row)]! : -1;
		}
		return columns;
	};
	// Which marks are lit, from the lit rows: a row lights its two nodes and its link.
	const litAt = litMarks(marks.length, (lit, litMarksOfView) => {
		for (let i = 0; i < n; i++) {
			const row = rows[i]!;
			if (lit[row] !== 1) continue;
			const a = slotOf[from[row]!]!;
			const b = slotOf[to[row]!]!;
			if (a === otherSlot && b === otherSlot) continue;
			litMarksOfView[nodeAt[0]![a]!] = 1;
			litMarksOfView[nodeAt[1]![b]!] = 1;
			litMarksOfView[linkAt[linkKey(a, b, row)]!] = 1;
		}
	});
	let grouped: ReturnType<typeof groupByMark> | undefined;
	const groups = () => (grouped ??= groupByMark(marks.length, marksOfRows()));
	const moves = store.dataset.moves;
	// The rows and ids of each mark's moves are listed only when asked for (a pointer on it, a lit
	// mark, a test): a graph of 100,000 moves is redrawn at each filter, and most of its marks are
	// never pointed at. Rows are numbers, so telling whether a mark is lit names none of its moves.
	marks.forEach((mark, at) => {
		let own: Int32Array | undefined;
		let ids: string[] | undefined;
		const rowsOf = () => {
			const { offsets, places } = groups();
			return (own ??= places.subarray(offsets[at]!, offsets[at + 1]!).map((i) => rows[i]!));
		};
		Object.defineProperties(mark, {
			// Not enumerable: rows number a store's moves, so two views of different stores that draw
			// the same moves are equal.
			rows: { enumerable: false, get: rowsOf },
			moves: { enumerable: true, get: () => (ids ??= Array.from(rowsOf(), (row) => moves[row]!.id)) },
			litBy: { enumerable: false, value: (lit: Uint8Array) => litAt(lit, at) }
		});
	});
	// Otherwise people are counted by number over each mark's rows, one stamp per node or link: no
	// set of names per flow.
	if (!tally.together) countPeople(store, rows, marks, groups());
	return {
		graph: { nodes, links },
		organizations: involved.length,
		hiddenOrganizations: involved.length - namedCount,
		otherToOther: tally.otherToOther
	};
}

/** Counts the distinct people of each mark afresh, and its first few, in the order of its rows. */
function countPeople(
	store: MoveStore,
	rows: Int32Array,
	marks: readonly (FlowNode | FlowLink)[],
	{ offsets, places }: ReturnType<typeof groupByMark>
) {
	const { person } = store;
	const seen = new Int32Array(store.personIds.length);
	marks.forEach((mark, at) => {
		mark.people = 0;
		mark.firstPeople = [];
		const stamp = at + 1;
		for (let j = offsets[at]!; j < offsets[at + 1]!; j++) {
			const p = person[rows[places[j]!]!]!;
			if (seen[p] === stamp) continue;
			seen[p] = stamp;
			mark.people++;
			if (mark.firstPeople.length < NAMED_PEOPLE_IN_LABEL) mark.firstPeople.push(store.personIds[p]!);
		}
	});
}

/**
 * The places of the rows grouped by mark (a counting sort): mark `m` holds
 * `places[offsets[m]..offsets[m + 1]]`, in the order of the rows. A row has one mark in each column.
 */
function groupByMark(count: number, columns: readonly Int32Array[]) {
	const offsets = new Int32Array(count + 1);
	for (const column of columns)
		for (let i = 0; i < column.length; i++) if (column[i]! >= 0) offsets[column[i]! + 1]!++;
	for (let m = 0; m < count; m++) offsets[m + 1]! += offsets[m]!;
	const next = offsets.slice(0, count);
	const places = new Int32Array(offsets[count]!);
	const size = columns[0]?.length ?? 0;
	for (let i = 0; i < size; i++)
		for (const column of columns) if (column[i]! >= 0) places[next[column[i]!]!++] = i;
	return { offsets, places };
}
