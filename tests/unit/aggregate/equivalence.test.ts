// The importer's rules live twice: in TypeScript (the browser's import) and in SQL (sql/, run on
// DuckDB by `npm run aggregate`). Generated career files, full of the cases the rules are about,
// go through both, and the moves must agree one for one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { guessMapping } from '../../../src/lib/import/mapping';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { openAggregation, type SqlFlow } from '../../../src/cli/aggregate/engine';
import { flowsDataset, movesDataset } from '../../../src/cli/aggregate/toDataset';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { csvLine, dateCell, ORGANIZATIONS, PRECISIONS, random, type Random } from './generated';

/** People whose names the rules must take as one: case, composed or decomposed accents, invisible characters. */
const PEOPLE = [
	['Ada Okafor', 'ADA OKAFOR', 'ada  okafor', 'Ada\u200b Okafor'],
	['Zoë Martin', 'Zoe\u0308 Martin', 'ZOË MARTIN'],
	['Chloé Dubois', 'Chloe\u0301 Dubois', 'chloé dubois\u2060'],
	['Li Wei'],
	['Jürgen Straße', 'JÜRGEN STRASSE'],
	['Sam Lee', ' Sam Lee ', 'Sam\tLee']
];
const TITLES = ['Engineer', 'Senior Engineer', 'Director', ''];

/** A precision cell: mostly empty. */
const precisionCell = (r: Random) => (r.next() < 0.12 ? r.pick(PRECISIONS) : '');

/** A career file of `people` people with several positions each, in shuffled row order. */
function careers(seed: number, people: number): string {
	const r = random(seed);
	const rows: string[][] = [];
	for (let p = 0; p < people; p++) {
		const spellings = PEOPLE[p % PEOPLE.length]!;
		const suffix = p < PEOPLE.length ? '' : ` ${Math.floor(p / PEOPLE.length)}`;
		let year = 2000 + Math.floor(r.next() * 10);
		let organization = r.pick(ORGANIZATIONS);
		const positions = 1 + Math.floor(r.next() * 6);
		for (let i = 0; i < positions; i++) {
			// A change of title at the same organization, a return to a past one, or a new one.
			const roll = r.next();
			if (roll > 0.3) organization = r.pick(ORGANIZATIONS);
			const start = dateCell(r, year, r.next() < 0.03);
			// Overlaps (an end after the next start), gaps, and sometimes no end.
			year += Math.floor(r.next() * 3);
			const end = r.next() < 0.3 ? '' : dateCell(r, year + (r.next() < 0.1 ? -3 : 0), r.next() < 0.01);
			rows.push([
				r.next() < 0.01 ? '' : `${r.pick(spellings)}${suffix}`,
				r.pick(organization),
				r.pick(TITLES),
				start,
				end,
				precisionCell(r),
				precisionCell(r)
			]);
			// Two moves on the same day: a position that starts when this one does.
			if (r.next() < 0.1 && start.length === 10)
				rows.push([`${r.pick(spellings)}${suffix}`, r.pick(r.pick(ORGANIZATIONS)), '', start, '', '', '']);
		}
		// Now and then a last stay of two titles whose ends can fall on the same last day, written
		// at different precisions (2015, 2015-12, 2015-12-31; 2015-01, 2015-01-31): the first kept.
		if (r.next() < 0.15) {
			const last = r.pick(ORGANIZATIONS);
			const ends =
				r.next() < 0.5 ? [`${year}`, `${year}-12`, `${year}-12-31`] : [`${year}-01`, `${year}-01-31`];
			for (const start of [`${year}-01-01`, `${year}-01-15`])
				rows.push([
					`${r.pick(spellings)}${suffix}`,
					r.pick(last),
					r.pick(TITLES),
					start,
					r.pick(ends),
					'',
					''
				]);
		}
	}
	// The rows in a shuffled order: the rules order each person's positions by date, then by row.
	for (let i = rows.length - 1; i > 0; i--) {
		const j = Math.floor(r.next() * (i + 1));
		[rows[i], rows[j]] = [rows[j]!, rows[i]!];
	}
	return ['person,organization,title,start,end,start_precision,end_precision', ...rows.map(csvLine)].join(
		'\n'
	);
}

/** Each move as one line: who, from, to, when, the rows it cites, and the end of the stay it begins, by names as shown. */
function movesOf(dataset: Dataset): string[] {
	const people = new Map(dataset.people.map((p) => [p.id, p.name]));
	const organizations = new Map(dataset.organizations.map((o) => [o.id, o.name]));
	return dataset.moves
		.map((m) =>
			[
				people.get(m.person),
				organizations.get(m.from),
				organizations.get(m.to),
				m.date.precision,
				m.date.start ?? '',
				m.evidence.map((e) => (e.basis === 'import' ? e.row : '?')).join('+'),
				m.stayEnd ? `stayed until ${m.stayEnd.precision} ${m.stayEnd.start ?? ''}` : 'no stated end'
			].join(' | ')
		)
		.sort();
}

const dir = mkdtempSync(join(tmpdir(), 'aggregate-'));
const PROVENANCE = { file: 'x.csv', rows: 0, sha256: '0'.repeat(64), query: 'test' };

describe('the SQL derivation (DuckDB) and the TypeScript importer', { timeout: 60_000 }, () => {
	it.each([1, 2, 3])('derive the same moves from generated career file %i', async (seed) => {
		const text = careers(seed, 400);
		const file = join(dir, `careers-${seed}.csv`);
		writeFileSync(file, text);

		const read = readCsv(text);
		if (!read.ok) throw new Error('the generated file should read');
		const imported = buildDataset(
			read.table,
			'careers',
			guessMapping(read.table.headers, 'careers'),
			'x.csv'
		);

		// Every row left out or kept with a notice is named, to be compared one by one.
		const aggregation = await openAggregation({ file, threads: 2, sample: 100_000 });
		try {
			const checked = await aggregation.checked();
			// The same rows left out, for the same reason, worded with the same values, at the same column.
			expect(checked.rejected).toEqual(imported.rejected);
			expect(checked.accepted).toBe(imported.accepted);
			expect(checked.rejectedCount).toBe(imported.rejected.length);
			expect(checked.undatedCount).toBe(imported.undated.length);
			// The rules the file is made to reach are reached: each refusal, and each lenient reading.
			const codes = new Set(imported.rejected.map((p) => p.code));
			for (const code of [
				'dateAmbiguous',
				'notADate',
				'notInCalendar',
				'precisionUnknown',
				'precisionTooFine'
			])
				expect(codes).toContain(code);
			expect(new Set(imported.notices.map((n) => n.code))).toEqual(
				new Set(['dateUnpadded', 'precisionCoarsened'])
			);
			// Some dates are of unknown precision: they order positions but date no move.
			expect(imported.notices.some((n) => n.code === 'precisionCoarsened' && n.params.to === 'unknown')).toBe(
				true
			);
			// The same rows kept with a notice (a date or precision read leniently).
			const noticed = [...new Set(imported.notices.map((n) => n.row))].sort((a, b) => a - b);
			expect(checked.noticedCount).toBe(noticed.length);
			expect(checked.noticed).toEqual(noticed);

			const people = await aggregation.names('person');
			const organizations = await aggregation.names('organization');
			const derived = movesDataset('x.csv', PROVENANCE, await aggregation.moves(), people, organizations);
			expect(imported.dataset.moves.length).toBeGreaterThan(300);
			// The last stays the file is made to reach: ended at the day, the month or the year, on a
			// day too vague to place, and still held (a move into a person's last run, without an end).
			const stayEnds = new Set(imported.dataset.moves.map((m) => m.stayEnd?.precision ?? 'none'));
			expect(stayEnds).toEqual(new Set(['day', 'month', 'year', 'unknown', 'none']));
			expect(movesOf(derived)).toEqual(movesOf(imported.dataset));
			// The same people and organizations, named as first spelled, with the importer's ids.
			expect(derived.organizations.map((o) => [o.id, o.name])).toEqual(
				imported.dataset.organizations.map((o) => [o.id, o.name])
			);
			expect(derived.people.map((p) => [p.id, p.name])).toEqual(
				imported.dataset.people.map((p) => [p.id, p.name])
			);
			expect(validateDataset(derived).ok).toBe(true);

			// Flows count every move once, in its month (or year, or apart when undated).
			const grouped = await aggregation.flows();
			const inChunks: SqlFlow[] = [];
			for await (const chunk of grouped.chunks()) inChunks.push(...chunk);
			expect(inChunks).toHaveLength(grouped.count);
			expect(grouped.moves).toBe(imported.dataset.moves.length);
			const flows = flowsDataset('x.csv', PROVENANCE, inChunks, organizations);
			expect(validateDataset(flows).ok).toBe(true);
			expect(flows.moves.reduce((sum, f) => sum + (f.weight ?? 1), 0)).toBe(imported.dataset.moves.length);
		} finally {
			aggregation.close();
		}
	});
});
