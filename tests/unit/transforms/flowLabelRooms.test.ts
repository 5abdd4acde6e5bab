import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH_12PX, flowLabelRooms } from '../../../src/lib/transforms/labelPlacement';

const nodes = [
	{ id: 'from:meta', stage: 0 },
	{ id: 'to:a', stage: 1 },
	{ id: 'to:b', stage: 1 }
];
const names = new Map([
	['from:meta', 'Meta'],
	['to:a', 'Meijer’s own AI startup (unnamed)'],
	['to:b', 'Not disclosed']
]);
const need = (name: string) => Math.ceil(name.length * CHAR_WIDTH_12PX) + 14;

describe('flowLabelRooms', () => {
	it('gives each side the room its longest name needs when both fit beside the flows', () => {
		expect(flowLabelRooms(nodes, names, 560)).toEqual({
			left: need('Meta'),
			right: need(names.get('to:a')!)
		});
	});

	it('keeps the shorter side’s names whole on a narrow chart and gives the longer side the rest', () => {
		const rooms = flowLabelRooms(nodes, names, 343);
		expect(rooms.left).toBe(need('Meta'));
		expect(rooms.left + rooms.right).toBe(343 - 120);
	});

	it('shares the room in halves when neither side fits', () => {
		expect(flowLabelRooms(nodes, names, 200)).toEqual({ left: 40, right: 40 });
	});
});
