import type { Aggregate, Event } from '../../schema/dataset';
import type { FuzzyDate } from '../../schema/dates';
import { basisOf, wordingLanguage } from '../../transforms/facts';
import { dateSpan, partialDateBounds, type StatedDates, type TimelineItem } from '../../transforms/timeline';
import { utcTime } from '../../transforms/utcTime';
import { NO_DAY, OPEN_START } from '../days';
import { selectRows, type Selection } from '../selection';
import { BASES, CERTAINTIES, type MoveStore } from '../store';
import { factFilters } from './facts';
import { litMarks } from './litMarks';

/** Above this many dated facts, the timeline counts them per period instead of a row each. */
export const MAX_TIMELINE_ROWS = 40;

export type BinUnit = 'month' | 'year';

/** A period of the timeline with the moves placed in it, drawn as one bar. */
export interface TimeBin {
	start: number;
	end: number;
	/** How many moves it holds (weights summed). */
	count: number;
	/** The ids of those moves (named when first read). */
	readonly facts: string[];
	/** The same moves as rows of the store, ascending (listed when first read). */
	readonly rows: Int32Array;
	/** Whether any of its moves is lit (see `LitByRows`). */
	readonly litBy: (lit: Uint8Array) => boolean;
}

export interface TimelineView {
	/** One row per dated fact, earliest first, when there are few enough (else empty). */
	items: TimelineItem[];
	/** Counts per period, when there are too many rows to draw (else empty). */
	bins: TimeBin[];
	unit: BinUnit;
	/** Facts with no date, listed beside the axis (at most `MAX_TIMELINE_ROWS` of them). */
	undated: { id: string; kind: 'move' | 'event' }[];
	undatedCount: number;
	/** How many moves (weights summed), events and figures are placed in time. */
	counts: { move: number; event: number; aggregate: number };
	/** The earliest and latest dates the sources state among the facts shown, for summaries. */
	earliest?: PlacedFact;
	latest?: PlacedFact;
	/** The time domain in milliseconds: the same for every filter of a dataset, so a brush stays put. */
	domain: [number, number];
}

/** A fact with the date a source states for it, as a summary names it. */
export interface PlacedFact {
	id: string;
	kind: TimelineItem['kind'];
	date: FuzzyDate;
	/** The stated date (start or end) the fact is placed by. */
	value: string;
}

/** Months for a domain of up to fifteen years (at most 180 bars), years beyond. */
export function binUnitFor(domain: readonly [number, number]): BinUnit {
	const years = (domain[1] - domain[0]) / (365.25 * 86_400_000);
	return years <= 15 ? 'month' : 'year';
}

/** The time domain of a dataset: from the first of January of its earliest year to its latest date. */
export function timelineDomain(
	store: MoveStore,
	others: readonly { date: FuzzyDate }[],
	openEnd: number
): [number, number] {
	let first = store.firstDay === NO_DAY ? Infinity : store.firstDay * 86_400_000;
	let latest = Math.max(openEnd, store.lastDay === NO_DAY ? -Infinity : (store.lastDay + 1) * 86_400_000 - 1);
	for (const { date } of others) {
		const span = dateSpan(date, openEnd);
		if (!span) continue;
		first = Math.min(first, span.start);
		latest = Math.max(latest, span.end);
	}
	if (first === Infinity) return [utcTime(2022), openEnd];
	return [utcTime(new Date(first).getUTCFullYear()), latest];
}

/** Earliest first, then the shortest, then by id (ASCII ids: code units order them in every locale). */
function byTime(a: TimelineItem, b: TimelineItem): number {
	return a.span.start - b.span.start || a.span.end - b.span.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function statedOf(date: FuzzyDate): StatedDates | undefined {
	const first = date.start ?? date.end;
	const last = date.end ?? date.start;
	if (!first || !last) return undefined;
	return { first, last, firstAt: partialDateBounds(first).first, lastAt: partialDateBounds(last).last };
}

/**
 * The timeline of the rows a selection keeps, with the events and figures shown beside them:
 * a row per dated fact when there are few, else the moves counted (by weight) per month or year of
 * the domain. Undated facts are listed apart. The domain is the dataset's, not the selection's.
 */
export function timelineView(
	store: MoveStore,
	rows: Int32Array,
	events: readonly Event[],
	aggregates: readonly Aggregate[],
	openEnd: number,
	domain: [number, number]
): TimelineView {
	const moves = store.dataset.moves;
	const sources = new Map(store.dataset.sources.map((s) => [s.id, s]));
	const undated: TimelineView['undated'] = [];
	let undatedCount = 0;
	const counts = { move: 0, event: 0, aggregate: 0 };
	let earliest: { at: number; end: number; open: boolean; fact: PlacedFact } | undefined;
	let latest: { at: number; start: number; fact: PlacedFact } | undefined;
	const consider = (fact: Omit<PlacedFact, 'value'>, stated: StatedDates | undefined) => {
		if (!stated) return;
		const span = dateSpan(fact.date, openEnd)!;
		// Of facts first stated on the same day, one known only by its end comes first: it may be
		// earlier still, so the summary says "by" that day rather than "on" it.
		const open = fact.date.start === undefined;
		const before = (e: NonNullable<typeof earliest>) =>
			stated.firstAt < e.at || (stated.firstAt === e.at && (open !== e.open ? open : span.end < e.end));
		if (!earliest || before(earliest))
			earliest = { at: stated.firstAt, end: span.end, open, fact: { ...fact, value: stated.first } };
		if (!latest || stated.lastAt > latest.at || (stated.lastAt === latest.at && span.start > latest.start))
			latest = { at: stated.lastAt, start: span.start, fact: { ...fact, value: stated.last } };
	};

	const others: TimelineItem[] = [];
	const place = (kind: 'event' | 'aggregate', fact: Event | Aggregate, date: FuzzyDate) => {
		const span = dateSpan(date, openEnd);
		if (!span) {
			if (kind === 'event') {
				undatedCount++;
				if (undated.length < MAX_TIMELINE_ROWS) undated.push({ id: fact.id, kind });
			}
			return;
		}
		counts[kind]++;
		const stated = statedOf(date);
		consider({ id: fact.id, kind, date }, stated);
		others.push({
			id: fact.id,
			kind,
			span,
			wording: date.wording,
			wordingLang: date.wording === undefined ? undefined : wordingLanguage(fact.evidence, sources),
			stated,
			certainty: fact.certainty,
			basis: basisOf(fact.evidence)
		});
	};
	for (const a of aggregates) place('aggregate', a, a.period);
	for (const e of events) place('event', e, e.date);

	// The moves: undated ones apart; for the summary, the earliest and latest by their days.
	const { first, month } = store;
	// The moves counted per period of the domain in the same pass, in case they are too many for a
	// row each: a dense typed array from the domain's first period, with no object per bar updated at
	// every row (that made the loop half of the timeline's time at 100,000 moves).
	const unit = binUnitFor(domain);
	const startYear = new Date(domain[0]).getUTCFullYear();
	const periodOf = (m: number) => periodOfMonth(m, unit === 'month', startYear);
	const periods =
		periodOf(
			unit === 'month'
				? new Date(domain[1]).getUTCFullYear() * 12 + 11
				: new Date(domain[1]).getUTCFullYear() * 12
		) + 1;
	const tally = countByPeriod(store, rows, unit === 'month', startYear, Math.max(0, periods));
	const { countAt, usedAt, dated, minRow, maxRow } = tally;
	undatedCount += tally.undated;
	counts.move += tally.datedWeight;
	for (const row of tally.firstUndated) undated.push({ id: moves[row]!.id, kind: 'move' });
	undated.splice(MAX_TIMELINE_ROWS);
	for (const row of new Set([minRow, maxRow]))
		if (row >= 0)
			consider({ id: moves[row]!.id, kind: 'move', date: moves[row]!.date }, statedOf(moves[row]!.date));

	const base = { undated, undatedCount, counts, earliest: earliest?.fact, latest: latest?.fact, domain };
	if (dated + others.length <= MAX_TIMELINE_ROWS) {
		const items = [...others];
		for (let q = 0; q < rows.length; q++) {
			const row = rows[q]!;
			if (first[row] === NO_DAY) continue;
			const move = moves[row]!;
			items.push({
				id: move.id,
				kind: 'move',
				span: dateSpan(move.date, openEnd)!,
				wording: move.date.wording,
				wordingLang: move.date.wording === undefined ? undefined : wordingLanguage(move.evidence, sources),
				stated: statedOf(move.date),
				certainty: CERTAINTIES[store.certainty[row]!]!,
				basis: BASES[store.basis[row]!]!
			});
		}
		return { ...base, items: items.sort(byTime), bins: [], unit };
	}

	// Too many rows: the moves counted per period (in the pass above), each bar made once here.
	let rowsByPeriod: Int32Array[] | undefined;
	const bins: TimeBin[] = [];
	for (let p = 0; p < countAt.length; p++) {
		if (usedAt[p] === 0) continue;
		const y = unit === 'month' ? startYear + Math.floor(p / 12) : startYear + p;
		const mo = unit === 'month' ? p % 12 : 0;
		const start = utcTime(y, mo);
		const end = (unit === 'month' ? utcTime(y, mo + 1) : utcTime(y + 1)) - 1;
		let ids: string[] | undefined;
		// Listed when first read (a pointer on the bar, a lit bar), all bars' rows in one pass then:
		// most bars never are, and a list per bar kept at every filter change would cost a push per
		// row. The rows are not enumerable: they number a store's moves, so two views of different
		// stores that count the same moves are equal.
		const rowsOf = () => (rowsByPeriod ??= groupByPeriod())[p]!;
		bins.push(
			Object.defineProperties(
				{
					start,
					end,
					count: countAt[p]!,
					get facts() {
						return (ids ??= Array.from(rowsOf(), (r) => moves[r]!.id));
					}
				},
				{
					rows: { enumerable: false, get: rowsOf },
					litBy: { enumerable: false, value: (lit: Uint8Array) => litAt(lit, p) }
				}
			) as TimeBin
		);
	}
	// Which bars are lit, from the lit rows: a dated row lights the bar of its period.
	const litAt = litMarks(countAt.length, (lit, litPeriods) => {
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i]!;
			if (lit[row] === 1 && month[row] !== NO_DAY) litPeriods[periodOf(month[row]!)] = 1;
		}
	});
	/** The dated rows of each period, ascending (a counting sort over the periods). */
	const groupByPeriod = () => {
		const sizes = new Int32Array(countAt.length + 1);
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i]!;
			if (month[row] !== NO_DAY) sizes[periodOf(month[row]!) + 1]!++;
		}
		for (let q = 0; q < countAt.length; q++) sizes[q + 1]! += sizes[q]!;
		const grouped = new Int32Array(sizes[countAt.length]!);
		const next = sizes.slice(0, countAt.length);
		for (let j = 0; j < rows.length; j++) {
			const row = rows[j]!;
			if (month[row] !== NO_DAY) grouped[next[periodOf(month[row]!)]!++] = row;
		}
		return Array.from(countAt, (_, q) => grouped.subarray(sizes[q]!, sizes[q + 1]!));
	};
	return { ...base, items: [], bins, unit };
}

/** A month's place among the periods of the timeline, from the first year's January: by month or by year. */
function periodOfMonth(month: number, byMonth: boolean, startYear: number): number {
	return byMonth ? month - startYear * 12 : Math.floor(month / 12) - startYear;
}

/**
 * One pass over the rows kept, in numbers only: the dated moves counted per period (weights
 * summed), the undated ones (the first few listed), and the rows of the earliest and latest day.
 * Apart from `timelineView` and free of objects, so that the engine optimizes it after a call or
 * two and keeps it: inside the larger function, the loop ran mostly unoptimized at each filter
 * change, as `tallyRows` of the flow did.
 */
function countByPeriod(
	{ first, last, month, weight }: MoveStore,
	rows: Int32Array,
	byMonth: boolean,
	startYear: number,
	periods: number
) {
	const countAt = new Float64Array(periods);
	const usedAt = new Uint8Array(periods);
	const firstUndated: number[] = [];
	let undated = 0;
	let dated = 0;
	let datedWeight = 0;
	let minRow = -1;
	let maxRow = -1;
	let minDay = 0;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		const day = first[row]!;
		if (day === NO_DAY) {
			if (undated++ < MAX_TIMELINE_ROWS) firstUndated.push(row);
			continue;
		}
		dated++;
		datedWeight += weight[row]!;
		const p = periodOfMonth(month[row]!, byMonth, startYear);
		countAt[p]! += weight[row]!;
		usedAt[p] = 1;
		const a = day === OPEN_START ? last[row]! : day;
		if (minRow < 0 || a < minDay) {
			minRow = row;
			minDay = a;
		}
		if (maxRow < 0 || last[row]! > last[maxRow]!) maxRow = row;
	}
	return { countAt, usedAt, dated, datedWeight, undated, firstUndated, minRow, maxRow };
}

/**
 * The timeline a selection shows: its moves under every filter but the window (the brush draws the
 * window over them), the events and figures it shows (the article's publication always, as the end
 * of time for "in recent weeks"), over the dataset's own domain. `rows` are those moves, when the
 * caller has them already.
 */
export function timelineOfSelection(
	store: MoveStore,
	selection: Selection,
	openEnd: number,
	rows: Int32Array = selectRows(store, selection, 'window')
): TimelineView {
	const { events, aggregates } = store.dataset;
	const shown = factFilters(store, selection, { ignoreWindow: true, keep: (e) => e.kind === 'publication' });
	const domain = timelineDomain(store, [...events, ...aggregates.map((a) => ({ date: a.period }))], openEnd);
	return timelineView(
		store,
		rows,
		events.filter(shown.event),
		aggregates.filter(shown.aggregate),
		openEnd,
		domain
	);
}
