import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import articleJson from '../../../data/article.json';
import { buildStore } from '../../../src/lib/core/store';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { listFacts } from '../../../src/lib/transforms/listFacts';
import { sentencesByFact, sentencesOf, withPeoplesFacts } from '../../../src/lib/transforms/linking';

const dataset = talentJson as Dataset;
const facts = listFacts(dataset);
const byFact = sentencesByFact(facts);
const order = articleJson.blocks.flatMap((b) => b.sentences.map((s) => s.id));

describe('sentencesByFact', () => {
	it.each([
		{ fact: 'move-parikh-undisclosed', sentences: ['p4.s2', 'p4.s5', 'p4.s1'] },
		{ fact: 'meta-ai-staff-exodus', sentences: ['p5.s2'] }
	])('$fact is stated in $sentences', ({ fact, sentences }) => {
		expect(byFact.get(fact)).toEqual(sentences);
	});

	it('leaves out facts that quote no sentence (later reporting, imports): they have none to light', () => {
		expect(byFact.has('move-parikh-yutori')).toBe(false);
		expect(sentencesOf(['move-parikh-yutori'], byFact, order)).toEqual([]);
	});
});

describe('sentencesOf', () => {
	it('returns the sentences of several facts once each, in reading order', () => {
		expect(sentencesOf(['move-parikh-undisclosed', 'move-das-undisclosed'], byFact, order)).toEqual([
			'p4.s1',
			'p4.s2',
			'p4.s5'
		]);
	});

	it('returns nothing for facts from later reporting only', () => {
		expect(sentencesOf(['move-meijer-automind'], byFact, order)).toEqual([]);
	});
});

describe('withPeoplesFacts', () => {
	it('adds the moves and events of a person', () => {
		const ids = withPeoplesFacts(['erik-meijer'], buildStore(dataset));
		for (const id of [
			'move-meijer-own-startup',
			'move-meijer-automind',
			'event-meijer-team-layoffs',
			'event-recent-departures'
		])
			expect(ids.has(id), id).toBe(true);
		expect(ids.has('move-das-undisclosed')).toBe(false);
	});

	it('adds nothing for facts that are not people', () => {
		expect([...withPeoplesFacts(['meta-ai-staff-exodus'], buildStore(dataset))]).toEqual([
			'meta-ai-staff-exodus'
		]);
	});
});
