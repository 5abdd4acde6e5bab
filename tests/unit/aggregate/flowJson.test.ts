import { describe, expect, it } from 'vitest';
import type { SqlFlow } from '../../../src/cli/aggregate/engine';
import { flowsFrame } from '../../../src/cli/aggregate/toDataset';
import { writeDatasetJson } from '../../../src/cli/aggregate/writeJson';
import { flowIdPrefix, writeFlowColumnsJson } from '../../../src/cli/aggregate/writeColumns';
import { datasetOfFlows, readFlowColumns } from '../../../src/lib/import/flowColumns';

const provenance = {
	file: 'careers.csv',
	rows: 9,
	sha256: 'cd'.repeat(32),
	query: 'talent-flows-sql/3+0123456789ab'
};

const organizations = [
	{ key: 'meta', name: 'Meta', firstRow: 2 },
	{ key: 'yutori', name: 'Yutori', firstRow: 3 },
	// A name whose id needs a suffix and a name with characters that JSON escapes elsewhere.
	{ key: 'meta ai', name: 'Meta', firstRow: 4 },
	{ key: 'l"abo\\', name: 'L"abo\\ Café', firstRow: 5 }
];

/** One date of each kind a flow may have, shared by two flows as the engine shares them. */
const month = { precision: 'month', start: '2024-03' } as const;
const flows: SqlFlow[] = [
	{ fromKey: 'meta', toKey: 'yutori', date: month, certainty: 'stated', weight: 12 },
	{ fromKey: 'yutori', toKey: 'meta ai', date: month, certainty: 'stated', weight: 1 },
	{
		fromKey: 'meta ai',
		toKey: 'l"abo\\',
		date: { precision: 'year', start: '2019' },
		certainty: 'implied',
		weight: 3
	},
	{ fromKey: 'l"abo\\', toKey: 'meta', date: { precision: 'unknown' }, certainty: 'undisclosed', weight: 2 },
	{
		fromKey: 'meta',
		toKey: 'l"abo\\',
		date: { precision: 'range', start: '2020-01', end: '2021-06' },
		certainty: 'stated',
		weight: 4_000_000
	},
	{
		fromKey: 'yutori',
		toKey: 'meta',
		date: { precision: 'range', end: '2021' },
		certainty: 'stated',
		weight: 5
	},
	// The same month as another object: still one date.
	{ fromKey: 'l"abo\\', toKey: 'yutori', date: { ...month }, certainty: 'stated', weight: 7 }
];

describe('the JSON of a flow, as npm run aggregate writes millions of them', () => {
	const frame = flowsFrame('careers.csv', provenance, organizations, flows.length);

	it('is the JSON of the flow as a move, for every kind of date, certainty and name', () => {
		flows.forEach((flow, i) => expect(frame.json(flow, i)).toBe(JSON.stringify(frame.move(flow, i))));
	});

	it('makes a file that reads as the dataset of flows, one flow to a line', async () => {
		let written = '';
		const write = async (text: string) => void (written += text);
		async function* chunks() {
			yield flows.slice(0, 2).map((flow, i) => frame.json(flow, i));
			yield [];
			yield flows.slice(2).map((flow, i) => frame.json(flow, i + 2));
		}
		await writeDatasetJson(write, frame.dataset, chunks());
		expect(JSON.parse(written)).toEqual({ ...frame.dataset, moves: flows.map(frame.move) });
		const lines = written.split('\n').filter((line) => line.startsWith('\t\t{"id":"flow-'));
		expect(lines).toHaveLength(flows.length);
	});

	it('writes the same flows in columns, which read back as the same dataset, passing every check', async () => {
		// Each key of a real file has a name of its own (keys are names folded): "meta ai" is "Meta AI".
		const named = organizations.map((o) => (o.key === 'meta ai' ? { ...o, name: 'Meta AI' } : o));
		const frame = flowsFrame('careers.csv', provenance, named, flows.length);
		let written = '';
		const write = async (text: string) => void (written += text);
		async function* chunks() {
			yield flows.slice(0, 2);
			yield [];
			yield flows.slice(2);
		}
		await writeFlowColumnsJson(write, frame.dataset, frame.evidence, frame.organizationIndex, chunks());
		const read = readFlowColumns(JSON.parse(written));
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(datasetOfFlows(read.value)).toEqual({ ...frame.dataset, moves: flows.map(frame.move) });
		// Each date and certainty is written once, however many flows share it, as one object or equal ones.
		expect(read.value.dates).toHaveLength(5);
		expect(read.value.certainties).toEqual(['stated', 'implied', 'undisclosed']);
	});

	it('numbers flows after a prefix that no other id starts with', () => {
		expect(flowIdPrefix(frame.dataset)).toBe('flow-');
		const clash = {
			...frame.dataset,
			organizations: [{ ...frame.dataset.organizations[0]!, id: 'flow-lab' }]
		};
		expect(flowIdPrefix(clash)).toBe('flow2-');
	});
});
