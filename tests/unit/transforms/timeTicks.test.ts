import { describe, expect, it } from 'vitest';
import { utcTicks } from '../../../src/lib/transforms/timeTicks';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const iso = (ticks: number[]) => ticks.map((t) => new Date(t).toISOString().slice(0, 7));

describe('utcTicks', () => {
	it.each([
		{
			name: 'years across 2022 to publication',
			domain: [utc(2022), utc(2024, 4, 3)],
			count: 4,
			expected: ['2022-01', '2023-01', '2024-01']
		},
		{
			name: 'half-years when there is room',
			domain: [utc(2022), utc(2024, 4, 3)],
			count: 7,
			expected: ['2022-01', '2022-07', '2023-01', '2023-07', '2024-01']
		},
		{
			name: 'months over a short span',
			domain: [utc(2024, 1, 15), utc(2024, 4, 3)],
			count: 10,
			expected: ['2024-02', '2024-03', '2024-04']
		},
		{
			name: 'decades over a century',
			domain: [utc(1920), utc(2020)],
			count: 6,
			expected: ['1920-01', '1940-01', '1960-01', '1980-01', '2000-01', '2020-01']
		},
		{
			name: 'a reversed domain',
			domain: [utc(2024), utc(2022)],
			count: 3,
			expected: ['2022-01', '2023-01', '2024-01']
		},
		{ name: 'a single day', domain: [utc(2024, 3, 26), utc(2024, 3, 26)], count: 5, expected: [] }
	])('$name', ({ domain, count, expected }) => {
		expect(iso(utcTicks(domain as [number, number], count))).toEqual(expected);
	});

	it('never gives more ticks than asked, whatever the span', () => {
		for (const years of [0, 1, 3, 10, 40, 150])
			for (const count of [1, 2, 5, 12])
				expect(utcTicks([utc(2000), utc(2000 + years, 6)], count).length).toBeLessThanOrEqual(
					Math.max(1, count)
				);
	});
});
