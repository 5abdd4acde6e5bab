import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/lib/i18n/messages';
import type { FuzzyDate } from '../../../src/lib/schema/dates';
import { formatFuzzyDate, formatPartialDate, windowInWords } from '../../../src/lib/transforms/formatDates';

describe('formatPartialDate', () => {
	it.each([
		{ value: '2024-03-26', locale: 'en' as const, expected: 'March 26, 2024' },
		{ value: '2024-03-26', locale: 'fr' as const, expected: '26 mars 2024' },
		{ value: '2024-03', locale: 'en' as const, expected: 'March 2024' },
		{ value: '2023-01', locale: 'fr' as const, expected: 'janvier 2023' },
		{ value: '2022', locale: 'fr' as const, expected: '2022' },
		// The first and last days of a year must not slip into the next or previous one by time zone.
		{ value: '2024-01-01', locale: 'en' as const, expected: 'January 1, 2024' },
		{ value: '2023-12-31', locale: 'en' as const, expected: 'December 31, 2023' }
	])('$value in $locale → $expected', ({ value, locale, expected }) => {
		expect(formatPartialDate(value, locale)).toBe(expected);
	});
});

describe('formatFuzzyDate', () => {
	it.each([
		{ date: { precision: 'day', start: '2024-04-03' }, locale: 'en' as const, expected: 'April 3, 2024' },
		{ date: { precision: 'year', start: '2022' }, locale: 'en' as const, expected: '2022' },
		{
			date: { precision: 'range', end: '2024-04-03' },
			locale: 'en' as const,
			expected: 'until April 3, 2024'
		},
		{
			date: { precision: 'range', end: '2024-04-03' },
			locale: 'fr' as const,
			expected: 'jusqu’au 3 avril 2024'
		},
		// French says "jusqu’au" before a day, "jusqu’en" before a month or a year.
		{
			date: { precision: 'range', end: '2024-04' },
			locale: 'fr' as const,
			expected: 'jusqu’en avril 2024'
		},
		{
			date: { precision: 'range', start: '2023-04', end: '2024' },
			locale: 'fr' as const,
			expected: 'd’avril 2023 à 2024'
		},
		// A French range ending on a day takes "au", and one starting on a day "du".
		{
			date: { precision: 'range', start: '2024-03', end: '2024-04-03' },
			locale: 'fr' as const,
			expected: 'de mars 2024 au 3 avril 2024'
		},
		{
			date: { precision: 'range', start: '2024-03-01', end: '2024-04-03' },
			locale: 'fr' as const,
			expected: 'du 1er mars 2024 au 3 avril 2024'
		},
		// French writes the first of a month as an ordinal.
		{ date: { precision: 'day', start: '2026-06-01' }, locale: 'fr' as const, expected: '1er juin 2026' },
		{ date: { precision: 'day', start: '2026-06-11' }, locale: 'fr' as const, expected: '11 juin 2026' },
		{ date: { precision: 'day', start: '2026-06-01' }, locale: 'en' as const, expected: 'June 1, 2026' },
		{
			date: { precision: 'range', start: '2023-01' },
			locale: 'fr' as const,
			expected: 'depuis janvier 2023'
		},
		{
			date: { precision: 'range', start: '2023-01', end: '2024-04-03' },
			locale: 'en' as const,
			expected: 'January 2023 to April 3, 2024'
		},
		{ date: { precision: 'unknown' }, locale: 'en' as const, expected: 'not dated' },
		{ date: { precision: 'unknown' }, locale: 'fr' as const, expected: 'non daté' }
	])('$date.precision in $locale → $expected', ({ date, locale, expected }) => {
		expect(formatFuzzyDate(date as FuzzyDate, locale, messagesFor(locale))).toBe(expected);
	});
});

describe('windowInWords', () => {
	it('says both months of a time window, in the reader’s language', () => {
		expect(windowInWords({ from: '2024-01', to: '2024-06' }, 'en', messagesFor('en'))).toBe(
			'January 2024 to June 2024'
		);
		expect(windowInWords({ from: '2024-04', to: '2024-06' }, 'fr', messagesFor('fr'))).toBe(
			'd’avril 2024 à juin 2024'
		);
	});

	it('says a window open at one end as open there, not as a month called "open"', () => {
		expect(windowInWords({ from: '2024-01' }, 'en', messagesFor('en'))).toBe('from January 2024 on');
		expect(windowInWords({ to: '2024-06' }, 'en', messagesFor('en'))).toBe('up to June 2024');
		expect(windowInWords({ from: '2024-08' }, 'fr', messagesFor('fr'))).toBe('à partir d’août 2024');
		expect(windowInWords({ to: '2024-06' }, 'fr', messagesFor('fr'))).toBe('jusqu’en juin 2024');
	});
});
