import { NO_DAY, OPEN_END, OPEN_START } from '../days';
import type { MoveStore } from '../store';
import { personSequence } from './personSequence';

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
 * How every stay in a store stood 1 and 2 years after it began: one outcome per row and entry of
 * RETENTION_YEARS (`row * RETENTION_YEARS.length + n`), NOT_A_STAY for rows that begin none. A stay
 * begins with a dated move into a place from elsewhere and ends at the person's next move out of
 * it in their sequence (by placed day, then the file's order), wherever their other moves fall, or
 * with none, at the end the dataset states for it (`stayEnd`).
 * Moves known only from other reporting count only when `later` keeps them.
 *
 * It depends on the store alone, not on what is chosen: the state works it out once per dataset
 * and setting of `later`, and retention and the moves behind its numbers then only count.
 */
export function stayOutcomes(store: MoveStore, later: boolean): Uint8Array {
	const YEARS = RETENTION_YEARS.length;
	const { from, to, month } = store;
	const outcomes = new Uint8Array(store.from.length * YEARS).fill(NOT_A_STAY);
	for (let p = 0; p < store.personIds.length; p++) {
		const { dated, undated } = personSequence(store, p, later);
		for (let i = 0; i < dated.length; i++) {
			const arrival = dated[i]!;
			const place = to[arrival]!;
			if (from[arrival] === place || month[arrival] === NO_DAY) continue;
			let departure = -1;
			for (let j = i + 1; j < dated.length && departure < 0; j++)
				if (from[dated[j]!] === place) departure = dated[j]!;
			const undatedDeparture = departure < 0 && undated.some((row) => from[row] === place);
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
	return outcomes;
}
