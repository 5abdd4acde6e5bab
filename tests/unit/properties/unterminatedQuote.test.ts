import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnterminatedQuote } from '../../../src/lib/import/csv';
import { numRuns, timeout } from './arbitraries';

/**
 * The unterminated-quote check as first written, one character at a time, following d3-dsv's
 * reading: the fast check (which jumps from quote to quote) must agree with it on any text.
 */
function unterminatedQuoteByScan(text: string, delimiter: string): boolean {
	let atFieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"' && atFieldStart) {
			let j = i + 1;
			for (; j < text.length; j++) {
				if (text[j] === '"') {
					if (text[j + 1] === '"') j++;
					else break;
				}
			}
			if (j >= text.length) return true;
			i = j + 1;
			if (text[i] === '\r' && text[i + 1] === '\n') i++;
			atFieldStart = true;
			continue;
		}
		atFieldStart = c === delimiter || c === '\n' || c === '\r';
	}
	return false;
}

describe('hasUnterminatedQuote', () => {
	it(
		'agrees with a character-by-character scan on any text and delimiter',
		() => {
			// Text made of what matters to quoting: quotes (lone and doubled), delimiters, line ends.
			const text = fc.string({
				unit: fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r', '\r\n', 'a', 'bc', ' '),
				maxLength: 60
			});
			fc.assert(
				fc.property(text, fc.constantFrom(',', ';', '\t'), (input, delimiter) => {
					expect(hasUnterminatedQuote(input, delimiter)).toBe(unterminatedQuoteByScan(input, delimiter));
				}),
				{ numRuns: numRuns * 5 }
			);
		},
		timeout
	);
});
