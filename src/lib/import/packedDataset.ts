import type { Dataset, Move, Organization, Person, Role } from '../schema/dataset';
import type { DatePrecision, FuzzyDate } from '../schema/dates';
import type { Evidence } from '../schema/evidence';
import { CERTAINTIES, KINDS } from '../core/store';
import { runToEnd } from '../core/runToEnd';

/**
 * An imported dataset in columns: lists of strings each as one text (`TextList`), references and
 * rows in typed arrays. It is what the import worker hands to the page and what the page keeps in
 * IndexedDB, because copying a hundred thousand small objects between threads (or into storage)
 * costs seconds, while copying a few arrays and texts costs milliseconds; the page then rebuilds
 * the objects a slice at a time.
 *
 * It holds what an import builds (`buildPackedDataset`): evidence that cites rows of one source,
 * and no labels, translations or notes.
 */
export interface PackedDataset {
	/** Bumped whenever this layout changes, so that a stored pack of an older layout is refused. */
	packVersion: typeof PACK_VERSION;
	/** The small parts, as they are: format version, title, sources, and the short collections. */
	head: Pick<Dataset, 'schemaVersion' | 'title' | 'sources' | 'aggregates' | 'events' | 'reasons' | 'trends'>;
	/** The one source that every piece of evidence below cites. */
	source: string;
	organizations: { id: TextList; name: TextList; kind: Uint8Array; evidence: RowLists };
	/** People, with their roles as the range `roleEnds[i - 1]…roleEnds[i]` of `roles`. */
	people: { id: TextList; name: TextList; roleEnds: Int32Array; evidence: RowLists };
	roles: { title: Int32Array; organization: Int32Array; evidence: RowLists };
	moves: {
		id: TextList;
		/** Indexes into `people` and `organizations`. */
		person: Int32Array;
		from: Int32Array;
		to: Int32Array;
		precision: Uint8Array;
		/** Indexes into `strings`, or -1 when absent. */
		start: Int32Array;
		end: Int32Array;
		wording: Int32Array;
		/**
		 * The end of the stay each move begins, when stated (`Move.stayEnd`): its precision's code,
		 * or NO_STAY_END for none, and its date as an index into `strings` (-1 when not placed).
		 */
		stayEndPrecision: Uint8Array;
		stayEndStart: Int32Array;
		certainty: Uint8Array;
		evidence: RowLists;
	};
	/** Titles, dates and wordings, each written once. */
	strings: TextList;
}

/**
 * A list of strings as one text, each followed by a NUL (which no imported text holds: `readCsv`
 * refuses a file with one). A million strings cross to the page or into storage one by one, in a
 * task of a second on the page; one text is copied at once.
 */
export type TextList = string;

const END = '\u0000';

/** Writes a list of strings as one text. */
export function joinTexts(list: readonly string[]): TextList {
	return list.length === 0 ? '' : list.join(END) + END;
}

/** Reads a list of strings back from its text. */
export function splitTexts(text: TextList): string[] {
	const list = text.split(END);
	list.pop();
	return list;
}

/** Lists of row numbers, one per item: item i holds `rows[ends[i - 1]…ends[i]]`. */
export interface RowLists {
	ends: Int32Array;
	rows: Int32Array;
}

/** 2: moves carry the end of the stay they begin; 3: lists of strings as one text each. */
export const PACK_VERSION = 3;

/** In `stayEndPrecision`, for a move whose stay has no stated end. */
export const NO_STAY_END = 255;

/**
 * The codes of organization kinds, date precisions and certainties: a value's index in its list
 * (kinds and certainties are the column store's own codes).
 */
export { CERTAINTIES, KINDS };
export const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'range', 'unknown'];

/** Why a pack cannot be read back: it was damaged, or written by another version. */
export class DamagedPackError extends Error {}

/** How many items a slice of unpacking makes before it lets the page breathe. */
const SLICE = 4_000;

/**
 * Rebuilds the dataset of a pack, pausing (yielding) every few thousand objects so that a caller
 * can spread the work over several tasks; `unpackDataset` runs it in one go. Throws
 * `DamagedPackError` when an index points nowhere or a code is unknown.
 */
export function* unpackDatasetInSlices(pack: PackedDataset): Generator<void, Dataset> {
	if (pack.packVersion !== PACK_VERSION) throw new DamagedPackError('the saved data has an older layout');
	const { source } = pack;
	const strings = splitTexts(pack.strings);
	const stringAt = (i: number) => {
		const value = strings[i];
		if (value === undefined) throw new DamagedPackError(`no string ${i}`);
		return value;
	};
	// One evidence object per row of the file, shared by every fact that cites the row (its role,
	// its person, its organization, the moves it makes): a dataset is never edited in place, and a
	// 100,000-move import then builds a quarter of a million fewer objects.
	const rowEvidence: Evidence[] = [];
	// Lists are made at their length: one grown by push keeps room for about sixteen more, and an
	// import makes millions of lists of one or two (a quarter of a gigabyte of room at 1M moves).
	const evidenceOf = ({ ends, rows }: RowLists, i: number): Evidence[] => {
		const from = i === 0 ? 0 : ends[i - 1]!;
		const list = new Array<Evidence>(ends[i]! - from);
		for (let at = from; at < ends[i]!; at++) {
			const row = rows[at]!;
			list[at - from] = rowEvidence[row] ??= { basis: 'import', source, row };
		}
		return list;
	};
	const codeOf = <T>(codes: readonly T[], code: number) => {
		const value = codes[code];
		if (value === undefined) throw new DamagedPackError(`unknown code ${code}`);
		return value;
	};

	const o = pack.organizations;
	const organizationNames = splitTexts(o.name);
	const organizations: Organization[] = [];
	for (const [i, id] of splitTexts(o.id).entries()) {
		organizations.push({
			id,
			name: organizationNames[i]!,
			kind: codeOf(KINDS, o.kind[i]!),
			evidence: evidenceOf(o.evidence, i)
		});
	}
	const organizationId = (i: number) => {
		const organization = organizations[i];
		if (!organization) throw new DamagedPackError(`no organization ${i}`);
		return organization.id;
	};

	const p = pack.people;
	const r = pack.roles;
	const personIds = splitTexts(p.id);
	yield;
	const personNames = splitTexts(p.name);
	yield;
	const people: Person[] = [];
	let role = 0;
	for (let i = 0; i < personIds.length; i++) {
		const roles = new Array<Role>(p.roleEnds[i]! - role);
		for (let k = 0; role < p.roleEnds[i]!; role++, k++)
			roles[k] = {
				title: stringAt(r.title[role]!),
				organization: organizationId(r.organization[role]!),
				evidence: evidenceOf(r.evidence, role)
			};
		people.push({ id: personIds[i]!, name: personNames[i]!, roles, evidence: evidenceOf(p.evidence, i) });
		if (i % SLICE === SLICE - 1) yield;
	}
	const personId = (i: number) => {
		const person = people[i];
		if (!person) throw new DamagedPackError(`no person ${i}`);
		return person.id;
	};

	const m = pack.moves;
	const moveIds = splitTexts(m.id);
	yield;
	const moves: Move[] = [];
	// The usual dates (a career move: a start, or nothing) are made once each and shared, as
	// literals of one shape; keys in the order the schema gives them.
	const plainDates = new Map<number, FuzzyDate>();
	const plainDate = (code: number, start: number) => {
		const key = (start + 1) * PRECISIONS.length + code;
		let shared = plainDates.get(key);
		if (!shared) {
			const precision = codeOf(PRECISIONS, code);
			shared = start >= 0 ? { precision, start: stringAt(start) } : { precision };
			plainDates.set(key, shared);
		}
		return shared;
	};
	for (let i = 0; i < moveIds.length; i++) {
		const code = m.precision[i]!;
		const precision = codeOf(PRECISIONS, code);
		const start = m.start[i]!;
		let date: FuzzyDate;
		if (m.end[i]! < 0 && m.wording[i]! < 0) date = plainDate(code, start);
		else {
			date = { precision };
			if (start >= 0) date.start = stringAt(start);
			if (m.end[i]! >= 0) date.end = stringAt(m.end[i]!);
			if (m.wording[i]! >= 0) date.wording = stringAt(m.wording[i]!);
		}
		const id = moveIds[i]!;
		const person = personId(m.person[i]!);
		const from = organizationId(m.from[i]!);
		const to = organizationId(m.to[i]!);
		const certainty = codeOf(CERTAINTIES, m.certainty[i]!);
		const evidence = evidenceOf(m.evidence, i);
		const stayCode = m.stayEndPrecision[i]!;
		// Two literals rather than a spread, in the schema's key order: one shape per kind of move.
		moves.push(
			stayCode === NO_STAY_END
				? { id, person, from, to, date, certainty, evidence }
				: {
						id,
						person,
						from,
						to,
						date,
						stayEnd: plainDate(stayCode, m.stayEndStart[i]!),
						certainty,
						evidence
					}
		);
		if (i % SLICE === SLICE - 1) yield;
	}

	const { schemaVersion, title, sources, aggregates, events, reasons, trends } = pack.head;
	return { schemaVersion, title, sources, organizations, people, moves, aggregates, events, reasons, trends };
}

/** Rebuilds the dataset of a pack in one go (see `unpackDatasetInSlices`). */
export function unpackDataset(pack: PackedDataset): Dataset {
	return runToEnd(unpackDatasetInSlices(pack));
}
