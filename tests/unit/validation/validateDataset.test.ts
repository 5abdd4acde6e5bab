import { describe, expect, it } from 'vitest';
import { englishProblem, whereInEnglish } from '../english';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import type { Article } from '../../../src/lib/schema/article';
import { atPath, formatPath } from '../../../src/lib/validation/problems';
import { parseJsonText, validateArticle, validateDataset } from '../../../src/lib/validation/validateDataset';

const article = (validateArticle(articleJson) as { value: Article }).value;

/** A deep copy of the committed dataset with one change applied: a "broken copy". */
function brokenCopy(change: (d: Record<string, any>) => void): unknown {
	const copy = structuredClone(talentJson) as Record<string, any>;
	change(copy);
	return copy;
}

describe('formatPath', () => {
	it.each([
		{ input: [], expected: '' },
		{ input: ['moves'], expected: 'moves' },
		{ input: ['moves', 3, 'date', 'start'], expected: 'moves[3].date.start' },
		{ input: [0, 'id'], expected: '[0].id' }
	])('$input → $expected', ({ input, expected }) => {
		expect(formatPath(input)).toBe(expected);
	});

	it('names the top level in words where a problem is located', () => {
		expect(whereInEnglish(atPath([]))).toBe('(top level)');
	});
});

describe('parseJsonText', () => {
	it.each([
		{ name: 'an empty file', text: '', message: 'the file is empty' },
		{ name: 'a file of blanks', text: ' \n\t', message: 'the file is empty' },
		{
			name: 'broken JSON',
			text: '{"moves": [',
			message: expect.stringMatching(/^this is not valid JSON \(.+\)$/)
		}
	])('reports $name in its own words', ({ text, message }) => {
		const parsed = parseJsonText(text);
		expect(!parsed.ok && parsed.problems.map(englishProblem)).toEqual([{ path: '(file)', message }]);
	});

	it('returns the value of valid JSON', () => {
		expect(parseJsonText('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
	});
});

describe('validateDataset', () => {
	it('accepts the committed dataset', () => {
		expect(validateDataset(talentJson, article).ok).toBe(true);
	});

	it('does not change its input', () => {
		const input = structuredClone(talentJson);
		validateDataset(input, article);
		expect(input).toEqual(talentJson);
	});

	it.each([
		{
			name: 'a date that is not a date',
			change: (d: any) => (d.moves[3].date.start = 'March 2024'),
			problem: { path: 'moves[3].date.start', message: 'expected a date like 2024-03 or 2024-03-26' }
		},
		{
			name: 'a day that does not exist',
			change: (d: any) => (d.moves[3].date.start = '2024-02-30'),
			problem: { path: 'moves[3].date.start', message: 'this date does not exist in the calendar' }
		},
		{
			name: 'a missing field',
			change: (d: any) => delete d.aggregates[0].value,
			problem: { path: 'aggregates[0].value', message: 'missing: expected a number' }
		},
		{
			name: 'a share above 100%',
			change: (d: any) => (d.aggregates[0].value = 30),
			problem: { path: 'aggregates[0].value', message: 'must be at most 1' }
		},
		{
			name: 'an unknown kind of evidence',
			change: (d: any) => (d.reasons[0].evidence[0].basis = 'rumour'),
			problem: {
				path: 'reasons[0].evidence[0].basis',
				message:
					'expected one of "article", "later-reporting", "import", "aggregate", found the text "rumour"'
			}
		},
		{
			name: 'a fact without evidence',
			change: (d: any) => (d.events[0].evidence = []),
			problem: { path: 'events[0].evidence', message: 'every fact needs at least one piece of evidence' }
		},
		{
			name: 'a field the format does not have',
			change: (d: any) => (d.trends[0].colour = 'red'),
			problem: { path: 'trends[0]', message: 'unknown field "colour"' }
		},
		{
			name: 'later reporting without a confidence',
			change: (d: any) => delete d.moves[3].evidence[0].confidence,
			problem: {
				path: 'moves[3].evidence[0].confidence',
				message: expect.stringContaining('expected one of "high"')
			}
		},
		{
			name: 'another schema version',
			change: (d: any) => (d.schemaVersion = 2),
			problem: { path: 'schemaVersion', message: 'expected schemaVersion 1' }
		},
		{
			name: 'a list where an object belongs',
			change: (d: any) => (d.title = ['AI talent']),
			problem: { path: 'title', message: 'expected an object, found a list' }
		}
	])('rejects $name, saying where', ({ change, problem }) => {
		const result = validateDataset(brokenCopy(change), article);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map(englishProblem)).toContainEqual(problem);
	});

	it.each([
		{
			name: 'a duplicate id',
			change: (d: any) => (d.organizations[1].id = 'meta'),
			problem: {
				path: 'organizations[1].id',
				message: 'the id "meta" is already used at organizations[0].id'
			}
		},
		{
			name: 'a move by nobody',
			change: (d: any) => (d.moves[1].person = 'nobody'),
			problem: { path: 'moves[1].person', message: 'no person has the id "nobody"' }
		},
		{
			name: 'a move to an unknown organization',
			change: (d: any) => (d.moves[0].to = 'acme'),
			problem: { path: 'moves[0].to', message: 'no organization has the id "acme"' }
		},
		{
			name: 'a move that goes nowhere',
			change: (d: any) => (d.moves[0].to = 'meta'),
			problem: { path: 'moves[0].to', message: 'a move must end at another organization than it starts from' }
		},
		{
			name: 'other reporting refining a move that does not exist',
			change: (d: any) => (d.moves[3].refines = 'move-ghost'),
			problem: { path: 'moves[3].refines', message: 'no move has the id "move-ghost"' }
		},
		{
			name: "a move refining another person's departure",
			change: (d: any) => (d.moves[3].refines = 'move-parikh-undisclosed'),
			problem: {
				path: 'moves[3].refines',
				message:
					'the move "move-parikh-undisclosed" is another departure: a move can only refine one of the same person from the same organization'
			}
		},
		{
			name: 'a second move refining the same departure',
			change: (d: any) => d.moves.push({ ...structuredClone(d.moves[5]), id: 'move-das-yutori-again' }),
			problem: {
				path: 'moves[6].refines',
				message:
					'the move "move-das-undisclosed" is already refined at moves[5].refines: one departure is refined once'
			}
		},
		{
			name: 'a refining move dated after the departure it refines',
			change: (d: any) => (d.moves[3].date = { precision: 'range', start: '2024-05' }),
			problem: {
				path: 'moves[3].date',
				message: expect.stringMatching(
					/^the dates of a move that refines another must lie within those of "move-meijer-own-startup"/
				)
			}
		},
		{
			name: "the article's move refining other reporting's",
			change: (d: any) => (d.moves[0].refines = 'move-meijer-automind'),
			problem: {
				path: 'moves[0].refines',
				message: expect.stringMatching(
					/^only a move known from other reporting can refine one of the article's/
				)
			}
		},
		{
			name: 'an altered quote',
			change: (d: any) => (d.people[0].evidence[0].quote = 'La Directrice de la IA'),
			problem: {
				path: 'people[0].evidence[0].quote',
				message: 'these words are not in sentence "p4.s2" of the article'
			}
		},
		{
			name: 'a quote pointing at a sentence that does not exist',
			change: (d: any) => (d.people[0].evidence[0].sentence = 'p9.s9'),
			problem: { path: 'people[0].evidence[0].sentence', message: 'the article has no sentence "p9.s9"' }
		},
		{
			name: 'evidence citing an unknown source',
			change: (d: any) => (d.events[0].evidence[0].source = 'tabloid'),
			problem: { path: 'events[0].evidence[0].source', message: 'no source has the id "tabloid"' }
		},
		{
			name: 'later reporting passed off as the article',
			change: (d: any) => (d.moves[3].evidence[0].source = 'spiceworks-fr-2024'),
			problem: {
				path: 'moves[3].evidence[0].source',
				message: 'evidence of basis "later-reporting" cannot cite a source of kind "article"'
			}
		}
	])('rejects $name, saying where', ({ change, problem }) => {
		const result = validateDataset(brokenCopy(change), article);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map(englishProblem)).toContainEqual(problem);
	});

	it('accepts a quote whose whitespace differs from the article', () => {
		const copy = brokenCopy((d) => (d.people[0].evidence[0].quote = 'La  Directrice de\nl’IA générative'));
		expect(validateDataset(copy, article).ok).toBe(true);
	});

	it('checks structure and references, but not quotes, without the article', () => {
		const copy = brokenCopy((d) => (d.people[0].evidence[0].quote = 'words nowhere in the article'));
		expect(validateDataset(copy).ok).toBe(true);
	});
});
