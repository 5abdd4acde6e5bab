import { describe, expect, it } from 'vitest';
import { englishRefusal } from '../english';
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
		{ input: ['2024-3'], message: '"2024-3" is not a date like 2024, 2024-03 or 2024-03-26' },
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
		{ input: ['2024-03', 'fortnight'], message: 'precision "fortnight" should be year, month or day' }
	] as { input: [string, string?]; message: string }[])('rejects $input: $message', ({ input, message }) => {
		expect(englishRefusal(readDateCell(...input))).toEqual({ ok: false, message });
	});
});
