import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/lib/schema/evidence';
import { evidenceItems } from '../../../src/lib/transforms/evidenceItems';

const row = (source: string, n: number): Evidence => ({ basis: 'import', source, row: n });
const quote: Evidence = { basis: 'article', quote: 'a quote', sentence: 'p1.s1' } as Evidence;

describe('evidenceItems', () => {
	it('cites the rows of one file that follow one another as one item, in ascending order', () => {
		expect(evidenceItems([row('import', 13), row('import', 14)])).toEqual([
			{ evidence: row('import', 13), rows: [13, 14] }
		]);
		expect(evidenceItems([row('import', 14), row('import', 13)])[0]!.rows).toEqual([13, 14]);
	});

	it('keeps rows of different files apart, and a file cited again after another file apart', () => {
		const list = [row('a', 2), row('b', 3), row('a', 4)];
		expect(evidenceItems(list).map((item) => item.rows)).toEqual([[2], [3], [4]]);
	});

	it('leaves other evidence as it is, one item each, in the order given', () => {
		expect(evidenceItems([quote, row('import', 5), quote])).toEqual([
			{ evidence: quote, rows: [] },
			{ evidence: row('import', 5), rows: [5] },
			{ evidence: quote, rows: [] }
		]);
	});
});
