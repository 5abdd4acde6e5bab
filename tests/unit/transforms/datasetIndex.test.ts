import { describe, expect, it } from 'vitest';
import type { Move } from '../../../src/lib/schema/dataset';
import { moveRows } from '../../../src/lib/transforms/datasetIndex';
import { move } from '../core/testMoves';

const named = (ids: string[]): Move[] =>
	ids.map((id) => ({ ...move('ann', 'meta', 'openai', '2024-01-02'), id }));

describe('moveRows', () => {
	it('finds the moves an import numbers and the flows the aggregate numbers at their places', () => {
		const rowOfMove = moveRows(named(['move-1', 'move-2', 'move-3']));
		expect(['move-1', 'move-3'].map(rowOfMove)).toEqual([0, 2]);
		const rowOfFlow = moveRows(named(['flow-1', 'flow-2']));
		expect(['flow-2', 'flow-1'].map(rowOfFlow)).toEqual([1, 0]);
	});

	it('finds a move whose number is not its place, or which has no number, and says -1 for no move', () => {
		const rowOf = moveRows(named(['flow-2', 'flow-1', 'move-parikh']));
		expect(['flow-1', 'flow-2', 'move-parikh', 'flow-3', 'meta'].map(rowOf)).toEqual([1, 0, 2, -1, -1]);
	});
});
