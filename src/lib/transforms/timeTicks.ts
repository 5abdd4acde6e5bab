import { utcTime } from './utcTime';

/** Tick spacings, in months, from a month to a century: calendar steps a reader counts in. */
const STEPS_IN_MONTHS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/**
 * Ticks for a UTC time axis: first days of months or years, at the finest calendar step that gives
 * at most `count` ticks. Written here rather than taken from d3-time (whose `utcTicks` weighs 2.7 KiB
 * gzip with the part of d3-array it needs) because that one does not fit this axis: it treats `count`
 * as a hint (asked for 7 ticks over 2022 to April 2024 it gives 10), and over a span of weeks it
 * ticks Sundays, while the axis labels months and years only (through Intl).
 */
export function utcTicks(domain: readonly [number, number], count: number): number[] {
	const [start, end] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
	const from = new Date(start);
	const firstMonth =
		from.getUTCFullYear() * 12 + from.getUTCMonth() + (from.getUTCDate() > 1 || start % 86_400_000 ? 1 : 0);
	const to = new Date(end);
	const lastMonth = to.getUTCFullYear() * 12 + to.getUTCMonth();
	const span = Math.max(0, lastMonth - firstMonth);
	const most = Math.max(1, count);
	const step =
		STEPS_IN_MONTHS.find((s) => Math.floor(span / s) + 1 <= most) ??
		1200 * Math.ceil((span + 1) / (1200 * most));
	const ticks: number[] = [];
	// Align to the step (a 3-month step ticks January, April…; a year step ticks Januaries).
	const aligned = Math.ceil(firstMonth / step) * step;
	for (let month = aligned; month <= lastMonth; month += step)
		ticks.push(utcTime(Math.floor(month / 12), month % 12));
	return ticks;
}
