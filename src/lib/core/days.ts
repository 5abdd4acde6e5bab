import type { FuzzyDate } from '../schema/dates';
import { utcTime } from '../transforms/utcTime';

const DAY = 86_400_000;

/** Stands for "no date at all" in a column of day numbers. */
export const NO_DAY = -0x80000000;
/** The earliest and latest day numbers: the bounds of a range the source leaves open. */
export const OPEN_START = -0x7fffffff;
export const OPEN_END = 0x7fffffff;

/** The day number (days since 1970-01-01, UTC) of a calendar day; years 0 to 99 are read as written. */
export function dayNumber(year: number, monthIndex = 0, day = 1): number {
	return Math.floor(utcTime(year, monthIndex, day) / DAY);
}

/** The first and last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date can mean. */
export function partialDateDays(value: string): { first: number; last: number } {
	const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
	if (month === undefined) return { first: dayNumber(year), last: dayNumber(year + 1) - 1 };
	if (day === undefined) return { first: dayNumber(year, month - 1), last: dayNumber(year, month) - 1 };
	const first = dayNumber(year, month - 1, day);
	return { first, last: first };
}

/**
 * The days a fuzzy date allows, as far as its source says: a range with no start runs back without
 * bound, one with no end runs on. An unknown date allows no day we could place (`NO_DAY`).
 */
export function fuzzyDateDays(date: FuzzyDate): { first: number; last: number } {
	if (date.precision === 'unknown' || (!date.start && !date.end)) return { first: NO_DAY, last: NO_DAY };
	const start = date.start ? partialDateDays(date.start) : undefined;
	if (date.precision !== 'range') return start!;
	const end = date.end ? partialDateDays(date.end) : undefined;
	return { first: start?.first ?? OPEN_START, last: end?.last ?? OPEN_END };
}

/**
 * Whether the days a date allows (`first`…`last`) can fall in a window: its first possible day is
 * not after the window's end and its last is not before the window's start. No date never does.
 */
export function daysOverlap(first: number, last: number, window: { first: number; last: number }): boolean {
	return first !== NO_DAY && first <= window.last && last >= window.first;
}

/** Milliseconds since the epoch of the start of a day number. */
export function dayStart(day: number): number {
	return day * DAY;
}

/** The first day of a `YYYY-MM` month and the last, or null when the text is no such month. */
export function monthDays(value: string): { first: number; last: number } | null {
	const match = /^(\d{4})-(\d{1,2})$/.exec(value);
	if (!match) return null;
	const month = Number(match[2]);
	if (month < 1 || month > 12) return null;
	return partialDateDays(`${match[1]}-${String(month).padStart(2, '0')}`);
}
