// `npm run aggregate -- --kind moves` groups a file of moves into flows by the importer's rules for
// such files. Generated files, full of the cases those rules are about, go through the importer
// (its moves grouped here by origin, destination, month and certainty) and through the SQL on
// DuckDB, and the flows must agree one for one, as must every row left out.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { guessMapping } from '../../../src/lib/import/mapping';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { openAggregation, type SqlFlow } from '../../../src/cli/aggregate/engine';
import { flowsDataset } from '../../../src/cli/aggregate/toDataset';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { csvLine, dateCell, ORGANIZATIONS, PRECISIONS, random } from './generated';

const PEOPLE = ['Ada Okafor', 'ada okafor', 'Zoë Martin', 'Li Wei'];
/** Precision cells of a file of moves: the period's own words, and those a date may carry. */
const MOVE_PRECISIONS = ['range', 'Range', 'unknown', ' UNKNOWN ', ...PRECISIONS];
const CERTAINTIES = ['', '', '', 'stated', 'Implied', ' undisclosed ', 'maybe'];

/** A file of moves: mostly dated moves between organizations, with every kind of odd row. */
function moveFile(seed: number, rows: number): string {
	const r = random(seed);
	const lines: string[][] = [];
	for (let i = 0; i < rows; i++) {
		// A row given twice, word for word, now and then.
		if (i > 0 && r.next() < 0.03) {
			lines.push([...lines[Math.floor(r.next() * lines.length)]!]);
			continue;
		}
		const from = r.next() < 0.01 ? '' : r.pick(r.pick(ORGANIZATIONS));
		// The same organization left and joined, in another spelling, now and then.
		const to =
			r.next() < 0.03
				? r.pick(ORGANIZATIONS.find((o) => o.includes(from)) ?? [''])
				: r.pick(r.pick(ORGANIZATIONS));
		const year = 2000 + Math.floor(r.next() * 20);
		const date = dateCell(r, year, r.next() < 0.04);
		const end = r.next() < 0.15 ? dateCell(r, year + (r.next() < 0.2 ? -2 : 1), r.next() < 0.03) : '';
		lines.push([
			r.next() < 0.02 ? '' : r.pick(PEOPLE),
			from,
			to,
			date,
			r.next() < 0.2 ? r.pick(MOVE_PRECISIONS) : '',
			end,
			r.pick(CERTAINTIES),
			`note ${i % 7}`
		]);
	}
	return ['person,from,to,date,precision,date_end,certainty,note', ...lines.map(csvLine)].join('\n');
}

/** The moves of a dataset as flows: origin, destination, month (or year, or period), certainty. */
function flowsOf(dataset: Dataset): string[] {
	const name = new Map(dataset.organizations.map((o) => [o.id, o.name]));
	const counts = new Map<string, number>();
	for (const m of dataset.moves) {
		const d = m.date;
		const period =
			d.precision === 'day' || d.precision === 'month'
				? `month ${d.start!.slice(0, 7)}`
				: d.precision === 'year'
					? `year ${d.start}`
					: d.precision === 'range'
						? `range ${d.start ?? ''}…${d.end ?? ''}`
						: 'undated';
		const key = [name.get(m.from), name.get(m.to), period, m.certainty].join(' | ');
		counts.set(key, (counts.get(key) ?? 0) + (m.weight ?? 1));
	}
	return [...counts].map(([key, n]) => `${key} | ${n}`).sort();
}

const dir = mkdtempSync(join(tmpdir(), 'aggregate-moves-'));
const PROVENANCE = { file: 'x.csv', rows: 0, sha256: '0'.repeat(64), query: 'test' };

describe(
	'a file of moves grouped by the SQL (DuckDB) and by the TypeScript importer',
	{ timeout: 60_000 },
	() => {
		it.each([1, 2, 3])(
			'makes the same flows of generated file %i, and leaves out the same rows',
			async (seed) => {
				const text = moveFile(seed, 1500);
				const file = join(dir, `moves-${seed}.csv`);
				writeFileSync(file, text);
				const read = readCsv(text);
				if (!read.ok) throw new Error('the generated file should read');
				const imported = buildDataset(
					read.table,
					'moves',
					guessMapping(read.table.headers, 'moves'),
					'x.csv'
				);

				const aggregation = await openAggregation({ file, kind: 'moves', threads: 2, sample: 100_000 });
				try {
					const checked = await aggregation.checked();
					expect(checked.rejected).toEqual(imported.rejected);
					// Most rows are moves; the odd ones are a few of each kind.
					expect(imported.accepted).toBeGreaterThan(imported.rejected.length);
					expect(checked.accepted).toBe(imported.accepted);
					// Every rule is reached: each refusal, and each kind of date a flow may have.
					expect(new Set(imported.rejected.map((p) => p.code))).toEqual(
						new Set([
							'cellEmpty',
							'sameOrganization',
							'notADate',
							'notInCalendar',
							'dateAmbiguous',
							'precisionUnknown',
							'precisionTooFine',
							'unknownDateHasBounds',
							'certaintyUnknown',
							'periodEndsBeforeStart',
							'repeatsRow'
						])
					);
					const noticed = [...new Set(imported.notices.map((n) => n.row))].sort((a, b) => a - b);
					expect(checked.noticed).toEqual(noticed);

					const grouped = await aggregation.flows();
					const flows: SqlFlow[] = [];
					for await (const chunk of grouped.chunks()) flows.push(...chunk);
					const dataset = flowsDataset(
						'x.csv',
						PROVENANCE,
						flows,
						await aggregation.names('organization'),
						'moves'
					);
					expect(validateDataset(dataset).ok).toBe(true);
					expect(grouped.moves).toBe(imported.dataset.moves.length);
					const expected = flowsOf(imported.dataset);
					expect(new Set(expected.map((f) => f.split(' | ')[2]!.split(' ')[0]))).toEqual(
						new Set(['month', 'year', 'range', 'undated'])
					);
					expect(flowsOf(dataset)).toEqual(expected);
					// Many moves share a flow: what was counted is not just a copy of the moves.
					expect(dataset.moves.length).toBeLessThan(imported.dataset.moves.length);
					// Organizations are named as the importer names them: first spelled, origin before destination.
					expect(dataset.organizations.map((o) => o.name)).toEqual(
						imported.dataset.organizations.map((o) => o.name)
					);
				} finally {
					aggregation.close();
				}
			}
		);
	}
);
