// The flow diagram of a realistic 15,000-row career file (tests/bench/realistic.ts: about 1,700
// organizations, a few giants and a long tail), naming from 5 to 30 of them: what it must keep
// whatever the number named.
import { describe, expect, it } from 'vitest';
import { OTHER } from '../../../src/lib/core/views/flow';
import { NAMED_RANGE } from '../../../src/lib/core/views/flowNaming';
import { readCsv } from '../../../src/lib/import/csv';
import { importTable } from '../../../src/lib/import/importFile';
import { guessMapping } from '../../../src/lib/import/mapping';
import { layoutFlows } from '../../../src/lib/transforms/flowLayout';
import { FLOW_NODE_PADDING, flowHeight, visibleLabels } from '../../../src/lib/transforms/labelPlacement';
import { realisticCareers } from '../../fixtures/realistic';
import { expectFlowBalanced } from '../core/flowBalance';
import { viewsOf } from '../core/viewsOf';

/** The line a node's name takes in the diagram (FlowDiagram.svelte). */
const LABEL_LINE_HEIGHT = 14;

function realisticDataset() {
	const { csv } = realisticCareers({ rows: 15_000, seed: 20240403 });
	const read = readCsv(csv);
	if (!read.ok) throw new Error('the realistic file should read');
	const outcome = importTable(
		read.table,
		'realistic.csv',
		'careers',
		guessMapping(read.table.headers, 'careers')
	);
	if (!outcome.ok) throw new Error('the realistic file should import');
	return outcome.value.dataset;
}
const dataset = realisticDataset();

/** The organizations of each column, top to bottom, as laid out. */
function columns(layout: ReturnType<typeof layoutFlows>) {
	return [0, 1].map((stage) =>
		layout.nodes
			.filter((n) => n.stage === stage)
			.sort((a, b) => a.y0 - b.y0)
			.map((n) => n.organization)
	);
}

const COUNTS = [NAMED_RANGE.min, 8, NAMED_RANGE.default, 20, 25, NAMED_RANGE.max];

describe.each(COUNTS)('the realistic file’s flow diagram naming %i organizations', (named) => {
	const { store, rows, flow } = viewsOf(dataset, { named });
	const height = flowHeight(flow.graph.nodes);
	const layout = layoutFlows(flow.graph, { width: 400, height, nodePadding: FLOW_NODE_PADDING });

	it('names that many, the busiest, and groups the rest of its organizations as “Other”', () => {
		expect(flow.organizations).toBeGreaterThan(1_000);
		for (const stage of [0, 1]) {
			const column = flow.graph.nodes.filter((n) => n.stage === stage).map((n) => n.organization);
			expect(column).toContain(OTHER);
			expect(column.length).toBeLessThanOrEqual(named + 1);
		}
		expect(flow.hiddenOrganizations).toBe(flow.organizations - named);
	});

	it('balances: every node carries the weights of its links and of its moves, and both columns the same total', () => {
		expectFlowBalanced(flow, store, rows);
	});

	it('leaves out the moves from “Other” to “Other”, which it counts for its note, so that they never draw the widest band', () => {
		expect(flow.otherToOther).toBeGreaterThan(0);
		expect(
			flow.graph.links.filter((l) => l.source === `from:${OTHER}` && l.target === `to:${OTHER}`)
		).toEqual([]);
	});

	it('lays everything out with no problem, and gives every name its own line: none is hidden and none collides', () => {
		expect(layout.problems).toEqual([]);
		expect(visibleLabels(layout.nodes, LABEL_LINE_HEIGHT).size).toBe(layout.nodes.length);
		for (const stage of [0, 1]) {
			const centres = layout.nodes
				.filter((n) => n.stage === stage)
				.map((n) => (n.y0 + n.y1) / 2)
				.sort((a, b) => a - b);
			for (let i = 1; i < centres.length; i++)
				expect(centres[i]! - centres[i - 1]!).toBeGreaterThanOrEqual(LABEL_LINE_HEIGHT);
		}
	});

	it('orders each column the busiest first and “Other” last, and keeps that order as more are named', () => {
		for (const [stage, column] of columns(layout).entries()) {
			expect(column.at(-1)).toBe(OTHER);
			const value = new Map(
				flow.graph.nodes.filter((n) => n.stage === stage).map((n) => [n.organization, n.value])
			);
			const values = column.slice(0, -1).map((organization) => value.get(organization)!);
			expect(values).toEqual([...values].sort((a, b) => b - a));
		}
		const more = viewsOf(dataset, { named: Math.min(NAMED_RANGE.max, named + 5) }).flow;
		const moreColumns = columns(
			layoutFlows(more.graph, {
				width: 400,
				height: flowHeight(more.graph.nodes),
				nodePadding: FLOW_NODE_PADDING
			})
		);
		for (const [stage, column] of columns(layout).entries()) {
			const kept = moreColumns[stage]!.filter((organization) => column.includes(organization));
			expect(kept).toEqual(column);
		}
	});
});
