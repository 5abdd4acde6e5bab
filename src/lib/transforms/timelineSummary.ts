import type { FuzzyDate } from '../schema/dates';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { timelineRowName } from './chartLabels';
import type { DatasetIndex } from './describeFact';
import { formatFuzzyDate, formatPartialDate } from './formatDates';
import { remember } from './remember';
import { binTimeline, binUnitFor, MAX_TIMELINE_ROWS } from './timelineBins';
import type { Timeline, TimelineItem } from './timeline';

/** How precise a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date is, which decides "on" or "in" in a sentence. */
function precisionOf(value: string): 'day' | 'month' | 'year' {
	const parts = value.split('-').length;
	return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

function dateOf(item: TimelineItem, index: DatasetIndex): FuzzyDate | undefined {
	if (item.kind === 'move') return index.moves.get(item.id)?.date;
	if (item.kind === 'event') return index.events.get(item.id)?.date;
	return index.aggregates.get(item.id)?.period;
}

/**
 * A few sentences saying what the timeline shows, from the facts drawn: how many moves, events and
 * figures, between which dates the sources place them (as precisely as they say, never more), and
 * which come first and last, or, when the facts are counted by month or year, the busiest period.
 * Empty when nothing is drawn: the chart then says so itself. Facts without a date are mentioned
 * only when the chart does not list them.
 */
export const timelineSummary = remember(function timelineSummary(
	timeline: Timeline,
	index: DatasetIndex,
	locale: Locale,
	m: Messages
): string {
	const { items, undated } = timeline;
	if (items.length === 0) return '';

	const counts = { move: 0, event: 0, aggregate: 0 };
	// The period runs from the earliest date a source states to the latest one: an open end
	// ("since 2023") does not stretch it to the end of the axis.
	// The first and last facts are chosen by the same stated dates; on a tie, a day beats a span
	// around it ("on 3 April" comes after "in the weeks before 3 April").
	let earliest: { value: string; at: number; item: TimelineItem } | undefined;
	let latest: { value: string; at: number; item: TimelineItem } | undefined;
	for (const item of items) {
		counts[item.kind]++;
		// The dates the row's source states, as placed on the timeline (no lookup per row: a
		// timeline may hold 100,000).
		if (!item.stated) continue;
		const { first, last, firstAt: startsAt, lastAt: endsAt } = item.stated;
		if (
			!earliest ||
			startsAt < earliest.at ||
			(startsAt === earliest.at && item.span.end < earliest.item.span.end)
		)
			earliest = { value: first, at: startsAt, item };
		if (!latest || endsAt > latest.at || (endsAt === latest.at && item.span.start > latest.item.span.start))
			latest = { value: last, at: endsAt, item };
	}

	const list = new Intl.ListFormat(locale, { type: 'conjunction' });
	const what = list.format(
		[
			counts.move > 0 ? m.timelineCountMoves(counts.move) : '',
			counts.event > 0 ? m.timelineCountEvents(counts.event) : '',
			counts.aggregate > 0 ? m.timelineCountFigures(counts.aggregate) : ''
		].filter(Boolean)
	);

	const sentences: string[] = [];
	if (earliest && latest) {
		const from = { text: formatPartialDate(earliest.value, locale), precision: precisionOf(earliest.value) };
		const to = { text: formatPartialDate(latest.value, locale), precision: precisionOf(latest.value) };
		sentences.push(
			from.text === to.text ? m.timelineSummaryOn(what, from) : m.timelineSummaryBetween(what, from, to)
		);
	}

	if (items.length > MAX_TIMELINE_ROWS) {
		// Counted by period: the busiest one is what a reader of the bars would look for first.
		const unit = binUnitFor(timeline.domain);
		const bins = binTimeline(items, unit);
		const busiest = bins.reduce((a, b) => (b.facts.length > a.facts.length ? b : a));
		const period = new Intl.DateTimeFormat(locale, {
			year: 'numeric',
			...(unit === 'month' ? { month: 'long' } : {}),
			timeZone: 'UTC'
		}).format(busiest.start);
		sentences.push(m.timelineSummaryBusiest(unit, period, busiest.facts.length));
	} else if (earliest && latest && earliest.item !== latest.item) {
		// Drawn one row per fact: the first and the last give the story's span in its own terms.
		const name = (item: TimelineItem) => timelineRowName(item, index, locale, m);
		const when = (item: TimelineItem) => formatFuzzyDate(dateOf(item, index)!, locale, m);
		const { item: first } = earliest;
		const { item: last } = latest;
		sentences.push(m.timelineSummaryEnds(name(first), when(first), name(last), when(last)));
	}

	// The chart lists undated facts beneath it, unless there are too many to list.
	if (undated.length > MAX_TIMELINE_ROWS) sentences.push(m.timelineSummaryUndated(undated.length));
	return sentences.join(' ');
});
