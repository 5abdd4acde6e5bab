import { describe, expect, it } from 'vitest';
import { remember, sameFields, sameItems } from '../../../src/lib/transforms/remember';

describe('remember', () => {
	it('works a transform out once for the same arguments, and again for others', () => {
		let runs = 0;
		const double = remember((list: number[], factor: number) => {
			runs++;
			return list.map((n) => n * factor);
		});
		const list = [1, 2];
		expect(double(list, 2)).toBe(double(list, 2));
		expect(runs).toBe(1);
		expect(double(list, 3)).toEqual([3, 6]);
		expect(double([1, 2], 2)).toEqual([2, 4]);
		expect(runs).toBe(3);
	});

	it('compares arguments as it is told: options with the same fields count as the same', () => {
		let runs = 0;
		const area = remember((shape: object, size: { width: number; height: number }) => {
			runs++;
			return size.width * size.height;
		}, sameFields);
		const shape = {};
		area(shape, { width: 2, height: 3 });
		area(shape, { width: 2, height: 3 });
		expect(runs).toBe(1);
		area(shape, { width: 2, height: 4 });
		expect(runs).toBe(2);
	});
});

describe('sameItems', () => {
	it('counts two lists of the same items in the same order as the same', () => {
		const a = { id: 'a' };
		expect(sameItems([a], [a])).toBe(true);
		expect(sameItems([a], [{ id: 'a' }])).toBe(false);
		expect(sameItems([a, a], [a])).toBe(false);
	});
});

describe('sameFields', () => {
	it('counts two plain objects with the same fields and values as the same, and nothing else', () => {
		expect(sameFields({ width: 1, height: 2 }, { height: 2, width: 1 })).toBe(true);
		expect(sameFields({ width: 1 }, { width: 1, height: 2 })).toBe(false);
		expect(sameFields({ width: 1 }, { width: 2 })).toBe(false);
		expect(sameFields({ list: [1] }, { list: [1] })).toBe(false);
		expect(sameFields([1], [1])).toBe(false);
		expect(sameFields(null, {})).toBe(false);
		expect(sameFields(Number.NaN, Number.NaN)).toBe(true);
	});
});
