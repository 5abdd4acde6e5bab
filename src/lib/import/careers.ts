import { isStated, type CellDate } from './dates';

/** One position held by one person, as read from a row of a career-history file. */
export interface Position {
	row: number;
	person: string;
	organization: string;
	title: string;
	start: CellDate;
	end: CellDate;
}

/** A move derived from two consecutive positions of one person, with the rows that state it. */
export interface DerivedMove {
	person: string;
	from: string;
	to: string;
	date: CellDate;
	/** Where the date comes from: the start of the new position, or the end of the old one (never a date of unknown precision). */
	dateFrom: 'start' | 'previous-end' | 'none';
	rows: [number, number];
	/**
	 * When the stay this move begins ended, for a move into the person's last organization whose
	 * positions there all ended: the latest of their ends (of precision `unknown` when one of them
	 * is too vague to place). Absent when the stay goes on, or a later move ends it.
	 */
	stayEnd?: NonNullable<CellDate>;
}

/** A position that could not take part in deriving moves, and why (it is still counted as read). */
export interface SkippedPosition {
	row: number;
	reason: 'undated';
}

/** The last day a stated date can mean, written so that plain comparison orders them (a month runs to its 31st). */
const latestKey = (value: string) => value + '-12-31'.slice(value.length - 4);

/**
 * The end of a stay made of a run of positions at one organization (`places[from…to]`): none while
 * any of them is still held (no end), else the end that can fall latest. An end too vague to place
 * (precision `unknown`) could be the latest: the stay then ended on a day unknown.
 */
function endOfRun(
	end: readonly CellDate[],
	places: Int32Array,
	from: number,
	to: number
): NonNullable<CellDate> | null {
	let latest: NonNullable<CellDate> | null = null;
	let vague: NonNullable<CellDate> | null = null;
	for (let j = from; j < to; j++) {
		const ended = end[places[j]!];
		if (!ended) return null;
		if (!isStated(ended)) vague ??= ended;
		// Of two ends whose last day is the same, either one is true to the file: the first is kept.
		else if (!latest || latestKey(ended.value) > latestKey(latest.value)) latest = ended;
	}
	return vague ?? latest;
}

/**
 * Positions in columns, one entry per row read: its row number, its person and organization as
 * numbers (one number per person, one per organization), and its two dates. An import fills them
 * as it reads, rather than making an object per row: a million rows made a million objects.
 */
export interface PositionColumns {
	row: ArrayLike<number>;
	person: ArrayLike<number>;
	organization: ArrayLike<number>;
	start: readonly CellDate[];
	end: readonly CellDate[];
}

/** The moves derived from positions in columns, each by the places of its two positions. */
export interface MoveColumns {
	/** How many moves. */
	length: number;
	/** The places (in the positions' columns) of the position left and the one joined. */
	before: Int32Array;
	after: Int32Array;
	date: CellDate[];
	/** The end of the stay each move begins, when known (see `DerivedMove.stayEnd`), else undefined. */
	stayEnd: (NonNullable<CellDate> | undefined)[];
	/** The places of the positions with neither start nor end, in the order read. */
	skipped: number[];
}

/**
 * Derives moves from career histories. A move is a person ending at one organization and starting
 * at another: positions are ordered by start (or end, when the start is missing), and each pair of
 * consecutive positions at different organizations is a move, dated by the start of the new one
 * (or else the end of the old one). A date of unknown precision (a start "multi-year" 2019) orders
 * positions like any other but dates no move.
 *
 * - A change of title at the same organization is not a move.
 * - Overlapping positions still make a move, at the start of the new one; a gap changes nothing.
 * - A return to a past employer is a move like any other (A → B, then B → A).
 * - A position with neither start nor end cannot be placed in time and takes no part.
 *
 * The stay a move begins ends at the person's next move out (the next change of organization). The
 * move into their last organization has none, so it carries the end of that stay (`stayEnd`) when
 * the file states one: the run of positions there (title changes included) has ended when each of
 * them has an end, and the stay with the end that can fall latest, at its own precision (a year
 * stays a year); with an end of unknown precision among them, the stay ended on a day unknown. Any
 * position there without an end is still held, and the stay goes on. A return to a past employer
 * whose positions come last carries the end of the return's stay; the earlier stay there ended at
 * the move out. Positions are taken in the order above, so when positions at two organizations
 * overlap, the stay that carries an end is at the one whose position starts last. The move cites
 * the rows of the two positions it joins, even when a later title there states the end.
 *
 * It never throws, and every move it returns joins two organizations that the person's own rows name.
 */
export function deriveMoves(positions: readonly Position[]): {
	moves: DerivedMove[];
	skipped: SkippedPosition[];
} {
	const derived = deriveMoveColumns({
		row: positions.map((p) => p.row),
		person: numbered(positions.map((p) => p.person)),
		organization: numbered(positions.map((p) => p.organization)),
		start: positions.map((p) => p.start),
		end: positions.map((p) => p.end)
	});
	const moves: DerivedMove[] = [];
	for (let m = 0; m < derived.length; m++) {
		const before = positions[derived.before[m]!]!;
		const after = positions[derived.after[m]!]!;
		const move: DerivedMove = {
			person: before.person,
			from: before.organization,
			to: after.organization,
			date: derived.date[m]!,
			dateFrom: isStated(after.start) ? 'start' : isStated(before.end) ? 'previous-end' : 'none',
			rows: [before.row, after.row]
		};
		const ended = derived.stayEnd[m];
		if (ended) move.stayEnd = ended;
		moves.push(move);
	}
	return { moves, skipped: derived.skipped.map((i) => ({ row: positions[i]!.row, reason: 'undated' })) };
}

/** Names as numbers: the same name, the same number. */
function numbered(names: readonly string[]): Int32Array {
	const numbers = new Map<string, number>();
	return Int32Array.from(names, (name) => {
		let n = numbers.get(name);
		if (n === undefined) numbers.set(name, (n = numbers.size));
		return n;
	});
}

/** Up to this many positions, one person's are ordered by insertion; more are sorted. */
const SMALL_GROUP = 16;

/**
 * What `deriveMoves` does, over positions in columns: the moves by the places of their positions,
 * people in the order their first dated position comes, and each person's moves in the order of
 * their positions. Positions are grouped by person in a counting pass, and each person's few are
 * ordered in place: no list, map entry or object is made per person or position.
 */
export function deriveMoveColumns(positions: PositionColumns): MoveColumns {
	const { row, person, organization, start, end } = positions;
	const count = row.length;
	const dated = (i: number) => Boolean(start[i] || end[i]);
	// People in the order of their first dated position, and how many dated positions each holds.
	let people = 0;
	for (let i = 0; i < count; i++) people = Math.max(people, person[i]! + 1);
	const held = new Int32Array(people);
	const order: number[] = [];
	const skipped: number[] = [];
	for (let i = 0; i < count; i++) {
		if (!dated(i)) skipped.push(i);
		else if (held[person[i]!]!++ === 0) order.push(person[i]!);
	}
	// Each person's dated positions together, in the order read.
	const offsets = new Int32Array(people + 1);
	for (let p = 0; p < people; p++) offsets[p + 1] = offsets[p]! + held[p]!;
	const next = offsets.slice(0, people);
	const places = new Int32Array(offsets[people]!);
	for (let i = 0; i < count; i++) if (dated(i)) places[next[person[i]!]!++] = i;

	// Dates are ISO-like strings, so plain comparison orders them (and is far faster than localeCompare).
	const keyOf = (i: number) => (start[i] ?? end[i])!.value;
	const byDateThenRow = (a: number, b: number) => {
		const ka = keyOf(a);
		const kb = keyOf(b);
		return ka < kb ? -1 : ka > kb ? 1 : row[a]! - row[b]!;
	};
	const before: number[] = [];
	const after: number[] = [];
	const date: CellDate[] = [];
	const stayEnd: (NonNullable<CellDate> | undefined)[] = [];
	for (const p of order) {
		const from = offsets[p]!;
		const to = offsets[p + 1]!;
		// By date, then by row: an insertion sort, as one person holds a few positions; a sort of
		// the group when they hold many (a column mapped as the person that is not one, say).
		if (to - from > SMALL_GROUP) places.subarray(from, to).sort(byDateThenRow);
		else
			for (let j = from + 1; j < to; j++) {
				const i = places[j]!;
				const key = keyOf(i);
				let k = j - 1;
				for (; k >= from; k--) {
					const other = places[k]!;
					const otherKey = keyOf(other);
					if (otherKey < key || (otherKey === key && row[other]! <= row[i]!)) break;
					places[k + 1] = other;
				}
				places[k + 1] = i;
			}
		// The last run of positions at one organization: the move into it (if any) has no move out.
		let lastRun = to - 1;
		const lastOrganization = organization[places[lastRun]!];
		while (lastRun > from && organization[places[lastRun - 1]!] === lastOrganization) lastRun--;
		for (let j = from + 1; j < to; j++) {
			const left = places[j - 1]!;
			const joined = places[j]!;
			if (organization[left] === organization[joined]) continue;
			before.push(left);
			after.push(joined);
			date.push(isStated(start[joined]!) ? start[joined]! : isStated(end[left]!) ? end[left]! : null);
			stayEnd.push(j === lastRun ? (endOfRun(end, places, lastRun, to) ?? undefined) : undefined);
		}
	}
	return {
		length: before.length,
		before: Int32Array.from(before),
		after: Int32Array.from(after),
		date,
		stayEnd,
		skipped
	};
}
