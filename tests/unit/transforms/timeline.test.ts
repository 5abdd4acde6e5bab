import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset, Event, Move } from '../../../src/lib/schema/dataset';
import type { FuzzyDate } from '../../../src/lib/schema/dates';
import { MAX_TIMELINE_ROWS } from '../../../src/lib/core/views/timeline';
import {
	dateSpan,
	OPEN_START_FADE_DAYS,
	partialDateBounds,
	publicationEnd
} from '../../../src/lib/transforms/timeline';
import { datasetOf, viewsOf } from '../core/viewsOf';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const PUBLICATION = utc(2024, 4, 3) + DAY - 1;

describe('partialDateBounds', () => {
	it.each([
		{ value: '2024-03-26', first: utc(2024, 3, 26), last: utc(2024, 3, 27) - 1 },
		{ value: '2024-02', first: utc(2024, 2, 1), last: utc(2024, 3, 1) - 1 },
		{ value: '2022', first: utc(2022, 1, 1), last: utc(2023, 1, 1) - 1 },
		{ value: '2023-12', first: utc(2023, 12, 1), last: utc(2024, 1, 1) - 1 }
	])('$value covers its whole day, month or year', ({ value, first, last }) => {
		expect(partialDateBounds(value)).toEqual({ first, last });
	});
});

describe('dateSpan', () => {
	it.each([
		{
			name: 'a day is a point',
			date: { precision: 'day', start: '2024-03-26' },
			expected: { start: utc(2024, 3, 26), end: utc(2024, 3, 26), shape: 'point' }
		},
		{
			name: 'a month is a bar over the month',
			date: { precision: 'month', start: '2024-03' },
			expected: { start: utc(2024, 3, 1), end: utc(2024, 4, 1) - 1, shape: 'span' }
		},
		{
			name: '"en 2022" is a bar over the year, never a day in it',
			date: { precision: 'year', start: '2022', wording: 'en 2022' },
			expected: { start: utc(2022, 1, 1), end: utc(2023, 1, 1) - 1, shape: 'span' }
		},
		{
			name: '"since the start of 2023" until publication is a bar over the period',
			date: { precision: 'range', start: '2023-01', end: '2024-04-03' },
			expected: { start: utc(2023, 1, 1), end: PUBLICATION, shape: 'span' }
		},
		{
			name: '"in recent weeks" has no start: it fades in before its end',
			date: { precision: 'range', end: '2024-04-03' },
			expected: { start: PUBLICATION - OPEN_START_FADE_DAYS * DAY, end: PUBLICATION, shape: 'fade-in' }
		},
		{
			name: 'a range with no end fades out at the open end',
			date: { precision: 'range', start: '2024-01' },
			expected: { start: utc(2024, 1, 1), end: PUBLICATION, shape: 'fade-out' }
		}
	])('$name', ({ date, expected }) => {
		expect(dateSpan(date as FuzzyDate, PUBLICATION)).toEqual(expected);
	});

	it('has nothing to draw for an unknown date', () => {
		expect(dateSpan({ precision: 'unknown' }, PUBLICATION)).toBeNull();
	});

	it('does not run a fade-out backwards when the open end is before the start', () => {
		const span = dateSpan({ precision: 'range', start: '2025-01' }, PUBLICATION)!;
		expect(span.end).toBeGreaterThanOrEqual(span.start);
	});
});

describe('publicationEnd', () => {
	it('ends open spans at the last instant of the publication day, or of 3 April 2024 when it is unknown', () => {
		expect(publicationEnd('2024-04-03')).toBe(PUBLICATION);
		expect(publicationEnd('2024-04')).toBe(utc(2024, 5, 1) - 1);
		expect(publicationEnd(undefined)).toBe(utc(2024, 4, 3));
	});
});

/** A move of `person` from Meta to Acme on a date. */
function move(id: string, date: FuzzyDate, extra: Partial<Move> = {}): Move {
	return {
		id,
		person: id,
		from: 'meta',
		to: 'acme',
		date,
		certainty: 'stated',
		evidence: [{ basis: 'import', source: 'file', row: 2 }],
		...extra
	};
}

/** A dated event at Meta, from the same file. */
function event(id: string, start: string): Event {
	return {
		id,
		kind: 'announcement',
		summary: { en: id, fr: id },
		date: { precision: 'day', start },
		organizations: ['meta'],
		people: [],
		certainty: 'stated',
		evidence: [{ basis: 'import', source: 'file', row: 2 }]
	};
}

const day = (start: string): FuzzyDate => ({ precision: 'day', start });
const times = <T>(count: number, make: (i: number) => T): T[] =>
	Array.from({ length: count }, (_, i) => make(i));

describe('timelineOfSelection', () => {
	const dataset = talentJson as Dataset;
	const timelineOf = (d: Dataset, view = {}) => viewsOf(d, view).timeline;

	it('places the article’s dated facts in time order and lists the undated ones apart', () => {
		const timeline = timelineOf(dataset);
		expect(timeline.items[0]).toMatchObject({ id: 'event-meijer-team-layoffs', span: { shape: 'span' } });
		const starts = timeline.items.map((i) => i.span.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(timeline.undated.map((u) => u.id).sort()).toEqual(
			[
				'event-meijer-offers',
				'event-meijer-offers-fortune',
				'event-meta-recruiting',
				'event-zuckerberg-outreach'
			].sort()
		);
		expect(timeline.undatedCount).toBe(4);
		expect(timeline.domain).toEqual([utc(2022, 1, 1), PUBLICATION]);
	});

	it('keeps the source’s wording and the basis of each fact', () => {
		const timeline = timelineOf(dataset, { later: false });
		expect(timeline.items.find((i) => i.id === 'move-parikh-undisclosed')).toMatchObject({
			wording: 'Au cours des dernières semaines',
			basis: 'article',
			span: { shape: 'fade-in' }
		});
		expect(timeline.items.find((i) => i.id === 'event-publication')).toMatchObject({
			basis: 'later-reporting',
			span: { shape: 'point' }
		});
	});

	it('gives the language of each date’s words: the article’s French, a later report’s English', () => {
		const items = timelineOf(dataset).items;
		expect(items.find((i) => i.id === 'event-meijer-announcement')).toMatchObject({
			wording: 'last week',
			wordingLang: 'en'
		});
		expect(items.find((i) => i.id === 'event-recent-departures')).toMatchObject({
			wording: 'Au cours des dernières semaines',
			wordingLang: 'fr'
		});
	});

	it('draws, with other reporting off, the article’s facts and its publication, the end of its time', () => {
		const ids = timelineOf(dataset, { later: false }).items.map((i) => i.id);
		expect(ids).toContain('event-publication');
		expect(ids).toContain('move-parikh-undisclosed');
		expect(ids).not.toContain('event-meijer-announcement');
		expect(ids).not.toContain('move-parikh-yutori');
	});

	it('draws, with other reporting on, its move to Yutori in place of the article’s departure it refines: one row each', () => {
		const ids = timelineOf(dataset).items.map((i) => i.id);
		expect(ids).toContain('move-parikh-yutori');
		expect(ids).not.toContain('move-parikh-undisclosed');
		expect(ids.filter((id) => id.startsWith('move-'))).toHaveLength(3);
	});

	it('draws every date under a time window (the brush shows the window over them), but follows the other filters, keeping the publication where open dates end', () => {
		const all = timelineOf(dataset).items.map((i) => i.id);
		expect(timelineOf(dataset, { from: '2022-01', to: '2022-12' }).items.map((i) => i.id)).toEqual(all);
		const yutori = timelineOf(dataset, { companies: ['yutori'], from: '2022-01', to: '2022-12' });
		expect(yutori.items.map((i) => i.id)).toEqual([
			'move-das-yutori',
			'move-parikh-yutori',
			'event-publication'
		]);
		const deepmind = timelineOf(dataset, { companies: ['google-deepmind'], from: '2022-01', to: '2022-12' });
		expect(deepmind.items.map((i) => i.id)).toEqual([
			'event-zuckerberg-recruiting-report',
			'event-publication'
		]);
	});

	it('keeps the dataset’s time domain under every filter, so that the brush stays put', () => {
		const domain = timelineOf(dataset).domain;
		for (const view of [{ companies: ['yutori'] }, { person: 'erik-meijer' }, { later: false }])
			expect(timelineOf(dataset, view).domain).toEqual(domain);
	});

	it('draws an empty timeline over a default domain', () => {
		expect(timelineOf(datasetOf([]))).toEqual({
			items: [],
			bins: [],
			unit: 'month',
			undated: [],
			undatedCount: 0,
			counts: { move: 0, event: 0, aggregate: 0 },
			domain: [utc(2022, 1, 1), PUBLICATION]
		});
	});

	it.each([
		{ moves: MAX_TIMELINE_ROWS, events: 0, drawn: 'one by one' },
		{ moves: MAX_TIMELINE_ROWS - 1, events: 1, drawn: 'one by one' },
		{ moves: MAX_TIMELINE_ROWS, events: 1, drawn: 'counted' },
		{ moves: MAX_TIMELINE_ROWS + 1, events: 0, drawn: 'counted' }
	])(
		`draws $moves dated moves and $events events $drawn (at most ${MAX_TIMELINE_ROWS} rows)`,
		({ moves, events, drawn }) => {
			const d = datasetOf(
				times(moves, (i) => move(`m${i}`, day('2024-01-15'))),
				{
					events: times(events, (i) => event(`e${i}`, '2024-02-01'))
				}
			);
			const timeline = timelineOf(d);
			expect([timeline.items.length, timeline.bins.length]).toEqual(
				drawn === 'one by one' ? [moves + events, 0] : [0, 1]
			);
			expect(timeline.counts).toEqual({ move: moves, event: events, aggregate: 0 });
		}
	);

	it('counts the moves (by weight) of each month when there are too many rows, undated ones apart', () => {
		const d = datasetOf([
			...times(MAX_TIMELINE_ROWS, (i) => move(`jan${i}`, day('2024-01-15'))),
			move('march', { precision: 'month', start: '2024-03' }, { weight: 5 }),
			move('since-march', { precision: 'range', start: '2024-03-20' }),
			move('until-march', { precision: 'range', end: '2024-03' }),
			move('undated', { precision: 'unknown' })
		]);
		const timeline = timelineOf(d);
		expect(timeline.items).toEqual([]);
		expect(timeline.unit).toBe('month');
		expect(timeline.bins).toEqual([
			{
				start: utc(2024, 1, 1),
				end: utc(2024, 2, 1) - 1,
				count: MAX_TIMELINE_ROWS,
				facts: times(MAX_TIMELINE_ROWS, (i) => move(`jan${i}`, day('2024-01-15'))).map((m) => m.id)
			},
			{
				start: utc(2024, 3, 1),
				end: utc(2024, 4, 1) - 1,
				count: 7,
				facts: ['march', 'since-march', 'until-march']
			}
		]);
		// Each bar's rows are its moves, numbered in the dataset's order.
		expect(timeline.bins.map((b) => Array.from(b.rows, (row) => d.moves[row]!.id))).toEqual(
			timeline.bins.map((b) => b.facts)
		);
		// A bar is lit when one of its moves is: March's by "since-march"; none by the undated move.
		const litOnly = (id: string) => Uint8Array.from(d.moves, (m) => +(m.id === id));
		expect(timeline.bins.map((b) => b.litBy(litOnly('since-march')))).toEqual([false, true]);
		expect(timeline.bins.map((b) => b.litBy(litOnly('jan3')))).toEqual([true, false]);
		expect(timeline.bins.map((b) => b.litBy(litOnly('undated')))).toEqual([false, false]);
		expect(timeline.counts.move).toBe(MAX_TIMELINE_ROWS + 7);
		expect(timeline.undated).toEqual([{ id: 'undated', kind: 'move' }]);
		expect(timeline.undatedCount).toBe(1);
	});

	it('counts by year over a domain of more than fifteen years', () => {
		const d = datasetOf([
			move('old', day('2000-06-01')),
			...times(MAX_TIMELINE_ROWS, (i) => move(`new${i}`, day(i % 2 ? '2023-02-01' : '2023-11-30')))
		]);
		const timeline = timelineOf(d);
		expect(timeline.unit).toBe('year');
		expect(timeline.domain).toEqual([utc(2000, 1, 1), PUBLICATION]);
		expect(timeline.bins.map((b) => [b.start, b.end, b.count])).toEqual([
			[utc(2000, 1, 1), utc(2001, 1, 1) - 1, 1],
			[utc(2023, 1, 1), utc(2024, 1, 1) - 1, MAX_TIMELINE_ROWS]
		]);
	});

	it(`lists at most ${MAX_TIMELINE_ROWS} undated facts, and counts them all`, () => {
		const d = datasetOf([
			move('dated', day('2024-01-15')),
			...times(45, (i) => move(`u${i}`, { precision: 'unknown' }))
		]);
		const timeline = timelineOf(d);
		expect(timeline.undated).toHaveLength(MAX_TIMELINE_ROWS);
		expect(timeline.undated[0]).toEqual({ id: 'u0', kind: 'move' });
		expect(timeline.undatedCount).toBe(45);
		expect(timeline.items.map((i) => i.id)).toEqual(['dated']);
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(dataset);
		timelineOf(copy);
		timelineOf(copy, { companies: ['meta'], from: '2024-01', later: false });
		expect(copy).toEqual(dataset);
	});
});
