import { describe, expect, it } from 'vitest';
import {
	compareBounds,
	endsBeforeStart,
	FuzzyDate,
	isRealPartialDate,
	PartialDate
} from '../../src/lib/schema/dates';
import { parseWith } from '../../src/lib/validation/validateDataset';
import { englishChecked, englishProblem, inEnglish } from './english';

describe('isRealPartialDate', () => {
	it.each([
		{ input: '2024', expected: true },
		{ input: '2024-03', expected: true },
		{ input: '2024-03-26', expected: true },
		{ input: '2024-02-29', expected: true },
		{ input: '2023-02-29', expected: false },
		{ input: '2024-02-30', expected: false },
		{ input: '2024-13', expected: false },
		{ input: '2024-00', expected: false },
		{ input: '2024-04-31', expected: false },
		{ input: '24-03', expected: false },
		{ input: 'March 2024', expected: false },
		{ input: '2024-3-26', expected: false },
		{ input: '', expected: false }
	])('$input → $expected', ({ input, expected }) => {
		expect(isRealPartialDate(input)).toBe(expected);
	});
});

describe('PartialDate', () => {
	it('explains the expected shape when the text is not a date', () => {
		const result = parseWith(PartialDate, 'March 2024');
		expect(englishChecked(result)).toEqual({
			ok: false,
			problems: [{ path: '(top level)', message: 'expected a date like 2024-03 or 2024-03-26' }]
		});
	});

	it('says when a well-formed date does not exist', () => {
		const result = parseWith(PartialDate, '2024-02-30');
		expect(result.ok).toBe(false);
		expect(!result.ok && inEnglish(result.problems[0]!)).toBe('this date does not exist in the calendar');
	});
});

describe('FuzzyDate', () => {
	it.each([
		{ name: 'an exact day', input: { precision: 'day', start: '2024-03-26' } },
		{ name: 'a month', input: { precision: 'month', start: '2024-03' } },
		{ name: 'a year, with its wording', input: { precision: 'year', start: '2022', wording: 'en 2022' } },
		{ name: 'a range open at the start', input: { precision: 'range', end: '2024-04-03' } },
		{ name: 'a range open at the end', input: { precision: 'range', start: '2023-01' } },
		{ name: 'a closed range', input: { precision: 'range', start: '2023-01', end: '2024-04-03' } },
		{
			name: 'a range from a day to the year that holds it',
			input: { precision: 'range', start: '2015-01-02', end: '2015' }
		},
		{ name: 'no date at all', input: { precision: 'unknown' } }
	])('accepts $name', ({ input }) => {
		expect(parseWith(FuzzyDate, input).ok).toBe(true);
	});

	it.each([
		{
			name: 'a day precision with only a month',
			input: { precision: 'day', start: '2024-03' },
			problem: { path: 'start', message: 'precision "day" expects a date like 2024-03-26' }
		},
		{
			name: 'a year precision with a day',
			input: { precision: 'year', start: '2022-05-01' },
			problem: { path: 'start', message: 'precision "year" expects a date like 2024' }
		},
		{
			name: 'a range with no bounds',
			input: { precision: 'range' },
			problem: { path: 'start', message: 'a range needs a start, an end or both' }
		},
		{
			name: 'a range that ends before it starts',
			input: { precision: 'range', start: '2024-04', end: '2023-01' },
			problem: { path: 'end', message: 'the range ends before it starts' }
		},
		{
			name: 'an end on a single day',
			input: { precision: 'day', start: '2024-03-26', end: '2024-03-27' },
			problem: { path: 'end', message: 'only a range has an end; use precision "range"' }
		},
		{
			name: 'an unknown date with bounds',
			input: { precision: 'unknown', start: '2024' },
			problem: { path: 'precision', message: 'an unknown date has no start or end' }
		},
		{
			name: 'a made-up precision',
			input: { precision: 'week', start: '2024-03' },
			problem: {
				path: 'precision',
				message: 'expected one of "day", "month", "year", "range", "unknown", found the text "week"'
			}
		}
	])('rejects $name', ({ input, problem }) => {
		const result = parseWith(FuzzyDate, input);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map(englishProblem)).toContainEqual(problem);
	});
});

describe('endsBeforeStart', () => {
	it.each([
		{ start: '2024-04', end: '2023-01', expected: true },
		{ start: '2015-06', end: '2015-05-31', expected: true },
		{ start: '2016', end: '2015-12-31', expected: true },
		{ start: '2015-01-02', end: '2015', expected: false },
		{ start: '2015', end: '2015-01-01', expected: false },
		{ start: '2024-03-26', end: '2024-03-26', expected: false }
	])('$start to $end → $expected', ({ start, end, expected }) => {
		expect(endsBeforeStart(start, end)).toBe(expected);
	});
});

describe('compareBounds', () => {
	it.each([
		{ a: '2023-01', b: '2024-04-03', expected: -1 },
		{ a: '2024-04-03', b: '2024-04', expected: 1 },
		{ a: '2024', b: '2024-01-01', expected: 0 },
		{ a: '2024-03-26', b: '2024-03-26', expected: 0 }
	])('$a vs $b → $expected', ({ a, b, expected }) => {
		expect(compareBounds(a, b)).toBe(expected);
	});
});
