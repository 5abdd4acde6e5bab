import { dayNumber, dayStart, NO_DAY, OPEN_END, OPEN_START } from '../days';
import type { Selection } from '../selection';
import type { MoveStore } from '../store';
import { personSequence } from './personSequence';

/** The years after joining at which retention is told. */
export const RETENTION_YEARS = [1, 2] as const;

/**
 * What is known of one stay a given number of years after it began: the person was still there
 * (`stayed`), had left (`left`), the data ends too soon after they joined to tell (`censored`),
 * or the dates are too vague to tell (`unknown`).
 */
export type StayOutcome = 'stayed' | 'left' | 'censored' | 'unknown';

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
	/** Each chosen organization's cohorts added up (every year joined), for those with any. */
	totals: Omit<RetentionCohort, 'year'>[];
	/** Arrivals at each chosen organization with no date: in no cohort. */
	undated: { organization: number; arrivals: number }[];
	/** The last day the data knows (that of its latest move): the censoring line. */
	lastDay: number;
	/** The same day as `YYYY-MM-DD`, for the page to say (empty when no move is dated). */
	lastDate: string;
}

/**
 * Whether retention can be told from a store's moves: not for flows counted from a larger file
 * (`no-people`: they follow no one), nor when no one is ever seen leaving a place they moved to
 * (`no-stays`: no stay ends in the data, so how long people stay cannot be told).
 */
export function retentionAvailability(store: MoveStore): 'available' | 'no-people' | 'no-stays' {
	if (!store.namesPeople) return 'no-people';
	const { from, to } = store;
	for (let p = 0; p < store.personIds.length; p++) {
		const { dated } = personSequence(store, p, true);
		for (let i = 0; i < dated.length; i++) {
			const at = to[dated[i]!]!;
			if (at === from[dated[i]!]) continue;
			for (let j = i + 1; j < dated.length; j++) if (from[dated[j]!] === at) return 'available';
		}
	}
	return 'no-stays';
}

/** The day `years` years after a day (the same date; 29 February gives 1 March), open ends unbounded. */
export function anniversary(day: number, years: number): number {
	if (day === OPEN_START) return -Infinity;
	if (day === OPEN_END) return Infinity;
	const at = new Date(day * 86_400_000);
	return dayNumber(at.getUTCFullYear() + years, at.getUTCMonth(), at.getUTCDate());
}

/** A day of a column as a number to compare, open ends unbounded. */
function bound(day: number): number {
	return day === OPEN_START ? -Infinity : day === OPEN_END ? Infinity : day;
}

/**
 * What is known, `years` after an arrival, of the stay it began. With a departure (the person's
 * next move out of the organization): left when it came before the earliest anniversary the dates
 * allow, stayed when on or after the latest, else unknown. With none: stayed when the data goes on
 * past the latest anniversary, censored when it ends before; unknown when the person also has an
 * undated move out of the organization, which may have ended the stay at any time.
 */
export function stayOutcome(
	store: MoveStore,
	arrival: number,
	departure: number,
	undatedDeparture: boolean,
	years: number
): StayOutcome {
	const earliest = anniversary(store.first[arrival]!, years);
	const latest = anniversary(store.last[arrival]!, years);
	if (departure >= 0) {
		if (bound(store.last[departure]!) < earliest) return 'left';
		return bound(store.first[departure]!) >= latest ? 'stayed' : 'unknown';
	}
	if (undatedDeparture) return 'unknown';
	return store.lastDay !== NO_DAY && store.lastDay >= latest ? 'stayed' : 'censored';
}

/** Cohorts of one organization added up. */
function totalOf(cohorts: readonly RetentionCohort[]): Omit<RetentionCohort, 'year'> {
	const after = RETENTION_YEARS.map(() => ({ stayed: 0, left: 0, censored: 0, unknown: 0 }));
	for (const c of cohorts)
		c.after.forEach((count, i) => {
			for (const outcome of ['stayed', 'left', 'censored', 'unknown'] as const)
				after[i]![outcome] += count[outcome];
		});
	return { organization: cohorts[0]!.organization, joined: cohorts.reduce((s, c) => s + c.joined, 0), after };
}

/**
 * Retention at each chosen organization over the rows a selection keeps: the people who joined it
 * (a move into it from elsewhere, dated, among the rows) grouped by the year the move is placed in,
 * and for each, 1 and 2 years on, whether they were still there (see `stayOutcome`). A stay ends at
 * the person's next move out of the organization, wherever their other moves fall: the window
 * chooses who joined, not how long they stayed. A return to a past employer is a new arrival.
 * Counts are sums of weights.
 */
export function retentionView(store: MoveStore, rows: Int32Array, selection: Selection): RetentionView {
	const chosen = selection.organizations.filter((k) => k >= 0 && k < store.organizationIds.length);
	const { from, to, weight, month, person } = store;
	const cohorts = new Map<number, Map<number, RetentionCohort>>(chosen.map((k) => [k, new Map()]));
	const undated = new Map<number, number>();
	// Each person's order is made once, however many of their moves are arrivals.
	const sequences = new Map<number, ReturnType<typeof personSequence>>();
	for (const row of rows) {
		const organization = to[row]!;
		const byYear = cohorts.get(organization);
		if (!byYear || from[row] === organization) continue;
		if (month[row] === NO_DAY) {
			undated.set(organization, (undated.get(organization) ?? 0) + weight[row]!);
			continue;
		}
		let sequence = sequences.get(person[row]!);
		if (!sequence)
			sequences.set(person[row]!, (sequence = personSequence(store, person[row]!, selection.later)));
		const after = sequence.dated.indexOf(row);
		const departure = sequence.dated.slice(after + 1).find((r) => from[r] === organization) ?? -1;
		const undatedDeparture = sequence.undated.some((r) => from[r] === organization);
		const year = Math.floor(month[row]! / 12);
		let cohort = byYear.get(year);
		if (!cohort) {
			const none = () => ({ stayed: 0, left: 0, censored: 0, unknown: 0 });
			byYear.set(year, (cohort = { organization, year, joined: 0, after: RETENTION_YEARS.map(none) }));
		}
		cohort.joined += weight[row]!;
		RETENTION_YEARS.forEach((years, i) => {
			cohort.after[i]![stayOutcome(store, row, departure, undatedDeparture, years)] += weight[row]!;
		});
	}
	const byOrganization = chosen.map((k) => [...cohorts.get(k)!.values()].sort((a, b) => a.year - b.year));
	return {
		years: RETENTION_YEARS,
		cohorts: byOrganization.flat(),
		totals: byOrganization.filter((list) => list.length > 0).map(totalOf),
		undated: chosen
			.filter((k) => undated.has(k))
			.map((k) => ({ organization: k, arrivals: undated.get(k)! })),
		lastDay: store.lastDay,
		lastDate: store.lastDay === NO_DAY ? '' : new Date(dayStart(store.lastDay)).toISOString().slice(0, 10)
	};
}
