import type { Dataset } from '../../schema/dataset';
import type { FuzzyDate } from '../../schema/dates';
import type { Evidence } from '../../schema/evidence';
import { daysOverlap, fuzzyDateDays } from '../days';
import type { Selection } from '../selection';
import { BASIS_OTHER, basisCode, type MoveStore } from '../store';

/** Whether a date can fall in the window (an undated fact never does). */
function dateInWindow(date: FuzzyDate, window: Selection['window']): boolean {
	if (!window) return true;
	const days = fuzzyDateDays(date);
	return daysOverlap(days.first, days.last, window);
}

/**
 * Which events, figures and trends a selection shows: those involving a chosen organization (any,
 * when none is chosen), dated within the window (trends, undated, only without one), naming the
 * person (figures and trends name nobody: none then). Known only from other reporting: only with
 * it on (`keep` names events shown whatever the filter: the timeline keeps the article's publication,
 * its end of time).
 */
export function factFilters(
	store: MoveStore,
	selection: Selection,
	options: { ignoreWindow?: boolean; keep?: (e: Dataset['events'][number]) => boolean } = {}
) {
	const { organizations: chosen, person, later } = selection;
	const window = options.ignoreWindow ? null : selection.window;
	const chosenIds = new Set(chosen.map((k) => store.organizationIds[k]));
	const personId = person >= 0 ? store.personIds[person] : person === -2 ? '' : undefined;
	const shows = (evidence: readonly Evidence[]) => later || basisCode(evidence) !== BASIS_OTHER;
	const involves = (ids: readonly string[]) => chosenIds.size === 0 || ids.some((id) => chosenIds.has(id));
	return {
		event: (e: Dataset['events'][number]) =>
			options.keep?.(e) === true ||
			(shows(e.evidence) &&
				involves(e.organizations) &&
				dateInWindow(e.date, window) &&
				(personId === undefined || e.people.includes(personId))),
		aggregate: (a: Dataset['aggregates'][number]) =>
			shows(a.evidence) &&
			involves([a.organization]) &&
			dateInWindow(a.period, window) &&
			personId === undefined,
		trend: (t: Dataset['trends'][number]) =>
			shows(t.evidence) && involves(t.organizations) && window === null && personId === undefined
	};
}

/** The events, figures and trends a selection shows (see `factFilters`). */
export function shownFacts(store: MoveStore, selection: Selection) {
	const { event, aggregate, trend } = factFilters(store, selection);
	const { events, aggregates, trends } = store.dataset;
	return {
		events: events.filter(event),
		aggregates: aggregates.filter(aggregate),
		trends: trends.filter(trend)
	};
}
