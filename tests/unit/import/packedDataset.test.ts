import { describe, expect, it } from 'vitest';
import { buildDataset, buildPackedDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { guessMapping, type CsvKind } from '../../../src/lib/import/mapping';
import {
	DamagedPackError,
	PACK_VERSION,
	unpackDataset,
	unpackDatasetInSlices,
	type PackedDataset
} from '../../../src/lib/import/packedDataset';
import { datasetToJson } from '../../../src/lib/transforms/exports';
import { careerRows } from '../../fixtures/careers';
import { inEnglish } from '../english';

/** The pack an import makes of CSV text, with the guessed mapping. */
function packOf(text: string, kind: CsvKind = 'careers'): PackedDataset {
	const read = readCsv(text);
	if (!read.ok) throw new Error(inEnglish(read.problem));
	return buildPackedDataset(read.table, kind, guessMapping(read.table.headers, kind), 'test.csv').packed;
}

const CAREERS = [
	'person,organization,title,start,end',
	'Ada,Meta,Engineer,2018,2020-06',
	'Ada,Yutori,Founder,2020-07,',
	'Bob,Meta,,2019-03-02,2021',
	'Ada,Meta,Director,2023,',
	'Bob,Google,Scientist,2021-05,'
].join('\n');

/** Last positions that ended: to the day, to the year with a later title, and too vaguely to place. */
const ENDED = [
	'person,organization,title,start,end,end_precision',
	'Ada,Meta,,2018,2020-06,',
	'Ada,Yutori,Engineer,2020-07,2021,',
	'Ada,Yutori,Director,2021,2023,',
	'Bob,Meta,,2019,2021,',
	'Bob,Google,,2021-05,2023-02-14,',
	'Cy,Meta,,2019,2021,',
	'Cy,Google,,2021-05,2023,decade'
].join('\n');

const MOVES = [
	'person,from,to,date,date_end,precision,wording,certainty',
	'Ada,Meta,Yutori,2024-03,,,en mars,stated',
	'Bob,Meta,Google,2023,2024-02,range,,implied',
	'Chloé,OpenAI,Meta,,,unknown,,undisclosed'
].join('\n');

describe('unpackDataset', () => {
	it.each([
		{ name: 'career histories', text: CAREERS, kind: 'careers' as const },
		{ name: 'career histories whose last positions ended', text: ENDED, kind: 'careers' as const },
		{ name: 'moves with ranges, wordings and certainties', text: MOVES, kind: 'moves' as const }
	])(
		'gives back, from the columns of $name, the dataset buildDataset makes, key order included',
		({ text, kind }) => {
			const read = readCsv(text);
			if (!read.ok) throw new Error(inEnglish(read.problem));
			const built = buildDataset(read.table, kind, guessMapping(read.table.headers, kind), 'test.csv');
			const unpacked = unpackDataset(packOf(text, kind));
			expect(unpacked).toEqual(built.dataset);
			expect(datasetToJson(unpacked)).toBe(datasetToJson(built.dataset));
		}
	);

	it('gives back the end of each stay that has one, as the JSON download then writes it', () => {
		const { moves } = unpackDataset(packOf(ENDED));
		expect(moves.map((m) => m.stayEnd)).toEqual([
			{ precision: 'year', start: '2023' },
			{ precision: 'day', start: '2023-02-14' },
			{ precision: 'unknown' }
		]);
		expect(datasetToJson(unpackDataset(packOf(ENDED)))).toContain('"stayEnd": {');
		expect(moves.map((m) => m.stayEnd)).not.toContain(undefined);
		expect(unpackDataset(packOf(CAREERS)).moves.some((m) => 'stayEnd' in m)).toBe(false);
	});

	it('keeps each person’s roles in the order of their rows, whoever comes between', () => {
		const ada = unpackDataset(packOf(CAREERS)).people.find((p) => p.name === 'Ada')!;
		expect(ada.roles.map((r) => [r.title, r.evidence[0]])).toEqual([
			['Engineer', { basis: 'import', source: 'import', row: 2 }],
			['Founder', { basis: 'import', source: 'import', row: 3 }],
			['Director', { basis: 'import', source: 'import', row: 5 }]
		]);
	});

	it.each([
		{
			name: 'an older layout',
			damage: (pack: PackedDataset) => ({ ...pack, packVersion: (PACK_VERSION - 1) as typeof PACK_VERSION })
		},
		{
			name: 'a move whose person is not there',
			damage: (pack: PackedDataset) => ({
				...pack,
				moves: { ...pack.moves, person: Int32Array.from(pack.moves.person, () => 99) }
			})
		},
		{
			name: 'a role whose organization is not there',
			damage: (pack: PackedDataset) => ({
				...pack,
				roles: { ...pack.roles, organization: Int32Array.from(pack.roles.organization, () => -1) }
			})
		},
		{
			name: 'an unknown certainty code',
			damage: (pack: PackedDataset) => ({
				...pack,
				moves: { ...pack.moves, certainty: Uint8Array.from(pack.moves.certainty, () => 7) }
			})
		},
		{
			name: 'an unknown code for the precision of a stay’s end',
			damage: (pack: PackedDataset) => ({
				...pack,
				moves: { ...pack.moves, stayEndPrecision: Uint8Array.from(pack.moves.stayEndPrecision, () => 9) }
			})
		},
		{
			name: 'a date that points past the strings',
			damage: (pack: PackedDataset) => ({
				...pack,
				moves: { ...pack.moves, start: Int32Array.from(pack.moves.start, () => 1000) }
			})
		}
	])('refuses $name with a DamagedPackError', ({ damage }) => {
		expect(() => unpackDataset(damage(packOf(CAREERS)))).toThrow(DamagedPackError);
	});
});

describe('unpackDatasetInSlices', () => {
	it('pauses every few thousand objects on a large import, and ends with the same dataset', () => {
		const rows = careerRows(6_000, 50, 7);
		const pack = packOf(rows.map((r) => r.join(',')).join('\n'));
		const slices = unpackDatasetInSlices(pack);
		let pauses = 0;
		let step = slices.next();
		for (; !step.done; step = slices.next()) pauses++;
		// 6,000 people and some 10,000 moves: at least one pause per 4,000 of each.
		expect(pack.moves.person.length).toBeGreaterThan(8_000);
		expect(pauses).toBeGreaterThanOrEqual(3);
		expect(step.value).toEqual(unpackDataset(pack));
	});
});
