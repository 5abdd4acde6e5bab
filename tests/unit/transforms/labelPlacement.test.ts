import { describe, expect, it } from 'vitest';
import { fitLabel, visibleLabels } from '../../../src/lib/transforms/labelPlacement';

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
