// The flow view's passes over the rows kept: small functions of typed arrays, apart from the
// objects `flowView` makes, so that the engine optimizes them after a call or two and keeps them.
import type { MoveStore } from '../store';

/** A flow label names this many of the people a flow carries. */
export const NAMED_PEOPLE_IN_LABEL = 5;

/** A link's place in the links' table: its two slots, then its certainty and basis (four codes each at most). */
export function linkEntry(slots: number, a: number, b: number, certainty: number, basis: number): number {
	return ((a * slots + b) * 4 + certainty) * 4 + basis;
}

/**
 * What `tallyRows` finds, by entry: origin slots first, then destination slots, then the links'
 * table. `first` is the place in the rows where an entry is first met (-1: never).
 */
export interface Tally {
	first: Int32Array;
	values: Float64Array;
	peopleOf: Int32Array;
	/** The first people of each entry, by number, `NAMED_PEOPLE_IN_LABEL` places per entry. */
	firstPeopleOf: Int32Array;
	otherToOther: number;
	/** Whether each person's rows came together, so that the people were counted as they came. */
	together: boolean;
}

/**
 * One pass over the rows kept, in numbers only: the weight of each origin, destination and link,
 * where each is first met and, while each person's rows come one run after another (as a career
 * file lists them), its people and its first few, since a mark then meets a new person whenever
 * its last one differs. Kept apart from `flowView` and free of objects, so that the engine
 * optimizes it after a call or two and keeps it: inside `flowView`, whose cold parts kept
 * undoing the optimized code, the loop ran mostly unoptimized at each filter change. Measured on
 * the 104,895 moves with every move kept: 23 ms of one change in Chromium before, 11 ms with
 * the organizations' totals counted apart as well; in Node, the first five calls took 20–29 ms, now 4–18 ms.
 */
export function tallyRows(
	{ from, to, person, weight, certainty, basis, personIds }: MoveStore,
	rows: Int32Array,
	slotOf: Int32Array,
	otherSlot: number
): Tally {
	const slots = otherSlot + 1;
	const size = 2 * slots + slots * slots * 16;
	const first = new Int32Array(size).fill(-1);
	const values = new Float64Array(size);
	const lastOf = new Int32Array(size).fill(-1);
	const peopleOf = new Int32Array(size);
	const firstPeopleOf = new Int32Array(size * NAMED_PEOPLE_IN_LABEL);
	const met = new Uint8Array(personIds.length);
	let otherToOther = 0;
	let together = true;
	let runOf = -1;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		const a = slotOf[from[row]!]!;
		const b = slotOf[to[row]!]!;
		const w = weight[row]!;
		if (a === otherSlot && b === otherSlot) {
			otherToOther += w;
			continue;
		}
		const source = a;
		const target = slots + b;
		const link = 2 * slots + linkEntry(slots, a, b, certainty[row]!, basis[row]!);
		if (first[source]! < 0) first[source] = i;
		if (first[target]! < 0) first[target] = i;
		if (first[link]! < 0) first[link] = i;
		values[source]! += w;
		values[target]! += w;
		values[link]! += w;
		if (!together) continue;
		const p = person[row]!;
		if (p !== runOf) {
			// Someone met again after someone else: their moves are not together after all.
			if (met[p] === 1) together = false;
			met[p] = 1;
			runOf = p;
		}
		if (lastOf[source] !== p) meet(lastOf, peopleOf, firstPeopleOf, source, p);
		if (lastOf[target] !== p) meet(lastOf, peopleOf, firstPeopleOf, target, p);
		if (lastOf[link] !== p) meet(lastOf, peopleOf, firstPeopleOf, link, p);
	}
	return { first, values, peopleOf, firstPeopleOf, otherToOther, together };
}

function meet(lastOf: Int32Array, peopleOf: Int32Array, firstPeopleOf: Int32Array, entry: number, p: number) {
	lastOf[entry] = p;
	const count = peopleOf[entry]!++;
	if (count < NAMED_PEOPLE_IN_LABEL) firstPeopleOf[entry * NAMED_PEOPLE_IN_LABEL + count] = p;
}
