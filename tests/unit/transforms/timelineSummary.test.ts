import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import { messagesFor } from '../../../src/lib/i18n/messages';
import type { Locale } from '../../../src/lib/i18n/locales';
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import type { FuzzyDate } from '../../../src/lib/schema/dates';
import type { ViewState } from '../../../src/lib/state/viewUrl';
import { indexDataset } from '../../../src/lib/transforms/describeFact';
import { timelineSummary } from '../../../src/lib/transforms/timelineSummary';
import { datasetOf, viewsOf } from '../core/viewsOf';

const article = talentJson as Dataset;
const NNBSP = '\u202f';

/** The summary of the timeline the page draws of a dataset under a view (later reporting on by default). */
function summarize(dataset: Dataset, locale: Locale, view: Partial<ViewState> = {}): string {
	return timelineSummary(viewsOf(dataset, view).timeline, indexDataset(dataset), locale, messagesFor(locale));
}

/** What the story view draws by default: the article's own moves and events, its publication and its figure. */
const articleView = { later: false };

/** A dataset of moves of made-up people, `Person 0`, `Person 1`…, each on the date given. */
function withMoves(dates: FuzzyDate[], weights: (number | undefined)[] = []): Dataset {
	const moves = dates.map((date, i): Move => ({
		id: `m${i}`,
		person: `p${i}`,
		from: 'meta',
		to: 'yutori',
		date,
		certainty: 'stated',
		evidence: [{ basis: 'import', source: 'file', row: i + 2 }],
		...(weights[i] === undefined ? {} : { weight: weights[i] })
	}));
	const d = datasetOf(moves);
	return { ...d, people: d.people.map((p) => ({ ...p, name: `Person ${p.id.slice(1)}` })) };
}

describe('timelineSummary', () => {
	it.each([
		{
			locale: 'en' as const,
			expected:
				'The timeline places 3 moves, 3 events, and 1 figure over a period between 2022 and April 3, 2024. ' +
				'First: Layoffs · Meijer (2022); last: Publication (April 3, 2024).'
		},
		{
			locale: 'fr' as const,
			expected:
				'La chronologie place 3 mouvements, 3 événements et 1 chiffre sur une période entre 2022 et le 3 avril 2024. ' +
				'En premier\u00a0: Licenciements · Meijer (2022)\u202f; en dernier\u00a0: Publication (3 avril 2024).'
		}
	])('says what the article’s timeline shows, in $locale', ({ locale, expected }) => {
		expect(summarize(article, locale, articleView)).toBe(expected);
	});

	it.each([
		{ locale: 'en' as const, expected: 'The timeline places 2 moves on or before April 3, 2024.' },
		{ locale: 'fr' as const, expected: 'La chronologie place 2 mouvements le 3 avril 2024 ou avant.' }
	])(
		'says no more than “by” the end when the earliest fact is known only by its end, in $locale',
		({ locale, expected }) => {
			// “In recent weeks”, up to the day of the article: when it began is not known.
			const recent: FuzzyDate = { precision: 'range', end: '2024-04-03' };
			const summary = summarize(withMoves([recent, recent]), locale);
			expect(summary.slice(0, expected.length)).toBe(expected);
		}
	);

	it.each([
		{
			locale: 'en' as const,
			expected: 'The timeline places 1 move and 2 events on or before April 3, 2024.'
		},
		{
			locale: 'fr' as const,
			expected: 'La chronologie place 1 mouvement et 2 événements le 3 avril 2024 ou avant.'
		}
	])(
		'says “by”, not “on”, when a fact known only by its end shares its end with facts of that day, in $locale',
		({ locale, expected }) => {
			// Devi Parikh alone: her move “in recent weeks” ends on the day of the article, the day of
			// the two events beside it; the move itself may be weeks earlier.
			const summary = summarize(article, locale, { ...articleView, person: 'devi-parikh' });
			expect(summary.slice(0, expected.length)).toBe(expected);
		}
	);

	it('follows the facts drawn: later reporting adds its events and dates, and its moves stand in for those they refine', () => {
		const counts = {
			moves: article.moves.filter(
				(mv) => mv.date.precision !== 'unknown' && !article.moves.some((r) => r.refines === mv.id)
			).length,
			events: article.events.filter((e) => e.date.precision !== 'unknown').length
		};
		expect(summarize(article, 'en', { later: true })).toContain(
			`places ${counts.moves} moves, ${counts.events} events, and 1 figure`
		);
		expect(summarize(article, 'en', { later: true })).not.toBe(summarize(article, 'en', articleView));
	});

	it.each([
		{
			name: 'a single day',
			dates: [{ precision: 'day', start: '2024-03-26' }],
			en: 'The timeline places 1 move on March 26, 2024.',
			fr: 'La chronologie place 1 mouvement le 26 mars 2024.'
		},
		{
			name: 'a single month',
			dates: [{ precision: 'month', start: '2023-11' }],
			en: 'The timeline places 1 move in November 2023.',
			fr: 'La chronologie place 1 mouvement en novembre 2023.'
		},
		{
			name: 'two days',
			dates: [
				{ precision: 'day', start: '2023-02-01' },
				{ precision: 'day', start: '2024-03-26' }
			],
			en:
				'The timeline places 2 moves between February 1, 2023 and March 26, 2024. ' +
				'First: Person 0 (February 1, 2023); last: Person 1 (March 26, 2024).',
			fr:
				'La chronologie place 2 mouvements entre le 1er février 2023 et le 26 mars 2024. ' +
				'En premier\u00a0: Person 0 (1er février 2023)\u202f; en dernier\u00a0: Person 1 (26 mars 2024).'
		},
		{
			name: 'an open end, which does not stretch the period to the end of the axis',
			dates: [
				{ precision: 'year', start: '2021' },
				{ precision: 'range', start: '2023-06' }
			],
			en:
				'The timeline places 2 moves between 2021 and June 2023. ' +
				'First: Person 0 (2021); last: Person 1 (from June 2023).',
			fr:
				'La chronologie place 2 mouvements entre 2021 et juin 2023. ' +
				'En premier\u00a0: Person 0 (2021)\u202f; en dernier\u00a0: Person 1 (depuis juin 2023).'
		}
	])('dates $name as precisely as the source, and no more', ({ dates, en, fr }) => {
		const d = withMoves(dates as FuzzyDate[]);
		expect(summarize(d, 'en')).toBe(en);
		expect(summarize(d, 'fr')).toBe(fr);
	});

	it('names each move by its places when one person is chosen, since every move is theirs', () => {
		const d = withMoves([
			{ precision: 'day', start: '2023-02-01' },
			{ precision: 'day', start: '2024-03-26' }
		]);
		const summary = (locale: Locale) =>
			timelineSummary(viewsOf(d).timeline, indexDataset(d), locale, messagesFor(locale), true);
		expect(summary('en')).toBe(
			'The timeline places 2 moves between February 1, 2023 and March 26, 2024. ' +
				'First: meta → yutori (February 1, 2023); last: meta → yutori (March 26, 2024).'
		);
		expect(summary('fr')).toContain('En premier\u00a0: meta → yutori (1er février 2023)');
	});

	it('is empty when nothing is dated, since the chart then says so itself', () => {
		expect(summarize(withMoves([{ precision: 'unknown' }]), 'en')).toBe('');
		expect(summarize(withMoves([]), 'fr')).toBe('');
	});

	it('names no undated fact that the chart lists beneath it', () => {
		const d = withMoves([{ precision: 'day', start: '2024-03-26' }, { precision: 'unknown' }]);
		expect(summarize(d, 'en')).toBe('The timeline places 1 move on March 26, 2024.');
	});

	it('counts a large import by month, with numbers written the reader’s way', () => {
		const dates: FuzzyDate[] = [];
		for (let i = 0; i < 1_200; i++)
			dates.push({ precision: 'month', start: `2023-${String((i % 12) + 1).padStart(2, '0')}` });
		for (let i = 0; i < 345; i++) dates.push({ precision: 'day', start: '2023-03-15' });
		for (let i = 0; i < 50; i++) dates.push({ precision: 'unknown' });
		const d = withMoves(dates);
		expect(summarize(d, 'en')).toBe(
			'The timeline places 1,545 moves between January 2023 and December 2023. ' +
				'The busiest month: March 2023, with 445 moves. ' +
				'50 more facts have no date and are not placed on it.'
		);
		expect(summarize(d, 'fr')).toBe(
			`La chronologie place 1${NNBSP}545 mouvements entre janvier 2023 et décembre 2023. ` +
				`Le mois le plus chargé\u00a0: mars 2023, avec 445 mouvements. ` +
				'50 autres faits n’ont pas de date et n’y figurent pas.'
		);
	});

	it('counts moves by weight: an aggregated flow of 40 moves is 40 moves, in its period', () => {
		const d = withMoves(
			[
				{ precision: 'month', start: '2023-11' },
				{ precision: 'month', start: '2023-11' }
			],
			[40, undefined]
		);
		expect(summarize(d, 'en')).toBe('The timeline places 41 moves in November 2023.');
	});

	it('counts the busiest month by weight when the moves are counted per period', () => {
		const dates: FuzzyDate[] = [];
		const weights: (number | undefined)[] = [];
		for (let i = 0; i < 60; i++) dates.push({ precision: 'month', start: i < 50 ? '2023-01' : '2023-06' });
		weights[55] = 100;
		expect(summarize(withMoves(dates, weights), 'en')).toBe(
			'The timeline places 159 moves between January 2023 and June 2023. ' +
				'The busiest month: June 2023, with 109 moves.'
		);
	});

	it('does not mutate its input', () => {
		const timeline = viewsOf(article, articleView).timeline;
		const before = structuredClone(timeline);
		timelineSummary(timeline, indexDataset(article), 'en', messagesFor('en'));
		expect(timeline).toEqual(before);
	});
});
