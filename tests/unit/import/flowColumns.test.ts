// A file of flows in columns (what `npm run aggregate` writes when flows as objects would pass the
// browser's limits) reads as the same dataset as the same flows written as objects, and a broken
// one is refused naming the column and the flow.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishProblem } from '../english';
import { datasetOfFlows, readFlowColumns } from '../../../src/lib/import/flowColumns';
import { importJson, readJsonImport } from '../../../src/lib/import/importFile';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { validateDataset } from '../../../src/lib/validation/validateDataset';

const fixture = (name: string) => new URL(`../../e2e/fixtures/${name}`, import.meta.url);
// Both made by `npm run aggregate` from fixtures/aggregated-flows.source.csv, with --flows-as
// dataset and --flows-as columns.
const asObjects = JSON.parse(readFileSync(fixture('aggregated-flows.json'), 'utf8')) as Dataset;
const columnsText = readFileSync(fixture('aggregated-flows.columns.json'), 'utf8');
const columns = () => JSON.parse(columnsText) as Record<string, unknown>;

/** The problems of a file of flows, each as its place and English words. */
function problemsOf(file: unknown) {
	const read = readFlowColumns(file);
	if (read.ok) throw new Error('expected the file to be refused');
	return read.problems.map(englishProblem);
}

describe('a file of flows in columns', () => {
	it('reads as the dataset of the same flows written as objects, and passes the dataset checks', () => {
		const read = readFlowColumns(columns());
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		const dataset = datasetOfFlows(read.value);
		expect(dataset).toEqual(asObjects);
		expect(validateDataset(dataset).ok).toBe(true);
	});

	it('keeps its flows in typed arrays for the page, and makes them moves for the command line', () => {
		const forPage = readJsonImport(columnsText);
		if (!forPage.ok || !('flows' in forPage.value)) throw new Error('expected flows in columns');
		expect(forPage.value.flows.weight).toBeInstanceOf(Uint32Array);
		// The review counts the flows, and the moves they stand for.
		expect(forPage.value.flowCount).toBe(asObjects.moves.length);
		expect(forPage.value.moves).toBe(asObjects.moves.reduce((sum, m) => sum + (m.weight ?? 1), 0));
		const imported = importJson(columnsText);
		if (!imported.ok) throw new Error('expected the import to succeed');
		expect(imported.value.dataset).toEqual(asObjects);
	});

	it('names the flow and the column of a number that points nowhere, or is no whole number', () => {
		const file = columns();
		(file.to as number[])[3] = 9;
		(file.weight as unknown[])[5] = '12';
		(file.date as number[])[7] = -1;
		(file.weight as number[])[9] = 2 ** 32;
		expect(problemsOf(file)).toEqual([
			{
				path: 'to[3]',
				message:
					'should be the place of an item of "dataset.organizations", counted from 0, and that list holds 4'
			},
			{ path: 'date[7]', message: expect.stringMatching(/at least 0/) },
			{ path: 'weight[5]', message: 'expected a whole number, found the text "12"' },
			{ path: 'weight[9]', message: 'must be at most 4294967295' }
		]);
	});

	it('refuses columns of different lengths, and a flow that goes nowhere', () => {
		const short = columns();
		(short.certainty as number[]).pop();
		expect(problemsOf(short)).toEqual([
			{
				path: 'certainty',
				message: 'holds 35 values where "from" holds 36: every column holds one value per flow'
			}
		]);
		const nowhere = columns();
		(nowhere.to as number[])[0] = (nowhere.from as number[])[0]!;
		expect(problemsOf(nowhere)).toEqual([
			{ path: 'to[0]', message: 'a move must end at another organization than it starts from' }
		]);
	});

	it('checks the dataset around the flows as any dataset, at its place in the file', () => {
		const file = columns();
		const frame = file.dataset as Dataset;
		frame.organizations[1]!.id = frame.organizations[0]!.id;
		expect(problemsOf(file)).toContainEqual({
			path: 'dataset.organizations[1].id',
			message: 'the id "meta" is already used at organizations[0].id'
		});
	});

	it('refuses an id prefix that other ids start with, and evidence citing no source of the file', () => {
		const file = columns();
		file.idPrefix = 'me-';
		(file.dataset as Dataset).organizations[0]!.id = 'me-ta';
		file.evidence = [{ basis: 'aggregate', source: 'elsewhere' }];
		expect(problemsOf(file)).toEqual([
			{ path: 'evidence[0].source', message: 'no source has the id "elsewhere"' },
			{ path: 'idPrefix', message: 'the id "me-ta" is already used at dataset' }
		]);
	});
});
