import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatDecimal,
	formatPercent,
	formatRowNumber
} from '../../../src/lib/transforms/formatNumbers';

// French groups thousands with a narrow no-break space (U+202F) and puts a no-break space before %.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatCount', () => {
	it.each([
		{ value: 12345, locale: 'en' as const, expected: '12,345' },
		{ value: 12345, locale: 'fr' as const, expected: `12${NNBSP}345` },
		{ value: 500000, locale: 'fr' as const, expected: `500${NNBSP}000` },
		{ value: 7, locale: 'fr' as const, expected: '7' },
		{ value: 0, locale: 'en' as const, expected: '0' }
	])('$value in $locale → $expected', ({ value, locale, expected }) => {
		expect(formatCount(value, locale)).toBe(expected);
	});

	it('writes every count below a thousand, and the counts around it, exactly as Intl does in both languages', () => {
		const values = [...Array.from({ length: 1000 }, (_, i) => i), 999.5, 1000, 1001, -1, -0];
		for (const locale of ['en', 'fr'] as const) {
			const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
			for (const value of values) expect(formatCount(value, locale)).toBe(intl.format(value));
		}
	});
});

describe('formatRowNumber', () => {
	it.each([
		{ value: 12345, locale: 'en' as const, expected: '12345' },
		{ value: 12345, locale: 'fr' as const, expected: '12345' }
	])(
		'$value in $locale → $expected (a row number is an address, never grouped)',
		({ value, locale, expected }) => {
			expect(formatRowNumber(value, locale)).toBe(expected);
		}
	);
});

describe('formatDecimal', () => {
	it.each([
		{ value: 1.25, locale: 'en' as const, expected: '1.3' },
		{ value: 1.25, locale: 'fr' as const, expected: '1,3' },
		{ value: 2, locale: 'fr' as const, expected: '2,0' },
		{ value: 1234.5, locale: 'fr' as const, expected: `1${NNBSP}234,5` }
	])('$value in $locale → $expected', ({ value, locale, expected }) => {
		expect(formatDecimal(value, locale)).toBe(expected);
	});
});

describe('formatPercent', () => {
	it.each([
		{ value: 0.3, locale: 'en' as const, expected: '30%' },
		{ value: 0.3, locale: 'fr' as const, expected: `30${NBSP}%` },
		{ value: 0.1234, locale: 'en' as const, expected: '12.3%' }
	])('$value in $locale → $expected', ({ value, locale, expected }) => {
		expect(formatPercent(value, locale)).toBe(expected);
	});
});

it('keeps the formatters of one language apart from the other’s', () => {
	// The cache is keyed by language: French after English must not reuse the English formatter.
	expect(formatCount(1000, 'en')).toBe('1,000');
	expect(formatCount(1000, 'fr')).toBe(`1${NNBSP}000`);
	expect(formatCount(1000, 'en')).toBe('1,000');
});
