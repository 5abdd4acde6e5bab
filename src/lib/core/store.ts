import type { Dataset, Move, OrganizationKind } from '../schema/dataset';
import type { Certainty, Evidence } from '../schema/evidence';
import { dayStart, fuzzyDateDays, NO_DAY, OPEN_END, OPEN_START } from './days';
import { moveRows } from '../transforms/datasetIndex';
import { runToEnd } from './runToEnd';

/** The codes of the small columns: a value's place in its list. */
export const BASES: readonly Evidence['basis'][] = ['article', 'later-reporting', 'import', 'aggregate'];
export const CERTAINTIES: readonly Certainty[] = ['stated', 'implied', 'undisclosed'];
export const KINDS: readonly OrganizationKind[] = [
	'big-tech',
	'ai-startup',
	'unnamed-startup',
	'undisclosed',
	'unknown'
];
export const BASIS_ARTICLE = 0;
export const BASIS_OTHER = 1;

/**
 * When a move is shown, by the switch for other reporting: always; only with other reporting (a
 * move known only from it); or only without it (an article's move that another one `refines`,
 * which stands in for it then, so that one departure is counted once either way).
 */
export const SHOWN_ALWAYS = 0;
export const SHOWN_WITH_LATER = 1;
export const SHOWN_WITHOUT_LATER = 2;

/** The rows a selection with other reporting on (or off) leaves out: those shown only the other way. */
export function hiddenWhen(later: boolean): number {
	return later ? SHOWN_WITHOUT_LATER : SHOWN_WITH_LATER;
}

/**
 * Where a fact comes from: the article when any evidence quotes it, else its first source's kind.
 * Several lists are read as one, without joining them (a person's, then their roles').
 */
export function basisCode(...lists: readonly (readonly Evidence[])[]): number {
	let code = -1;
	for (const evidence of lists)
		for (const e of evidence) {
			if (e.basis === 'article') return BASIS_ARTICLE;
			if (code < 0) code = BASES.indexOf(e.basis);
		}
	return code < 0 ? BASIS_OTHER : code;
}

/** Lists of rows, one per key: key k holds `rows[offsets[k]…offsets[k + 1]]`, in ascending order. */
export interface Postings {
	offsets: Int32Array;
	rows: Int32Array;
}

/**
 * A dataset's moves as columns, built once per dataset: every filter and every view reads these
 * typed arrays at the rows a selection keeps, and never copies the moves. Organizations and people
 * are numbered by their place in the dataset's lists (ids a move names that the lists lack get the
 * next numbers), and the objects stay at hand for what only they hold (evidence, wording).
 */
export interface MoveStore {
	dataset: Dataset;
	size: number;
	/** Every row, in order: what a selection that keeps every move returns, made once. */
	everyRow: Int32Array;
	from: Int32Array;
	to: Int32Array;
	person: Int32Array;
	/** The first and last day each move's date allows (see `fuzzyDateDays`), `NO_DAY` when undated. */
	first: Int32Array;
	last: Int32Array;
	/**
	 * The month each move is placed in on the timeline (year × 12 + month index): that of its first
	 * day, or of its last when the source gives no start; `NO_DAY` when undated.
	 */
	month: Int32Array;
	/**
	 * The month of the last day each move's date allows: `OPEN_END` when the source gives no end,
	 * `NO_DAY` when undated. With `month`, it tells whether a date fits in one month or year.
	 */
	lastMonth: Int32Array;
	/**
	 * The first and last day the end of the stay each move begins can fall on, when the dataset
	 * states one (`Move.stayEnd`; a later move out ends the stay first): `NO_DAY` when none, and
	 * `OPEN_START`…`OPEN_END` when it ended on a day no source gives.
	 */
	stayFirst: Int32Array;
	stayLast: Int32Array;
	certainty: Uint8Array;
	basis: Uint8Array;
	/** When each move is shown (`SHOWN_ALWAYS`, `SHOWN_WITH_LATER` or `SHOWN_WITHOUT_LATER`). */
	shown: Uint8Array;
	/** The row of the article's move each move that `refines` one stands in for, by its row. */
	refined: Map<number, number>;
	/** How many moves each row stands for: 1, or an aggregated flow's count. */
	weight: Uint32Array;
	/** Organization ids and people ids by number. */
	organizationIds: string[];
	personIds: string[];
	organizationNumber: Map<string, number>;
	personNumber: Map<string, number>;
	/** The kind of each organization, by number. */
	kind: Uint8Array;
	/** The rows leaving or joining each organization, and those of each person. */
	byOrganization: Postings;
	byPerson: Postings;
	/** The organizations of each person's roles: person p's are `roleOrganizations[roles[p]…roles[p + 1]]`. */
	roles: Int32Array;
	roleOrganizations: Int32Array;
	/** Where each person's facts (their evidence and their roles') and each organization's come from. */
	personBasis: Uint8Array;
	organizationBasis: Uint8Array;
	/**
	 * Whether the moves are people's: false for flows counted from a larger file (`npm run
	 * aggregate`), whose one "person" stands for everyone and is never shown as one.
	 */
	namesPeople: boolean;
	/** The sum of the weights shown without other reporting, and with it: the moves in all. */
	totalWithout: number;
	totalWith: number;
	/** The first and last dated day of any move (`NO_DAY` when none is dated): the span the charts draw. */
	firstDay: number;
	lastDay: number;
	/**
	 * The last day the data tells of: that of its latest dated move or stated end of a stay
	 * (`NO_DAY` when none). The data was written no earlier, so a stay with no end was still going
	 * then: retention's censoring line.
	 */
	lastKnownDay: number;
}

/** Numbers ids by their place in the list (the first, for an id listed twice), pausing every few thousand. */
function* numbering(ids: readonly string[]) {
	const number = new Map<string, number>();
	for (let i = 0; i < ids.length; i++) {
		if (!number.has(ids[i]!)) number.set(ids[i]!, i);
		if (i % SLICE === SLICE - 1) yield;
	}
	return number;
}

function numberOf(id: string, number: Map<string, number>, ids: string[]): number {
	let n = number.get(id);
	if (n === undefined) number.set(id, (n = ids.push(id) - 1));
	return n;
}

/** Groups rows by a key column into postings (a counting sort: rows stay in ascending order). */
export function postings(keys: readonly Int32Array[], keyCount: number, size: number): Postings {
	const offsets = new Int32Array(keyCount + 1);
	for (const column of keys) for (let i = 0; i < size; i++) offsets[column[i]! + 1]!++;
	// A row whose two keys are the same (a move within one organization) is listed once.
	if (keys.length === 2)
		for (let i = 0; i < size; i++) if (keys[0]![i] === keys[1]![i]) offsets[keys[0]![i]! + 1]!--;
	for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
	const fill = offsets.slice(0, keyCount);
	const rows = new Int32Array(offsets[keyCount]!);
	for (let i = 0; i < size; i++) {
		const a = keys[0]![i]!;
		rows[fill[a]!++] = i;
		if (keys.length === 2) {
			const b = keys[1]![i]!;
			if (b !== a) rows[fill[b]!++] = i;
		}
	}
	return { offsets, rows };
}

/**
 * The organizations of each person's roles, by number, in one list with offsets, and where each
 * person's facts come from; pausing every few thousand people.
 */
function* rolesOf(dataset: Dataset, organizationNumber: Map<string, number>, organizationIds: string[]) {
	const people = dataset.people;
	const roles = new Int32Array(people.length + 1);
	const personBasis = new Uint8Array(people.length);
	const list: number[] = [];
	for (let i = 0; i < people.length; i++) {
		const p = people[i]!;
		for (const r of p.roles) list.push(numberOf(r.organization, organizationNumber, organizationIds));
		roles[i + 1] = list.length;
		personBasis[i] = basisCode(p.evidence, ...p.roles.map((r) => r.evidence));
		if (i % SLICE === SLICE - 1) yield;
	}
	return { roles, roleOrganizations: Int32Array.from(list), personBasis };
}

/** A date's days, the month the timeline places it in, and the month of its last day. */
function placed(date: Move['date']) {
	const days = fuzzyDateDays(date);
	if (days.first === NO_DAY) return { ...days, month: NO_DAY, lastMonth: NO_DAY };
	const monthOf = (day: number) => {
		const at = new Date(dayStart(day));
		return at.getUTCFullYear() * 12 + at.getUTCMonth();
	};
	return {
		...days,
		month: monthOf(days.first === OPEN_START ? days.last : days.first),
		lastMonth: days.last === OPEN_END ? OPEN_END : monthOf(days.last)
	};
}

/**
 * Marks the article's moves that a move shown only with other reporting refines as shown only
 * without it, each refined once. Files of moves or flows never refine one, and `moveRows` makes
 * its map of ids only when asked.
 */
function hideRefined(moves: readonly Move[], refining: readonly number[], shown: Uint8Array) {
	const refinedRows = new Map<number, number>();
	const rowOf = moveRows(moves);
	for (const row of refining) {
		const refined = rowOf(moves[row]!.refines!);
		if (refined < 0 || shown[row] !== SHOWN_WITH_LATER || shown[refined] !== SHOWN_ALWAYS) continue;
		shown[refined] = SHOWN_WITHOUT_LATER;
		refinedRows.set(row, refined);
	}
	return refinedRows;
}

/** Builds the column store of a dataset's moves, in one pass over them. */
export function buildStore(dataset: Dataset): MoveStore {
	return runToEnd(buildStoreInSlices(dataset));
}

/** How many moves a slice of `buildStoreInSlices` reads before it lets the page breathe. */
const SLICE = 20_000;

/**
 * `buildStore`, pausing (yielding) every few thousand moves, so that the page can build a large
 * import's store over several short tasks (see `runInSlices`) rather than one long one.
 */
export function* buildStoreInSlices(dataset: Dataset): Generator<void, MoveStore> {
	const moves = dataset.moves;
	const size = moves.length;
	const organizationIds = dataset.organizations.map((o) => o.id);
	const personIds = dataset.people.map((p) => p.id);
	const organizationNumber = yield* numbering(organizationIds);
	const personNumber = yield* numbering(personIds);
	const from = new Int32Array(size);
	const to = new Int32Array(size);
	const person = new Int32Array(size);
	const first = new Int32Array(size);
	const last = new Int32Array(size);
	const month = new Int32Array(size);
	const lastMonth = new Int32Array(size);
	const stayFirst = new Int32Array(size).fill(NO_DAY);
	const stayLast = new Int32Array(size).fill(NO_DAY);
	const certainty = new Uint8Array(size);
	const basis = new Uint8Array(size);
	const shown = new Uint8Array(size);
	const weight = new Uint32Array(size);
	const everyRow = new Int32Array(size);
	// A large import shares one date object among the moves of one day or month.
	const daysOf = new Map<object, ReturnType<typeof placed>>();
	let firstDay = NO_DAY;
	let lastDay = NO_DAY;
	let lastStayEnd = NO_DAY;
	let lastEvidence: readonly Evidence[] | null = null;
	let lastBasis = BASIS_OTHER;
	const refining: number[] = [];
	let totalWithout = 0;
	let totalWith = 0;
	for (let i = 0; i < size; i++) {
		const m = moves[i]!;
		everyRow[i] = i;
		from[i] = numberOf(m.from, organizationNumber, organizationIds);
		to[i] = numberOf(m.to, organizationNumber, organizationIds);
		person[i] = numberOf(m.person, personNumber, personIds);
		let days = daysOf.get(m.date);
		if (!days) daysOf.set(m.date, (days = placed(m.date)));
		first[i] = days.first;
		last[i] = days.last;
		month[i] = days.month;
		lastMonth[i] = days.lastMonth;
		if (days.first !== NO_DAY) {
			// An open bound stretches to no day in particular: the other one places the move.
			const a = days.first === OPEN_START ? days.last : days.first;
			const b = days.last === OPEN_END ? days.first : days.last;
			if (firstDay === NO_DAY || a < firstDay) firstDay = a;
			if (lastDay === NO_DAY || b > lastDay) lastDay = b;
		}
		if (m.stayEnd) {
			let end = daysOf.get(m.stayEnd);
			if (!end) daysOf.set(m.stayEnd, (end = placed(m.stayEnd)));
			if (end.first === NO_DAY) {
				// An end no source dates may be any day: on neither side of an anniversary.
				stayFirst[i] = OPEN_START;
				stayLast[i] = OPEN_END;
			} else {
				stayFirst[i] = end.first;
				stayLast[i] = end.last;
				lastStayEnd = Math.max(lastStayEnd, end.last === OPEN_END ? end.first : end.last);
			}
		}
		certainty[i] = CERTAINTIES.indexOf(m.certainty);
		// Flows of an aggregated file share one list of evidence: its basis is worked out once.
		if (m.evidence !== lastEvidence) lastBasis = basisCode((lastEvidence = m.evidence));
		basis[i] = lastBasis;
		weight[i] = m.weight ?? 1;
		totalWith += weight[i]!;
		if (lastBasis === BASIS_OTHER) shown[i] = SHOWN_WITH_LATER;
		else totalWithout += weight[i]!;
		if (m.refines !== undefined) refining.push(i);
		if (i % SLICE === SLICE - 1) yield;
	}
	yield;
	const refined = hideRefined(moves, refining, shown);
	// Each refined move leaves the total with other reporting, which its refining move is in.
	for (const row of refined.values()) totalWith -= weight[row]!;
	// Roles may name organizations no move does: numbered before the lists sized by organizations.
	const roleLists = yield* rolesOf(dataset, organizationNumber, organizationIds);
	const kinds = new Map(dataset.organizations.map((o) => [o.id, o.kind]));
	const kind = Uint8Array.from(organizationIds, (id) => KINDS.indexOf(kinds.get(id) ?? 'unknown'));
	const byOrganization = postings([from, to], organizationIds.length, size);
	yield;
	const byPerson = postings([person], personIds.length, size);
	return {
		dataset,
		size,
		everyRow,
		from,
		to,
		person,
		first,
		last,
		month,
		lastMonth,
		stayFirst,
		stayLast,
		certainty,
		basis,
		shown,
		refined,
		weight,
		organizationIds,
		personIds,
		organizationNumber,
		personNumber,
		kind,
		byOrganization,
		byPerson,
		...roleLists,
		organizationBasis: Uint8Array.from(dataset.organizations, (o) => basisCode(o.evidence)),
		namesPeople: !dataset.sources.some((s) => s.kind === 'aggregate'),
		totalWithout,
		totalWith,
		firstDay,
		lastDay,
		// NO_DAY is below every day: the later of the two, or NO_DAY when neither is known.
		lastKnownDay: Math.max(lastDay, lastStayEnd)
	};
}
