// What the generated files of the aggregate's tests share: a seeded random generator, so that
// every run writes the same files, the date and precision cells the rules are about, and CSV
// lines quoted as a spreadsheet would.

/** A small seeded random generator (mulberry32). */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return { next, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]! };
}

export type Random = ReturnType<typeof random>;

/** A row of cells as a CSV line, quoting a cell that needs it. */
export const csvLine = (cells: readonly string[]) =>
	cells
		.map((cell) => (/[",\n\t]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell))
		.join(',');

/**
 * Dates the importer refuses: not in the calendar (padded or not), not year first, and a day and a
 * month before the year, whether either could be the month (`03/04/2024`) or not (`13/04/2024`,
 * `05/05/2024`).
 */
export const BAD_DATES = [
	'2021-02-30',
	'March 2020',
	'2020-13',
	'20201',
	'2024-9-31',
	'2023-2-29',
	'2024-13-1',
	'2024-003',
	'2024/03/26',
	'3/4/24',
	'03/04/2024',
	'3.4.2024',
	' 04-03-2021 ',
	'11/12/2019',
	'13/04/2024',
	'05/05/2024',
	'5/05/2024',
	'00/04/2024',
	'03/04.2024',
	'2024-03-26T10:00'
];

/**
 * Precision cells: the schema's own words in any case, words it does not know but whose meaning is
 * plain (written with spaces, underscores, hyphens and case of every kind), and words it refuses.
 */
export const PRECISIONS = [
	'year',
	'month',
	'day',
	'Year',
	' MONTH ',
	'week',
	'Weekly',
	'quarter',
	'Quarterly',
	' Half Year ',
	'half_year',
	'semester',
	'season',
	'circa',
	'Circa',
	'ca.',
	'c.',
	'~',
	'approx.',
	'Approximately',
	'about',
	'estimated',
	'multi-year',
	'Multi Year',
	'MULTI_YEAR',
	'multi - year',
	'multi\u00a0year',
	'decade',
	'century',
	'unknown',
	'years',
	'fortnight',
	'sometime',
	'approx ',
	'_approx'
];

/**
 * A date cell: a day, a month, a year, or nothing, sometimes with a month or day of one digit or
 * spaces around it; now and then one the importer refuses.
 */
export function dateCell(r: Random, year: number, bad: boolean): string {
	if (bad) return r.pick(BAD_DATES);
	const m = 1 + Math.floor(r.next() * 12);
	const d = 1 + Math.floor(r.next() * 28);
	// Padded mostly; a one-digit month or day is sometimes written as it is.
	const unpadded = r.next() < 0.15;
	const month = unpadded && r.next() < 0.7 ? String(m) : String(m).padStart(2, '0');
	const day = unpadded && r.next() < 0.7 ? String(d) : String(d).padStart(2, '0');
	const roll = r.next();
	const cell =
		roll < 0.5 ? `${year}-${month}-${day}` : roll < 0.75 ? `${year}-${month}` : roll < 0.9 ? `${year}` : '';
	return cell !== '' && r.next() < 0.03 ? ` ${cell}\t` : cell;
}

/** Organizations that the rules must take as one: case, accents, invisible characters, a formula's apostrophe. */
export const ORGANIZATIONS = [
	['Meta', 'META', 'Me\u200bta', 'meta'],
	['Café Labs', 'Cafe\u0301 Labs', 'CAFÉ LABS'],
	['Acme, Inc', 'acme, inc'],
	['Yutori'],
	['Straße AG', 'STRASSE AG'],
	['Ｍｅｔａ'],
	['Ⅿeta Labs'],
	["'=Formula Co", '=Formula Co']
];
