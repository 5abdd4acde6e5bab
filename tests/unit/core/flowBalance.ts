// What every flow diagram must satisfy, whatever the data and however many organizations it names:
// shared by the property test on random datasets and the test on the realistic 15,000-row file.
import { expect } from 'vitest';
import { weightOf } from '../../../src/lib/core/selection';
import type { MoveStore } from '../../../src/lib/core/store';
import type { FlowView } from '../../../src/lib/core/views/flow';

/**
 * Expects the flow diagram of `rows` to balance. It has two columns, origins (`from:`) and
 * destinations (`to:`), and no node in between: so each node's value must be the sum of the
 * weights of the links leaving it (an origin) or reaching it (a destination), and of its own moves;
 * both columns must carry the same total, that of the links; and that total, with the moves from
 * "Other" to "Other" left out of the drawing, must be every move of the rows, by weight.
 */
export function expectFlowBalanced(flow: FlowView, store: MoveStore, rows: Int32Array): void {
	const { nodes, links } = flow.graph;
	const rowOf = new Map(store.dataset.moves.map((m, row) => [m.id, row]));
	const weightOfMoves = (moves: readonly string[]) =>
		moves.reduce((sum, id) => sum + store.weight[rowOf.get(id)!]!, 0);
	for (const node of nodes) {
		const side =
			node.stage === 0
				? links.filter((l) => l.source === node.id)
				: links.filter((l) => l.target === node.id);
		expect(node.id.startsWith(node.stage === 0 ? 'from:' : 'to:')).toBe(true);
		expect(
			side.reduce((sum, l) => sum + l.value, 0),
			node.id
		).toBe(node.value);
		expect(weightOfMoves(node.moves), node.id).toBe(node.value);
	}
	for (const link of links) expect(weightOfMoves(link.moves), link.id).toBe(link.value);
	const total = (stage: 0 | 1) => nodes.filter((n) => n.stage === stage).reduce((sum, n) => sum + n.value, 0);
	const linked = links.reduce((sum, l) => sum + l.value, 0);
	expect(total(0)).toBe(linked);
	expect(total(1)).toBe(linked);
	expect(linked + flow.otherToOther).toBe(weightOf(store, rows));
}
