import { describe, expect, it } from 'vitest';
import { formatSigned } from '../../../src/lib/transforms/balanceWords';

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
