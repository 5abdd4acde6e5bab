// Hostile dates: days that do not exist, dates far in the future or before the year 100, periods
// that end before they start or where they start, and dates written some other way. Each is fed
// to the CSV import (moves and career histories) and to the JSON import.
import { describe, expect, it } from 'vitest';
import { isRealPartialDate } from '../../../src/lib/schema/dates';
import { formatPartialDate } from '../../../src/lib/transforms/formatDates';
import { partialDateBounds } from '../../../src/lib/transforms/timeline';
import { utcTicks } from '../../../src/lib/transforms/timeTicks';
import {
	datasetOf,
	describeOutcome,
	importCsvText,
	importJsonText,
	movesOf,
	problemsOf,
	report,
	talentWith
} from './feed';
import { rowLine } from '../english';
import { viewsOf } from '../core/viewsOf';

/** A moves file of one row: Ada leaves Meta for Yutori, on `date` (and until `dateEnd`). */
const movesFile = (date: string, dateEnd = '') =>
	`person,from,to,date,date_end\nAda,Meta,Yutori,${date},${dateEnd}\nBob,Meta,Yutori,2024,\n`;

/** A career file: Ada at Meta from `start` to `end`, then at Yutori from 2025. */
const careersFile = (start: string, end = '') =>
	`person,organization,start,end\nAda,Meta,${start},${end}\nAda,Yutori,2025,\nBob,Meta,2020,\n`;

describe('dates in a moves CSV', () => {
	it.each([
		{
			name: 'the 30th of February',
			date: '2024-02-30',
			left: 'row 2, date: 2024-02-30 does not exist in the calendar'
		},
		{
			name: 'the 29th of February of a common year',
			date: '2023-02-29',
			left: 'row 2, date: 2023-02-29 does not exist in the calendar'
		},
		{
			name: 'the 29th of February 1900 (not a leap year)',
			date: '1900-02-29',
			left: 'row 2, date: 1900-02-29 does not exist in the calendar'
		},
		{
			name: 'the 31st of April',
			date: '2024-04-31',
			left: 'row 2, date: 2024-04-31 does not exist in the calendar'
		},
		{ name: 'a 13th month', date: '2024-13', left: 'row 2, date: 2024-13 does not exist in the calendar' },
		{ name: 'a month 00', date: '2024-00', left: 'row 2, date: 2024-00 does not exist in the calendar' },
		{ name: 'a day 00', date: '2024-03-00', left: 'row 2, date: 2024-03-00 does not exist in the calendar' },
		{
			name: 'an American date',
			date: '03/26/2024',
			left: 'row 2, date: "03/26/2024" is not a date like 2024, 2024-03 or 2024-03-26'
		},
		{
			name: 'a European date',
			date: '26.03.2024',
			left: 'row 2, date: "26.03.2024" is not a date like 2024, 2024-03 or 2024-03-26'
		},
		{
			name: 'a day and a month whose order is unknown',
			date: '03/04/2024',
			left: 'row 2, date: "03/04/2024" could be 2024-04-03 (day first) or 2024-03-04 (month first), and the file does not say which comes first; write it year first, as 2024-04-03 or 2024-03-04'
		},
		{
			name: 'an unpadded day that does not exist',
			date: '2024-2-30',
			left: 'row 2, date: 2024-02-30 does not exist in the calendar'
		},
		{
			name: 'a date in words',
			date: 'March 2024',
			left: 'row 2, date: "March 2024" is not a date like 2024, 2024-03 or 2024-03-26'
		},
		{
			name: 'full-width digits',
			date: '２０２４',
			left: 'row 2, date: "２０２４" is not a date like 2024, 2024-03 or 2024-03-26'
		},
		{
			name: 'a negative year',
			date: '-2024',
			left: 'row 2, date: "-2024" is not a date like 2024, 2024-03 or 2024-03-26'
		},
		{ name: 'NaN', date: 'NaN', left: 'row 2, date: "NaN" is not a date like 2024, 2024-03 or 2024-03-26' },
		{
			name: 'Infinity',
			date: 'Infinity',
			left: 'row 2, date: "Infinity" is not a date like 2024, 2024-03 or 2024-03-26'
		},
		{
			name: 'a period that ends before it starts',
			date: '2024-03',
			dateEnd: '2024-02',
			left: 'row 2, date_end: the period ends before it starts'
		},
		{
			name: 'an end day that does not exist',
			date: '2024-02',
			dateEnd: '2024-02-30',
			left: 'row 2, date_end: 2024-02-30 does not exist in the calendar'
		}
	])('leaves out a row dated with $name, saying row, column and why', ({ name, date, dateEnd, left }) => {
		const outcome = importCsvText(movesFile(date, dateEnd));
		report(
			`${name}: ${date}${dateEnd ? `..${dateEnd}` : ''}`,
			'CSV import (moves)',
			describeOutcome(outcome)
		);
		expect(outcome.ok && outcome.value.rejected.map(rowLine)).toEqual([left]);
		expect(movesOf(datasetOf(outcome))).toEqual(['Bob: Meta → Yutori (year 2024)']);
	});

	it.each([
		{
			name: 'the 29th of February of a leap year',
			date: '2024-02-29',
			move: 'Ada: Meta → Yutori (day 2024-02-29)'
		},
		{
			name: 'the 29th of February 2000 (a leap year)',
			date: '2000-02-29',
			move: 'Ada: Meta → Yutori (day 2000-02-29)'
		},
		{ name: 'a date far in the future', date: '2999-12-31', move: 'Ada: Meta → Yutori (day 2999-12-31)' },
		{ name: 'the year 0050', date: '0050', move: 'Ada: Meta → Yutori (year 0050)' },
		{ name: 'padding around the date', date: ' 2024-03 ', move: 'Ada: Meta → Yutori (month 2024-03)' },

		{
			name: 'a period that starts and ends the same month',
			date: '2024-03',
			dateEnd: '2024-03',
			move: 'Ada: Meta → Yutori (range 2024-03..2024-03)'
		},
		{
			name: 'an unpadded month and day',
			date: '2024-3-5',
			move: 'Ada: Meta → Yutori (day 2024-03-05)',
			notice: 'row 2, date: "2024-3-5" is read as 2024-03-05 (month and day written with two digits)'
		},
		{
			name: 'an unpadded month',
			date: '2024-3',
			move: 'Ada: Meta → Yutori (month 2024-03)',
			notice: 'row 2, date: "2024-3" is read as 2024-03 (month and day written with two digits)'
		},
		{
			name: 'an unpadded end of period',
			date: '2024-03',
			dateEnd: '2024-4',
			move: 'Ada: Meta → Yutori (range 2024-03..2024-04)',
			notice: 'row 2, date_end: "2024-4" is read as 2024-04 (month and day written with two digits)'
		}
	])('keeps a move dated with $name, padded if need be', ({ name, date, dateEnd, move, notice }) => {
		// A file may record a move announced ahead of time, or an old one: the importer does not know
		// today's date and does not guess what the source meant.
		const outcome = importCsvText(movesFile(date, dateEnd));
		report(
			`${name}: ${date}${dateEnd ? `..${dateEnd}` : ''}`,
			'CSV import (moves)',
			describeOutcome(outcome)
		);
		expect(outcome.ok && outcome.value.rejected).toEqual([]);
		// A date padded is kept with a notice saying row, column and what it read; others, silently.
		expect(outcome.ok && outcome.value.notices.map(rowLine)).toEqual(notice ? [notice] : []);
		expect(movesOf(datasetOf(outcome))[0]).toBe(move);
	});
});

describe('dates read leniently, kept with a notice', () => {
	it('keeps a move whose precision is a word the schema does not know, coarsened, with a notice', () => {
		const outcome = importCsvText(
			'person,from,to,date,precision\nAda,Meta,Yutori,2024-03-26,quarter\nBob,Meta,Yutori,2019,decade\n'
		);
		expect(outcome.ok && outcome.value.rejected).toEqual([]);
		expect(outcome.ok && outcome.value.notices.map(rowLine)).toEqual([
			'row 2, precision: precision "quarter" is not day, month or year: the date 2024-03-26 is kept as 2024, known to the year',
			'row 3, precision: precision "decade" is vaguer than a year: the date 2019 is kept with an unknown precision, so no move is dated by it'
		]);
		expect(movesOf(datasetOf(outcome))).toEqual([
			'Ada: Meta → Yutori (year 2024)',
			'Bob: Meta → Yutori (unknown no date)'
		]);
	});

	it('keeps positions with a vague precision: they order the positions, and date no move', () => {
		const outcome = importCsvText(
			[
				'person,organization,start,start_precision,end,end_precision',
				'Ada,Meta,2015,,2019-6,multi-year',
				'Ada,Yutori,2019,Multi-Year,,',
				'Ada,Mistral,2024-9-01,,,',
				'Bob,Meta,2018,circa,2017,',
				'Bob,Cohere,2020,YEAR,,'
			].join('\n')
		);
		expect(outcome.ok && outcome.value.rejected).toEqual([]);
		expect(outcome.ok && outcome.value.notices.map(rowLine)).toEqual([
			'row 2, end: "2019-6" is read as 2019-06 (month and day written with two digits)',
			'row 2, end_precision: precision "multi-year" is vaguer than a year: the date 2019-06 is kept with an unknown precision, so no move is dated by it',
			'row 3, start_precision: precision "Multi-Year" is vaguer than a year: the date 2019 is kept with an unknown precision, so no move is dated by it',
			'row 4, start: "2024-9-01" is read as 2024-09-01 (month and day written with two digits)',
			'row 5, start_precision: precision "circa" is vaguer than a year: the date 2018 is kept with an unknown precision, so no move is dated by it'
		]);
		// Ada's move to Yutori has no date: her Meta end and her Yutori start are both vague. Bob's
		// vague start of 2018 cannot be said to come after his end of 2017: the row is kept.
		expect(movesOf(datasetOf(outcome))).toEqual([
			'Ada: Meta → Yutori (unknown no date)',
			'Ada: Yutori → Mistral (day 2024-09-01)',
			'Bob: Meta → Cohere (year 2020)'
		]);
	});
});

describe('dates in a career-history CSV', () => {
	it.each([
		{
			name: 'a start that does not exist',
			start: '2023-02-29',
			left: 'row 2, start: 2023-02-29 does not exist in the calendar'
		},
		{
			name: 'an end that does not exist',
			start: '2020',
			end: '2024-13',
			left: 'row 2, end: 2024-13 does not exist in the calendar'
		},
		{
			name: 'an end before the start',
			start: '2024-03-26',
			end: '2024-03-01',
			left: 'row 2, end: ends (2024-03-01) before it starts (2024-03-26)'
		},
		{
			name: 'an end year before the start month',
			start: '2024-03',
			end: '2023',
			left: 'row 2, end: ends (2023) before it starts (2024-03)'
		}
	])('leaves out a position with $name, saying row, column and why', ({ name, start, end, left }) => {
		const outcome = importCsvText(careersFile(start, end));
		report(`${name}: ${start}..${end ?? ''}`, 'CSV import (career histories)', describeOutcome(outcome));
		expect(outcome.ok && outcome.value.rejected.map(rowLine)).toEqual([left]);
		// Without its Meta position, Ada makes no move.
		expect(datasetOf(outcome).moves).toEqual([]);
	});

	it.each([
		{ name: 'a position that starts and ends the same day', start: '2024-03-01', end: '2024-03-01' },
		{ name: 'a position that starts in the future', start: '2999-01', end: '' },
		{ name: 'an end coarser than its start', start: '2024-03-26', end: '2024-03' }
	])('keeps $name, and the move after it', ({ name, start, end }) => {
		const outcome = importCsvText(careersFile(start, end));
		report(`${name}: ${start}..${end}`, 'CSV import (career histories)', describeOutcome(outcome));
		expect(outcome.ok && outcome.value.rejected).toEqual([]);
		// Positions are ordered by start: one that starts after 2025 comes after Yutori.
		expect(movesOf(datasetOf(outcome))).toEqual([
			start > '2025' ? 'Ada: Yutori → Meta (month 2999-01)' : 'Ada: Meta → Yutori (year 2025)'
		]);
	});
});

describe('dates in a JSON dataset', () => {
	const dated = (date: object) => talentWith((d) => (d.moves[0].date = date));
	/**
	 * The same, with the move's evidence a row of an imported file, which states the day: a day
	 * that only the article's "in recent weeks" backs would be refused as more precise than its evidence.
	 */
	const datedByFile = (date: object) =>
		talentWith((d) => {
			d.sources.push({ id: 'moves-file', kind: 'import', title: 'moves.csv', publisher: 'a reader' });
			d.moves[0].date = date;
			d.moves[0].evidence = [{ basis: 'import', source: 'moves-file', row: 2 }];
			// No longer the article's move, it is no longer one that other reporting refines.
			delete d.moves[3].refines;
		});

	it.each([
		{
			name: 'a day that does not exist',
			date: { precision: 'day', start: '2024-02-30' },
			problem: 'moves[0].date.start: this date does not exist in the calendar'
		},
		{
			name: 'a month that does not exist',
			date: { precision: 'month', start: '2024-13' },
			problem: 'moves[0].date.start: this date does not exist in the calendar'
		},
		{
			name: 'a range that ends before it starts',
			date: { precision: 'range', start: '2024-03', end: '2024-02' },
			problem: 'moves[0].date.end: the range ends before it starts'
		},
		{
			name: 'a day-precise date that names a month',
			date: { precision: 'day', start: '2024-03' },
			problem: 'moves[0].date.start: precision "day" expects a date like 2024-03-26'
		},
		{
			name: 'an unknown date with a start',
			date: { precision: 'unknown', start: '2024' },
			problem: 'moves[0].date.precision: an unknown date has no start or end'
		},
		{
			name: 'a date as a number',
			date: { precision: 'year', start: 2024 },
			problem: 'moves[0].date.start: expected a date like 2024-03 or 2024-03-26'
		}
	])('refuses $name, with its JSON path', ({ name, date, problem }) => {
		const outcome = importJsonText(dated(date));
		report(`${name}: ${JSON.stringify(date)}`, 'JSON import (validateDataset)', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual([problem]);
	});

	it.each([
		{ name: 'a date far in the future', date: { precision: 'day', start: '2999-12-31' } },
		{
			name: 'a range that starts and ends the same day',
			date: { precision: 'range', start: '2024-03-26', end: '2024-03-26' }
		},
		{
			name: 'the 29th of February of the year 0 (a leap year)',
			date: { precision: 'day', start: '0000-02-29' }
		}
	])('accepts $name as written', ({ name, date }) => {
		const outcome = importJsonText(datedByFile(date));
		report(`${name}: ${JSON.stringify(date)}`, 'JSON import (validateDataset)', describeOutcome(outcome));
		expect(datasetOf(outcome).moves[0]!.date).toEqual(date);
	});
});

describe('the years 0 to 99, which Date.UTC reads as 1900 to 1999', () => {
	it.each([
		{ value: '0000-02-29', expected: true },
		{ value: '0100-02-29', expected: false },
		{ value: '0004-02-29', expected: true },
		{ value: '0099-02-29', expected: false }
	])('$value is a real date: $expected', ({ value, expected }) => {
		expect(isRealPartialDate(value)).toBe(expected);
	});

	it.each([
		{ value: '0050', expected: '50' },
		{ value: '0099-03', expected: 'March 99' },
		{ value: '0001-01-02', expected: 'January 2, 1' },
		{ value: '0000', expected: '0000' },
		{ value: '1950', expected: '1950' }
	])('writes $value as "$expected", not as a year of the 1900s', ({ value, expected }) => {
		expect(formatPartialDate(value, 'en')).toBe(expected);
	});

	it('places a move of the year 0050 in the year 50 on the timeline, with its ticks', () => {
		const dataset = datasetOf(importCsvText(movesFile('0050')));
		expect(new Date(partialDateBounds('0050').first).getUTCFullYear()).toBe(50);
		const timeline = viewsOf(dataset, {}, '2024').timeline;
		expect(new Date(timeline.domain[0]).getUTCFullYear()).toBe(50);
		expect(timeline.items.map((i) => new Date(i.span.start).getUTCFullYear())).toEqual([50, 2024]);
		const ticks = utcTicks([partialDateBounds('0050').first, partialDateBounds('0060').last], 11);
		expect(ticks.map((t) => new Date(t).getUTCFullYear())).toEqual([
			50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60
		]);
	});
});
