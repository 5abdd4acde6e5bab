import type { Dataset } from '../../schema/dataset';
import type { FuzzyDate } from '../../schema/dates';
import type { Evidence } from '../../schema/evidence';
import { fuzzyDateDays, NO_DAY } from '../days';
import type { Selection } from '../selection';
import { BASIS_ARTICLE, BASIS_OTHER, basisCode, type MoveStore } from '../store';
import { factRowOf, type FactKind, type FactRow } from '../../transforms/facts';

/** A list of facts whose rows are made only for the part a table shows. */
export interface FactList {
	length: number;
	/** The facts from `start` to `end` (not included), in order. */
	slice(start: number, end: number): FactRow[];
}

/** The facts a selection shows, split by where they come from. */
export interface FactsView {
	article: FactList;
	others: FactList;
	/** The events, figures and trends shown (few: the article's, never an import's moves). */
	events: Dataset['events'];
	aggregates: Dataset['aggregates'];
	trends: Dataset['trends'];
}

/** One kind of fact in a list: objects already at hand, or places in one of the dataset's lists. */
type Segment =
	| { kind: FactKind; facts: readonly { id: string; evidence: Evidence[] }[] }
	| { kind: 'move' | 'person' | 'organization'; places: Int32Array };

function listOf(dataset: Dataset, segments: Segment[]): FactList {
	const sizes = segments.map((s) => ('places' in s ? s.places.length : s.facts.length));
	const length = sizes.reduce((a, b) => a + b, 0);
	const objectAt = (segment: Segment, i: number) => {
		if (!('places' in segment)) return segment.facts[i]!;
		const list =
			segment.kind === 'move'
				? dataset.moves
				: segment.kind === 'person'
					? dataset.people
					: dataset.organizations;
		return list[segment.places[i]!]!;
	};
	return {
		length,
		slice(start, end) {
			const out: FactRow[] = [];
			let offset = 0;
			segments.forEach((segment, s) => {
				const from = Math.max(start - offset, 0);
				const to = Math.min(end - offset, sizes[s]!);
				for (let i = from; i < to; i++) out.push(factRowOf(segment.kind, objectAt(segment, i) as never));
				offset += sizes[s]!;
			});
			return out;
		}
	};
}

/** Whether a date can fall in the window (an undated fact never does). */
function dateInWindow(date: FuzzyDate, window: Selection['window']): boolean {
	if (!window) return true;
	const days = fuzzyDateDays(date);
	return days.first !== NO_DAY && days.first <= window.last && days.last >= window.first;
}

/**
 * Which events, figures and trends a selection shows: those involving a chosen organization (any,
 * when none is chosen), dated within the window (trends, undated, only without one), naming the
 * person (figures and trends name nobody: none then). Known only from other reporting: only with
 * it on (`keep` lets the timeline keep the article's publication, its end of time).
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
			(shows(e.evidence) || options.keep?.(e) === true) &&
			involves(e.organizations) &&
			dateInWindow(e.date, window) &&
			(personId === undefined || e.people.includes(personId)),
		aggregate: (a: Dataset['aggregates'][number]) =>
			shows(a.evidence) && involves([a.organization]) && dateInWindow(a.period, window) && personId === undefined,
		trend: (t: Dataset['trends'][number]) =>
			shows(t.evidence) && involves(t.organizations) && window === null && personId === undefined
	};
}

/**
 * The facts a selection shows. Moves: the rows kept. Events, figures and trends: those involving
 * a chosen organization (any, when none is chosen), dated within the window (trends and reasons,
 * undated, only without one), naming the person (when one is chosen). People: those of the moves
 * and events shown; organizations: those they involve, the chosen ones and those of the people's
 * roles; with no organization, window or person chosen, every person and organization. Facts known
 * only from other reporting show only with it on.
 */
export function factsView(store: MoveStore, rows: Int32Array, selection: Selection): FactsView {
	const { dataset } = store;
	const { organizations: chosen, window, person, later } = selection;
	const unfiltered = chosen.length === 0 && window === null && person === -1;
	const shows = (evidence: readonly Evidence[]) => later || basisCode(evidence) !== BASIS_OTHER;

	const { event: eventShown, aggregate: aggregateShown, trend: trendShown } = factFilters(store, selection);
	const events = dataset.events.filter(eventShown);
	const aggregates = dataset.aggregates.filter(aggregateShown);
	const trends = dataset.trends.filter(trendShown);
	const reasons = unfiltered ? dataset.reasons.filter((r) => shows(r.evidence)) : [];

	// People and organizations, marked by number then listed in the dataset's order.
	const people = new Uint8Array(dataset.people.length);
	const orgs = new Uint8Array(dataset.organizations.length);
	const mark = (marks: Uint8Array, k: number | undefined) => {
		if (k !== undefined && k < marks.length) marks[k] = 1;
	};
	if (unfiltered) {
		people.fill(1);
		orgs.fill(1);
	} else {
		for (const row of rows) {
			mark(people, store.person[row]);
			mark(orgs, store.from[row]);
			mark(orgs, store.to[row]);
		}
		for (const e of events) {
			for (const p of e.people) mark(people, store.personNumber.get(p));
			for (const o of e.organizations) mark(orgs, store.organizationNumber.get(o));
		}
		for (const a of aggregates) mark(orgs, store.organizationNumber.get(a.organization));
		for (const t of trends) for (const o of t.organizations) mark(orgs, store.organizationNumber.get(o));
		for (const k of chosen) mark(orgs, k);
		people.forEach((on, p) => {
			if (on) for (const r of dataset.people[p]!.roles) mark(orgs, store.organizationNumber.get(r.organization));
		});
	}

	// Each list split by basis: the article's facts, and the rest.
	const split = (marks: Uint8Array | Int32Array, basisAt: (i: number) => number, isPlaces: boolean) => {
		const article: number[] = [];
		const others: number[] = [];
		const each = (i: number) => {
			const b = basisAt(i);
			if (!later && b === BASIS_OTHER) return;
			(b === BASIS_ARTICLE ? article : others).push(i);
		};
		if (isPlaces) for (const i of marks) each(i);
		else marks.forEach((on, i) => on && each(i));
		return [Int32Array.from(article), Int32Array.from(others)] as const;
	};
	const [moveA, moveO] = split(rows, (row) => store.basis[row]!, true);
	const [personA, personO] = split(people, (p) => store.personBasis[p]!, false);
	const [orgA, orgO] = split(orgs, (o) => store.organizationBasis[o]!, false);
	const byBasis = <T extends { evidence: Evidence[] }>(list: readonly T[], article: boolean) =>
		list.filter((f) => (basisCode(f.evidence) === BASIS_ARTICLE) === article);
	const segments = (article: boolean, moves: Int32Array, ppl: Int32Array, org: Int32Array): Segment[] => [
		{ kind: 'move', places: moves },
		{ kind: 'aggregate', facts: byBasis(aggregates, article) },
		{ kind: 'event', facts: byBasis(events, article) },
		{ kind: 'person', places: ppl },
		{ kind: 'organization', places: org },
		{ kind: 'reason', facts: byBasis(reasons, article) },
		{ kind: 'trend', facts: byBasis(trends, article) }
	];
	return {
		article: listOf(dataset, segments(true, moveA, personA, orgA)),
		others: listOf(dataset, segments(false, moveO, personO, orgO)),
		events,
		aggregates,
		trends
	};
}
