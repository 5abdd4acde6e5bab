import { NO_DAY } from '../days';
import type { Selection } from '../selection';
import type { MoveStore } from '../store';
import { placedPeriod, placedPeriods, windowMonths } from './periods';
import type { BinUnit } from './timeline';

/** How many sources and destinations a balance names; the rest are counted together as "Other". */
export const TOP_ORGANIZATIONS = 5;

/** What a move is to the chosen organizations (taken together as one group). */
export const Side = {
	/** Neither end is chosen (a row outside the group: not counted). */
	None: 0,
	/** From outside the group into it. */
	Arrival: 1,
	/** From the group to outside it. */
	Departure: 2,
	/** Between two chosen organizations, or within one: the group neither gains nor loses. */
	Internal: 3
} as const;
export type Side = (typeof Side)[keyof typeof Side];

/** The chosen organizations as marks by number (1 = chosen), for `sideOf`. */
export function chosenMarks(store: MoveStore, chosen: readonly number[]): Uint8Array {
	const marks = new Uint8Array(store.organizationIds.length);
	for (const k of chosen) if (k >= 0 && k < marks.length) marks[k] = 1;
	return marks;
}

/** Whether a row is an arrival, a departure or internal to the chosen organizations. */
export function sideOf(store: MoveStore, row: number, marks: Uint8Array): Side {
	const from = marks[store.from[row]!] === 1;
	const to = marks[store.to[row]!] === 1;
	return from ? (to ? Side.Internal : Side.Departure) : to ? Side.Arrival : Side.None;
}

/** An organization with the moves (weights summed) it sent to or took from the chosen ones. */
export interface Tally {
	organization: number;
	moves: number;
}

/** The organizations past the ones named, counted together. */
export interface OtherTally {
	moves: number;
	/** How many organizations they are. */
	organizations: number;
}

/** One period of the balance: its arrivals and departures (weights summed) and their difference. */
export interface BalancePeriod {
	/** The month (year × 12 + month index) or the year, as `unit` says. */
	key: number;
	arrivals: number;
	departures: number;
	net: number;
}

/**
 * The balance of the chosen organizations, taken together, over the rows a selection keeps: who
 * came (arrivals), who went (departures), the difference (net), where they came from and went to,
 * and the net per month or year. Every figure is a sum of weights. A move between two chosen
 * organizations (or within one) is internal: the group neither gains nor loses by it, so it is
 * counted apart and in neither arrivals nor departures.
 */
export interface BalanceView {
	/** The chosen organizations the store knows, by number, in the order chosen. */
	organizations: number[];
	arrivals: number;
	departures: number;
	net: number;
	internal: number;
	/** The busiest sources of arrivals (most first), and the rest as one. */
	sources: Tally[];
	otherSources: OtherTally;
	/** The busiest destinations of departures, and the rest as one. */
	destinations: Tally[];
	otherDestinations: OtherTally;
	/** The timeline's period, so that the two charts count alike. */
	unit: BinUnit;
	/** Every period from the first to the last with a dated arrival or departure, empty ones included. */
	periods: BalancePeriod[];
	/**
	 * The months (year × 12 + month index) of the window's first and last days, an open side
	 * infinite, or null with no window: a move is placed in a period within them (see `placedPeriod`).
	 */
	months: [number, number] | null;
	/** Arrivals and departures with no date, which no period holds. */
	undated: { arrivals: number; departures: number };
	/** Arrivals and departures dated only to a span wider than one period, which no period holds either. */
	loose: { arrivals: number; departures: number };
	/**
	 * With exactly two organizations chosen (a, b, in the order chosen): the moves from a to b and
	 * from b to a, and how many a → b there are for each b → a (null when there is none b → a).
	 */
	pair: { ab: number; ba: number; ratio: number | null } | null;
}

/** The busiest few of some counts by organization (ties by id), and the rest counted together. */
function ranked(store: MoveStore, counts: Float64Array, top: number): [Tally[], OtherTally] {
	const ids = store.organizationIds;
	const all: Tally[] = [];
	counts.forEach((moves, organization) => {
		if (moves > 0) all.push({ organization, moves });
	});
	all.sort((a, b) => b.moves - a.moves || (ids[a.organization]! < ids[b.organization]! ? -1 : 1));
	const rest = all.slice(top);
	return [all.slice(0, top), { moves: rest.reduce((s, t) => s + t.moves, 0), organizations: rest.length }];
}

/** The balance of the chosen organizations over some rows (see `BalanceView`). */
export function balanceView(
	store: MoveStore,
	rows: Int32Array,
	chosen: readonly number[],
	unit: BinUnit,
	top = TOP_ORGANIZATIONS,
	window: Selection['window'] = null
): BalanceView {
	const organizations = chosen.filter((k) => k >= 0 && k < store.organizationIds.length);
	const marks = chosenMarks(store, organizations);
	const { from, to, weight, month } = store;
	let arrivals = 0;
	let departures = 0;
	let internal = 0;
	// Counts in arrays by organization and by period, not maps: a balance of 100,000 rows is redrawn
	// at each change of filter.
	const sources = new Float64Array(store.organizationIds.length);
	const destinations = new Float64Array(store.organizationIds.length);
	// A move is placed within the window (see `placedPeriod`), in one of the periods it allows.
	const months = windowMonths(window);
	const { first: firstKey, count: span } = placedPeriods(store, months, unit);
	const periodArrivals = new Float64Array(span);
	const periodDepartures = new Float64Array(span);
	const undated = { arrivals: 0, departures: 0 };
	const loose = { arrivals: 0, departures: 0 };
	const [a, b] = organizations;
	const pair = organizations.length === 2 ? { ab: 0, ba: 0, ratio: null as number | null } : null;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		const side = sideOf(store, row, marks);
		if (side === Side.None) continue;
		const w = weight[row]!;
		if (side === Side.Internal) {
			internal += w;
			if (pair && from[row] === a && to[row] === b) pair.ab += w;
			else if (pair && from[row] === b && to[row] === a) pair.ba += w;
			continue;
		}
		const arrival = side === Side.Arrival;
		if (arrival) {
			arrivals += w;
			sources[from[row]!]! += w;
		} else {
			departures += w;
			destinations[to[row]!]! += w;
		}
		if (month[row] === NO_DAY) {
			if (arrival) undated.arrivals += w;
			else undated.departures += w;
			continue;
		}
		const key = placedPeriod(store, row, months, unit);
		if (Number.isNaN(key)) {
			if (arrival) loose.arrivals += w;
			else loose.departures += w;
			continue;
		}
		const at = key - firstKey;
		if (arrival) periodArrivals[at]! += w;
		else periodDepartures[at]! += w;
	}
	if (pair) pair.ratio = pair.ba > 0 ? pair.ab / pair.ba : null;
	// From the first period with an arrival or a departure to the last, empty ones included.
	let first = 0;
	let last = span - 1;
	while (first < span && periodArrivals[first] === 0 && periodDepartures[first] === 0) first++;
	while (last >= first && periodArrivals[last] === 0 && periodDepartures[last] === 0) last--;
	const periods: BalancePeriod[] = [];
	for (let at = first; at <= last; at++) {
		const [inward, outward] = [periodArrivals[at]!, periodDepartures[at]!];
		periods.push({ key: firstKey + at, arrivals: inward, departures: outward, net: inward - outward });
	}
	const [namedSources, otherSources] = ranked(store, sources, top);
	const [namedDestinations, otherDestinations] = ranked(store, destinations, top);
	return {
		organizations,
		arrivals,
		departures,
		net: arrivals - departures,
		internal,
		sources: namedSources,
		otherSources,
		destinations: namedDestinations,
		otherDestinations,
		unit,
		periods,
		months,
		undated,
		loose,
		pair
	};
}
