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
}

/** A position that could not take part in deriving moves, and why (it is still counted as read). */
export interface SkippedPosition {
	row: number;
	reason: 'undated';
}

const sortKey = (p: Position) => (p.start ?? p.end)!.value;

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
		for (let i = 1; i < ordered.length; i++) {
			const before = ordered[i - 1]!;
			const after = ordered[i]!;
			if (before.organization === after.organization) continue;
			const dateFrom = isStated(after.start) ? 'start' : isStated(before.end) ? 'previous-end' : 'none';
			moves.push({
				person,
				from: before.organization,
				to: after.organization,
				date: dateFrom === 'start' ? after.start : dateFrom === 'previous-end' ? before.end : null,
				dateFrom,
				rows: [before.row, after.row]
			});
		}
	}
	return { moves, skipped };
}
