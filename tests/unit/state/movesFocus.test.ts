import { describe, expect, it } from 'vitest';
import { readMovesFocus, writeMovesFocus } from '../../../src/lib/state/movesFocus';

const known = new Set(['meta', 'yutori', 'mistral-ai', 'x.ai']);
const read = (value: string, companies: string[]) => readMovesFocus(value, companies, (id) => known.has(id));

describe('readMovesFocus', () => {
	it.each([
		{ value: 'arrivals', companies: ['meta'], expected: { kind: 'arrivals' } },
		{ value: 'departures@2024', companies: ['meta'], expected: { kind: 'departures', period: '2024' } },
		{ value: 'net@2024-3', companies: ['meta'], expected: { kind: 'net', period: '2024-03' } },
		{ value: 'internal@undated', companies: ['meta'], expected: { kind: 'internal', period: 'undated' } },
		{ value: 'from:yutori', companies: ['meta'], expected: { kind: 'from', organization: 'yutori' } },
		{ value: 'to:_other', companies: ['meta'], expected: { kind: 'to', organization: '_other' } },
		{
			value: 'pair:yutori:meta@2024-04',
			companies: ['meta', 'yutori'],
			expected: { kind: 'pair', organization: 'yutori', other: 'meta', period: '2024-04' }
		},
		{ value: 'stayed:1', companies: ['meta'], expected: { kind: 'stayed', years: 1 } },
		{
			value: 'left:2:yutori@2021',
			companies: ['meta', 'yutori'],
			expected: { kind: 'left', years: 2, organization: 'yutori', period: '2021' }
		}
	])('reads $value with $companies chosen, and writes it back the same', ({ value, companies, expected }) => {
		const focus = read(value, companies);
		expect(focus).toEqual(expected);
		expect(read(writeMovesFocus(focus!), companies)).toEqual(expected);
	});

	it.each([
		['no organization is chosen', 'arrivals', []],
		['the kind is unknown', 'hires', ['meta']],
		['arrivals take no organization', 'arrivals:yutori', ['meta']],
		['the source is unknown', 'from:nowhere', ['meta']],
		['the source is a chosen organization', 'from:yutori', ['meta', 'yutori']],
		['a pair needs exactly two chosen', 'pair:meta:yutori', ['meta']],
		['a pair names both chosen, once each', 'pair:meta:meta', ['meta', 'yutori']],
		['the month does not exist', 'net@2024-13', ['meta']],
		['the period is no year or month', 'net@last-week', ['meta']],
		['there are two periods', 'net@2024@2025', ['meta']],
		['there are too many parts', 'pair:meta:yutori:x.ai', ['meta', 'yutori']],
		['retention is told after 1 or 2 years only', 'stayed:3', ['meta']],
		['retention’s years are written plainly', 'stayed:01', ['meta']],
		['retention names a chosen organization', 'left:1:yutori', ['meta']],
		['it is longer than any focus can be', `net@${'2024'.repeat(100)}`, ['meta']]
	])('reads nothing when %s', (_, value, companies) => {
		expect(read(value as string, companies as string[])).toBeNull();
	});
});
