import { describe, expect, it } from 'vitest';
import { enBalance } from '../../../src/lib/i18n/balance/en';
import { frBalance } from '../../../src/lib/i18n/balance/fr';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { formatSigned, largestNets, netSummary } from '../../../src/lib/transforms/balanceWords';

describe('formatSigned', () => {
	it('writes a net below zero with the minus sign (U+2212), not a hyphen, in English and French', () => {
		expect(formatSigned(-6, 'en')).toBe('\u22126');
		expect(formatSigned(-1234, 'en')).toBe('\u22121,234');
		expect(formatSigned(-3, 'fr')).toBe('\u22123');
		expect(formatSigned(-6, 'en')).not.toContain('-');
	});

	it('writes a gain with a plus, and nothing before zero (negative zero included)', () => {
		expect(formatSigned(3, 'en')).toBe('+3');
		expect(formatSigned(0, 'fr')).toBe('0');
		expect(formatSigned(-0, 'en')).toBe('0');
	});
});

describe('largestNets', () => {
	const periods = [
		{ key: 'mar', net: -3 },
		{ key: 'apr', net: -3 },
		{ key: 'may', net: 2 },
		{ key: 'jun', net: 0 }
	];

	it('names every period that ties for the largest loss, in order', () => {
		expect(largestNets(periods, -1).map((p) => p.key)).toEqual(['mar', 'apr']);
	});

	it('names the one period of the largest gain', () => {
		expect(largestNets(periods, 1).map((p) => p.key)).toEqual(['may']);
	});

	it('names none when no period gains', () => {
		expect(largestNets([{ net: 0 }, { net: -1 }], 1)).toEqual([]);
	});
});

describe('netSummary', () => {
	/** Years from 2004 with the nets given, each from one arrival or departure or more. */
	const years = (nets: number[]) =>
		nets.map((net, i) => ({
			key: 2004 + i,
			arrivals: Math.max(net, 0) + 1,
			departures: Math.max(-net, 0) + 1,
			net
		}));

	it.each([
		{
			locale: 'en' as const,
			expected:
				'From 2004 to 2010. Largest gain: 2004, 2005, 2006, and 2 others (+2). Largest loss: 2009 (\u22121).'
		},
		{
			locale: 'fr' as const,
			expected:
				'De 2004 à 2010. Plus fort gain\u00a0: 2004, 2005, 2006 et 2 autres (+2). Plus forte perte\u00a0: 2009 (\u22121).'
		}
	])('names three of five tied years and counts the rest once, in $locale', ({ locale, expected }) => {
		const summary = netSummary(
			years([2, 2, 2, 2, 0, -1, 2]),
			'year',
			locale,
			messagesFor(locale),
			{ en: enBalance, fr: frBalance }[locale]
		);
		expect(summary).toBe(expected);
		expect(summary).not.toMatch(/\b(and and|et et)\b/);
	});
});
