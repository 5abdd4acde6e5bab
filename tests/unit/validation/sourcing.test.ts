import { describe, expect, it } from 'vitest';
import { englishProblem } from '../english';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import type { Article } from '../../../src/lib/schema/article';
import type { Move, Source } from '../../../src/lib/schema/dataset';
import { dayIsSourced, looksLikePlaceholder } from '../../../src/lib/validation/sourcing';
import { validateArticle, validateDataset } from '../../../src/lib/validation/validateDataset';

const article = (validateArticle(articleJson) as { value: Article }).value;

/** A deep copy of the committed dataset with one change applied. */
function changed(change: (d: Record<string, any>) => void): unknown {
	const copy = structuredClone(talentJson) as Record<string, any>;
	change(copy);
	return copy;
}

/** Where a source sits in the committed dataset, by its id. */
const sourceAt = (id: string) => talentJson.sources.findIndex((s) => s.id === id);
const FORTUNE = sourceAt('fortune-2024');
const DCD = sourceAt('dcd-2024');
/** The move of Erik Meijer the article states: its date is the article's "in recent weeks". */
const ARTICLE_MOVE = talentJson.moves.findIndex((m) => m.id === 'move-meijer-own-startup');
/** Das's move to Yutori, known from other reporting only. */
const YUTORI_MOVE = talentJson.moves.findIndex((m) => m.id === 'move-das-yutori');

const needsAddress = (i: number) => ({
	path: `sources[${i}]`,
	message:
		'other reporting needs a url, the https:// address where it can be read: a source is named by outlet, headline and address'
});
const placeholder = (i: number, field: 'title' | 'publisher') => ({
	path: `sources[${i}].${field}`,
	message: `this ${field} reads as a placeholder; give the ${field === 'title' ? 'headline' : 'outlet'} as published`
});
/** The move of other reporting that refines move `refined` (Automind's, or Das's to Yutori) no longer dates within it. */
const outsideRefined = (i: number, refined: string) => ({
	path: `moves[${i}].date`,
	message: `the dates of a move that refines another must lie within those of "${refined}": it may date the departure more precisely, not otherwise`
});
const AUTOMIND_MOVE = talentJson.moves.findIndex((m) => m.id === 'move-meijer-automind');

const dayNotInEvidence = (i: number) => ({
	path: `moves[${i}].date`,
	message:
		'this move is dated to the day, but no evidence gives the day: cite a source published that very day (its "published" of precision "day"), quote the article with the words for the day in "wording", or give a range'
});

const stayEndDayNotInEvidence = (i: number) => ({
	path: `moves[${i}].stayEnd`,
	message:
		'the end of this stay is dated to the day, but no evidence of the move gives the day: cite a source published that very day, quote the article with the words for the day in "wording", or give a range'
});

describe('other reporting must be citable', () => {
	it.each([
		{
			name: 'other reporting without an address',
			change: (d: any) => delete d.sources[FORTUNE].url,
			problems: [needsAddress(FORTUNE)]
		},
		{
			name: 'a headline that only describes the report',
			change: (d: any) => (d.sources[DCD].title = 'Report on Abhishek Das and Devi Parikh leaving Meta'),
			problems: [placeholder(DCD, 'title')]
		},
		{
			name: 'an outlet that was not recorded',
			change: (d: any) =>
				(d.sources[FORTUNE].publisher = 'Later reporting (outlet not recorded in the research notes)'),
			problems: [placeholder(FORTUNE, 'publisher')]
		},
		{
			name: 'the old Yutori source: no address, a stand-in outlet and title',
			change: (d: any) =>
				d.sources.push({
					id: 'later-reporting-yutori',
					kind: 'later-reporting',
					title: 'Reporting on the founders of Yutori',
					publisher: 'Later reporting (outlet not recorded in the project’s research notes)'
				}),
			problems: [
				needsAddress(talentJson.sources.length),
				placeholder(talentJson.sources.length, 'publisher'),
				placeholder(talentJson.sources.length, 'title')
			]
		},
		{
			name: 'an address that is not https',
			change: (d: any) => (d.sources[FORTUNE].url = 'http://uk.finance.yahoo.com/news/'),
			problems: [{ path: `sources[${FORTUNE}].url`, message: 'expected an https:// address' }]
		}
	])('refuses $name', ({ change, problems }) => {
		const result = validateDataset(changed(change), article);
		expect(!result.ok && result.problems.map(englishProblem)).toEqual(problems);
	});

	it('asks no address of the article or of an imported file', () => {
		const copy = changed((d) => {
			delete d.sources[sourceAt('spiceworks-fr-2024')].url;
			d.sources.push({ id: 'moves-file', kind: 'import', title: 'moves.csv', publisher: 'a reader' });
		});
		expect(validateDataset(copy, article).ok).toBe(true);
	});

	it.each([
		{ text: 'Report on Abhishek Das and Devi Parikh leaving Meta', expected: true },
		{ text: 'Reporting on the founders of Yutori', expected: true },
		{ text: 'An article about Meijer', expected: true },
		{ text: 'Later reporting (outlet not recorded)', expected: true },
		{ text: 'TODO: find the headline', expected: true },
		{ text: 'Fortune', expected: false },
		{ text: 'Datacenter Dynamics', expected: false },
		{ text: 'Report: Mark Zuckerberg personally recruiting AI researchers', expected: false },
		{ text: 'Reports on AI agents are everywhere, says Yutori founder', expected: false },
		{
			text: 'The ‘Meta AI mafia’ brain drain continues with at least 3 more high-level departures',
			expected: false
		}
	])('“$text” reads as a placeholder: $expected', ({ text, expected }) => {
		expect(looksLikePlaceholder(text)).toBe(expected);
	});
});

describe('a move is dated no more precisely than its evidence', () => {
	it.each([
		{
			name: 'a day backed only by the article’s “in recent weeks”',
			change: (d: any) => (d.moves[ARTICLE_MOVE].date = { precision: 'day', start: '2024-03-26' }),
			problems: [outsideRefined(AUTOMIND_MOVE, 'move-meijer-own-startup'), dayNotInEvidence(ARTICLE_MOVE)]
		},
		{
			name: 'the day Das left Meta, given as the day he joined Yutori',
			change: (d: any) =>
				(d.moves[YUTORI_MOVE].date = {
					precision: 'day',
					start: '2024-03-26',
					note: 'The day he left Meta, inferred from “on Tuesday”.'
				}),
			problems: [dayNotInEvidence(YUTORI_MOVE)]
		},
		{
			name: 'a day after the only day-dated source was published',
			change: (d: any) => {
				d.moves[YUTORI_MOVE].date = { precision: 'day', start: '2024-04-10' };
				d.moves[YUTORI_MOVE].evidence = [
					{ basis: 'later-reporting', source: 'spiceworks-en-2024', claim: 'A report.', confidence: 'high' }
				];
			},
			// After the article reported him gone, too.
			problems: [outsideRefined(YUTORI_MOVE, 'move-das-undisclosed'), dayNotInEvidence(YUTORI_MOVE)]
		},
		{
			name: 'the end of a stay dated to the day, backed only by the article’s “in recent weeks”',
			change: (d: any) => (d.moves[ARTICLE_MOVE].stayEnd = { precision: 'day', start: '2024-05-02' }),
			problems: [stayEndDayNotInEvidence(ARTICLE_MOVE)]
		}
	])('refuses $name', ({ change, problems }) => {
		const result = validateDataset(changed(change), article);
		expect(!result.ok && result.problems.map(englishProblem)).toEqual(problems);
	});

	it('accepts the end of a stay known to the month, which claims no day', () => {
		const monthEnd = changed(
			(d) => (d.moves[ARTICLE_MOVE].stayEnd = { precision: 'month', start: '2024-05' })
		);
		expect(validateDataset(monthEnd, article)).toMatchObject({ ok: true });
	});

	const sources = new Map<string, Source>(
		[
			{ id: 'daily', kind: 'later-reporting', published: { precision: 'day', start: '2024-03-28' } },
			{ id: 'weekly', kind: 'later-reporting', published: { precision: 'range', start: '2024-04-01' } },
			{ id: 'undated', kind: 'later-reporting' },
			{ id: 'text', kind: 'article' },
			{ id: 'file', kind: 'import' }
		].map((s) => [s.id, { title: 'A headline', publisher: 'An outlet', ...s } as Source])
	);
	const later = (source: string) => ({
		basis: 'later-reporting' as const,
		source,
		claim: 'Says so.',
		confidence: 'high' as const
	});
	const quote = (words: string) => ({
		basis: 'article' as const,
		source: 'text',
		sentence: 'p1.s1',
		quote: words
	});
	const move = (date: Move['date'], evidence: Move['evidence']): Move => ({
		id: 'm',
		person: 'p',
		from: 'a',
		to: 'b',
		date,
		certainty: 'stated',
		evidence
	});
	const day = { precision: 'day' as const, start: '2024-03-26' };

	it.each([
		{ name: 'a source published on a later day', date: day, evidence: [later('daily')], expected: false },
		{
			name: 'a source published that very day',
			date: { precision: 'day' as const, start: '2024-03-28' },
			evidence: [later('daily')],
			expected: true
		},
		{
			name: 'a source published before the day',
			date: { precision: 'day' as const, start: '2024-03-29' },
			evidence: [later('daily')],
			expected: false
		},
		{ name: 'a source dated by a range', date: day, evidence: [later('weekly')], expected: false },
		{ name: 'an undated source', date: day, evidence: [later('undated')], expected: false },
		{ name: 'a source the dataset lacks', date: day, evidence: [later('ghost')], expected: false },
		{
			name: 'a quote holding the date’s wording',
			date: { ...day, wording: 'le mardi  26 mars' },
			evidence: [quote('est parti le mardi 26 mars 2024')],
			expected: true
		},
		{
			name: 'a quote without the date’s wording',
			date: { ...day, wording: 'le mardi 26 mars' },
			evidence: [quote('est parti récemment')],
			expected: false
		},
		{
			name: 'a quote, with no wording on the date',
			date: day,
			evidence: [quote('est parti')],
			expected: false
		},
		{
			name: 'a row of an imported file',
			date: day,
			evidence: [{ basis: 'import' as const, source: 'file', row: 2 }],
			expected: true
		},
		{
			name: 'any one piece of evidence that gives the day',
			date: { precision: 'day' as const, start: '2024-03-28' },
			evidence: [later('undated'), later('daily')],
			expected: true
		},
		{
			name: 'a month, whatever the evidence',
			date: { precision: 'month' as const, start: '2024-03' },
			evidence: [later('undated')],
			expected: true
		},
		{
			name: 'a range, whatever the evidence',
			date: { precision: 'range' as const, start: '2024-03-26' },
			evidence: [later('undated')],
			expected: true
		}
	])('a day backed by $name: $expected', ({ date, evidence, expected }) => {
		expect(dayIsSourced(move(date, evidence), sources)).toBe(expected);
	});
});
