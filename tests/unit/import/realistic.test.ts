// A realistic 15,000-row career file (tests/fixtures/realistic.ts) through the real importer, as the
// dialog and the command line run it: every row is kept, kept with a notice, or refused for the
// reason the generator planted, and nothing else is lost on the way.
import { describe, expect, it } from 'vitest';
import { problemsFor } from '../../../src/lib/i18n/messages';
import { readCsv } from '../../../src/lib/import/csv';
import { importTable, locateRow, type Imported } from '../../../src/lib/import/importFile';
import { guessMapping } from '../../../src/lib/import/mapping';
import { sayProblem } from '../../../src/lib/problems/say';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { realisticCareers } from '../../fixtures/realistic';
import { inEnglish, problemLine } from '../english';

const ROWS = 15_000;
const file = realisticCareers({ rows: ROWS, seed: 20240403 });

function importRealistic(): { imported: Imported; milliseconds: number } {
	const started = performance.now();
	const read = readCsv(file.csv);
	if (!read.ok) throw new Error(inEnglish(read.problem));
	const outcome = importTable(
		read.table,
		'careers-realistic.csv',
		'careers',
		guessMapping(read.table.headers, 'careers')
	);
	const milliseconds = performance.now() - started;
	if (!outcome.ok) throw new Error(outcome.problems.map(problemLine).join('\n'));
	return { imported: outcome.value, milliseconds };
}

const { imported, milliseconds } = importRealistic();
const { expected } = file;

describe('the realistic generator', () => {
	it('makes the same file from the same seed, and another from another seed', () => {
		expect(realisticCareers({ rows: 2000, seed: 7 }).csv).toBe(realisticCareers({ rows: 2000, seed: 7 }).csv);
		expect(realisticCareers({ rows: 2000, seed: 8 }).csv).not.toBe(
			realisticCareers({ rows: 2000, seed: 7 }).csv
		);
	});

	it('writes exactly the rows asked for, with what real files hold', () => {
		expect(file.rows).toHaveLength(ROWS + 1);
		expect(expected.onePosition).toBeGreaterThan(500);
		expect(expected.returns).toBeGreaterThan(100);
		expect(expected.titleChanges).toBeGreaterThan(500);
		expect(expected.undated.length).toBeGreaterThan(50);
		expect(expected.noticed.length).toBeGreaterThan(100);
		expect(expected.refused.length).toBeGreaterThan(3);
		expect(expected.silentlyCased).toBeGreaterThan(100);
		const dates = file.rows.slice(1).flatMap((r) => [r[3]!, r[5]!]);
		expect(dates.some((d) => /^\d{4}-\d-/.test(d))).toBe(true);
		expect(dates.some((d) => d === '')).toBe(true);
		expect(dates.some((d) => /^\d{4}$/.test(d))).toBe(true);
		const words = new Set(file.rows.slice(1).flatMap((r) => [r[4]!, r[6]!]));
		expect(words).toContain('multi-year');
		expect(words).toContain('YEAR');
	});

	it('sizes organizations by a power law: a few giants, thousands of organizations, most of them small', () => {
		const sizes = new Map<string, number>();
		for (const row of file.rows.slice(1)) sizes.set(row[1]!, (sizes.get(row[1]!) ?? 0) + 1);
		const sorted = [...sizes.values()].sort((a, b) => b - a);
		expect(sorted.length).toBeGreaterThan(1000);
		expect(sorted[0]).toBeGreaterThan(500);
		expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(3);
	});
});

describe('a realistic 15,000-row career file, imported', () => {
	it('refuses only the rows whose day and month order is unknown, saying so at their row and column', () => {
		expect(imported.rejected.map(({ row, field }) => ({ row, field }))).toEqual(expected.refused);
		for (const problem of imported.rejected) {
			expect(problem.code).toBe('dateAmbiguous');
			expect(problemLine(locateRow(problem))).toMatch(
				/^row \d+, (start|end): "\d\d\/\d\d\/\d{4}" could be \d{4}-\d\d-\d\d \(day first\) or \d{4}-\d\d-\d\d \(month first\), and the file does not say which comes first/
			);
		}
	});

	it('keeps every other row, the messy ones with a notice in English and in French', () => {
		expect(imported.accepted).toBe(ROWS - expected.refused.length);
		expect([...new Set(imported.notices.map((n) => n.row))]).toEqual(expected.noticed);
		const fr = problemsFor('fr');
		for (const notice of imported.notices) {
			expect(['dateUnpadded', 'precisionCoarsened']).toContain(notice.code);
			expect(['start', 'start_precision', 'end', 'end_precision']).toContain(notice.field);
			expect(sayProblem(fr, notice)).not.toBe(inEnglish(notice));
		}
		expect(imported.undated).toEqual(expected.undated);
	});

	it('derives the moves the rows make, and loses no person, organization or position', () => {
		const { dataset } = imported;
		expect(dataset.moves).toHaveLength(expected.moves);
		expect(imported.moves).toBe(expected.moves);
		expect(dataset.people).toHaveLength(expected.people);
		expect(dataset.organizations).toHaveLength(expected.organizations);
		// Every row kept has a title: each is a role of its person, citing its row.
		const cited = dataset.people.flatMap((p) =>
			p.roles.flatMap((r) => r.evidence.map((e) => (e as { row: number }).row))
		);
		const refused = new Set(expected.refused.map((r) => r.row));
		const kept = Array.from({ length: ROWS }, (_, i) => i + 2).filter((row) => !refused.has(row));
		expect(cited.sort((a, b) => a - b)).toEqual(kept);
		// A move dated by a vague precision ("multi-year") has no date; the others keep theirs.
		const precisions = new Set(dataset.moves.map((m) => m.date.precision));
		expect([...precisions].sort()).toEqual(['day', 'month', 'unknown', 'year']);
		expect(validateDataset(dataset).ok).toBe(true);
	});

	it('takes well under the time a reader would wait', () => {
		console.log(
			`realistic 15k: ${imported.accepted} rows kept (${new Set(imported.notices.map((n) => n.row)).size} with a notice), ` +
				`${imported.rejected.length} refused, ${imported.undated.length} undated, ${imported.moves} moves, in ${Math.round(milliseconds)} ms`
		);
		expect(milliseconds).toBeLessThan(10_000);
	});
});
