import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { isLocale, LOCALES } from '../../../src/lib/i18n/locales';

const en = messagesFor('en');
const fr = messagesFor('fr');

/** Calls a message with sample arguments when it is a function, so both kinds can be compared. */
const sample = (message: unknown) => (typeof message === 'function' ? message('X', 'Y', 'Z', 'W') : message);

describe('the message catalog', () => {
	it('has the same keys in English and French', () => {
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
	});

	it('has no empty message in either language', () => {
		for (const locale of LOCALES)
			for (const [key, message] of Object.entries(messagesFor(locale)))
				expect(String(sample(message)).trim(), `${locale}.${key}`).not.toBe('');
	});

	it('is translated: French differs from English except for names and symbols', () => {
		const same = Object.keys(en).filter(
			(key) => sample(en[key as keyof typeof en]) === sample(fr[key as keyof typeof fr])
		);
		expect(same.sort()).toEqual(['certaintyNone', 'personStatement', 'siteName']);
	});

	it('counts in words that agree with the number', () => {
		expect(en.factSentenceLabel(1)).toBe('states 1 fact');
		expect(en.factSentenceLabel(3)).toBe('states 3 facts');
		expect(fr.factSentenceLabel(1)).toBe('énonce 1 fait');
		expect(fr.factSentenceLabel(3)).toBe('énonce 3 faits');
	});
});

describe('isLocale', () => {
	it.each([
		{ value: 'en', expected: true },
		{ value: 'fr', expected: true },
		{ value: 'de', expected: false },
		{ value: 'EN', expected: false },
		{ value: '', expected: false },
		{ value: '__proto__', expected: false }
	])('$value → $expected', ({ value, expected }) => {
		expect(isLocale(value)).toBe(expected);
	});
});
