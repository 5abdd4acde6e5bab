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

const sortKey = (p: Position) => (p.start ?? p.end)!.value;

/** The last day a stated date can mean, written so that plain comparison orders them (a month runs to its 31st). */
const latestKey = (value: string) => value + '-12-31'.slice(value.length - 4);

/**
 * The end of a stay made of a run of positions at one organization: none while any of them is
 * still held (no end), else the end that can fall latest. An end too vague to place (precision
 * `unknown`) could be the latest: the stay then ended on a day unknown.
 */
function endOfRun(run: readonly Position[]): NonNullable<CellDate> | null {
	let latest: NonNullable<CellDate> | null = null;
	let vague: NonNullable<CellDate> | null = null;
	for (const { end } of run) {
		if (!end) return null;
		if (!isStated(end)) vague ??= end;
		// Of two ends whose last day is the same, either one is true to the file: the first is kept.
		else if (!latest || latestKey(end.value) > latestKey(latest.value)) latest = end;
	}
	return vague ?? latest;
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
	const byPerson = new Map<string, Position[]>();
	const skipped: SkippedPosition[] = [];
	for (const p of positions) {
		if (!p.start && !p.end) {
			skipped.push({ row: p.row, reason: 'undated' });
			continue;
		}
		const list = byPerson.get(p.person);
		if (list) list.push(p);
		else byPerson.set(p.person, [p]);
	}
	const moves: DerivedMove[] = [];
	for (const [person, list] of byPerson) {
		// Dates are ISO-like strings, so plain comparison orders them (and is far faster than localeCompare).
		const ordered = [...list].sort((a, b) => {
			const ka = sortKey(a);
			const kb = sortKey(b);
			return ka < kb ? -1 : ka > kb ? 1 : a.row - b.row;
		});
		// The last run of positions at one organization: the move into it (if any) has no move out.
		let lastRun = ordered.length - 1;
		const lastOrganization = ordered[lastRun]!.organization;
		while (lastRun > 0 && ordered[lastRun - 1]!.organization === lastOrganization) lastRun--;
		for (let i = 1; i < ordered.length; i++) {
			const before = ordered[i - 1]!;
			const after = ordered[i]!;
			if (before.organization === after.organization) continue;
			const dateFrom = isStated(after.start) ? 'start' : isStated(before.end) ? 'previous-end' : 'none';
			const move: DerivedMove = {
				person,
				from: before.organization,
				to: after.organization,
				date: dateFrom === 'start' ? after.start : dateFrom === 'previous-end' ? before.end : null,
				dateFrom,
				rows: [before.row, after.row]
			};
			const ended = i === lastRun ? endOfRun(ordered.slice(lastRun)) : null;
			if (ended) move.stayEnd = ended;
			moves.push(move);
		}
	}
	return { moves, skipped };
}
