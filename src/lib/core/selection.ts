import type { ViewState } from '../state/viewUrl';
import { monthDays, NO_DAY, OPEN_END, OPEN_START } from './days';
import { hiddenWhen, type MoveStore } from './store';

/**
 * The filter state compiled against one store: organizations and the person by number, the time
 * window in day numbers. Every view is a function of a store and the rows a selection keeps.
 */
export interface Selection {
	/** Organization numbers; empty keeps every organization. */
	organizations: readonly number[];
	/** The days of the window, both included; null keeps every date. */
	window: { first: number; last: number } | null;
	/** A person's number, or -1 for everyone. */
	person: number;
	/** Whether moves known only from other reporting than the article are kept. */
	later: boolean;
}

/** The part of a selection a view may leave out: a chart of one dimension shows all of it. */
export type Dimension = 'organizations' | 'window';

/**
 * The selection as a string, leaving out one dimension: two selections with the same key keep the
 * same rows under every filter but that one. The state makes a view that shows all of a dimension
 * again only when its key changes (the brush moves the window many times a second).
 */
export function selectionKey(selection: Selection, except?: Dimension): string {
	const { organizations, window, person, later } = selection;
	return [
		except === 'organizations' ? '' : organizations.join(' '),
		except === 'window' || !window ? '' : `${window.first}..${window.last}`,
		person,
		later
	].join('|');
}

/** The selection a view state stands for in a store; ids the store does not know select nothing. */
export function compileSelection(store: MoveStore, view: ViewState): Selection {
	const organizations = view.companies.map((id) => store.organizationNumber.get(id) ?? -1);
	const from = view.from ? monthDays(view.from) : null;
	const to = view.to ? monthDays(view.to) : null;
	const window = from || to ? { first: from?.first ?? OPEN_START, last: to?.last ?? OPEN_END } : null;
	const person = view.person === undefined ? -1 : (store.personNumber.get(view.person) ?? -2);
	return { organizations, window, person, later: view.later };
}

/** The rows of some postings lists, in ascending order without repeats. */
function unionOf(store: MoveStore, keys: readonly number[]): Int32Array {
	const { offsets, rows } = store.byOrganization;
	const lists = keys
		.filter((k) => k >= 0 && k < offsets.length - 1)
		.map((k) => rows.subarray(offsets[k]!, offsets[k + 1]!));
	if (lists.length === 1) return lists[0]!;
	let listed = 0;
	for (const list of lists) listed += list.length;
	// Two lists, or few rows among many: merged two at a time, the work follows the rows listed.
	// Otherwise each row listed is marked, then the marks are read in order: merging would read the
	// first lists again at every step (the busiest organizations of a career file each list a tenth
	// of it; five of them at 100k moves: about 3 ms merged, 1 ms marked).
	if (lists.length === 2 || listed * 8 < store.size) return lists.reduce(mergeRows, new Int32Array(0));
	if (listedMarks.length < store.size) listedMarks = new Uint8Array(store.size);
	const marked = listedMarks;
	let count = 0;
	for (const list of lists)
		for (let i = 0; i < list.length; i++) {
			const row = list[i]!;
			count += 1 - marked[row]!;
			marked[row] = 1;
		}
	return readMarks(marked, count);
}

/**
 * The `count` rows marked, in order, each mark cleared as read for the next call. Apart from
 * `unionOf`, whose optimized code was thrown away at this point of every call, so that this pass
 * ran unoptimized.
 */
function readMarks(marked: Uint8Array, count: number): Int32Array {
	const out = new Int32Array(count);
	for (let row = 0, n = 0; n < count; row++)
		if (marked[row] === 1) {
			out[n++] = row;
			marked[row] = 0;
		}
	return out;
}

/** The marks of `unionOf`, all 0 between calls: kept, as `marks` below is, rather than made fresh. */
let listedMarks = new Uint8Array(0);

/** Two ascending lists of rows as one, a row in both listed once. */
function mergeRows(a: Int32Array, b: Int32Array): Int32Array {
	if (a.length === 0) return b;
	if (b.length === 0) return a;
	const out = new Int32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		out[n++] = x <= y ? x : y;
		if (x <= y) i++;
		if (y <= x) j++;
	}
	// What is left of either list is copied whole: as loops, the optimized code met them untried
	// and was thrown away at every call.
	out.set(a.subarray(i), n);
	n += a.length - i;
	out.set(b.subarray(j), n);
	n += b.length - j;
	return out.subarray(0, n);
}

/**
 * The rows a selection keeps, in ascending order, leaving out the dimension given (so that the
 * filter's own choices, or the timeline under the brush, show what the other filters leave).
 * Candidates come from the narrowest postings list at hand (a person's moves, the chosen
 * organizations'), then each is tested against the rest: no copy of the moves is made.
 */
export function selectRows(store: MoveStore, selection: Selection, except?: Dimension): Int32Array {
	const { person, later } = selection;
	const window = except === 'window' ? null : selection.window;
	const organizations = except === 'organizations' ? [] : selection.organizations;
	if (person === -2) return new Int32Array(0);
	let candidates: Int32Array | null = null;
	let organizationsChecked = false;
	if (person >= 0) {
		const { offsets, rows } = store.byPerson;
		candidates = rows.subarray(offsets[person]!, offsets[person + 1]!);
	} else if (organizations.length > 0) {
		candidates = unionOf(store, organizations);
		organizationsChecked = true;
	}
	// A mask by organization number, not a set: it is read twice for every candidate row.
	let wanted: Uint8Array | null = null;
	if (organizations.length > 0 && !organizationsChecked) {
		wanted = new Uint8Array(store.organizationIds.length);
		for (const k of organizations) if (k >= 0 && k < wanted.length) wanted[k] = 1;
	}
	return keepRows(store, candidates, later, window, wanted);
}

/**
 * Where the selection marks what it keeps before copying it out. A new array of every candidate at
 * each call meant fresh memory, and its first touch is a page fault for every 4 KiB: a million
 * rows' 4 MB cost 13–20 ms that way on this machine, against 1 ms in memory already touched. It
 * grows to the largest candidate list met (the store's size at most) and is never handed out.
 */
let marks = new Int32Array(0);

/**
 * The candidates (every row when null) that the rest of a selection keeps; the candidates
 * themselves (or the store's `everyRow`) when it keeps them all. Apart from `selectRows`, whose
 * code after the loop has never run when the loop is first optimized: inside it, that code threw
 * the optimized loop away at every call (at 1.2 million rows, 16–20 ms a call against 5 ms).
 */
function keepRows(
	{ shown, from, to, first, last, size: all, everyRow }: MoveStore,
	candidates: Int32Array | null,
	later: boolean,
	window: { first: number; last: number } | null,
	wanted: Uint8Array | null
): Int32Array {
	const size = candidates ? candidates.length : all;
	if (marks.length < size) marks = new Int32Array(size);
	const out = marks;
	let n = 0;
	// `daysOverlap` written out: this loop reads every row of the store when nothing narrows it.
	const windowFirst = window ? window.first : 0;
	const windowLast = window ? window.last : 0;
	const hidden = hiddenWhen(later);
	for (let k = 0; k < size; k++) {
		const row = candidates ? candidates[k]! : k;
		if (shown[row] === hidden) continue;
		if (window && (first[row] === NO_DAY || first[row]! > windowLast || last[row]! < windowFirst)) continue;
		if (wanted && wanted[from[row]!] === 0 && wanted[to[row]!] === 0) continue;
		out[n++] = row;
	}
	if (n === size) return candidates ?? everyRow;
	return out.slice(0, n);
}

/**
 * The sum of the weights of some rows: how many moves they stand for. Rows here and in every view
 * are read by index: `for…of` over a typed array is several times slower in V8 (over 1.2 million
 * rows in Chromium 150, 5–14 ms against 1.3 ms), and the views read all the rows at each filter change.
 */
export function weightOf(store: MoveStore, rows: Int32Array): number {
	let total = 0;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		total += store.weight[row]!;
	}
	return total;
}
