import { utcTime } from './utcTime';

/** A time window as the address holds it: the first and last months, either of which may be open. */
export interface MonthWindow {
	from?: string;
	to?: string;
}

/** A month as a count of months since year 0 (year × 12 + month index). */
export function monthIndex(value: string): number {
	const [year, month] = value.split('-').map(Number) as [number, number];
	return year * 12 + month - 1;
}

/** The `YYYY-MM` text of a month count. */
export function monthText(index: number): string {
	const year = Math.floor(index / 12);
	return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month count of an instant (milliseconds, UTC). */
export function monthOfTime(time: number): number {
	const date = new Date(time);
	return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The first instant of a month count. */
function monthStart(index: number): number {
	return utcTime(Math.floor(index / 12), index % 12);
}

/** The instants a window covers, open ends running to the domain's. */
export function windowTimes(window: MonthWindow, domain: readonly [number, number]): [number, number] {
	return [
		window.from ? monthStart(monthIndex(window.from)) : domain[0],
		window.to ? monthStart(monthIndex(window.to) + 1) - 1 : domain[1]
	];
}

/** The window of whole months between two instants, in either order (a drag may go left). */
export function windowBetween(a: number, b: number): Required<MonthWindow> {
	const [first, last] = a <= b ? [a, b] : [b, a];
	return { from: monthText(monthOfTime(first)), to: monthText(monthOfTime(last)) };
}

/**
 * The window after a key: arrows move it by `step` months, with Shift they move its end (resize,
 * never shorter than one month). With no window yet, the first key opens one of `step` months at
 * the end of the domain. Null for a key that does nothing.
 */
export function windowAfterKey(
	window: MonthWindow | null,
	key: string,
	shift: boolean,
	step: number,
	domain: readonly [number, number]
): Required<MonthWindow> | null {
	const direction =
		key === 'ArrowRight' || key === 'ArrowUp' ? 1 : key === 'ArrowLeft' || key === 'ArrowDown' ? -1 : 0;
	if (direction === 0) return null;
	const lowest = monthOfTime(domain[0]);
	const highest = monthOfTime(domain[1]);
	if (!window || (!window.from && !window.to)) {
		const to = highest;
		return { from: monthText(Math.max(lowest, to - step + 1)), to: monthText(to) };
	}
	if (!shift) return windowMovedBy(window, direction * step, domain);
	const from = window.from ? monthIndex(window.from) : lowest;
	const to = window.to ? monthIndex(window.to) : highest;
	return { from: monthText(from), to: monthText(Math.max(from, Math.min(highest, to + direction * step))) };
}

/**
 * The window moved by some months (later when positive), its length kept: it stops at the ends of
 * the domain rather than shrink. An end left open stands at the domain's end, and is set once moved.
 */
export function windowMovedBy(
	window: MonthWindow,
	months: number,
	domain: readonly [number, number]
): Required<MonthWindow> {
	const lowest = monthOfTime(domain[0]);
	const highest = monthOfTime(domain[1]);
	const from = window.from ? monthIndex(window.from) : lowest;
	const to = window.to ? monthIndex(window.to) : highest;
	const move =
		months > 0 ? Math.min(months, Math.max(0, highest - to)) : -Math.min(-months, Math.max(0, from - lowest));
	return { from: monthText(from + move), to: monthText(to + move) };
}
