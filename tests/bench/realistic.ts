// A seeded generator of career files as people really keep them, messy where real files are messy:
// organization sizes that follow a power law (a few giants, thousands of small ones), returns to a
// past employer, title changes, people with a single position, missing and partial dates, dates
// written without their zeros ("2024-9-1"), precision words the schema does not know
// ("multi-year", "circa"), and a few dates whose day and month order cannot be told ("03/04/2024").
// It also says what the importer must make of the file (`expected`), so that a test can check that
// every row is either kept, kept with a notice, or refused for the reason planted, and nothing else.
// The same seed always gives the same file.

/** A small, fast, seedable pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const REALISTIC_HEADER = [
	'person',
	'organization',
	'title',
	'start',
	'start_precision',
	'end',
	'end_precision'
] as const;

/** What the importer must make of a realistic file, row numbers counting the header as row 1. */
export interface RealisticExpectation {
	/** Rows with a date whose day and month order is unknown: refused, at this column. */
	refused: { row: number; field: 'start' | 'end' }[];
	/** Rows kept with a notice: an unpadded date or a precision word the schema does not know. */
	noticed: number[];
	/** Rows kept with neither start nor end: they take no part in moves. */
	undated: number[];
	/** Rows whose precision word is one the schema knows in another case ("YEAR"): no notice. */
	silentlyCased: number;
	/** People and organizations named by the rows kept. */
	people: number;
	organizations: number;
	/** People with a single position, returns to a past employer, title changes at one organization. */
	onePosition: number;
	returns: number;
	titleChanges: number;
	/** The moves the rows kept make: consecutive dated positions of one person at two organizations. */
	moves: number;
}

export interface RealisticCareers {
	/** The rows, header first, as cells. */
	rows: string[][];
	/** The same as CSV text (RFC 4180, `\n` line ends). */
	csv: string;
	expected: RealisticExpectation;
}

const FIRST = [
	'Ada',
	'Amara',
	'Björn',
	'Chen',
	'Chloé',
	'Dara',
	'Diego',
	'Elif',
	'Farah',
	'Gustavo',
	'Hana',
	'Ines',
	'Ivan',
	'Jamal',
	'Kenji',
	'Lena',
	'Lucía',
	'Mateo',
	'Mei',
	'Nadia',
	'Nikhil',
	'Olu',
	'Priya',
	'Rafael',
	'Sara',
	'Søren',
	'Tariq',
	'Uma',
	'Wei',
	'Yusuf',
	'Zoë',
	'Zanele'
];
const LAST = [
	'Okafor',
	'Nguyen',
	'Müller',
	'García',
	'Kowalski',
	'Haddad',
	'Tanaka',
	'Silva',
	'Johansson',
	'Rossi',
	'Petrov',
	'Mensah',
	'Kim',
	'Dubois',
	'Shah',
	'Ahmed',
	'Novak',
	'Costa',
	'Fischer',
	'Ibrahim',
	'Larsen',
	'Moreau',
	'Park',
	'Ribeiro',
	'Sato',
	'Yilmaz',
	'Zhang',
	"O'Brien"
];
/** Syllables of made-up organization names, and the words that end them (the benchmark's data uses them too). */
export const SYLLABLES = [
	'ka',
	'lo',
	'mi',
	'ra',
	'te',
	'su',
	'no',
	'vi',
	'an',
	'el',
	'or',
	'is',
	'da',
	'pe',
	'qu',
	'zo'
];
export const SUFFIXES = [
	'Labs',
	'AI',
	'Systems',
	'Research',
	'Technologies',
	'Networks',
	'Robotics',
	'Data',
	'Cloud',
	'Bio'
];
const TITLES = [
	'Research Scientist',
	'Senior Research Scientist',
	'Machine Learning Engineer',
	'Software Engineer',
	'Staff Engineer',
	'Engineering Manager',
	'Director of AI',
	'Principal Scientist',
	'Head of Research',
	'Intern',
	'Postdoctoral Researcher',
	'CTO'
];

const ORGANIZATION_ENDS = [...SUFFIXES, 'Inc.', 'Health'];

/** Precision words the schema does not know, which the importer reads as a coarser precision. */
const VAGUE_WORDS = [
	'multi-year',
	'approximate',
	'circa',
	'decade',
	'Multi-Year',
	'quarter',
	'approx',
	'about'
];

/** A month counted from year 0 (`year * 12 + month - 1`) and a day of it. */
interface TrueDate {
	month: number;
	day: number;
}

const two = (n: number) => String(n).padStart(2, '0');
const yearOf = (d: TrueDate) => String(Math.floor(d.month / 12)).padStart(4, '0');
const monthOf = (d: TrueDate) => (d.month % 12) + 1;

/** A date cell as written, the value the importer reads from it, and whether it makes a notice. */
interface Written {
	cell: string;
	precision: string;
	/** The value read (padded, coarsened), which orders the positions; empty when none. */
	key: string;
	notice: boolean;
	/** True when the date is known to no precision the schema states (a vague word): it dates nothing. */
	vague: boolean;
	refused: boolean;
}

const BLANK: Written = { cell: '', precision: '', key: '', notice: false, vague: false, refused: false };

/**
 * A realistic career-history file of exactly `rows` rows (plus the header), seeded: the same
 * `rows` and `seed` always give the same file.
 */
export function realisticCareers({
	rows,
	seed = 20240403
}: {
	rows: number;
	seed?: number;
}): RealisticCareers {
	const next = random(seed);
	const chance = (p: number) => next() < p;
	const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

	// Power-law organization sizes: organization i is chosen with weight 1 / (i + 1)^1.1, among one
	// organization per five rows, so that a 15,000-row file names a few giants and thousands of others.
	const organizationCount = Math.max(50, Math.round(rows / 5));
	const taken = new Set<string>();
	const unique = (make: () => string) => {
		let name = make();
		for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${make()}${n > 5 ? ` ${n}` : ''}`;
		taken.add(name.toLowerCase());
		return name;
	};
	const organizations = Array.from({ length: organizationCount }, () =>
		unique(
			() =>
				`${capital(pick(SYLLABLES) + pick(SYLLABLES) + (chance(0.6) ? pick(SYLLABLES) : ''))} ${pick(ORGANIZATION_ENDS)}`
		)
	);
	const cumulative: number[] = [];
	let sum = 0;
	for (let i = 0; i < organizationCount; i++) cumulative.push((sum += 1 / Math.pow(i + 1, 1.1)));
	const organization = () => {
		const target = next() * sum;
		let low = 0;
		let high = organizationCount - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle]! < target) low = middle + 1;
			else high = middle;
		}
		return organizations[low]!;
	};

	/** Writes a date the way a messy file would, or refuses to place it (`refusable` false). */
	const write = (date: TrueDate, allowAmbiguous: boolean): Written => {
		const year = yearOf(date);
		const month = monthOf(date);
		const r = next();
		// A day and a month whose order is unknown: about one row in 800.
		if (allowAmbiguous && r < 0.0006) {
			const day = month === 12 ? 1 : int(month + 1, 12);
			return { ...BLANK, cell: `${two(day)}/${two(month)}/${year}`, refused: true };
		}
		const precision = next();
		const shape: 'year' | 'month' | 'day' = precision < 0.22 ? 'year' : precision < 0.68 ? 'month' : 'day';
		const padded =
			shape === 'year'
				? year
				: shape === 'month'
					? `${year}-${two(month)}`
					: `${year}-${two(month)}-${two(date.day)}`;
		// Unpadded: about one row in 120, when there is a zero to leave out.
		if (shape !== 'year' && (month < 10 || (shape === 'day' && date.day < 10)) && r < 0.0055) {
			const cell =
				shape === 'month' ? `${year}-${month}` : `${year}-${month}-${chance(0.5) ? date.day : two(date.day)}`;
			if (cell !== padded) return { ...BLANK, cell, key: padded, notice: true };
		}
		// A precision word the schema does not know: about one row in 200.
		if (r > 0.995) {
			const word = pick(VAGUE_WORDS);
			const coarse =
				['multi-year', 'decade'].includes(word.toLowerCase()) || (shape === 'year' && word !== 'quarter');
			const key = coarse ? padded : word === 'quarter' ? year : shape === 'day' ? padded.slice(0, 7) : year;
			return { cell: padded, precision: word, key, notice: true, vague: coarse, refused: false };
		}
		// A precision the schema knows, in some other case: no notice.
		if (r > 0.97) {
			const word = shape === 'year' ? pick(['Year', 'YEAR', 'year']) : pick(['Month', 'MONTH', 'Year']);
			return {
				...BLANK,
				cell: padded,
				precision: word,
				key: word.toLowerCase() === 'year' ? year : padded.slice(0, 7)
			};
		}
		return { ...BLANK, cell: padded, key: padded };
	};
	/** The same date written plainly, to the day: what a date must be to keep the positions in order. */
	const plain = (date: TrueDate): Written => {
		const cell = `${yearOf(date)}-${two(monthOf(date))}-${two(date.day)}`;
		return { ...BLANK, cell, key: cell };
	};

	const out: string[][] = [[...REALISTIC_HEADER]];
	const expected: RealisticExpectation = {
		refused: [],
		noticed: [],
		undated: [],
		silentlyCased: 0,
		people: 0,
		organizations: 0,
		onePosition: 0,
		returns: 0,
		titleChanges: 0,
		moves: 0
	};
	const keptOrganizations = new Set<string>();

	while (out.length - 1 < rows) {
		const name = unique(() => `${pick(FIRST)} ${chance(0.3) ? `${pick(LAST)}-` : ''}${pick(LAST)}`);
		// A quarter of the people hold a single position; the others two to eight.
		const positions = Math.min(chance(0.25) ? 1 : int(2, 8), rows - (out.length - 1));
		let start: TrueDate = { month: int(1995, 2019) * 12 + int(0, 11), day: int(1, 28) };
		let previousKey = '';
		let previousOrganization = '';
		let previousTitle = '';
		const history: string[] = [];
		let keptAny = false;
		let personMoves = 0;
		let lastKeptOrganization = '';
		let lastKeptDated = false;
		for (let i = 0; i < positions; i++) {
			const row = out.length + 1;
			const r = next();
			let where: string;
			let title = pick(TITLES);
			if (i > 0 && r < 0.12) {
				where = previousOrganization;
				if (title === previousTitle) title = TITLES[(TITLES.indexOf(title) + 1) % TITLES.length]!;
				expected.titleChanges++;
			} else if (i > 1 && r < 0.2) {
				const past = history.filter((h) => h !== previousOrganization);
				where = past.length > 0 ? pick(past) : organization();
				if (past.includes(where)) expected.returns++;
			} else {
				do where = organization();
				while (where === previousOrganization);
			}
			const length = int(6, 60);
			const end: TrueDate = { month: start.month + length, day: int(1, 28) };
			const current = i === positions - 1 && chance(0.55);
			// Missing dates: a start now and then, an end now and then, both in about one row in 100.
			const undated = chance(0.01);
			const noStart = undated || chance(0.03);
			const noEnd = undated || current || chance(0.03);
			let startCell = noStart ? BLANK : write(start, true);
			let endCell = noEnd ? BLANK : write(end, !startCell.refused);
			// Rows are in the order the person held the positions: when a coarse or missing date would
			// order a position before the one held before it, its date is written to the day instead.
			const key = () => startCell.key || endCell.key;
			if (key() !== '' && key() < previousKey) {
				if (startCell.key) startCell = plain(start);
				else endCell = plain(end);
			}
			out.push([name, where, title, startCell.cell, startCell.precision, endCell.cell, endCell.precision]);
			if (startCell.refused || endCell.refused) {
				expected.refused.push({ row, field: startCell.refused ? 'start' : 'end' });
			} else {
				keptAny = true;
				keptOrganizations.add(where.toLowerCase());
				if (startCell.notice || endCell.notice) expected.noticed.push(row);
				if ([startCell, endCell].some((c) => c.precision && !c.notice)) expected.silentlyCased++;
				if (key() === '') expected.undated.push(row);
				else {
					if (lastKeptDated && lastKeptOrganization.toLowerCase() !== where.toLowerCase()) personMoves++;
					lastKeptOrganization = where;
					lastKeptDated = true;
					previousKey = key();
				}
			}
			history.push(where);
			previousOrganization = where;
			previousTitle = title;
			// The next position starts a little before, at, or after this one ends; never before
			// this one's written date when that date is its end (the start being missing).
			const gap = noStart ? int(1, 3) : int(-1, 3);
			start = { month: end.month + gap, day: int(1, 28) };
		}
		if (keptAny) expected.people++;
		if (positions === 1) expected.onePosition++;
		expected.moves += personMoves;
	}
	expected.organizations = keptOrganizations.size;
	const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
	return { rows: out, csv: out.map((row) => row.map(quote).join(',')).join('\n') + '\n', expected };
}
