import { NO_DAY, OPEN_END, OPEN_START } from '../days';
import { hiddenWhen, type MoveStore } from '../store';
import { placedDay } from './personSequence';

/** The years after joining at which retention is told. */
export const RETENTION_YEARS = [1, 2] as const;

/** The outcomes of a stay, numbered as `stayOutcomes` stores them. */
export const OUTCOMES = ['stayed', 'left', 'censored', 'unknown'] as const;

export type StayOutcome = (typeof OUTCOMES)[number];

/** In `stayOutcomes`, for a row that begins no dated stay (not a move between two places, or undated). */
export const NOT_A_STAY = 255;

/**
 * The day `years` years after a day (the same date; 29 February gives 1 March), open ends
 * unbounded. Calendar arithmetic on day numbers (the proleptic Gregorian civil-from-days method),
 * with no Date: retention asks it four times of every arrival.
 */
export function anniversary(day: number, years: number): number {
	if (day === OPEN_START) return -Infinity;
	if (day === OPEN_END) return Infinity;
	// The day's place in its 400-year era and in its year, years counted from 1 March so that a
	// leap day is a year's last: only the year changes, and a 29 February past its leap year runs
	// on to 1 March.
	const z = day + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const year = era * 400 + yoe + years;
	const era2 = Math.floor(year / 400);
	const yoe2 = year - era2 * 400;
	const doe2 = yoe2 * 365 + Math.floor(yoe2 / 4) - Math.floor(yoe2 / 100) + doy;
	return era2 * 146_097 + doe2 - 719_468;
}

/** A day of a column as a number to compare, open ends unbounded. */
function bound(day: number): number {
	return day === OPEN_START ? -Infinity : day === OPEN_END ? Infinity : day;
}

/**
 * Whether a stay that ended between two days (its first and last possible) was still going at an
 * anniversary the arrival's dates place between `earliest` and `latest`: left when it surely ended
 * before the earliest, stayed when surely on or after the latest, else unknown. Numbered as in OUTCOMES.
 */
function endedAt(first: number, last: number, earliest: number, latest: number): number {
	if (bound(last) < earliest) return 1;
	return bound(first) >= latest ? 0 : 3;
}

/**
 * What is known, `years` after an arrival, of the stay it began. With a departure (the person's
 * next move out of the organization), or else a stated end of the stay (their last position there
 * ended): as `endedAt` tells. With neither: stayed when the data goes on past the latest
 * anniversary, censored when it ends before; unknown when the person has an undated move out of
 * the organization, which may have ended the stay at any time. Numbered as in OUTCOMES.
 */
function outcomeOf(
	store: MoveStore,
	arrival: number,
	departure: number,
	undatedDeparture: boolean,
	earliest: number,
	latest: number
): number {
	if (departure >= 0) return endedAt(store.first[departure]!, store.last[departure]!, earliest, latest);
	if (undatedDeparture) return 3;
	if (store.stayFirst[arrival] !== NO_DAY)
		return endedAt(store.stayFirst[arrival]!, store.stayLast[arrival]!, earliest, latest);
	return store.lastKnownDay !== NO_DAY && store.lastKnownDay >= latest ? 0 : 2;
}

/**
 * How the stays in a store stood 1 and 2 years after they began: one outcome per row and entry of
 * RETENTION_YEARS (`row * RETENTION_YEARS.length + n`), NOT_A_STAY for rows that begin none. A stay
 * begins with a dated move into a place from elsewhere and ends at the person's next move out of
 * it in their sequence (by placed day, then the file's order), wherever their other moves fall, or
 * with none, at the end the dataset states for it (`stayEnd`).
 * Moves known only from other reporting count only when `later` keeps them.
 *
 * The outcomes depend on the store alone, not on what is chosen. The state keeps one of these per
 * dataset and setting of `later`; each organization's arrivals are placed the first time it is
 * chosen, so no choice pays for the whole store, and retention and the moves behind its figures
 * then only count.
 */
export class Stays {
	/** The outcomes, filled for the arrivals at every organization asked for so far. */
	readonly outcomes: Uint8Array;
	/** Whether an organization's arrivals are placed, by number. */
	readonly #placed: Uint8Array;

	constructor(
		readonly store: MoveStore,
		readonly later: boolean
	) {
		this.outcomes = new Uint8Array(store.from.length * RETENTION_YEARS.length).fill(NOT_A_STAY);
		this.#placed = new Uint8Array(store.organizationIds.length);
	}

	/** The outcomes, with the arrivals at these organizations placed. */
	at(organizations: readonly number[]): Uint8Array {
		for (const k of organizations)
			if (k >= 0 && k < this.#placed.length && this.#placed[k] === 0) {
				this.#place(k);
				this.#placed[k] = 1;
			}
		return this.outcomes;
	}

	/**
	 * Places the arrivals at every organization not yet placed, pausing (yielding) after every few
	 * thousand, so that an import's stays are placed in short tasks before it is shown.
	 */
	*placeAllInSlices(slice = 20_000): Generator<void, this> {
		const { offsets } = this.store.byOrganization;
		let since = 0;
		for (let k = 0; k < this.#placed.length; k++) {
			if (this.#placed[k] === 1) continue;
			this.#place(k);
			this.#placed[k] = 1;
			since += offsets[k + 1]! - offsets[k]!;
			if (since >= slice) {
				since = 0;
				yield;
			}
		}
		return this;
	}

	#place(organization: number): void {
		const { store, later, outcomes } = this;
		const YEARS = RETENTION_YEARS.length;
		const { from, to, month, shown } = store;
		const { offsets, rows } = store.byOrganization;
		const hidden = hiddenWhen(later);
		for (let j = offsets[organization]!; j < offsets[organization + 1]!; j++) {
			const arrival = rows[j]!;
			if (to[arrival] !== organization || from[arrival] === organization || month[arrival] === NO_DAY)
				continue;
			if (shown[arrival] === hidden) continue;
			const { departure, undatedDeparture } = departureAfter(store, arrival, organization, later);
			for (let n = 0; n < YEARS; n++) {
				const years = RETENTION_YEARS[n]!;
				const earliest = anniversary(store.first[arrival]!, years);
				const latest = anniversary(store.last[arrival]!, years);
				outcomes[arrival * YEARS + n] = outcomeOf(
					store,
					arrival,
					departure,
					undatedDeparture,
					earliest,
					latest
				);
			}
		}
	}
}

/**
 * The move that ended the stay an arrival began: the person's first move out of the organization
 * after it in their sequence (`personSequence`: by placed day, then the file's order), or -1; and
 * whether, with none, they have an undated move out of it. One scan of the person's rows, with no
 * sequence sorted: the busiest organization has thousands of arrivals to place.
 */
function departureAfter(
	store: MoveStore,
	arrival: number,
	organization: number,
	later: boolean
): { departure: number; undatedDeparture: boolean } {
	const { offsets, rows } = store.byPerson;
	const { from, first, shown } = store;
	const hidden = hiddenWhen(later);
	const p = store.person[arrival]!;
	const day = placedDay(store, arrival);
	let departure = -1;
	let departureDay = 0;
	let undatedDeparture = false;
	for (let j = offsets[p]!; j < offsets[p + 1]!; j++) {
		const row = rows[j]!;
		if (from[row] !== organization || shown[row] === hidden) continue;
		if (first[row] === NO_DAY) {
			undatedDeparture = true;
			continue;
		}
		const d = placedDay(store, row);
		// Rows come in ascending order: on the arrival's own day, only those after it follow it.
		if (d < day || (d === day && row <= arrival)) continue;
		if (departure < 0 || d < departureDay) {
			departure = row;
			departureDay = d;
		}
	}
	return { departure, undatedDeparture: departure < 0 && undatedDeparture };
}

/** The outcomes of the stays at some organizations (every one when none are given). */
export function stayOutcomes(
	store: MoveStore,
	later: boolean,
	organizations: readonly number[] = store.organizationIds.map((_, k) => k)
): Uint8Array {
	return new Stays(store, later).at(organizations);
}
