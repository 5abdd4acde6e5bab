import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/lib/transforms/frenchSpacing';

describe('frenchSpacing', () => {
	it.each([
		{
			text: 'Les Talents de l’IA en quête de liberté : L’essor',
			shown: 'Les Talents de l’IA en quête de liberté\u00a0: L’essor'
		},
		{ text: 'Pourquoi partent-ils ?', shown: 'Pourquoi partent-ils\u00a0?' },
		{ text: 'il dit « bonjour » ; puis !', shown: 'il dit «\u00a0bonjour\u00a0»\u00a0; puis\u00a0!' },
		{ text: 'à 10:30, http://x.fr', shown: 'à 10:30, http://x.fr' }
	])('sets “$text” apart with spaces that do not break', ({ text, shown }) => {
		expect(frenchSpacing(text)).toBe(shown);
	});
});
