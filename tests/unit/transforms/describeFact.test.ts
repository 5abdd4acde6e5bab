import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { buildStore } from '../../../src/lib/core/store';
import { compileSelection, selectRows } from '../../../src/lib/core/selection';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { DEFAULT_VIEW } from '../../../src/lib/state/viewUrl';
import { flowSummary } from '../../../src/lib/transforms/chartLabels';
import {
	describeFact,
	factById,
	indexDataset,
	namesExamplesOnly
} from '../../../src/lib/transforms/describeFact';

const article = talentJson as Dataset;
const index = indexDataset(article);

describe('namesExamplesOnly', () => {
	it('marks the companies such departures helped create as examples, not where anyone went', () => {
		expect(namesExamplesOnly('trend-startup-emergence', index)).toBe(true);
	});

	it.each(['trend-meta-exodus', 'trend-startup-pull', 'trend-meta-outlook'])(
		'does not for %s, which names Meta, left by the people the article names',
		(id) => {
			expect(namesExamplesOnly(id, index)).toBe(false);
		}
	);

	it('does not for a trend that names no organization', () => {
		expect(namesExamplesOnly('trend-llm-outside-big-tech', index)).toBe(false);
	});
});

describe('describeFact', () => {
	const meijer = factById(index, 'move-meijer-own-startup')!;

	it('names an unnamed startup in a sentence with its article in French, as it reads in English', () => {
		expect(describeFact(meijer, index, 'en', messagesFor('en'))).toBe(
			'Erik Meijer leaves Meta for Meijer’s own AI startup (unnamed)'
		);
		expect(describeFact(meijer, index, 'fr', messagesFor('fr'))).toBe(
			'Erik Meijer quitte Meta pour la startup d’IA de Meijer (non nommée)'
		);
	});

	it('elides the French article before a vowel', () => {
		expect(messagesFor('fr').unnamedInSentence('Entreprise de Meijer')).toBe('l’entreprise de Meijer');
		expect(messagesFor('en').unnamedInSentence('Meijer’s own AI startup')).toBe('Meijer’s own AI startup');
	});

	it.each([
		{ id: 'meta', en: 'Meta (big tech company)' },
		{ id: 'meijer-startup', en: 'Meijer’s own AI startup (unnamed)' },
		{ id: 'undisclosed', en: 'Not disclosed' }
	])('names the organization $id with its kind, once: $en', ({ id, en }) => {
		expect(describeFact(factById(index, id)!, index, 'en', messagesFor('en'))).toBe(en);
	});

	it('says so when the destination is not disclosed', () => {
		const parikh = factById(index, 'move-parikh-undisclosed')!;
		expect(describeFact(parikh, index, 'fr', messagesFor('fr'))).not.toContain('pour Non divulguée');
	});
});

describe('flowSummary of the article’s moves', () => {
	it('reads in French with the article before an unnamed startup', () => {
		const store = buildStore(article);
		const rows = selectRows(store, compileSelection(store, DEFAULT_VIEW));
		expect(flowSummary(store, rows, index, 'fr', messagesFor('fr'))).toContain(
			'Erik Meijer pour la startup d’IA de Meijer (non nommée)'
		);
	});
});
