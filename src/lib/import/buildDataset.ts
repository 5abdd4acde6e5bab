import { SCHEMA_VERSION, type Dataset } from '../schema/dataset';
import { endsBeforeStart, type DatePrecision } from '../schema/dates';
import type { Certainty } from '../schema/evidence';
import { deriveMoveColumns, type MoveColumns } from './careers';
import type { CsvTable } from './csv';
import { isStated, readDateCell, type CellDate, type DateCellRead } from './dates';
import type { CsvKind, Field, Mapping } from './mapping';
import {
	CERTAINTIES,
	KINDS,
	NO_STAY_END,
	PACK_VERSION,
	PRECISIONS,
	joinTexts,
	unpackDataset,
	type PackedDataset
} from './packedDataset';
import type { RowNotice, RowProblem } from './problems';
import { problemOf } from '../problems/codes';

/** The id of the source entry that stands for the imported file. */
export const IMPORT_SOURCE_ID = 'import';

export interface BuiltDataset {
	dataset: Dataset;
	/** Rows left out, each with its reason. */
	rejected: RowProblem[];
	/** Rows read without error. */
	accepted: number;
	/** What was read leniently on rows that are kept (each also counted in `accepted`). */
	notices: RowNotice[];
	/** Career positions that could not be placed in time (no start, no end). */
	undated: number[];
}

/** What `buildPackedDataset` makes: the dataset in columns (see `PackedDataset`), and the report. */
export interface BuiltPack {
	packed: PackedDataset;
	/** Rows left out, each with its reason. */
	rejected: RowProblem[];
	/** Rows read without error. */
	accepted: number;
	/** What was read leniently on rows that are kept (each also counted in `accepted`). */
	notices: RowNotice[];
	/** Career positions that could not be placed in time (no start, no end). */
	undated: number[];
}

/** Printable ASCII that neither starts nor ends with a space nor starts with an apostrophe. */
const PLAIN = /^[!-&(-~](?:[ -~]*[!-~])?$/;

/**
 * Makes a name comparable: Unicode NFC (so "é" typed two ways is one name), no invisible
 * formatting characters, single spaces. Two rows naming the same organization must agree here.
 */
export function cleanName(cell: string): string {
	// Most cells are plain printable ASCII already in this form: nothing to normalize.
	if (PLAIN.test(cell) && !cell.includes('  ')) return cell;
	// The apostrophe the CSV export writes before a formula-looking name goes first, from the cell
	// as written: the export looked at the name's very first character, a tab or a space included.
	return cell
		.replace(FORMULA_GUARD, '')
		.normalize('NFC')
		.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The apostrophe `movesToCsv` writes before a cell that a spreadsheet would run as a formula. */
const FORMULA_GUARD = /^'(?='*[=+\-@\t\r])/;

/** Printable ASCII: nothing to decompose or fold beyond lower case. */
const PRINTABLE_ASCII = /^[ -~]*$/;

/**
 * What two cleaned names share when they name one person or organization: their letters without
 * case ("Meta" and "META" are one organization). Upper then lower case folds more than lower case
 * alone: "STRASSE" and "straße" agree, and so do the Greek small sigma's two forms.
 */
export function foldName(name: string): string {
	// Printable ASCII folds by lower case alone: one string made rather than two, on every row of a large file.
	return PRINTABLE_ASCII.test(name) ? name.toLowerCase() : name.toUpperCase().toLowerCase();
}

/** Folds a name to the characters an id allows: `Café Ümit AI` → `cafe-umit-ai`. */
function slug(name: string): string {
	// Printable ASCII needs no decomposing: most names of a large file skip that step.
	return (PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/**
 * Stable, URL-safe ids, unique across the whole dataset (a person and an organization may share a
 * name, and a name may look like a generated id): the same kind and name always get the same id,
 * and an id already taken gets a numeric suffix.
 */
export function idRegistry(reserved: readonly string[] = []) {
	// One map per kind, so that a lookup needs no key built from the kind and the name.
	const known = new Map<string, Map<string, string>>();
	const taken = new Set<string>(reserved);
	// Numbered ids handed out by `sequence` without entering each into `taken`: `prefix-1`…`prefix-count`.
	const sequences: { dash: string; count: number }[] = [];
	const inSequence = (id: string) =>
		sequences.some(
			({ dash, count }) =>
				id.startsWith(dash) &&
				/^[1-9]\d*$/.test(id.slice(dash.length)) &&
				Number(id.slice(dash.length)) <= count
		);
	const isTaken = (id: string) => taken.has(id) || (sequences.length > 0 && inSequence(id));
	const fresh = (base: string) => {
		let id = base;
		for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	};
	return {
		/** The id of a named thing of a kind (`person`, `organization`), made on first use. */
		named(kind: string, name: string): string {
			let ofKind = known.get(kind);
			if (!ofKind) known.set(kind, (ofKind = new Map()));
			let id = ofKind.get(name);
			if (!id) {
				id = fresh(slug(name) || kind);
				ofKind.set(name, id);
			}
			return id;
		},
		/** A new id that nothing else in the dataset has. */
		fresh,
		/**
		 * The ids `fresh` would give, in order, to `prefix-1` … `prefix-count`. When no id taken so
		 * far starts with `prefix-` (the usual case: moves numbered after every name is known), they
		 * are the numbers themselves, made without a lookup each; 100,000 moves need no 100,000 checks.
		 */
		sequence(prefix: string, count: number): string[] {
			const dash = `${prefix}-`;
			let clash = sequences.some((s) => s.dash === dash);
			for (const id of taken) if (clash || (clash = id.startsWith(dash))) break;
			if (clash) return Array.from({ length: count }, (_, i) => fresh(`${dash}${i + 1}`));
			sequences.push({ dash, count });
			return Array.from({ length: count }, (_, i) => `${dash}${i + 1}`);
		}
	};
}

/** Reads the mapped cell of a row, or an empty string for an unmapped field. */
function cellOf(cells: readonly string[], mapping: Mapping, field: Field): string {
	const column = mapping[field];
	return column === undefined ? '' : (cells[column] ?? '');
}

/**
 * Remembers a function's answers for the cells of one file: a large file repeats the same
 * organizations, titles and dates on thousands of rows. Answers are shared, so never mutated.
 */
function remember<T>(read: (cell: string) => T): (cell: string) => T {
	const known = new Map<string, T>();
	return (cell) => {
		let answer = known.get(cell);
		if (answer === undefined && !known.has(cell)) known.set(cell, (answer = read(cell)));
		return answer as T;
	};
}

const codes = <T extends string>(list: readonly T[]) => new Map(list.map((value, code) => [value, code]));
const PRECISION_CODES = codes(PRECISIONS);
const CERTAINTY_CODES = codes(CERTAINTIES);
const UNKNOWN_KIND = KINDS.indexOf('unknown');
const UNKNOWN_PRECISION = PRECISIONS.indexOf('unknown');
const STATED = CERTAINTIES.indexOf('stated');

/** A move as it goes into the columns: indexes of its person and organizations, its date, its rows. */
interface MoveEntry {
	person: number;
	from: number;
	to: number;
	precision: DatePrecision;
	start?: string;
	end?: string;
	wording?: string;
	certainty: Certainty;
	rows: readonly number[];
}

/**
 * Collects people, organizations, roles and moves straight into columns (a `PackedDataset`): no
 * object per fact is made on the way, which is most of the cost of a large import.
 */
function columnsCollector() {
	const ids = idRegistry([IMPORT_SOURCE_ID]);
	const strings: string[] = [];
	const stringIndex = new Map<string, number>();
	const intern = (value: string | undefined) => {
		if (value === undefined) return -1;
		let i = stringIndex.get(value);
		if (i === undefined) {
			i = strings.push(value) - 1;
			stringIndex.set(value, i);
		}
		return i;
	};
	/**
	 * Named things of one kind, each with its id and the first row that names it, told apart by
	 * their folded names (see `foldName`): the first spelling met is the one shown and slugged.
	 */
	const register = (kind: 'person' | 'organization') => {
		const byName = new Map<string, number>();
		const list = { id: [] as string[], name: [] as string[], row: [] as number[] };
		return {
			list,
			/** The index of the thing whose cleaned name folds to `folded`, made on first use. */
			add(name: string, folded: string, row: number): number {
				let i = byName.get(folded);
				if (i === undefined) {
					// The first use of this name in its kind: what `idRegistry.named` would give.
					i = list.id.push(ids.fresh(slug(name) || kind)) - 1;
					list.name.push(name);
					list.row.push(row);
					byName.set(folded, i);
				}
				return i;
			}
		};
	};
	const people = register('person');
	const organizations = register('organization');
	const roles = {
		person: [] as number[],
		title: [] as number[],
		organization: [] as number[],
		row: [] as number[]
	};
	const moves = {
		id: [] as string[],
		person: [] as number[],
		from: [] as number[],
		to: [] as number[],
		precision: [] as number[],
		start: [] as number[],
		end: [] as number[],
		wording: [] as number[],
		stayEndPrecision: [] as number[],
		stayEndStart: [] as number[],
		certainty: [] as number[],
		ends: [] as number[],
		rows: [] as number[]
	};
	/** One row per item: the lists of a collection whose facts each cite the row that named them. */
	const singleRows = (rows: ArrayLike<number>) => {
		const ends = new Int32Array(rows.length);
		for (let i = 0; i < ends.length; i++) ends[i] = i + 1;
		return { ends, rows: Int32Array.from(rows) };
	};

	return {
		ids,
		person: people.add,
		organization: organizations.add,
		role(person: number, title: string, organization: number, row: number) {
			roles.person.push(person);
			roles.title.push(intern(title));
			roles.organization.push(organization);
			roles.row.push(row);
		},
		/** Adds a move; its id is made here, so call it in the order ids should be handed out. */
		moveId: (n: number) => moves.id.push(ids.fresh(`move-${n}`)) - 1,
		/**
		 * Adds the moves derived from career rows, numbered `move-1`… after every name is known,
		 * each dated by a date cell, citing the rows of its two positions, with the end of the stay it
		 * begins when the file states one; people and organizations by index, through the
		 * positions' columns.
		 */
		careerMoves(
			derived: MoveColumns,
			positions: { row: number[]; person: number[]; organization: number[] }
		) {
			let at = moves.id.length;
			for (const id of ids.sequence('move', derived.length)) moves.id.push(id);
			for (let m = 0; m < derived.length; m++, at++) {
				const before = derived.before[m]!;
				const after = derived.after[m]!;
				const date = derived.date[m]!;
				const stayEnd = derived.stayEnd[m];
				moves.person[at] = positions.person[before]!;
				moves.from[at] = positions.organization[before]!;
				moves.to[at] = positions.organization[after]!;
				moves.precision[at] = isStated(date) ? PRECISION_CODES.get(date.precision)! : UNKNOWN_PRECISION;
				moves.start[at] = isStated(date) ? intern(date.value) : -1;
				moves.end[at] = -1;
				moves.wording[at] = -1;
				// A stay that ended on a date too vague to place keeps its end, of precision unknown.
				moves.stayEndPrecision[at] = stayEnd ? PRECISION_CODES.get(stayEnd.precision)! : NO_STAY_END;
				moves.stayEndStart[at] = isStated(stayEnd ?? null) ? intern(stayEnd!.value) : -1;
				moves.certainty[at] = STATED;
				moves.rows.push(positions.row[before]!, positions.row[after]!);
				moves.ends[at] = moves.rows.length;
			}
		},
		move(at: number, entry: MoveEntry) {
			moves.person[at] = entry.person;
			moves.from[at] = entry.from;
			moves.to[at] = entry.to;
			moves.precision[at] = PRECISION_CODES.get(entry.precision)!;
			moves.start[at] = intern(entry.start);
			moves.end[at] = intern(entry.end);
			moves.wording[at] = intern(entry.wording);
			moves.stayEndPrecision[at] = NO_STAY_END;
			moves.stayEndStart[at] = -1;
			moves.certainty[at] = CERTAINTY_CODES.get(entry.certainty)!;
			for (const row of entry.rows) moves.rows.push(row);
			moves.ends[at] = moves.rows.length;
		},
		/** The columns, with roles grouped by person in the order their rows came. */
		finish(head: PackedDataset['head']): PackedDataset {
			const personCount = people.list.id.length;
			const roleEnds = new Int32Array(personCount);
			for (const person of roles.person) roleEnds[person]!++;
			for (let i = 1; i < personCount; i++) roleEnds[i]! += roleEnds[i - 1]!;
			const next = new Int32Array(personCount);
			for (let i = 1; i < personCount; i++) next[i] = roleEnds[i - 1]!;
			const order = new Int32Array(roles.person.length);
			for (let i = 0; i < order.length; i++) order[next[roles.person[i]!]!++] = i;
			const pick = (column: number[]) => {
				const picked = new Int32Array(order.length);
				for (let i = 0; i < order.length; i++) picked[i] = column[order[i]!]!;
				return picked;
			};
			return {
				packVersion: PACK_VERSION,
				head,
				source: IMPORT_SOURCE_ID,
				organizations: {
					id: joinTexts(organizations.list.id),
					name: joinTexts(organizations.list.name),
					// Every imported organization is of a kind the file does not say.
					kind: new Uint8Array(organizations.list.id.length).fill(UNKNOWN_KIND),
					evidence: singleRows(organizations.list.row)
				},
				people: {
					id: joinTexts(people.list.id),
					name: joinTexts(people.list.name),
					roleEnds,
					evidence: singleRows(people.list.row)
				},
				roles: {
					title: pick(roles.title),
					organization: pick(roles.organization),
					evidence: singleRows(pick(roles.row))
				},
				moves: {
					id: joinTexts(moves.id),
					person: Int32Array.from(moves.person),
					from: Int32Array.from(moves.from),
					to: Int32Array.from(moves.to),
					precision: Uint8Array.from(moves.precision),
					start: Int32Array.from(moves.start),
					end: Int32Array.from(moves.end),
					wording: Int32Array.from(moves.wording),
					stayEndPrecision: Uint8Array.from(moves.stayEndPrecision),
					stayEndStart: Int32Array.from(moves.stayEndStart),
					certainty: Uint8Array.from(moves.certainty),
					evidence: { ends: Int32Array.from(moves.ends), rows: Int32Array.from(moves.rows) }
				},
				strings: joinTexts(strings)
			};
		}
	};
}

/** Turns a checked CSV table into a dataset whose every fact cites the rows it comes from. */
export function buildDataset(
	table: CsvTable,
	kind: CsvKind,
	mapping: Mapping,
	fileName: string
): BuiltDataset {
	const { packed, ...report } = buildPackedDataset(table, kind, mapping, fileName);
	return { dataset: unpackDataset(packed), ...report };
}

/**
 * Does what `buildDataset` does, and gives the dataset in columns: what the import worker hands
 * to the page, which rebuilds the objects a slice at a time.
 */
export function buildPackedDataset(
	table: CsvTable,
	kind: CsvKind,
	mapping: Mapping,
	fileName: string
): BuiltPack {
	const rejected: RowProblem[] = [...table.problems];
	const notices: RowNotice[] = [];
	const header = (field: Field) => table.headers[mapping[field] ?? -1] ?? field;
	/** Keeps the notices of a date cell of a row that is kept, each at the column it is about. */
	const notice = (row: number, read: DateCellRead, dateField: Field, precisionField: Field) => {
		if (!read.ok || !read.notices) return;
		for (const problem of read.notices)
			notices.push({
				row,
				field: header(problem.code === 'precisionCoarsened' ? precisionField : dateField),
				...problem
			});
	};
	const columns = columnsCollector();
	let accepted = 0;
	let undated: number[] = [];
	const cleanOrganization = remember(cleanName);
	const foldOrganization = remember(foldName);
	const readDate = remember((cell) => readDateCell(cell));
	const dateOf = (cell: string, precision: string) =>
		precision === '' ? readDate(cell) : readDateCell(cell, precision);
	const dateColumns = (date: CellDate) =>
		isStated(date) ? { precision: date.precision, start: date.value } : { precision: 'unknown' as const };

	if (kind === 'careers') {
		// The positions kept, in columns (see `PositionColumns`): no object per row.
		const positions = {
			row: [] as number[],
			person: [] as number[],
			organization: [] as number[],
			start: [] as CellDate[],
			end: [] as CellDate[]
		};
		for (const { row, cells } of table.rows) {
			const person = cleanName(cellOf(cells, mapping, 'person'));
			const organization = cleanName(cellOf(cells, mapping, 'organization'));
			if (person === '') {
				rejected.push({ row, field: header('person'), ...problemOf('noPerson') });
				continue;
			}
			if (organization === '') {
				rejected.push({ row, field: header('organization'), ...problemOf('noOrganization') });
				continue;
			}
			const start = dateOf(cellOf(cells, mapping, 'start'), cellOf(cells, mapping, 'start_precision'));
			if (!start.ok) {
				rejected.push({ row, field: header('start'), ...start.problem });
				continue;
			}
			const end = dateOf(cellOf(cells, mapping, 'end'), cellOf(cells, mapping, 'end_precision'));
			if (!end.ok) {
				rejected.push({ row, field: header('end'), ...end.problem });
				continue;
			}
			// A date of unknown precision ("circa 2020") is too vague to say that a position ends before it starts.
			if (isStated(start.date) && isStated(end.date) && endsBeforeStart(start.date.value, end.date.value)) {
				rejected.push({
					row,
					field: header('end'),
					...problemOf('endsBeforeStart', { start: start.date.value, end: end.date.value })
				});
				continue;
			}
			accepted++;
			notice(row, start, 'start', 'start_precision');
			notice(row, end, 'end', 'end_precision');
			const personIndex = columns.person(person, foldName(person), row);
			const organizationIndex = columns.organization(organization, foldOrganization(organization), row);
			const title = cleanName(cellOf(cells, mapping, 'title'));
			if (title !== '') columns.role(personIndex, title, organizationIndex, row);
			positions.row.push(row);
			positions.person.push(personIndex);
			positions.organization.push(organizationIndex);
			positions.start.push(start.date);
			positions.end.push(end.date);
		}
		const derived = deriveMoveColumns(positions);
		undated = derived.skipped.map((i) => positions.row[i]!);
		columns.careerMoves(derived, positions);
	} else {
		let count = 0;
		/** The first row of each move, by its cells (a file holds no NUL, refused by `readCsv`). */
		const rowOfMove = new Map<string, number>();
		for (const { row, cells } of table.rows) {
			const person = cleanName(cellOf(cells, mapping, 'person'));
			const from = cleanOrganization(cellOf(cells, mapping, 'from'));
			const to = cleanOrganization(cellOf(cells, mapping, 'to'));
			const blank = (['person', 'from', 'to'] as const).find((f, i) => [person, from, to][i] === '');
			if (blank) {
				rejected.push({ row, field: header(blank), ...problemOf('cellEmpty') });
				continue;
			}
			const fromFolded = foldOrganization(from);
			const toFolded = foldOrganization(to);
			if (fromFolded === toFolded) {
				rejected.push({ row, field: header('to'), ...problemOf('sameOrganization') });
				continue;
			}
			// A precision of "range" or "unknown" (as this project's CSV export writes) describes the
			// period as a whole; otherwise it applies to the date itself.
			const precision = cleanName(cellOf(cells, mapping, 'precision')).toLowerCase();
			const periodPrecision = precision === 'range' || precision === 'unknown';
			const date = dateOf(cellOf(cells, mapping, 'date'), periodPrecision ? '' : precision);
			if (!date.ok) {
				rejected.push({ row, field: header('date'), ...date.problem });
				continue;
			}
			const dateEnd = readDate(cellOf(cells, mapping, 'date_end'));
			if (!dateEnd.ok) {
				rejected.push({ row, field: header('date_end'), ...dateEnd.problem });
				continue;
			}
			if (precision === 'unknown' && (date.date || dateEnd.date)) {
				rejected.push({ row, field: header('precision'), ...problemOf('unknownDateHasBounds') });
				continue;
			}
			const certaintyCell = cleanName(cellOf(cells, mapping, 'certainty')).toLowerCase() || 'stated';
			if (!['stated', 'implied', 'undisclosed'].includes(certaintyCell)) {
				rejected.push({ row, field: header('certainty'), ...problemOf('certaintyUnknown') });
				continue;
			}
			let when: Pick<MoveEntry, 'precision' | 'start' | 'end'> = dateColumns(date.date);
			if (dateEnd.date || (precision === 'range' && date.date)) {
				const from = isStated(date.date) ? date.date.value : undefined;
				if (from && dateEnd.date && endsBeforeStart(from, dateEnd.date.value)) {
					rejected.push({ row, field: header('date_end'), ...problemOf('periodEndsBeforeStart') });
					continue;
				}
				when = { precision: 'range', start: from, end: dateEnd.date?.value };
			}
			// A row given twice word for word (a copy and paste) would draw its move two people wide:
			// the copy is left out, naming the row it repeats. Rows that differ in any cell, an id or
			// a source included, are two moves (a JSON dataset exported to CSV has such pairs).
			const key = cells.join('\u0000');
			const first = rowOfMove.get(key);
			if (first !== undefined) {
				rejected.push({ row, ...problemOf('repeatsRow', { first }) });
				continue;
			}
			rowOfMove.set(key, row);
			const wording = cleanName(cellOf(cells, mapping, 'wording'));
			accepted++;
			notice(row, date, 'date', 'precision');
			notice(row, dateEnd, 'date_end', 'precision');
			// The move's id is handed out before its person's and organizations', as it always was.
			const at = columns.moveId(++count);
			columns.move(at, {
				person: columns.person(person, foldName(person), row),
				from: columns.organization(from, fromFolded, row),
				to: columns.organization(to, toFolded, row),
				...when,
				wording: wording === '' ? undefined : wording,
				certainty: certaintyCell as Certainty,
				rows: [row]
			});
		}
	}

	rejected.sort((a, b) => a.row - b.row);
	const packed = columns.finish({
		schemaVersion: SCHEMA_VERSION,
		title: { en: `Imported from ${fileName}`, fr: `Importé de ${fileName}` },
		sources: [
			{
				id: IMPORT_SOURCE_ID,
				kind: 'import',
				title: fileName,
				publisher: 'A file imported by the user',
				note:
					kind === 'careers'
						? 'Career histories; moves derived from consecutive positions.'
						: 'A list of moves.'
			}
		],
		aggregates: [],
		events: [],
		reasons: [],
		trends: []
	});
	return { packed, rejected, accepted, notices, undated };
}
