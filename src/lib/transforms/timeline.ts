import type { Dataset } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import type { Certainty } from '../schema/evidence';
import { basisOf, type FactBasis } from './facts';
import { utcTime } from './utcTime';

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

/** The first and last instants a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date can mean, in UTC. */
export function partialDateBounds(value: string): { first: number; last: number } {
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

/**
 * Places moves, events and figures on a time axis, earliest first, one row each. The domain runs
 * from the first of January of the earliest year to the latest date shown.
 */
export function buildTimeline(
	facts: Pick<Dataset, 'moves' | 'events' | 'aggregates'>,
	openEnd: number
): Timeline {
	const items: TimelineItem[] = [];
	const undated: Timeline['undated'] = [];
	const add = (
		kind: TimelineItem['kind'],
		fact: { id: string; evidence: Parameters<typeof basisOf>[0]; certainty: Certainty },
		date: FuzzyDate
	) => {
		const span = dateSpan(date, openEnd);
		if (!span) {
			if (kind !== 'aggregate') undated.push({ id: fact.id, kind });
			return;
		}
		items.push({
			id: fact.id,
			kind,
			span,
			wording: date.wording,
			certainty: fact.certainty,
			basis: basisOf(fact.evidence)
		});
	};
	for (const a of facts.aggregates) add('aggregate', a, a.period);
	for (const e of facts.events) add('event', e, e.date);
	for (const m of facts.moves) add('move', m, m.date);
	items.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.id.localeCompare(b.id));

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
