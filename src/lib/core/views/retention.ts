import { dayStart, NO_DAY, OPEN_END, OPEN_START } from '../days';
import type { Selection } from '../selection';
import type { MoveStore } from '../store';
import { runToEnd } from '../runToEnd';
import { placedPeriod, placedPeriods, windowMonths } from './periods';
import { personSequence } from './personSequence';
import { NOT_A_STAY, OUTCOMES, RETENTION_YEARS, Stays, type StayOutcome } from './stays';

export type RetentionCount = Record<StayOutcome, number>;

/** The people who joined one organization in one year, and what became of them after 1 and 2 years. */
export interface RetentionCohort {
	organization: number;
	year: number;
	/** How many joined (weights summed). */
	joined: number;
	/** One count per entry of `RETENTION_YEARS`. */
	after: RetentionCount[];
}

export interface RetentionView {
	/** The years after joining told of (`RETENTION_YEARS`). */
	years: readonly number[];
	cohorts: RetentionCohort[];
	/**
	 * Each chosen organization's dated arrivals added up: its cohorts, and the arrivals dated only to
	 * a span that runs over more than one year (`loose`), for those with any.
	 */
	totals: Omit<RetentionCohort, 'year'>[];
	/** Arrivals at each chosen organization with no date: in no cohort and in no total. */
	undated: { organization: number; arrivals: number }[];
	/**
	 * Arrivals dated only to a span that runs over more than one year ("on or before 3 April 2024"):
	 * in no cohort, as that would date them more precisely than their source, but in the total.
	 */
	loose: { organization: number; arrivals: number }[];
	/** The last day the data knows (that of its latest move or stated end of a stay): the censoring line. */
	lastDay: number;
	/** The same day as `YYYY-MM-DD`, for the page to say (empty when no move is dated). */
	lastDate: string;
}

/**
 * Whether retention can be told from a store's moves: not for flows counted from a larger file
 * (`no-people`: they follow no one), nor when no one is ever seen leaving a place they moved to,
 * by a later move or a dated end of their stay (`no-stays`: no stay ends in the data, so how long
 * people stay cannot be told).
 */
export function retentionAvailability(store: MoveStore): 'available' | 'no-people' | 'no-stays' {
	return runToEnd(retentionAvailabilityInSlices(store));
}

/**
 * `retentionAvailability`, pausing (yielding) every few thousand people, for an import told before
 * it is shown: a file of moves with no stated ends has every person's sequence read.
 */
export function* retentionAvailabilityInSlices(
	store: MoveStore,
	slice = 20_000
): Generator<void, 'available' | 'no-people' | 'no-stays'> {
	if (!store.namesPeople) return 'no-people';
	const { from, to, stayFirst, stayLast } = store;
	for (let row = 0; row < store.size; row++)
		if (
			from[row] !== to[row] &&
			stayFirst[row] !== NO_DAY &&
			(stayFirst[row] !== OPEN_START || stayLast[row] !== OPEN_END)
		)
			return 'available';
	for (let p = 0; p < store.personIds.length; p++) {
		if (p % slice === slice - 1) yield;
		const { dated } = personSequence(store, p, true);
		for (let i = 0; i < dated.length; i++) {
			const at = to[dated[i]!]!;
			if (at === from[dated[i]!]) continue;
			for (let j = i + 1; j < dated.length; j++) if (from[dated[j]!] === at) return 'available';
		}
	}
	return 'no-stays';
}

/** Cohorts of one organization added up. */
function totalOf(cohorts: readonly Omit<RetentionCohort, 'year'>[]): Omit<RetentionCohort, 'year'> {
	const after = RETENTION_YEARS.map(() => ({ stayed: 0, left: 0, censored: 0, unknown: 0 }));
	for (const c of cohorts)
		c.after.forEach((count, i) => {
			for (const outcome of OUTCOMES) after[i]![outcome] += count[outcome];
		});
	return { organization: cohorts[0]!.organization, joined: cohorts.reduce((s, c) => s + c.joined, 0), after };
}

/**
 * Retention at each chosen organization over the rows a selection keeps: the people who joined it
 * (a move into it from elsewhere, dated, among the rows) grouped by the year the move is placed in,
 * and for each, 1 and 2 years on, whether they were still there (see `Stays`, which the state
 * keeps per dataset and hands in). A move is in a year when every day its date allows within the
 * window is (see `placedPeriod`, the balance's rule); the others are `loose`. The window chooses
 * who joined, not how long they stayed. A return to a past employer is a new arrival. Counts are
 * sums of weights.
 */
export function retentionView(
	store: MoveStore,
	rows: Int32Array,
	selection: Selection,
	stays: Uint8Array = new Stays(store, selection.later).at(selection.organizations)
): RetentionView {
	const chosen = selection.organizations.filter((k) => k >= 0 && k < store.organizationIds.length);
	const { from, to, weight, month } = store;
	const months = windowMonths(selection.window);
	// Chosen organizations by number: their place in `chosen`, plus one (0: not chosen).
	const slot = new Int32Array(store.organizationIds.length);
	chosen.forEach((k, i) => (slot[k] = i + 1));
	// Each (year, organization) cohort's counts in one dense array, from the first year the data
	// places a move in: joined, then an outcome's count per anniversary. (A map of cohorts, looked
	// up at every arrival, was most of the view's time.) The loose arrivals' counts follow, one
	// block per organization.
	const YEARS = RETENTION_YEARS.length;
	const WIDTH = 1 + YEARS * 4;
	// The years a move can be placed in within the window, as the balance's.
	const { first: firstYear, count: years } = placedPeriods(store, months, 'year');
	const cohortCells = years * chosen.length * WIDTH;
	const counts = new Float64Array(cohortCells + chosen.length * WIDTH);
	const undated = new Float64Array(chosen.length);
	for (let q = 0; q < rows.length; q++) {
		const row = rows[q]!;
		const c = slot[to[row]!]! - 1;
		if (c < 0 || from[row] === to[row]) continue;
		const w = weight[row]!;
		if (month[row] === NO_DAY || stays[row * YEARS] === NOT_A_STAY) {
			undated[c]! += w;
			continue;
		}
		const year = placedPeriod(store, row, months, 'year');
		const at = Number.isNaN(year)
			? cohortCells + c * WIDTH
			: ((year - firstYear) * chosen.length + c) * WIDTH;
		counts[at]! += w;
		for (let n = 0; n < YEARS; n++) counts[at + 1 + n * 4 + stays[row * YEARS + n]!]! += w;
	}
	const countsAt = (at: number, c: number): Omit<RetentionCohort, 'year'> => ({
		organization: chosen[c]!,
		joined: counts[at]!,
		after: RETENTION_YEARS.map(
			(_, n) => Object.fromEntries(OUTCOMES.map((o, i) => [o, counts[at + 1 + n * 4 + i]!])) as RetentionCount
		)
	});
	const cohortsOf = chosen.map((): RetentionCohort[] => []);
	for (let at = 0; at < cohortCells; at += WIDTH) {
		if (counts[at] === 0) continue;
		const cohort = at / WIDTH;
		const c = cohort % chosen.length;
		cohortsOf[c]!.push({ ...countsAt(at, c), year: firstYear + (cohort - c) / chosen.length });
	}
	const loose = chosen.map((_, c) => countsAt(cohortCells + c * WIDTH, c));
	const byOrganization = cohortsOf.map((list) => list.sort((a, b) => a.year - b.year));
	return {
		years: RETENTION_YEARS,
		cohorts: byOrganization.flat(),
		totals: byOrganization
			.map((list, c) => (loose[c]!.joined > 0 ? [...list, loose[c]!] : list))
			.filter((list) => list.length > 0)
			.map(totalOf),
		undated: chosen.flatMap((k, c) => (undated[c]! > 0 ? [{ organization: k, arrivals: undated[c]! }] : [])),
		loose: loose.flatMap((l) => (l.joined > 0 ? [{ organization: l.organization, arrivals: l.joined }] : [])),
		lastDay: store.lastKnownDay,
		lastDate:
			store.lastKnownDay === NO_DAY ? '' : new Date(dayStart(store.lastKnownDay)).toISOString().slice(0, 10)
	};
}
