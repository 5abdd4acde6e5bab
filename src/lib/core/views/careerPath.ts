import type { MoveStore } from '../store';
import { personSequence } from './personSequence';

/**
 * A place a person held, as their moves tell it: where, the move that brought them (its date is
 * when they began, as precisely as the source dates it) and the move that took them away. A place
 * known only as where someone left from has no arrival; the last place has no departure.
 */
export interface CareerPosition {
	organization: number;
	/** The row of the move into it, or -1. */
	arrival: number;
	/** The row of the move out of it, or -1. */
	departure: number;
}

export interface CareerPath {
	/**
	 * The positions in order, in runs: a move that leaves somewhere other than the place the last
	 * one reached starts a new run (the sources record no move between the two).
	 */
	runs: CareerPosition[][];
	/** Moves with no date, which cannot be placed in the path (rows). */
	undated: number[];
}

/**
 * The career path of one person from their moves (every move of theirs the selection's `later`
 * keeps, whatever the other filters): each move ends one position and begins the next.
 */
export function careerPath(store: MoveStore, person: number, later: boolean): CareerPath {
	const { dated, undated } = personSequence(store, person, later);
	const runs: CareerPosition[][] = [];
	let run: CareerPosition[] | undefined;
	for (const row of dated) {
		const at = run?.[run.length - 1];
		if (!run || !at || at.organization !== store.from[row]) {
			run = [{ organization: store.from[row]!, arrival: -1, departure: row }];
			runs.push(run);
		} else at.departure = row;
		run.push({ organization: store.to[row]!, arrival: row, departure: -1 });
	}
	return { runs, undated };
}
