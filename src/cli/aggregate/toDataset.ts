// What `npm run aggregate` writes: a dataset of the moves themselves (when they fit the browser's
// limits) or of flows, each counting its moves in `weight`, with the file's provenance.
import { SCHEMA_VERSION, type Dataset, type Move, type Provenance } from '../../lib/schema/dataset';
import type { FuzzyDate } from '../../lib/schema/dates';
import type { Evidence } from '../../lib/schema/evidence';
import { idRegistry, IMPORT_SOURCE_ID } from '../../lib/import/buildDataset';
import type { FileKind, SqlFlow, SqlMove, SqlName } from './engine';

/** The id of the source that stands for the aggregated file. */
export const AGGREGATE_SOURCE_ID = 'aggregate';

/** Ids for the names of both kinds, handed out in the order the file first names them, as the importer does. */
function namedIds(people: readonly SqlName[], organizations: readonly SqlName[], reserved: string) {
	const ids = idRegistry([reserved]);
	// On one row the importer names the person before the organization.
	const all = [
		...people.map((n) => ({ ...n, kind: 'person', order: 0 })),
		...organizations.map((n) => ({ ...n, kind: 'organization', order: 1 }))
	].sort((a, b) => a.firstRow - b.firstRow || a.order - b.order);
	const byKey = { person: new Map<string, string>(), organization: new Map<string, string>() };
	for (const n of all) byKey[n.kind as 'person'].set(n.key, ids.named(n.kind, n.name));
	return { ids, byKey };
}

const dateOf = (date: { value: string | null; precision: FuzzyDate['precision'] } | null): FuzzyDate =>
	date?.value ? { precision: date.precision, start: date.value } : { precision: 'unknown' };

/** The moves of a file, one by one, each citing its two rows: what the importer makes (roles aside). */
export function movesDataset(
	fileName: string,
	provenance: Provenance,
	moves: readonly SqlMove[],
	people: readonly SqlName[],
	organizations: readonly SqlName[]
): Dataset {
	const { ids, byKey } = namedIds(people, organizations, IMPORT_SOURCE_ID);
	const firstRowOf = new Map(people.map((p) => [p.key, p.firstRow]));
	// Each person's moves together, people in the order the file names them, then by position.
	const ordered = [...moves].sort((a, b) => firstRowOf.get(a.personKey)! - firstRowOf.get(b.personKey)!);
	const moveIds = ids.sequence('move', ordered.length);
	const evidence = (row: number) => ({ basis: 'import' as const, source: IMPORT_SOURCE_ID, row });
	return {
		schemaVersion: SCHEMA_VERSION,
		title: { en: `Imported from ${fileName}`, fr: `Importé de ${fileName}` },
		sources: [
			{
				id: IMPORT_SOURCE_ID,
				kind: 'import',
				title: fileName,
				publisher: 'A file aggregated with npm run aggregate',
				note: 'Career histories; moves derived from consecutive positions by the queries of sql/.',
				provenance
			}
		],
		organizations: organizations.map((o) => ({
			id: byKey.organization.get(o.key)!,
			name: o.name,
			kind: 'unknown',
			evidence: [evidence(o.firstRow)]
		})),
		people: people.map((p) => ({
			id: byKey.person.get(p.key)!,
			name: p.name,
			roles: [],
			evidence: [evidence(p.firstRow)]
		})),
		moves: ordered.map((m, i): Move => ({
			id: moveIds[i]!,
			person: byKey.person.get(m.personKey)!,
			from: byKey.organization.get(m.fromKey)!,
			to: byKey.organization.get(m.toKey)!,
			date: dateOf(m.date),
			...(m.stayEnd ? { stayEnd: dateOf(m.stayEnd) } : {}),
			certainty: 'stated',
			evidence: [evidence(m.rows[0]), evidence(m.rows[1])]
		})),
		aggregates: [],
		events: [],
		reasons: [],
		trends: []
	};
}

/** What the source of a dataset of flows says of its file, by kind. */
const kindNote: Record<FileKind, string> = {
	positions:
		'Career histories; moves derived from consecutive positions by the queries of sql/, counted by origin, destination and month.',
	moves: 'Moves, counted by origin, destination, month (or period) and certainty by the queries of sql/.'
};

/**
 * A dataset of flows without its flows, and how to make each: the moves of a file grouped into
 * flows by origin, destination and month, each weighing its count. Flows come in chunks from
 * the database, too many at times to hold at once (see writeDatasetJson).
 */
export function flowsFrame(
	fileName: string,
	provenance: Provenance,
	organizations: readonly SqlName[],
	flowCount: number,
	kind: FileKind = 'positions'
): {
	dataset: Dataset;
	/** What every flow cites: the aggregated file. */
	evidence: Evidence[];
	/** Each organization's place in `dataset.organizations`, by the key the flows name it by. */
	organizationIndex: Map<string, number>;
	move: (flow: SqlFlow, index: number) => Move;
	/** `JSON.stringify(move(flow, index))`, made of pieces written once each: a run writes millions. */
	json: (flow: SqlFlow, index: number) => string;
} {
	const { ids, byKey } = namedIds([], organizations, AGGREGATE_SOURCE_ID);
	const evidence: Evidence[] = [{ basis: 'aggregate', source: AGGREGATE_SOURCE_ID }];
	// A flow is many people's moves: one entry stands for all of them, as the schema wants a person.
	const everyone = ids.fresh('people');
	const flowIds = ids.sequence('flow', flowCount);
	const dataset: Dataset = {
		schemaVersion: SCHEMA_VERSION,
		title: { en: `Flows of ${fileName}`, fr: `Flux de ${fileName}` },
		sources: [
			{
				id: AGGREGATE_SOURCE_ID,
				kind: 'aggregate',
				title: fileName,
				publisher: 'A file aggregated with npm run aggregate',
				note: kindNote[kind],
				provenance
			}
		],
		organizations: organizations.map((o) => ({
			id: byKey.organization.get(o.key)!,
			name: o.name,
			kind: 'unknown',
			evidence
		})),
		people: [{ id: everyone, name: `People of ${fileName}`, roles: [], evidence }],
		moves: [],
		aggregates: [],
		events: [],
		reasons: [],
		trends: []
	};
	const move = (f: SqlFlow, i: number): Move => ({
		id: flowIds[i]!,
		person: everyone,
		from: byKey.organization.get(f.fromKey)!,
		to: byKey.organization.get(f.toKey)!,
		date: f.date,
		certainty: f.certainty,
		weight: f.weight,
		evidence
	});
	// The pieces of a flow's JSON, in the order of `move`'s keys: an organization's id and a date
	// (with its certainty) are written once, as the flows that share them share their objects.
	const organizationJson = new Map(
		[...byKey.organization].map(([key, id]) => [key, JSON.stringify(id)] as const)
	);
	const dateJson = new Map<FuzzyDate, string>();
	const personJson = JSON.stringify(everyone);
	const evidenceJson = JSON.stringify(evidence);
	return {
		dataset,
		evidence,
		organizationIndex: new Map(organizations.map((o, i) => [o.key, i])),
		move,
		json(f, i) {
			let date = dateJson.get(f.date);
			if (date === undefined) dateJson.set(f.date, (date = JSON.stringify(f.date)));
			return `{"id":${JSON.stringify(flowIds[i]!)},"person":${personJson},"from":${organizationJson.get(f.fromKey)!},"to":${organizationJson.get(f.toKey)!},"date":${date},"certainty":${JSON.stringify(f.certainty)},"weight":${JSON.stringify(f.weight)},"evidence":${evidenceJson}}`;
		}
	};
}

/** The moves of a file grouped into flows by origin, destination and month, each weighing its count. */
export function flowsDataset(
	fileName: string,
	provenance: Provenance,
	flows: readonly SqlFlow[],
	organizations: readonly SqlName[],
	kind: FileKind = 'positions'
): Dataset {
	const frame = flowsFrame(fileName, provenance, organizations, flows.length, kind);
	return { ...frame.dataset, moves: flows.map(frame.move) };
}
