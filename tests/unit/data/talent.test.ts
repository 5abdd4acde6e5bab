import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import type { Article } from '../../../src/lib/schema/article';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { factsBySentence } from '../../../src/lib/transforms/linking';
import { listFacts } from '../../../src/lib/transforms/listFacts';
import { checkReferences, normalizeWhitespace } from '../../../src/lib/validation/references';
import { validateArticle, validateDataset } from '../../../src/lib/validation/validateDataset';

const articleResult = validateArticle(articleJson);
const article = (articleResult.ok ? articleResult.value : undefined) as Article;
const result = validateDataset(talentJson, article);
const dataset = (result.ok ? result.value : undefined) as Dataset;
const facts = listFacts(dataset ?? (talentJson as Dataset));
const sentenceText = new Map(article.blocks.flatMap((b) => b.sentences.map((s) => [s.id, s.text] as const)));

describe('data/talent.json', () => {
	it('parses against the dataset schema, with its references and quotes checked', () => {
		expect(result).toMatchObject({ ok: true });
	});

	it('quotes the article verbatim (whitespace aside) in the sentence each quote points to', () => {
		for (const fact of facts)
			for (const e of fact.evidence) {
				if (e.basis !== 'article') continue;
				const sentence = sentenceText.get(e.sentence);
				expect(sentence, `${fact.id} cites ${e.sentence}`).toBeDefined();
				expect(normalizeWhitespace(sentence!), fact.id).toContain(normalizeWhitespace(e.quote));
			}
	});

	it('resolves every reference and uses each id once', () => {
		expect(checkReferences(dataset, article)).toEqual([]);
	});

	it('gives every fact, role included, at least one piece of evidence', () => {
		for (const fact of facts) expect(fact.evidence.length, fact.id).toBeGreaterThan(0);
		for (const person of dataset.people)
			for (const role of person.roles)
				expect(role.evidence.length, `${person.id}: ${role.title}`).toBeGreaterThan(0);
	});

	it('covers every sentence of the article that states something (the questions only ask)', () => {
		const covered = factsBySentence(facts);
		const stating = article.blocks
			.filter((b) => b.kind === 'paragraph' || b.kind === 'answer')
			.flatMap((b) => b.sentences.map((s) => s.id));
		expect(stating.filter((id) => !covered.has(id))).toEqual([]);
	});

	// Which facts each sentence of the article supports: a change here is a reviewed change of what
	// the dataset claims the article says.
	it.each([
		['p1.s1', ['meta', 'trend-meta-exodus']],
		['p1.s2', ['trend-meta-exodus']],
		['p2.s1', ['reason-no-experimentation']],
		['p2.s2', ['reason-no-experimentation']],
		['p3.s1', ['event-meta-recruiting', 'meta']],
		['p3.s2', ['trend-startup-pull']],
		['p3.s3', ['event-zuckerberg-outreach', 'mark-zuckerberg']],
		[
			'p4.s1',
			[
				'move-meijer-own-startup',
				'move-parikh-undisclosed',
				'move-das-undisclosed',
				'event-recent-departures'
			]
		],
		[
			'p4.s2',
			[
				'move-meijer-own-startup',
				'move-parikh-undisclosed',
				'move-das-undisclosed',
				'devi-parikh',
				'abhishek-das',
				'erik-meijer'
			]
		],
		['p4.s3', ['event-meijer-team-layoffs', 'erik-meijer']],
		['p4.s4', ['move-meijer-own-startup', 'event-meijer-offers', 'meijer-startup']],
		['p4.s5', ['move-parikh-undisclosed', 'move-das-undisclosed', 'undisclosed']],
		['p5.s1', ['trend-llm-outside-big-tech']],
		['p5.s2', ['meta-ai-staff-exodus']],
		['p5.s3', ['reason-compute-access', 'reason-big-tech-reluctance']],
		['p6.s1', ['anthropic', 'cohere', 'openai', 'trend-startup-emergence']],
		['p6.s2', ['reason-startup-freedom']],
		['p6.s3', ['trend-meta-outlook']],
		['a1.s1', ['reason-no-experimentation', 'trend-meta-exodus']],
		['a2.s1', ['reason-startup-freedom', 'trend-startup-pull']],
		['a3.s1', ['event-zuckerberg-outreach']],
		['a4.s1', ['reason-compute-access', 'reason-big-tech-reluctance']],
		['a5.s1', ['trend-startup-emergence']]
	])('sentence %s supports %j', (sentence, ids) => {
		expect(factsBySentence(facts).get(sentence)).toEqual(ids);
	});
});

describe('what the dataset must not claim', () => {
	const articleMoves = dataset.moves.filter((m) => m.evidence.some((e) => e.basis === 'article'));

	it('never sends anyone to Anthropic, Cohere or OpenAI: they illustrate a trend', () => {
		const destinations = dataset.moves.map((m) => m.to);
		for (const company of ['anthropic', 'cohere', 'openai']) expect(destinations).not.toContain(company);
		const trend = dataset.trends.find((t) => t.id === 'trend-startup-emergence');
		expect(trend?.organizations).toEqual(['anthropic', 'cohere', 'openai']);
	});

	it('keeps Parikh’s and Das’s destinations undisclosed in what the article says', () => {
		for (const person of ['devi-parikh', 'abhishek-das']) {
			const moves = articleMoves.filter((m) => m.person === person);
			expect(moves).toHaveLength(1);
			expect(moves[0]).toMatchObject({ to: 'undisclosed', certainty: 'undisclosed' });
		}
	});

	it('says of Meijer only that he left for his own, unnamed startup', () => {
		const moves = articleMoves.filter((m) => m.person === 'erik-meijer');
		expect(moves).toHaveLength(1);
		expect(moves[0]).toMatchObject({ to: 'meijer-startup', certainty: 'stated' });
		expect(dataset.organizations.find((o) => o.id === 'meijer-startup')?.kind).toBe('unnamed-startup');
	});

	it('dates the three departures as the article does: a range ending at publication, with no start invented', () => {
		for (const move of articleMoves)
			expect(move.date).toMatchObject({
				precision: 'range',
				end: '2024-04-03',
				wording: 'Au cours des dernières semaines'
			});
		for (const move of articleMoves) expect(move.date.start).toBeUndefined();
	});

	it('gives a day only where other reporting states one', () => {
		const dated = [...dataset.moves, ...dataset.events].filter((f) => f.date.precision === 'day');
		for (const fact of dated)
			expect(
				fact.evidence.some((e) => e.basis === 'later-reporting'),
				fact.id
			).toBe(true);
	});

	it('records the 30% as a lower bound on a share of staff over a period, not as people, and unverified', () => {
		expect(dataset.aggregates).toEqual([
			expect.objectContaining({
				organization: 'meta',
				measure: 'share-departed',
				value: 0.3,
				bound: 'lower',
				// The research notes: a claim of the article that no primary source could be found for.
				verification: 'unverified',
				period: expect.objectContaining({
					precision: 'range',
					start: '2023-01',
					wording: 'depuis le début de 2023'
				})
			})
		]);
	});

	it('keeps other reporting apart: its facts cite other sources, with a confidence, and never quote the article', () => {
		const later = facts.filter((f) => f.basis === 'later-reporting');
		expect(later.map((f) => f.id).sort()).toEqual(
			[
				'automind',
				'event-meijer-announcement',
				'event-meijer-offers-fortune',
				'event-parikh-das-leave',
				'event-publication',
				'event-zuckerberg-recruiting-report',
				'google-deepmind',
				'move-das-yutori',
				'move-meijer-automind',
				'move-parikh-yutori',
				'yutori'
			].sort()
		);
		const sources = new Map(dataset.sources.map((s) => [s.id, s]));
		for (const fact of later)
			for (const e of fact.evidence) {
				expect(e.basis).toBe('later-reporting');
				expect(sources.get(e.source)?.kind).toBe('later-reporting');
			}
	});

	it('presents as the article’s only facts whose evidence is all the article’s words', () => {
		const mixed = facts.filter((f) => new Set(f.evidence.map((e) => e.basis)).size > 1).map((f) => f.id);
		expect(mixed).toEqual([]);
	});

	it('names every other source by outlet, headline and https address', () => {
		for (const source of dataset.sources.filter((s) => s.kind === 'later-reporting'))
			expect(source, source.id).toMatchObject({
				publisher: expect.any(String),
				title: expect.any(String),
				url: expect.stringMatching(/^https:\/\//)
			});
	});

	it('dates the moves to Yutori and Automind from the departures from Meta, not from a day anyone joined', () => {
		for (const id of ['move-parikh-yutori', 'move-das-yutori', 'move-meijer-automind']) {
			const move = dataset.moves.find((m) => m.id === id)!;
			expect(move.date.precision, id).toBe('range');
			expect(move.date.note, id).toMatch(/departure from Meta/);
		}
		for (const id of ['move-parikh-yutori', 'move-das-yutori'])
			expect(dataset.moves.find((m) => m.id === id)?.certainty, id).toBe('implied');
	});

	it('has exactly one article source, and it is the text in data/article.json', () => {
		expect(dataset.sources.filter((s) => s.kind === 'article').map((s) => s.id)).toEqual([article.sourceId]);
	});
});
