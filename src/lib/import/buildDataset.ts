import { SCHEMA_VERSION, type Dataset, type Move, type Organization, type Person } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import type { Certainty, Evidence } from '../schema/evidence';
import { deriveMoves, type Position } from './careers';
import type { CsvTable } from './csv';
import { readDateCell, type CellDate } from './dates';
import type { CsvKind, Field, Mapping } from './mapping';
import type { RowProblem } from './problems';

/** The id of the source entry that stands for the imported file. */
export const IMPORT_SOURCE_ID = 'import';

export interface BuiltDataset {
	dataset: Dataset;
	/** Rows left out, each with its reason. */
	rejected: RowProblem[];
	/** Rows read without error. */
	accepted: number;
	/** Career positions that could not be placed in time (no start, no end). */
	undated: number[];
}

/**
 * Makes a name comparable: Unicode NFC (so "é" typed two ways is one name), no invisible
 * formatting characters, single spaces. Two rows naming the same organization must agree here.
 */
export function cleanName(cell: string): string {
	return cell
		.normalize('NFC')
		.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^'(?='*[=+\-@\t\r])/, '');
}

/** Folds a name to the characters an id allows: `Café Ümit AI` → `cafe-umit-ai`. */
function slug(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
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
	const known = new Map<string, string>();
	const taken = new Set<string>(reserved);
	const fresh = (base: string) => {
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	};
	return {
		/** The id of a named thing of a kind (`person`, `organization`), made on first use. */
		named(kind: string, name: string): string {
			const key = `${kind}\u0000${name}`;
			let id = known.get(key);
			if (!id) {
				id = fresh(slug(name) || kind);
				known.set(key, id);
			}
			return id;
		},
		/** A new id that nothing else in the dataset has. */
		fresh
	};
}

function toFuzzy(date: CellDate): FuzzyDate {
	return date ? { precision: date.precision, start: date.value } : { precision: 'unknown' };
}

/** Reads the mapped cell of a row, or an empty string for an unmapped field. */
function cellOf(cells: readonly string[], mapping: Mapping, field: Field): string {
	const column = mapping[field];
	return column === undefined ? '' : (cells[column] ?? '');
}

/** Turns a checked CSV table into a dataset whose every fact cites the rows it comes from. */
export function buildDataset(
	table: CsvTable,
	kind: CsvKind,
	mapping: Mapping,
	fileName: string
): BuiltDataset {
	const rejected: RowProblem[] = [...table.problems];
	const header = (field: Field) => table.headers[mapping[field] ?? -1] ?? field;
	const evidence = (row: number): Evidence => ({ basis: 'import', source: IMPORT_SOURCE_ID, row });

	const ids = idRegistry([IMPORT_SOURCE_ID]);
	const people = new Map<string, Person>();
	const organizations = new Map<string, Organization>();
	const addPerson = (name: string, row: number) => {
		const id = ids.named('person', name);
		if (!people.has(id)) people.set(id, { id, name, roles: [], evidence: [evidence(row)] });
		return id;
	};
	const addOrganization = (name: string, row: number) => {
		const id = ids.named('organization', name);
		if (!organizations.has(id))
			organizations.set(id, { id, name, kind: 'unknown', evidence: [evidence(row)] });
		return id;
	};

	const moves: Move[] = [];
	let accepted = 0;
	let undated: number[] = [];

	if (kind === 'careers') {
		const positions: Position[] = [];
		for (const { row, cells } of table.rows) {
			const person = cleanName(cellOf(cells, mapping, 'person'));
			const organization = cleanName(cellOf(cells, mapping, 'organization'));
			if (person === '') {
				rejected.push({ row, field: header('person'), message: 'no person is named' });
				continue;
			}
			if (organization === '') {
				rejected.push({ row, field: header('organization'), message: 'no organization is named' });
				continue;
			}
			const start = readDateCell(cellOf(cells, mapping, 'start'), cellOf(cells, mapping, 'start_precision'));
			if (!start.ok) {
				rejected.push({ row, field: header('start'), message: start.message });
				continue;
			}
			const end = readDateCell(cellOf(cells, mapping, 'end'), cellOf(cells, mapping, 'end_precision'));
			if (!end.ok) {
				rejected.push({ row, field: header('end'), message: end.message });
				continue;
			}
			if (start.date && end.date && end.date.value < start.date.value.slice(0, end.date.value.length)) {
				rejected.push({
					row,
					field: header('end'),
					message: `ends (${end.date.value}) before it starts (${start.date.value})`
				});
				continue;
			}
			accepted++;
			const personKey = addPerson(person, row);
			const organizationKey = addOrganization(organization, row);
			const title = cleanName(cellOf(cells, mapping, 'title'));
			if (title !== '')
				people
					.get(personKey)!
					.roles.push({ title, organization: organizationKey, evidence: [evidence(row)] });
			positions.push({
				row,
				person: personKey,
				organization: organizationKey,
				title,
				start: start.date,
				end: end.date
			});
		}
		const derived = deriveMoves(positions);
		undated = derived.skipped.map((s) => s.row);
		derived.moves.forEach((m, i) => {
			moves.push({
				id: ids.fresh(`move-${i + 1}`),
				person: m.person,
				from: m.from,
				to: m.to,
				date: toFuzzy(m.date),
				certainty: 'stated',
				evidence: m.rows.map(evidence)
			});
		});
	} else {
		for (const { row, cells } of table.rows) {
			const person = cleanName(cellOf(cells, mapping, 'person'));
			const from = cleanName(cellOf(cells, mapping, 'from'));
			const to = cleanName(cellOf(cells, mapping, 'to'));
			const blank = (['person', 'from', 'to'] as const).find((f, i) => [person, from, to][i] === '');
			if (blank) {
				rejected.push({ row, field: header(blank), message: 'is empty' });
				continue;
			}
			if (from.toLowerCase() === to.toLowerCase()) {
				rejected.push({ row, field: header('to'), message: 'is the same organization as the one left' });
				continue;
			}
			// A precision of "range" or "unknown" (as this project's CSV export writes) describes the
			// period as a whole; otherwise it applies to the date itself.
			const precision = cleanName(cellOf(cells, mapping, 'precision')).toLowerCase();
			const periodPrecision = precision === 'range' || precision === 'unknown';
			const date = readDateCell(cellOf(cells, mapping, 'date'), periodPrecision ? '' : precision);
			if (!date.ok) {
				rejected.push({ row, field: header('date'), message: date.message });
				continue;
			}
			const dateEnd = readDateCell(cellOf(cells, mapping, 'date_end'));
			if (!dateEnd.ok) {
				rejected.push({ row, field: header('date_end'), message: dateEnd.message });
				continue;
			}
			if (precision === 'unknown' && (date.date || dateEnd.date)) {
				rejected.push({
					row,
					field: header('precision'),
					message: 'an unknown date cannot have a start or an end'
				});
				continue;
			}
			const certaintyCell = cleanName(cellOf(cells, mapping, 'certainty')).toLowerCase() || 'stated';
			if (!['stated', 'implied', 'undisclosed'].includes(certaintyCell)) {
				rejected.push({
					row,
					field: header('certainty'),
					message: 'should be stated, implied or undisclosed'
				});
				continue;
			}
			let fuzzy: FuzzyDate = toFuzzy(date.date);
			if (dateEnd.date || (precision === 'range' && date.date)) {
				if (
					date.date &&
					dateEnd.date &&
					dateEnd.date.value < date.date.value.slice(0, dateEnd.date.value.length)
				) {
					rejected.push({ row, field: header('date_end'), message: 'the period ends before it starts' });
					continue;
				}
				fuzzy = {
					precision: 'range',
					...(date.date ? { start: date.date.value } : {}),
					...(dateEnd.date ? { end: dateEnd.date.value } : {})
				};
			}
			const wording = cleanName(cellOf(cells, mapping, 'wording'));
			if (wording !== '') fuzzy = { ...fuzzy, wording };
			accepted++;
			moves.push({
				id: ids.fresh(`move-${moves.length + 1}`),
				person: addPerson(person, row),
				from: addOrganization(from, row),
				to: addOrganization(to, row),
				date: fuzzy,
				certainty: certaintyCell as Certainty,
				evidence: [evidence(row)]
			});
		}
	}

	rejected.sort((a, b) => a.row - b.row);
	const dataset: Dataset = {
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
		organizations: [...organizations.values()],
		people: [...people.values()],
		moves,
		aggregates: [],
		events: [],
		reasons: [],
		trends: []
	};
	return { dataset, rejected, accepted, undated };
}
