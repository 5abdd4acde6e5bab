import type { MoveStore } from '../store';

// Typeahead over names (organizations, people): each name is folded once, when its index is made,
// and a keystroke folds only what was typed, then scans the folded names. Over 10,000 names a scan
// is well under a millisecond (`npm run bench`), so no cleverer structure is needed.

// Letters that carry no combining mark in Unicode, and so survive NFD: folded by hand.
const LETTERS: Record<string, string> = {
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	ł: 'l',
	đ: 'd',
	ı: 'i',
	þ: 'th'
};
const SPECIAL = /[øæœßłđıþ]/g;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * A name as typeahead compares it: lower case, accents and other marks taken off ("Société" and
 * "societe" fold alike, and "Søren" and "soren"), every run of spaces and punctuation one space.
 */
export function foldName(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFD')
		.replace(MARKS, '')
		.replace(SPECIAL, (letter) => LETTERS[letter]!)
		.replace(SEPARATORS, ' ')
		.trim();
}

/** Names folded once, in the order a search lists equals: by folded name, then as written. */
export interface NameIndex {
	/** The folded names, in that order. */
	folded: string[];
	/** The place of each in the list the index was made of. */
	entry: Int32Array;
	size: number;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Folds each name once and orders them: the index every keystroke scans. */
export function nameIndex(names: readonly string[]): NameIndex {
	const folded = names.map(foldName);
	const order = Array.from(names.keys()).sort(
		(a, b) => byCodeUnits(folded[a]!, folded[b]!) || byCodeUnits(names[a]!, names[b]!) || a - b
	);
	return { folded: order.map((i) => folded[i]!), entry: Int32Array.from(order), size: names.length };
}

/** What a search found: the places of the best names in the list indexed, best first, and how many matched. */
export interface NameMatches {
	entries: number[];
	total: number;
}

/** How well a folded name answers a folded query: 0 when it starts with it, 1 when a later word does, -1 not at all. */
export function matchRank(folded: string, query: string): number {
	if (folded.startsWith(query)) return 0;
	return folded.includes(` ${query}`) ? 1 : -1;
}

/**
 * The names that start with what was typed, or have a word that does, ignoring case and accents:
 * those that start with it first, then the busiest (`counts`, by place in the list indexed), then
 * in the index's order. An empty query matches every name. Only the best `limit` are ordered (a
 * short list kept sorted as the scan goes): a keystroke never sorts thousands of names.
 */
export function searchNames(
	index: NameIndex,
	query: string,
	counts: ArrayLike<number>,
	limit: number
): NameMatches {
	const q = foldName(query);
	const best: number[] = [];
	const bestRank: number[] = [];
	const bestCount: number[] = [];
	let total = 0;
	for (let i = 0; i < index.size; i++) {
		const rank = matchRank(index.folded[i]!, q);
		if (rank < 0) continue;
		total++;
		const entry = index.entry[i]!;
		const count = counts[entry] ?? 0;
		// Where it goes among the best so far: after every one at least as good (the scan is in order).
		let at = best.length;
		while (at > 0 && (bestRank[at - 1]! > rank || (bestRank[at - 1] === rank && bestCount[at - 1]! < count)))
			at--;
		if (at >= limit) continue;
		best.splice(at, 0, entry);
		bestRank.splice(at, 0, rank);
		bestCount.splice(at, 0, count);
		if (best.length > limit) {
			best.pop();
			bestRank.pop();
			bestCount.pop();
		}
	}
	return { entries: best, total };
}

/** How many moves (weights summed) each person makes among some rows, by person number. */
export function movesPerPerson(store: MoveStore, rows: Int32Array): Float64Array {
	const counts = new Float64Array(store.personIds.length);
	for (let j = 0; j < rows.length; j++) {
		const row = rows[j]!;
		counts[store.person[row]!]! += store.weight[row]!;
	}
	return counts;
}
