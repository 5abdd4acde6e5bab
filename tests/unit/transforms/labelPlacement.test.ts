import { describe, expect, it } from 'vitest';
import {
	CHAR_WIDTH_12PX,
	fitLabel,
	periodTicks,
	timelineLabelRoom,
	visibleLabels
} from '../../../src/lib/transforms/labelPlacement';

const box = (id: string, stage: number, y0: number, y1: number) => ({ id, stage, y0, y1 });

describe('visibleLabels', () => {
	it.each([
		{ name: 'nothing', nodes: [], expected: [] },
		{ name: 'well-spaced nodes', nodes: [box('a', 0, 0, 20), box('b', 0, 40, 60)], expected: ['a', 'b'] },
		{
			name: 'two small nodes too close: the bigger keeps its label',
			nodes: [box('small', 0, 0, 4), box('big', 0, 6, 16)],
			expected: ['big']
		},
		{
			name: 'close nodes in different columns do not collide',
			nodes: [box('a', 0, 0, 4), box('b', 1, 1, 5)],
			expected: ['a', 'b']
		},
		{
			name: 'a run of tiny nodes: every other one is named',
			nodes: [box('a', 2, 0, 2), box('b', 2, 7, 9), box('c', 2, 14, 16), box('d', 2, 21, 23)],
			expected: ['a', 'c']
		}
	])('$name', ({ nodes, expected }) => {
		expect([...visibleLabels(nodes, 14)].sort()).toEqual(expected);
	});
});

describe('fitLabel', () => {
	it.each([
		{ label: 'Meta', width: 100, expected: 'Meta' },
		{ label: 'Meijer’s own AI startup (unnamed)', width: 100, expected: 'Meijer’s own A…' },
		{ label: 'Anthropic', width: 6, expected: '' },
		{ label: '', width: 50, expected: '' }
	])('$label in $width px → "$expected"', ({ label, width, expected }) => {
		expect(fitLabel(label, width)).toBe(expected);
	});
});

describe('periodTicks', () => {
	const years = Array.from({ length: 32 }, (_, i) => 2001 + i);

	it('names every period when the names fit under their bars', () => {
		expect(periodTicks([2022, 2023, 2024], 'year', 100, 30)).toEqual([2022, 2023, 2024]);
	});

	it('names round years, never two that overlap, when 32 bars share 600 px or 320 px', () => {
		expect(periodTicks(years, 'year', 600 / 32, 26)).toEqual(years.filter((y) => y % 2 === 0));
		const ticks = periodTicks(years, 'year', 320 / 32, 26);
		expect(ticks).toEqual([2005, 2010, 2015, 2020, 2025, 2030]);
		// Each name has its width and a gap to the next.
		expect((ticks[1]! - ticks[0]!) * (320 / 32)).toBeGreaterThanOrEqual(26 + 8);
	});

	it('names January and July of each year when months are narrow', () => {
		const months = Array.from({ length: 24 }, (_, i) => 2023 * 12 + i);
		expect(periodTicks(months, 'month', 15, 60).map((m) => [Math.floor(m / 12), (m % 12) + 1])).toEqual([
			[2023, 1],
			[2023, 7],
			[2024, 1],
			[2024, 7]
		]);
	});
});

describe('timelineLabelRoom', () => {
	const names = ['Abhishek Das', 'Departures · Parikh, Das, Meijer'];
	it('keeps as much room as the longest name needs, and a gap before the axis', () => {
		const room = timelineLabelRoom(names, 560);
		expect(room).toBe(Math.ceil(names[1]!.length * CHAR_WIDTH_12PX) + 12);
		// The longest name fits whole in it (the marks keep the same 12 px).
		expect(fitLabel(names[1]!, room - 12)).toBe(names[1]);
	});
	it('gives short names no more than they need', () => {
		expect(timelineLabelRoom(['Ann'], 560)).toBe(Math.ceil(3 * CHAR_WIDTH_12PX) + 12);
	});
	it('takes no more than 40% of a phone’s width, where names are shortened', () => {
		expect(timelineLabelRoom(names, 343)).toBe(137);
	});
});
