import type { DateSpan, TimelineItem } from './timeline';
import { remember } from './remember';
import { utcTime } from './utcTime';
import { dateFormatter } from './formatDates';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';

/** A period of the timeline with the facts dated in it, drawn as one bar when rows would be too many. */
export interface TimeBin {
	start: number;
	end: number;
	/** The ids of the facts placed in this period. */
	facts: string[];
}

export type BinUnit = 'month' | 'year';

/** Above this many dated facts, the timeline draws bars per period instead of one row per fact. */
export const MAX_TIMELINE_ROWS = 40;

/** Months for a domain of up to fifteen years (at most 180 bars), years beyond. */
export function binUnitFor(domain: readonly [number, number]): BinUnit {
	const years = (domain[1] - domain[0]) / (365.25 * 86_400_000);
	return years <= 15 ? 'month' : 'year';
}

function periodStart(time: number, unit: BinUnit): number {
	const d = new Date(time);
	return unit === 'year' ? utcTime(d.getUTCFullYear()) : utcTime(d.getUTCFullYear(), d.getUTCMonth());
}

function nextPeriod(start: number, unit: BinUnit): number {
	const d = new Date(start);
	return unit === 'year' ? utcTime(d.getUTCFullYear() + 1) : utcTime(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/**
 * Counts facts per month or year. A fact is placed where it is known to have happened: at its
 * start, or at its end when its start is open ("in recent weeks").
 */
export const binTimeline = remember(function binTimeline(
	items: readonly TimelineItem[],
	unit: BinUnit
): TimeBin[] {
	const bins = new Map<number, TimeBin>();
	// The rows of one date share their span (see `buildTimeline`): its period is worked out once.
	const periodOf = new Map<DateSpan, TimeBin>();
	for (const item of items) {
		let bin = periodOf.get(item.span);
		if (!bin) {
			const at = item.span.shape === 'fade-in' ? item.span.end : item.span.start;
			const start = periodStart(at, unit);
			bin = bins.get(start);
			if (!bin) bins.set(start, (bin = { start, end: nextPeriod(start, unit) - 1, facts: [] }));
			periodOf.set(item.span, bin);
		}
		bin.facts.push(item.id);
	}
	return [...bins.values()].sort((a, b) => a.start - b.start);
});

/**
 * The accessible name of each bar, by its start: its period in the reader's language and its count.
 * Made once per list of bars (a filter chosen again finds them), with the shared date formatters.
 */
export const binLabels = remember(function binLabels(
	bins: readonly TimeBin[],
	unit: BinUnit,
	locale: Locale,
	m: Messages
): ReadonlyMap<number, string> {
	const format = dateFormatter(locale, unit);
	return new Map(bins.map((b) => [b.start, m.binLabel(format.format(b.start), b.facts.length)]));
});
