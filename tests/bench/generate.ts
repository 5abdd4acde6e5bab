// A seeded generator of realistic talent data, for the benchmark and for trying imports by hand:
// `npm run generate` writes career-history CSVs and datasets of about 1k, 10k and 100k moves to
// bench-data/ (ignored by git); `npm run generate -- --million` writes the career file of about
// 1,000,000 moves (2 million rows, 117 MiB: some seconds, so not by default); `npm run generate --
// --realistic` writes a messy 15,000-row career file as real ones come (see
// tests/fixtures/realistic.ts). The same seed always gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormatRow } from 'd3';
import { buildDataset } from '../../src/lib/import/buildDataset';
import { readCsv } from '../../src/lib/import/csv';
import { guessMapping } from '../../src/lib/import/mapping';
import { datasetToJson } from '../../src/lib/transforms/exports';
import { inEnglish } from '../../src/lib/problems/english';
import { careerRows, random } from '../fixtures/careers';
import { realisticCareers } from '../fixtures/realistic';

export { careerRows, random };

/**
 * The sizes the benchmark uses: roughly 1k, 10k and 100k moves (about two career rows per move),
 * and a file of about 15,000 career rows, the size the import's timing is quoted for.
 */
export const SIZES = [
	{ name: '1k', people: 585 },
	{ name: '10k', people: 5_850 },
	{ name: '100k', people: 58_500 },
	{ name: '15k-rows', people: 4_300 }
] as const;

/** About 1,000,000 moves (2,048,507 career rows): the largest import the budgets are set for. */
export const MILLION = { name: '1m', people: 585_000 } as const;

/**
 * The largest file of the generator the import limits allow: since 5 December, 1,246,144 career
 * rows (637,821 moves); before, `1m-rows` (285,000 people, 997,966 rows, 511,267 moves).
 */
export const MILLION_ROWS = { name: '1.25m-rows', people: 356_000 } as const;

export const OUT_DIR = join(import.meta.dirname, '../../bench-data');

/** Writes one size as a career-history CSV; returns its path, its text and its count of data rows. */
export function generateCsv({ name, people }: { name: string; people: number }, seed = 20240403) {
	mkdirSync(OUT_DIR, { recursive: true });
	const rows = careerRows(people, 300, seed);
	const text = rows.map((r) => csvFormatRow(r)).join('\n') + '\n';
	const csv = join(OUT_DIR, `careers-${name}.csv`);
	writeFileSync(csv, text);
	return { csv, text, rows: rows.length - 1 };
}

/** Writes each size as a career-history CSV and as the dataset the importer makes of it. */
export function generateAll(
	seed = 20240403
): { name: string; csv: string; json: string; moves: number; rows: number }[] {
	return SIZES.map((size) => {
		const { name } = size;
		const { csv, text, rows } = generateCsv(size, seed);
		const read = readCsv(text);
		if (!read.ok) throw new Error(inEnglish(read.problem));
		const built = buildDataset(
			read.table,
			'careers',
			guessMapping(read.table.headers, 'careers'),
			`careers-${name}.csv`
		);
		const json = join(OUT_DIR, `moves-${name}.json`);
		writeFileSync(json, datasetToJson(built.dataset));
		return { name, csv, json, moves: built.dataset.moves.length, rows };
	});
}

/** Writes a realistic, messy career file of `rows` rows (see tests/fixtures/realistic.ts), and says what it holds. */
export function generateRealistic(rows = 15_000, seed = 20240403): { csv: string; summary: string } {
	mkdirSync(OUT_DIR, { recursive: true });
	const { csv: text, expected } = realisticCareers({ rows, seed });
	const csv = join(OUT_DIR, `careers-realistic-${rows >= 1000 ? `${Math.round(rows / 1000)}k` : rows}.csv`);
	writeFileSync(csv, text);
	const summary =
		`${rows} career rows: ${expected.people} people, ${expected.organizations} organizations, ` +
		`${expected.moves} moves; ${expected.noticed.length} rows to keep with a notice, ` +
		`${expected.refused.length} to refuse (day and month order unknown), ${expected.undated.length} undated`;
	return { csv, summary };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
	if (process.argv.includes('--realistic')) {
		const { csv, summary } = generateRealistic();
		console.log(`realistic: ${summary}  ${csv}`);
	} else if (process.argv.includes('--million')) {
		for (const size of [MILLION, MILLION_ROWS]) {
			const { csv, rows } = generateCsv(size);
			console.log(`${size.name}: ${rows} career rows  ${csv}`);
		}
	} else
		for (const made of generateAll())
			console.log(`${made.name}: ${made.rows} career rows → ${made.moves} moves  ${made.csv}`);
}
