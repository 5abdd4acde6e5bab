import { NO_DAY, OPEN_END, OPEN_START } from '../days';
import type { MoveStore } from '../store';
import type { BinUnit } from './timeline';

// The periods of the balance, apart from its arithmetic: the components that name them load with
// no more of the core than this.

/** The period key of a month (year × 12 + month index) in a unit. */
export function periodKey(month: number, unit: BinUnit): number {
	return unit === 'month' ? month : Math.floor(month / 12);
}

/** The month (year × 12 + month index) of a day number. */
export function monthOfDay(day: number): number {
	const at = new Date(day * 86_400_000);
	return at.getUTCFullYear() * 12 + at.getUTCMonth();
}

/** The months of a time window's first and last days; an open side is infinite. Null for no window. */
export function windowMonths(window: { first: number; last: number } | null): [number, number] | null {
	if (!window) return null;
	return [
		window.first === OPEN_START ? -Infinity : monthOfDay(window.first),
		window.last === OPEN_END ? Infinity : monthOfDay(window.last)
	];
}

/**
 * A month brought within the window's months: a move counts in a window when its dates overlap it,
 * and is then placed by the days it allows inside it. "In recent weeks" up to 3 April 2024 counts in
 * a window that ends in March, and is placed no later than March, not in an April outside the window.
 */
export function placedMonth(month: number, months: readonly [number, number] | null): number {
	if (months === null || month === NO_DAY) return month;
	return Math.min(Math.max(month, months[0]), months[1]);
}

/**
 * The period (see `periodKey`) a dated move is counted in: the one that holds every month its dates
 * allow within the window, or NaN when they spread over more than one. "In recent weeks" up to
 * 3 April 2024 is in no month, and in no year either (it may have begun in 2023): drawing it in March
 * or April would date it more precisely than its source. Within a window of March 2024 alone, it is
 * in March.
 */
export function placedPeriod(
	{ first, month, lastMonth }: Pick<MoveStore, 'first' | 'month' | 'lastMonth'>,
	row: number,
	months: readonly [number, number] | null,
	unit: BinUnit
): number {
	const earliest = first[row] === OPEN_START ? -Infinity : month[row]!;
	const latest = lastMonth[row] === OPEN_END ? Infinity : lastMonth[row]!;
	const key = periodKey(placedMonth(earliest, months), unit);
	return key === periodKey(placedMonth(latest, months), unit) ? key : NaN;
}

/**
 * The periods the store's dated moves can be placed in within a window: from the first to the last
 * (`count` of them, 0 for a store with no dated move). Every move's month lies between those of the
 * store's first and last days, and placing keeps the order, so the periods run between those two
 * months placed, never wider (an address's window may span centuries; an open start placed in a
 * window of 1900 is in 1900).
 */
export function placedPeriods(
	{ firstDay, lastDay }: Pick<MoveStore, 'firstDay' | 'lastDay'>,
	months: readonly [number, number] | null,
	unit: BinUnit
): { first: number; count: number } {
	if (firstDay === NO_DAY) return { first: 0, count: 0 };
	const keyOf = (day: number) => periodKey(placedMonth(monthOfDay(day), months), unit);
	const first = keyOf(firstDay);
	return { first, count: keyOf(lastDay) - first + 1 };
}

/** A period key as the address writes it: `2024` or `2024-03`. */
export function periodText(key: number, unit: BinUnit): string {
	if (unit === 'year') return String(key);
	return `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`;
}
