import { describe, expect, it } from 'vitest';
import { deriveMoves, type Position } from '../../../src/lib/import/careers';
import type { CellDate } from '../../../src/lib/import/dates';

const date = (value: string): CellDate => ({
	value,
	precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year'
});

/** A position from a compact row: row number, person, organization, start, end (empty for unknown). */
const at = (
	row: number,
	person: string,
	organization: string,
	start = '',
	end = '',
	title = ''
): Position => ({
	row,
	person,
	organization,
	title,
	start: start ? date(start) : null,
	end: end ? date(end) : null
});

describe('deriveMoves', () => {
	it.each([
		{
			name: 'one position: no move',
			input: [at(2, 'ada', 'meta', '2020')],
			expected: []
		},
		{
			name: 'two organizations in a row: one move at the start of the new one',
			input: [at(2, 'ada', 'meta', '2018-01', '2024-03'), at(3, 'ada', 'yutori', '2024-04')],
			expected: [
				{
					person: 'ada',
					from: 'meta',
					to: 'yutori',
					date: date('2024-04'),
					dateFrom: 'start',
					rows: [2, 3]
				}
			]
		},
		{
			name: 'rows out of order: ordered by start',
			input: [at(2, 'ada', 'yutori', '2024-04'), at(3, 'ada', 'meta', '2018-01', '2024-03')],
			expected: [
				{
					person: 'ada',
					from: 'meta',
					to: 'yutori',
					date: date('2024-04'),
					dateFrom: 'start',
					rows: [3, 2]
				}
			]
		},
		{
			name: 'a change of title at the same organization: not a move',
			input: [
				at(2, 'ada', 'meta', '2018', '2021', 'Engineer'),
				at(3, 'ada', 'meta', '2021', '2024', 'Director')
			],
			expected: []
		},
		{
			name: 'a change of title, then a move: one move from the later title',
			input: [
				at(2, 'ada', 'meta', '2018', '2021', 'Engineer'),
				at(3, 'ada', 'meta', '2021', '2024', 'Director'),
				at(4, 'ada', 'yutori', '2024-04')
			],
			expected: [
				{
					person: 'ada',
					from: 'meta',
					to: 'yutori',
					date: date('2024-04'),
					dateFrom: 'start',
					rows: [3, 4]
				}
			]
		},
		{
			name: 'overlapping positions: a move at the start of the new one',
			input: [at(2, 'ada', 'meta', '2018', '2024-06'), at(3, 'ada', 'yutori', '2024-03')],
			expected: [
				{
					person: 'ada',
					from: 'meta',
					to: 'yutori',
					date: date('2024-03'),
					dateFrom: 'start',
					rows: [2, 3]
				}
			]
		},
		{
			name: 'a gap between positions: still a move at the start of the new one',
			input: [at(2, 'ada', 'meta', '2010', '2012'), at(3, 'ada', 'yutori', '2020-01-15')],
			expected: [
				{
					person: 'ada',
					from: 'meta',
					to: 'yutori',
					date: date('2020-01-15'),
					dateFrom: 'start',
					rows: [2, 3]
				}
			]
		},
		{
			name: 'a return to a past employer (A → B → A): two moves',
			input: [
				at(2, 'ada', 'meta', '2015', '2018'),
				at(3, 'ada', 'google', '2018', '2021'),
				at(4, 'ada', 'meta', '2021')
			],
			expected: [
				{ person: 'ada', from: 'meta', to: 'google', date: date('2018'), dateFrom: 'start', rows: [2, 3] },
				{ person: 'ada', from: 'google', to: 'meta', date: date('2021'), dateFrom: 'start', rows: [3, 4] }
			]
		},
		{
			name: 'a new position without a start: dated by the end of the old one',
			input: [at(2, 'ada', 'meta', '2018', '2024-03'), at(3, 'ada', 'yutori', '', '2025')],
			expected: [
				{
					person: 'ada',
					from: 'meta',
					to: 'yutori',
					date: date('2024-03'),
					dateFrom: 'previous-end',
					rows: [2, 3],
					stayEnd: date('2025')
				}
			]
		},
		{
			name: 'neither a new start nor an old end: an undated move',
			input: [at(2, 'ada', 'meta', '2018'), at(3, 'ada', 'yutori', '', '2025')],
			expected: [
				{
					person: 'ada',
					from: 'meta',
					to: 'yutori',
					date: null,
					dateFrom: 'none',
					rows: [2, 3],
					stayEnd: date('2025')
				}
			]
		},
		{
			name: 'two people: moves stay with their person',
			input: [
				at(2, 'ada', 'meta', '2018'),
				at(3, 'bob', 'yutori', '2019'),
				at(4, 'ada', 'yutori', '2024'),
				at(5, 'bob', 'meta', '2024')
			],
			expected: [
				{ person: 'ada', from: 'meta', to: 'yutori', date: date('2024'), dateFrom: 'start', rows: [2, 4] },
				{ person: 'bob', from: 'yutori', to: 'meta', date: date('2024'), dateFrom: 'start', rows: [3, 5] }
			]
		},
		{
			name: 'the same start twice: the file order decides',
			input: [at(2, 'ada', 'meta', '2024'), at(3, 'ada', 'yutori', '2024')],
			expected: [
				{ person: 'ada', from: 'meta', to: 'yutori', date: date('2024'), dateFrom: 'start', rows: [2, 3] }
			]
		}
	])('$name', ({ input, expected }) => {
		expect(deriveMoves(input)).toEqual({ moves: expected, skipped: [] });
	});

	describe('the end of the stay a move begins, when no later move ends it', () => {
		/** The moves of one person as (from → to, the end of the stay it begins or null). */
		const stays = (input: Position[]) =>
			deriveMoves(input).moves.map((m) => ({ move: `${m.from} → ${m.to}`, stayEnd: m.stayEnd ?? null }));

		it.each([
			{
				name: 'the last position ended: its end, at its own precision',
				input: [at(2, 'ada', 'meta', '2018', '2020-06'), at(3, 'ada', 'yutori', '2020-07', '2022-03-15')],
				expected: [{ move: 'meta → yutori', stayEnd: date('2022-03-15') }]
			},
			{
				name: 'the last position still held (no end): the stay goes on',
				input: [at(2, 'ada', 'meta', '2018', '2020-06'), at(3, 'ada', 'yutori', '2020-07')],
				expected: [{ move: 'meta → yutori', stayEnd: null }]
			},
			{
				name: 'a year-only end stays a year',
				input: [at(2, 'ada', 'meta', '2018', '2020'), at(3, 'ada', 'yutori', '2020-07', '2023')],
				expected: [{ move: 'meta → yutori', stayEnd: date('2023') }]
			},
			{
				name: 'an end too vague to place: the stay ended, on a day unknown',
				input: [
					at(2, 'ada', 'meta', '2018', '2020'),
					{ ...at(3, 'ada', 'yutori', '2020-07'), end: { value: '2023', precision: 'unknown' as const } }
				],
				expected: [{ move: 'meta → yutori', stayEnd: { value: '2023', precision: 'unknown' } }]
			},
			{
				name: 'a change of title at the end: the stay ends with the last title',
				input: [
					at(2, 'ada', 'meta', '2015', '2018'),
					at(3, 'ada', 'yutori', '2018', '2021', 'Engineer'),
					at(4, 'ada', 'yutori', '2021', '2023-05', 'Director')
				],
				expected: [{ move: 'meta → yutori', stayEnd: date('2023-05') }]
			},
			{
				name: 'a change of title at the end, the new title still held: the stay goes on',
				input: [
					at(2, 'ada', 'meta', '2015', '2018'),
					at(3, 'ada', 'yutori', '2018', '2021', 'Engineer'),
					at(4, 'ada', 'yutori', '2021', '', 'Director')
				],
				expected: [{ move: 'meta → yutori', stayEnd: null }]
			},
			{
				name: 'an earlier title there with no end: still held, so the stay goes on',
				input: [
					at(2, 'ada', 'meta', '2015', '2018'),
					at(3, 'ada', 'yutori', '2018', '', 'Professor'),
					at(4, 'ada', 'yutori', '2021', '2022', 'Visiting fellow')
				],
				expected: [{ move: 'meta → yutori', stayEnd: null }]
			},
			{
				name: 'two titles held at once: the stay ends with the one that ends last',
				input: [
					at(2, 'ada', 'meta', '2015', '2018'),
					at(3, 'ada', 'yutori', '2018', '2024-02', 'Engineer'),
					at(4, 'ada', 'yutori', '2021', '2022', 'Advisor')
				],
				expected: [{ move: 'meta → yutori', stayEnd: date('2024-02') }]
			},
			{
				name: 'a return to a past employer: the earlier stay ended at the move out, the return’s at its end',
				input: [
					at(2, 'ada', 'meta', '2015', '2018'),
					at(3, 'ada', 'google', '2018', '2021'),
					at(4, 'ada', 'meta', '2021', '2023-09')
				],
				expected: [
					{ move: 'meta → google', stayEnd: null },
					{ move: 'google → meta', stayEnd: date('2023-09') }
				]
			},
			{
				name: 'overlapping positions at two organizations: the stay at the one started last carries the end',
				input: [at(2, 'ada', 'meta', '2018', '2024-06'), at(3, 'ada', 'yutori', '2024-03', '2024-05')],
				expected: [{ move: 'meta → yutori', stayEnd: date('2024-05') }]
			},
			{
				name: 'every position at one organization: no move, so no stay to end',
				input: [
					at(2, 'ada', 'meta', '2015', '2018', 'Engineer'),
					at(3, 'ada', 'meta', '2018', '2020', 'Lead')
				],
				expected: []
			}
		])('$name', ({ input, expected }) => {
			expect(stays(input)).toEqual(expected);
		});
	});

	it('skips a position with neither start nor end, reports its row, and joins its neighbours', () => {
		const input = [at(2, 'ada', 'meta', '2018'), at(3, 'ada', 'google'), at(4, 'ada', 'yutori', '2024')];
		expect(deriveMoves(input)).toEqual({
			moves: [
				{ person: 'ada', from: 'meta', to: 'yutori', date: date('2024'), dateFrom: 'start', rows: [2, 4] }
			],
			skipped: [{ row: 3, reason: 'undated' }]
		});
	});

	it('returns nothing for no positions', () => {
		expect(deriveMoves([])).toEqual({ moves: [], skipped: [] });
	});

	it('does not mutate its input', () => {
		const input = [at(3, 'ada', 'yutori', '2024'), at(2, 'ada', 'meta', '2018'), at(4, 'ada', 'x')];
		const copy = structuredClone(input);
		deriveMoves(input);
		expect(input).toEqual(copy);
	});
});
