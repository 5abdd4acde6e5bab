import { describe, expect, it } from 'vitest';
import { englishRefusal, inEnglish } from '../english';
import { readDateCell } from '../../../src/lib/import/dates';

describe('readDateCell', () => {
	it.each([
		{ input: ['2024'], expected: { value: '2024', precision: 'year' } },
		{ input: ['2024-03'], expected: { value: '2024-03', precision: 'month' } },
		{ input: ['2024-03-26'], expected: { value: '2024-03-26', precision: 'day' } },
		{ input: [' 2024-03-26 '], expected: { value: '2024-03-26', precision: 'day' } },
		{ input: ['2024-02-29'], expected: { value: '2024-02-29', precision: 'day' } },
		{ input: [''], expected: null },
		{ input: ['   '], expected: null },
		{ input: ['', 'year'], expected: null },
		{ input: ['2024-03-26', 'year'], expected: { value: '2024', precision: 'year' } },
		{ input: ['2024-03-26', 'month'], expected: { value: '2024-03', precision: 'month' } },
		{ input: ['2024-03-26', 'day'], expected: { value: '2024-03-26', precision: 'day' } },
		{ input: ['2024-03-26', ' Month '], expected: { value: '2024-03', precision: 'month' } },
		{ input: ['2024-03', 'YEAR'], expected: { value: '2024', precision: 'year' } },
		{ input: ['2024', 'year'], expected: { value: '2024', precision: 'year' } }
	] as { input: [string, string?]; expected: unknown }[])(
		'reads $input as $expected',
		({ input, expected }) => {
			expect(readDateCell(...input)).toEqual({ ok: true, date: expected });
		}
	);

	it.each([
		{ input: ['2024-02-30'], message: '2024-02-30 does not exist in the calendar' },
		{ input: ['2023-02-29'], message: '2023-02-29 does not exist in the calendar' },
		{ input: ['2024-13'], message: '2024-13 does not exist in the calendar' },
		{ input: ['2024-00'], message: '2024-00 does not exist in the calendar' },
		{ input: ['2024-04-31'], message: '2024-04-31 does not exist in the calendar' },
		{ input: ['2024-03-00'], message: '2024-03-00 does not exist in the calendar' },
		{ input: ['March 2024'], message: '"March 2024" is not a date like 2024, 2024-03 or 2024-03-26' },
		{ input: ['26/03/2024'], message: '"26/03/2024" is not a date like 2024, 2024-03 or 2024-03-26' },
		{ input: ['2024/03/26'], message: '"2024/03/26" is not a date like 2024, 2024-03 or 2024-03-26' },
		{ input: ['24'], message: '"24" is not a date like 2024, 2024-03 or 2024-03-26' },
		{ input: ['2024-003'], message: '"2024-003" is not a date like 2024, 2024-03 or 2024-03-26' },
		{ input: ['2024-9-1-1'], message: '"2024-9-1-1" is not a date like 2024, 2024-03 or 2024-03-26' },
		{ input: ['2024-9-31'], message: '2024-09-31 does not exist in the calendar' },
		{ input: ['2024-13-1'], message: '2024-13-01 does not exist in the calendar' },
		{
			input: ['03/04/2024'],
			message:
				'"03/04/2024" could be 2024-04-03 (day first) or 2024-03-04 (month first), and the file does not say which comes first; write it year first, as 2024-04-03 or 2024-03-04'
		},
		{
			input: ['3.4.2024'],
			message:
				'"3.4.2024" could be 2024-04-03 (day first) or 2024-03-04 (month first), and the file does not say which comes first; write it year first, as 2024-04-03 or 2024-03-04'
		},
		{
			input: ['12-01-2024'],
			message:
				'"12-01-2024" could be 2024-01-12 (day first) or 2024-12-01 (month first), and the file does not say which comes first; write it year first, as 2024-01-12 or 2024-12-01'
		},
		// Not ambiguous, but not year first either: refused as before.
		{ input: ['04/04/2024'], message: '"04/04/2024" is not a date like 2024, 2024-03 or 2024-03-26' },
		{ input: ['13/04/2024'], message: '"13/04/2024" is not a date like 2024, 2024-03 or 2024-03-26' },
		{ input: ['3/4/24'], message: '"3/4/24" is not a date like 2024, 2024-03 or 2024-03-26' },
		{
			input: ['2024-03-26T10:00'],
			message: '"2024-03-26T10:00" is not a date like 2024, 2024-03 or 2024-03-26'
		},
		{ input: ['=NOW()'], message: '"=NOW()" is not a date like 2024, 2024-03 or 2024-03-26' },
		{
			input: ['x'.repeat(500)],
			message: `"${'x'.repeat(30)}" is not a date like 2024, 2024-03 or 2024-03-26`
		},
		{ input: ['2024', 'month'], message: 'precision "month" is finer than the date 2024' },
		{ input: ['2024-03', 'day'], message: 'precision "day" is finer than the date 2024-03' },
		{ input: ['2024-03', 'range'], message: 'precision "range" should be year, month or day' },
		{ input: ['2024-03', 'fortnight'], message: 'precision "fortnight" should be year, month or day' },
		{ input: ['2024-03', 'banana'], message: 'precision "banana" should be year, month or day' },
		{ input: ['2024-9', 'day'], message: 'precision "day" is finer than the date 2024-09' }
	] as { input: [string, string?]; message: string }[])('rejects $input: $message', ({ input, message }) => {
		expect(englishRefusal(readDateCell(...input))).toEqual({ ok: false, message });
	});
});

describe('readDateCell, lenient where the meaning is plain', () => {
	/** What a cell reads as, and its notices in English. */
	const read = (...input: [string, string?]) => {
		const result = readDateCell(...input);
		if (!result.ok) throw new Error(inEnglish(result.problem));
		return { date: result.date, notices: (result.notices ?? []).map(inEnglish) };
	};

	it.each([
		{ input: ['2024-9-01'], value: '2024-09-01', precision: 'day' },
		{ input: ['2024-9-1'], value: '2024-09-01', precision: 'day' },
		{ input: ['2024-09-1'], value: '2024-09-01', precision: 'day' },
		{ input: ['2024-9'], value: '2024-09', precision: 'month' },
		{ input: [' 2024-12-5 '], value: '2024-12-05', precision: 'day' },
		{ input: ['2024-2-29'], value: '2024-02-29', precision: 'day' }
	] as { input: [string]; value: string; precision: string }[])(
		'reads the unpadded $input as $value, with a notice',
		({ input, value, precision }) => {
			expect(read(...input)).toEqual({
				date: { value, precision },
				notices: [`"${input[0].trim()}" is read as ${value} (month and day written with two digits)`]
			});
		}
	);

	it.each([
		['2024-03-26', 'quarter', '2024', 'year'],
		['2024-03-26', 'Week', '2024-03', 'month'],
		['2024', 'week', '2024', 'year'],
		['2024-03-26', 'approximate', '2024-03', 'month'],
		['2024-03', 'circa', '2024', 'year'],
		['2024-03', 'Half Year', '2024', 'year']
	])(
		'reads %s with the precision "%s" as %s, the nearest coarser precision, with a notice',
		(value, word, kept, precision) => {
			expect(read(value, word)).toEqual({
				date: { value: kept, precision },
				notices: [
					`precision "${word}" is not day, month or year: the date ${value} is kept as ${kept}, known to the ${precision}`
				]
			});
		}
	);

	it.each([
		['2019', 'multi-year'],
		['2019', 'Multi Year'],
		['2019-06', 'MULTI_YEAR'],
		['2010', 'decade'],
		['2019', 'approximate'],
		['2019', '~'],
		['2019-06-01', 'unknown']
	])('keeps %s with the precision "%s" as a date of unknown precision, with a notice', (value, word) => {
		expect(read(value, word)).toEqual({
			date: { value, precision: 'unknown' },
			notices: [
				`precision "${word}" is vaguer than a year: the date ${value} is kept with an unknown precision, so no move is dated by it`
			]
		});
	});

	it('says both what it padded and what it coarsened', () => {
		expect(read('2024-9-1', 'circa')).toEqual({
			date: { value: '2024-09', precision: 'month' },
			notices: [
				'"2024-9-1" is read as 2024-09-01 (month and day written with two digits)',
				'precision "circa" is not day, month or year: the date 2024-09-01 is kept as 2024-09, known to the month'
			]
		});
	});

	it('takes the precision words the schema knows in any case, without a notice', () => {
		expect(read('2024-03-26', 'YEAR')).toEqual({ date: { value: '2024', precision: 'year' }, notices: [] });
		expect(read('2024-03-26', 'Month')).toEqual({
			date: { value: '2024-03', precision: 'month' },
			notices: []
		});
		expect(read('2024-03-26', ' Day ')).toEqual({
			date: { value: '2024-03-26', precision: 'day' },
			notices: []
		});
	});
});
