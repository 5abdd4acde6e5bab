import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import type { PlacedFact, TimelineView } from '../core/views/timeline';
import { timelineRowName } from './chartLabels';
import type { DatasetIndex } from './describeFact';
import { dateFormatter, dateInSentence, formatFuzzyDate } from './formatDates';
import { listOf } from './formatLists';

/**
 * A few sentences saying what the timeline shows: how many moves, events and figures, between
 * which dates the sources place them (as precisely as they say, never more), and which come first
 * and last, or, when the moves are counted by month or year, the busiest period. Empty when nothing
 * is drawn: the chart then says so itself. Facts without a date are mentioned only when the chart
 * does not list them.
 */
export function timelineSummary(
	timeline: TimelineView,
	index: DatasetIndex,
	locale: Locale,
	m: Messages,
	/** One person is chosen: facts are named by place, as the rows are (see `timelineRowName`). */
	byPlace = false
): string {
	const { counts, earliest, latest, bins } = timeline;
	if (counts.move + counts.event + counts.aggregate === 0) return '';
	const what = listOf(
		[
			counts.move > 0 ? m.timelineCountMoves(counts.move) : '',
			counts.event > 0 ? m.timelineCountEvents(counts.event) : '',
			counts.aggregate > 0 ? m.timelineCountFigures(counts.aggregate) : ''
		].filter(Boolean),
		locale
	);

	const sentences: string[] = [];
	if (earliest && latest) {
		const from = dateInSentence(earliest.value, locale);
		const to = dateInSentence(latest.value, locale);
		// The earliest known only by its end ("in recent weeks", up to the article's day): where the
		// story starts is not known, only where it ends.
		const openStart = earliest.date.start === undefined;
		sentences.push(
			openStart
				? m.timelineSummaryBy(what, to)
				: from.text === to.text
					? m.timelineSummaryOn(what, from)
					: m.timelineSummaryBetween(what, from, to)
		);
	}

	if (bins.length > 0) {
		// Counted by period: the busiest one is what a reader of the bars would look for first.
		const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
		const period = dateFormatter(locale, timeline.unit).format(busiest.start);
		sentences.push(m.timelineSummaryBusiest(timeline.unit, period, busiest.count));
	} else if (earliest && latest && earliest.id !== latest.id) {
		// Drawn one row per fact: the first and the last give the story's span in its own terms.
		const name = (fact: PlacedFact) => timelineRowName(fact, index, locale, m, byPlace);
		const when = (fact: PlacedFact) => formatFuzzyDate(fact.date, locale, m);
		sentences.push(m.timelineSummaryEnds(name(earliest), when(earliest), name(latest), when(latest)));
	}

	// The chart lists undated facts beneath it, unless there are too many to list.
	if (timeline.undatedCount > timeline.undated.length || timeline.undatedCount > 40)
		sentences.push(m.timelineSummaryUndated(timeline.undatedCount));
	return sentences.join(' ');
}
