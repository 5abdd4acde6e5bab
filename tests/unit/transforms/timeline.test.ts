import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset } from '../../../src/lib/schema/dataset';
import type { FuzzyDate } from '../../../src/lib/schema/dates';
import {
	buildTimeline,
	dateSpan,
	OPEN_START_FADE_DAYS,
	partialDateBounds
} from '../../../src/lib/transforms/timeline';

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

describe('buildTimeline', () => {
	const dataset = talentJson as Dataset;

	it('places the article’s dated facts in time order and lists the undated ones apart', () => {
		const timeline = buildTimeline(dataset, PUBLICATION);
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
		expect(timeline.domain).toEqual([utc(2022, 1, 1), PUBLICATION]);
	});

	it('keeps the source’s wording and the basis of each fact', () => {
		const timeline = buildTimeline(dataset, PUBLICATION);
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

	it('draws an empty timeline over a default domain', () => {
		expect(buildTimeline({ moves: [], events: [], aggregates: [] }, PUBLICATION)).toEqual({
			items: [],
			undated: [],
			domain: [utc(2022, 1, 1), PUBLICATION]
		});
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(dataset);
		buildTimeline(copy, PUBLICATION);
		expect(copy).toEqual(dataset);
	});
});
