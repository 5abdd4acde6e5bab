import { describe, expect, it } from 'vitest';
import { formatSigned, largestNets } from '../../../src/lib/transforms/balanceWords';

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
