import type { FuzzyDate } from '../schema/dates';
import type { Certainty } from '../schema/evidence';
import type { FactBasis } from './facts';
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
	/** The language of those words: that of the source they come from, when it says. */
	wordingLang?: string;
	/**
	 * The earliest and the latest date the source states (start or end), with the first and last
	 * instants they stand for, for summaries. Shared by the rows of one date.
	 */
	stated?: StatedDates;
	certainty: Certainty;
	basis: FactBasis;
}

/** A row's stated dates: see `TimelineItem.stated`. */
export interface StatedDates {
	first: string;
	last: string;
	/** The first instant of `first`, and the last instant of `last`. */
	firstAt: number;
	lastAt: number;
}
