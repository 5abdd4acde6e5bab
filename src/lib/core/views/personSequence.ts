import { NO_DAY, OPEN_START } from '../days';
import { hiddenWhen, type MoveStore } from '../store';

/** The day a move is placed on: its first possible day, or its last when the source gives no start. */
export function placedDay(store: MoveStore, row: number): number {
	return store.first[row] === OPEN_START ? store.last[row]! : store.first[row]!;
}

/**
 * One person's moves in the order they happened: the dated ones by the day each is placed on, moves
 * of the same day in the file's order (the order a career file lists them in); the undated ones
 * apart, since nothing places them. Moves are shown by `later` as the selection shows them: those
 * known only from other reporting with it, the article's moves they refine without it.
 */
export function personSequence(
	store: MoveStore,
	person: number,
	later: boolean
): { dated: number[]; undated: number[] } {
	const { offsets, rows } = store.byPerson;
	const dated: number[] = [];
	const undated: number[] = [];
	if (person < 0 || person >= offsets.length - 1) return { dated, undated };
	const hidden = hiddenWhen(later);
	for (let j = offsets[person]!; j < offsets[person + 1]!; j++) {
		const row = rows[j]!;
		if (store.shown[row] === hidden) continue;
		(store.first[row] === NO_DAY ? undated : dated).push(row);
	}
	// Postings list rows in ascending order, so a stable sort keeps the file's order within a day.
	dated.sort((a, b) => placedDay(store, a) - placedDay(store, b));
	return { dated, undated };
}
