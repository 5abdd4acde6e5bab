// Typeahead over 10,000 organization names, in node: a reader types the start of a random name one
// key at a time (in any case, with or without its accents), and each keystroke is one search of the
// folded-name index (src/lib/core/views/search.ts). Beside it, in the same run and over the same
// keystrokes, the naive peer that folds every name again at each keystroke and sorts every match.
import { nameIndex, searchNames } from '../../src/lib/core/views/search';
import { plainSearch } from '../unit/core/plain';
import { random } from './generate';
import { SUFFIXES, SYLLABLES } from '../fixtures/realistic';
import { median, percentile, timeMedian } from './stats';
import { format, infoRow, type BenchRow } from './table';

/** The budget for one keystroke over 10,000 organization names. */
export const TYPEAHEAD_BUDGET_MS = 16;

const NAMES = 10_000;
/** How many names the list shows (the combobox's own limit). */
const LISTED = 50;
const TYPED_NAMES = 200;
const LONGEST_PREFIX = 8;
const ACCENTED: Record<string, string[]> = {
	a: ['á', 'ä'],
	e: ['é', 'è'],
	o: ['ø', 'ö'],
	u: ['ü'],
	i: ['í']
};
const FIRST_WORDS = ['', '', '', 'Groupe ', 'Société ', 'The ', 'Institut '];

/** 10,000 distinct made-up names, some accented, and a power-law count of moves for each. */
export function organizationNames(next: () => number): { names: string[]; counts: Float64Array } {
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const accent = (syllable: string) =>
		syllable.replace(/[aeoui]/, (v) => (next() < 0.15 ? pick(ACCENTED[v]!) : v));
	const taken = new Set<string>();
	const names: string[] = [];
	while (names.length < NAMES) {
		const stem = Array.from({ length: 2 + Math.floor(next() * 2) }, () => accent(pick(SYLLABLES))).join('');
		let name = `${pick(FIRST_WORDS)}${stem[0]!.toUpperCase()}${stem.slice(1)} ${pick(SUFFIXES)}`;
		for (let n = 2; taken.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
		taken.add(name);
		names.push(name);
	}
	const counts = Float64Array.from(names, (_, i) => Math.max(1, Math.round(3000 / Math.pow(i + 1, 1.1))));
	return { names, counts };
}

/** What a reader types on the way to a name: its first keys, one more at each keystroke. */
function keystrokes(names: readonly string[], next: () => number): string[] {
	const typed: string[] = [];
	for (let n = 0; n < TYPED_NAMES; n++) {
		const target = names[Math.floor(next() * names.length)]!;
		// Readers often type without accents, and in whatever case.
		const plain = next() < 0.5 ? target.normalize('NFD').replace(/\p{M}/gu, '') : target;
		const keys = next() < 0.3 ? plain.toLowerCase() : plain;
		const length = 1 + Math.floor(next() * LONGEST_PREFIX);
		for (let k = 1; k <= Math.min(length, keys.length); k++) typed.push(keys.slice(0, k));
	}
	return typed;
}

/** Times each keystroke of `typed` with one search function, in milliseconds. */
function timeKeystrokes(typed: readonly string[], search: (query: string) => { total: number }): number[] {
	// Warm-up: the engine compiles the search before it is timed.
	for (const query of typed.slice(0, 50)) search(query);
	return typed.map((query) => {
		const started = performance.now();
		search(query);
		return performance.now() - started;
	});
}

/** The typeahead rows: the index search against the budget, and the naive peer beside it. */
export function typeaheadRows(): BenchRow[] {
	const next = random(12);
	const { names, counts } = organizationNames(next);
	const built = timeMedian(
		() => names,
		(list) => nameIndex(list),
		{ warmup: 1, runs: 5 }
	);
	const index = built.result;
	const typed = keystrokes(names, next);
	const fast = timeKeystrokes(typed, (query) => searchNames(index, query, counts, LISTED));
	const naive = timeKeystrokes(typed, (query) => plainSearch(names, query, counts, LISTED));
	const what = `typeahead over ${NAMES.toLocaleString('en')} organization names`;
	const [p50, p95] = [median(fast), percentile(fast, 0.95)];
	const [naive50, naive95] = [median(naive), percentile(naive, 0.95)];
	return [
		infoRow(`${what}: folded-name index made (once per dataset)`, format(built.ms, 'ms')),
		{
			what: `${what}: per keystroke, median · p95 of ${typed.length.toLocaleString('en')} keystrokes over random prefixes`,
			measured: `${format(p50, 'ms')} · ${format(p95, 'ms')}`,
			budget: `≤ ${TYPEAHEAD_BUDGET_MS} ms`,
			pass: p95 <= TYPEAHEAD_BUDGET_MS
		},
		infoRow(
			`${what}: naive peer (folds every name and sorts every match at each keystroke), median · p95`,
			`${format(naive50, 'ms')} · ${format(naive95, 'ms')} (${format(naive50 / p50, 'ratio')} the index's median)`
		)
	];
}
