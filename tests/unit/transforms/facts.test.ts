import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset } from '../../../src/lib/schema/dataset';
import type { Evidence } from '../../../src/lib/schema/evidence';
import { basisOf } from '../../../src/lib/transforms/facts';
import { factsBySentence } from '../../../src/lib/transforms/linking';
import { listFacts } from '../../../src/lib/transforms/listFacts';
import { viewsOf } from '../core/viewsOf';

const dataset = talentJson as Dataset;
const quote = (sentence: string): Evidence => ({ basis: 'article', source: 'a', sentence, quote: 'words' });
const later: Evidence = { basis: 'later-reporting', source: 'b', claim: 'a claim', confidence: 'high' };
const imported: Evidence = { basis: 'import', source: 'c', row: 2 };

describe('basisOf', () => {
	it.each([
		{ name: 'a quote of the article', evidence: [quote('p1.s1')], expected: 'article' },
		{ name: 'a quote and later reporting', evidence: [later, quote('p1.s1')], expected: 'article' },
		{ name: 'later reporting only', evidence: [later], expected: 'later-reporting' },
		{ name: 'an imported row', evidence: [imported], expected: 'import' }
	])('$name → $expected', ({ evidence, expected }) => {
		expect(basisOf(evidence)).toBe(expected);
	});
});

describe('listFacts', () => {
	it('lists every fact of every kind once', () => {
		const facts = listFacts(dataset);
		const expected =
			dataset.moves.length +
			dataset.aggregates.length +
			dataset.events.length +
			dataset.people.length +
			dataset.organizations.length +
			dataset.reasons.length +
			dataset.trends.length;
		expect(facts).toHaveLength(expected);
		expect(new Set(facts.map((f) => f.id)).size).toBe(expected);
	});

	it('gives a person the evidence of their roles, without repeating a quote', () => {
		const meijer = listFacts(dataset).find((f) => f.id === 'erik-meijer')!;
		const sentences = meijer.evidence.map((e) => (e.basis === 'article' ? e.sentence : ''));
		expect(sentences).toEqual(['p4.s2', 'p4.s3']);
	});

	it('carries the date and certainty of moves, figures and events', () => {
		const move = listFacts(dataset).find((f) => f.id === 'move-parikh-undisclosed')!;
		expect(move).toMatchObject({ kind: 'move', certainty: 'undisclosed', date: { precision: 'range' } });
	});

	it('does not mutate its input', () => {
		const input = structuredClone(dataset);
		listFacts(input);
		expect(input).toEqual(dataset);
	});
});

describe('factsBySentence', () => {
	it.each([
		{ name: 'no facts', facts: [], expected: [] },
		{
			name: 'two facts on one sentence',
			facts: [
				{ id: 'a', kind: 'event' as const, basis: 'article' as const, evidence: [quote('p1.s1')] },
				{
					id: 'b',
					kind: 'reason' as const,
					basis: 'article' as const,
					evidence: [quote('p1.s1'), quote('p2.s1')]
				}
			],
			expected: [
				['p1.s1', ['a', 'b']],
				['p2.s1', ['b']]
			]
		},
		{
			name: 'one fact quoting a sentence twice, and later reporting',
			facts: [
				{
					id: 'a',
					kind: 'move' as const,
					basis: 'article' as const,
					evidence: [quote('p1.s1'), quote('p1.s1'), later]
				}
			],
			expected: [['p1.s1', ['a']]]
		}
	])('$name', ({ facts, expected }) => {
		expect([...factsBySentence(facts)]).toEqual(expected);
	});
});

describe('the timeline with other reporting off', () => {
	it('keeps the events the article states, and its publication, and leaves other reporting out', () => {
		const { timeline } = viewsOf(dataset, { later: false });
		const events = [...timeline.items, ...timeline.undated]
			.filter((f) => f.kind === 'event')
			.map((f) => f.id);
		expect(events.sort()).toEqual(
			[
				'event-meijer-team-layoffs',
				'event-meta-recruiting',
				'event-zuckerberg-outreach',
				'event-meijer-offers',
				'event-recent-departures',
				'event-publication'
			].sort()
		);
	});
});
