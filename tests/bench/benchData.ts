// The benchmark's data, all from the seeded generator: datasets in memory for the transforms, and
// career-history CSV files in bench-data/ for the imports in Chromium. The same seed as
// `npm run generate`, so the figures are for the same files a reader can open.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { careerRows, datasetOf, toCsv } from '../fixtures/careers';
import { OUT_DIR, SIZES } from './generate';

export { datasetOf, toCsv };

/** The seed of `npm run generate` (its default) and of the large-import e2e tests. */
export const SEED = 20240403;

/** The organizations the generator spreads people over. */
const ORGANIZATIONS = 300;

/** The sizes the transforms are timed at: about 1k, 10k and 100k moves. */
export const MOVE_SIZES = SIZES.filter((s) => ['1k', '10k', '100k'].includes(s.name));

/** The career-history CSV of a generator size, as `npm run generate` writes it. */
export function careersCsv(people: number): string {
	return toCsv(careerRows(people, ORGANIZATIONS, SEED));
}

/**
 * Exactly 100,000 career rows (the import budget's size): the generator's people, cut after the
 * 100,000th row. The last person may lose positions, as in any export cut at a row limit.
 */
export function hundredThousandRowsCsv(): string {
	const rows = careerRows(30_000, ORGANIZATIONS, SEED);
	if (rows.length < 100_001) throw new Error(`the generator made only ${rows.length - 1} rows`);
	return toCsv(rows.slice(0, 100_001));
}

/** Writes a file to bench-data/ (ignored by git) and returns its path. */
export function writeBenchFile(name: string, text: string): string {
	mkdirSync(OUT_DIR, { recursive: true });
	const path = join(OUT_DIR, name);
	writeFileSync(path, text);
	return path;
}
