import type { Aggregate, Dataset, Event, Move } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import type { Certainty } from '../schema/evidence';
import { basisOf, type FactBasis } from './facts';
import { partOf } from './filter';
import { remember, sameItems } from './remember';
import { utcTime } from './utcTime';

/**
 * Where spans left open at the end run to: the last instant of the article's publication date, the
 * last day it speaks for (the start of 3 April 2024 when the date is unknown).
 */
export function publicationEnd(published: string | undefined): number {
	return published ? partialDateBounds(published).last : Date.UTC(2024, 3, 3);
}

/**
 * How a date is drawn: a point for a day, a bar for a known span, and a fading bar for a span
 * whose start (or end) the source leaves open.
 */
export type SpanShape = 'point' | 'span' | 'fade-in' | 'fade-out';

export interface DateSpan {
	/** Milliseconds since the epoch, UTC. */
	start: number;
	end: number;
	shape: SpanShape;
}

const DAY = 86_400_000;

/**
 * How far back a span with no start fades. "In recent weeks" gives no start, so the mark fades in
 * over this many days before its end, and is labelled with the source's words: the fade says
 * "vague", not "began here".
 */
export const OPEN_START_FADE_DAYS = 42;

/**
 * Bounds already worked out, by date: a large import repeats the same months and days on thousands
 * of rows. Emptied when it grows past a bound, so that it never holds more than a few files' dates.
 */
const knownBounds = new Map<string, { first: number; last: number }>();
const KNOWN_BOUNDS_LIMIT = 100_000;

/** The first and last instants a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date can mean, in UTC. */
export function partialDateBounds(value: string): { first: number; last: number } {
	let bounds = knownBounds.get(value);
	if (!bounds) {
		if (knownBounds.size >= KNOWN_BOUNDS_LIMIT) knownBounds.clear();
		// Frozen: every caller asking for this date shares it.
		bounds = Object.freeze(boundsOf(value));
		knownBounds.set(value, bounds);
	}
	return bounds;
}

function boundsOf(value: string): { first: number; last: number } {
	const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
	if (day !== undefined && month !== undefined) {
		const first = utcTime(year, month - 1, day);
		return { first, last: first + DAY - 1 };
	}
	if (month !== undefined) return { first: utcTime(year, month - 1), last: utcTime(year, month) - 1 };
	return { first: utcTime(year), last: utcTime(year + 1) - 1 };
}

/**
 * Where on a time axis a fuzzy date goes, or null when it has no date at all. `openEnd` is where a
 * span with no end fades out (the publication, or the end of the data).
 */
export function dateSpan(date: FuzzyDate, openEnd: number): DateSpan | null {
	const start = date.start ? partialDateBounds(date.start) : undefined;
	const end = date.end ? partialDateBounds(date.end) : undefined;
	if (date.precision === 'unknown' || (!start && !end)) return null;
	if (date.precision === 'day' && start) return { start: start.first, end: start.first, shape: 'point' };
	if (date.precision !== 'range' && start) return { start: start.first, end: start.last, shape: 'span' };
	if (start && end) return { start: start.first, end: end.last, shape: 'span' };
	if (end) return { start: end.last - OPEN_START_FADE_DAYS * DAY, end: end.last, shape: 'fade-in' };
	return { start: start!.first, end: Math.max(openEnd, start!.first), shape: 'fade-out' };
}

/** One row of the timeline: a move, an event or a figure over a period. */
export interface TimelineItem {
	/** The id of the fact it draws. */
	id: string;
	kind: 'move' | 'event' | 'aggregate';
	span: DateSpan;
	/** The source's own words for the date, when it has them. */
	wording?: string;
	/**
	 * The earliest and the latest date the source states (start or end), with the first and last
	 * instants they stand for, for summaries. Shared by the rows of one date.
	 */
	stated?: StatedDates;
	certainty: Certainty;
	basis: FactBasis;
}

export interface Timeline {
	items: TimelineItem[];
	/** Facts with no date, listed beside the axis rather than placed on it. */
	undated: { id: string; kind: 'move' | 'event' }[];
	/** The time domain, in milliseconds since the epoch (UTC). */
	domain: [number, number];
}

/** A row's stated dates: see `TimelineItem.stated`. */
export interface StatedDates {
	first: string;
	last: string;
	/** The first instant of `first`, and the last instant of `last`. */
	firstAt: number;
	lastAt: number;
}

/**
 * Rows of facts placed in time (not yet in order), the facts that have no date, and for each
 * move's row (and undated move) its move's place in the list given.
 */
interface Placed {
	items: TimelineItem[];
	undated: Timeline['undated'];
	itemMoves: number[];
	undatedMoves: number[];
}

function place(facts: Pick<Dataset, 'moves' | 'events' | 'aggregates'>, openEnd: number): Placed {
	const items: TimelineItem[] = [];
	const undated: Timeline['undated'] = [];
	const itemMoves: number[] = [];
	const undatedMoves: number[] = [];
	// A large import shares one date object among the facts of one day or month: its span and
	// stated dates are worked out once, and shared by their rows.
	const placed = new Map<FuzzyDate, { span: DateSpan | null; stated: StatedDates | undefined }>();
	const add = (
		kind: TimelineItem['kind'],
		fact: { id: string; evidence: Parameters<typeof basisOf>[0]; certainty: Certainty },
		date: FuzzyDate,
		move = -1
	) => {
		let where = placed.get(date);
		if (!where) {
			const first = date.start ?? date.end;
			const last = date.end ?? date.start;
			where = {
				span: dateSpan(date, openEnd),
				stated:
					first && last
						? {
								first,
								last,
								firstAt: partialDateBounds(first).first,
								lastAt: partialDateBounds(last).last
							}
						: undefined
			};
			placed.set(date, where);
		}
		if (!where.span) {
			if (kind !== 'aggregate') {
				undated.push({ id: fact.id, kind });
				if (move >= 0) undatedMoves.push(move);
			}
			return;
		}
		items.push({
			id: fact.id,
			kind,
			span: where.span,
			wording: date.wording,
			// Always set (undefined when there is none): rows of one shape keep sorting and binning fast.
			stated: where.stated,
			certainty: fact.certainty,
			basis: basisOf(fact.evidence)
		});
		if (move >= 0) itemMoves.push(move);
	};
	for (const a of facts.aggregates) add('aggregate', a, a.period);
	for (const e of facts.events) add('event', e, e.date);
	facts.moves.forEach((m, i) => add('move', m, m.date, i));
	return { items, undated, itemMoves, undatedMoves };
}

/** Earliest first, then the shortest, then by id. Ids are ASCII, so comparing code units orders them the same in every locale, and much faster. */
function byTime(a: TimelineItem, b: TimelineItem): number {
	return a.span.start - b.span.start || a.span.end - b.span.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The timeline of rows already in order: the domain runs from the first of January of the earliest year to the latest date shown. */
function withDomain(items: TimelineItem[], undated: Timeline['undated'], openEnd: number): Timeline {
	if (items.length === 0) return { items, undated, domain: [utcTime(2022), openEnd] };
	// A loop, not Math.min(...spans): spreading some 150,000 arguments overflows the call stack,
	// and an import may hold 500,000 moves.
	let first = Infinity;
	let latest = openEnd;
	for (const { span } of items) {
		if (span.start < first) first = span.start;
		if (span.end > latest) latest = span.end;
	}
	return { items, undated, domain: [utcTime(new Date(first).getUTCFullYear()), latest] };
}

/**
 * The places of rows in timeline order (see `byTime`). Rows of one date share a span object (see
 * `place`), so a large import sorts its few thousand dates, then each date's rows by id, rather
 * than 100,000 rows against each other.
 */
function timeOrder(items: readonly TimelineItem[]): number[] {
	return drain(timeOrderInSlices(items));
}

/** `timeOrder`, pausing (yielding) every few thousand rows, so that a caller can spread it over tasks. */
function* timeOrderInSlices(items: readonly TimelineItem[]): Generator<void, number[]> {
	const groups = new Map<DateSpan, number[]>();
	items.forEach((item, k) => {
		const group = groups.get(item.span);
		if (group) group.push(k);
		else groups.set(item.span, [k]);
	});
	yield;
	const spans = [...groups.keys()].sort((a, b) => a.start - b.start || a.end - b.end);
	const ids = items.map((item) => item.id);
	const byId = (a: number, b: number) => {
		const x = ids[a]!;
		const y = ids[b]!;
		return x < y ? -1 : x > y ? 1 : 0;
	};
	const order: number[] = [];
	let sinceYield = 0;
	for (let i = 0; i < spans.length;) {
		// Spans of equal bounds (made for different dates, like 2024-03 and a range of the same
		// month) are one run, ordered by id as a whole.
		let j = i + 1;
		while (j < spans.length && spans[j]!.start === spans[i]!.start && spans[j]!.end === spans[i]!.end) j++;
		const run = j === i + 1 ? groups.get(spans[i]!)! : spans.slice(i, j).flatMap((span) => groups.get(span)!);
		if (run.length > 1) run.sort(byId);
		for (const k of run) order.push(k);
		i = j;
		sinceYield += run.length;
		if (sinceYield >= 5_000) {
			sinceYield = 0;
			yield;
		}
	}
	return order;
}

/** Runs work written as a generator to its end, in one go. */
function drain<T>(work: Generator<void, T>): T {
	for (;;) {
		const step = work.next();
		if (step.done) return step.value;
	}
}

/**
 * Places moves, events and figures on a time axis, earliest first, one row each. The domain runs
 * from the first of January of the earliest year to the latest date shown.
 */
export function buildTimeline(
	facts: Pick<Dataset, 'moves' | 'events' | 'aggregates'>,
	openEnd: number
): Timeline {
	const placed = place(facts, openEnd);
	const items = timeOrder(placed.items).map((k) => placed.items[k]!);
	return withDomain(items, placed.undated, openEnd);
}

/** The rows of a list of moves in order, each with its move's place in the list. */
interface MoveRows {
	items: TimelineItem[];
	moveOf: Int32Array;
	undated: Placed['undated'];
	undatedMoves: number[];
}

/** The rows of each list of moves, by open end, made so far. */
const madeRows = new WeakMap<readonly Move[], Map<number, MoveRows>>();

/**
 * The rows of a list of moves, in order, each with its move's place in the list, made once per
 * list (a filter takes its rows from them), pausing (yielding) every few thousand rows so that the
 * page can prepare a large import over several tasks; `storyTimeline` then finds them made.
 */
export function* rowsOfMovesInSlices(moves: readonly Move[], openEnd: number): Generator<void, MoveRows> {
	let byEnd = madeRows.get(moves);
	const made = byEnd?.get(openEnd);
	if (made) return made;
	const placed = place({ moves: moves as Move[], events: [], aggregates: [] }, openEnd);
	yield;
	// Sort the places of the rows, then read rows and moves in that order.
	const order = yield* timeOrderInSlices(placed.items);
	const rows: MoveRows = {
		items: order.map((k) => placed.items[k]!),
		moveOf: Int32Array.from(order, (k) => placed.itemMoves[k]!),
		undated: placed.undated,
		undatedMoves: placed.undatedMoves
	};
	if (!byEnd) madeRows.set(moves, (byEnd = new Map()));
	byEnd.set(openEnd, rows);
	return rows;
}

const rowsOfMoves = (moves: readonly Move[], openEnd: number) => drain(rowsOfMovesInSlices(moves, openEnd));

/** Where each move of a list sits in it, found once per list (what a filter's timeline marks). */
const placesOf = remember((moves: readonly Move[]): Map<Move, number> => {
	const places = new Map<Move, number>();
	moves.forEach((m, i) => places.set(m, i));
	return places;
});

/** Two lists in the same order made one, in that order. */
function merge(a: readonly TimelineItem[], b: readonly TimelineItem[]): TimelineItem[] {
	const out: TimelineItem[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) out.push(byTime(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
	while (i < a.length) out.push(a[i++]!);
	while (j < b.length) out.push(b[j++]!);
	return out;
}

/**
 * The timeline the story view draws: what `buildTimeline` gives, made once per list of moves (and
 * the same events, figures and open end). Given `allMoves`, the whole list of which `moves` is
 * the part a filter keeps, it takes the rows from those of the whole list, already in order and
 * made once, rather than placing and sorting the moves again: a filter of 100,000 moves must
 * answer within a frame.
 */
export const storyTimeline = remember(
	(
		moves: readonly Move[],
		events: Event[],
		aggregates: Aggregate[],
		openEnd: number,
		allMoves: readonly Move[] = moves
	): Timeline => {
		const whole = rowsOfMoves(allMoves, openEnd);
		let { items, undated } = whole;
		if (allMoves !== moves) {
			// The moves shown, marked by their place in the whole list (no set of ids to build): known
			// already for a filter's part (see `partOf`), else looked up.
			const shown = new Uint8Array(allMoves.length);
			const part = partOf(moves);
			if (part?.whole === allMoves) for (const at of part.moves) shown[at] = 1;
			else {
				const places = placesOf(allMoves);
				for (const m of moves) {
					const at = places.get(m);
					// A move that is not part of the whole list: place them all afresh.
					if (at === undefined) return buildTimeline({ moves: moves as Move[], events, aggregates }, openEnd);
					shown[at] = 1;
				}
			}
			items = whole.items.filter((_, k) => shown[whole.moveOf[k]!] === 1);
			undated = whole.undated.filter((_, k) => shown[whole.undatedMoves[k]!] === 1);
		}
		const others = place({ moves: [], events, aggregates }, openEnd);
		if (others.items.length > 0) items = merge(others.items.sort(byTime), items);
		return withDomain(items, [...others.undated, ...undated], openEnd);
	},
	sameItems
);
