import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { indexDataset, namesExamplesOnly } from '../../../src/lib/transforms/describeFact';

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
