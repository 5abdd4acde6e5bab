import type { Dataset, Move } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import type { Certainty, Evidence } from '../schema/evidence';
import { FLOW_COLUMNS_VERSION, FlowColumnsFile } from '../schema/flowColumns';
import { problemOf, type ProblemMessage } from '../problems/codes';
import { atPath, type Checked, type Problem } from '../validation/problems';
import { BASIS_TO_SOURCE_KIND } from '../validation/references';
import { parseWith, validateDataset } from '../validation/validateDataset';
import { describeFound } from '../validation/zodIssues';
import { runToEnd } from '../core/runToEnd';

/**
 * A file of flows in columns (`FlowColumnsFile`), read and checked: the dataset around the flows,
 * and the flows as typed arrays, which cross from the import worker to the page, and into the
 * browser's storage, in milliseconds where a million objects would take seconds.
 */
export interface FlowColumns {
	/** The layout's version, as the file gave it: a saved import of another layout is refused. */
	version: typeof FLOW_COLUMNS_VERSION;
	/** The dataset around the flows, with no moves. */
	frame: Dataset;
	idPrefix: string;
	evidence: Evidence[];
	dates: FuzzyDate[];
	certainties: Certainty[];
	from: Int32Array;
	to: Int32Array;
	date: Int32Array;
	certainty: Int32Array;
	weight: Uint32Array;
}

/** True for a value that says it is a file of flows in columns (and is checked as one). */
export const isFlowColumns = (value: unknown): boolean =>
	typeof value === 'object' && value !== null && 'flowColumns' in value;

/** Past this many, a broken column's problems are not all listed: the first ones say what is wrong. */
const PROBLEMS_LISTED = 20;

const COLUMNS = ['from', 'to', 'date', 'certainty', 'weight'] as const;

/** The largest number a column holds (the store counts weights in 32 bits). */
const MOST = 0xffff_ffff;

/**
 * Checks a parsed file of flows in columns: its parts by the schema, the dataset around the flows
 * as any dataset, then each flow's numbers, naming the column and the flow of each problem
 * (`to[41]`). Only the first problems of a broken file are listed.
 */
export function readFlowColumns(value: unknown): Checked<FlowColumns> {
	const parsed = parseWith(FlowColumnsFile, value);
	if (!parsed.ok) return parsed;
	const file = parsed.value;
	const framed = validateDataset(file.dataset);
	if (!framed.ok)
		return {
			ok: false,
			problems: framed.problems.map((p) =>
				p.where.at === 'path' ? { ...p, where: atPath(['dataset', ...pathKeys(p.where.path)]) } : p
			)
		};
	const frame = framed.value;
	const problems: Problem[] = [];
	const report = (path: PropertyKey[], problem: ProblemMessage) =>
		problems.push({ where: atPath(path), ...problem });
	if (frame.moves.length > 0) report(['dataset', 'moves'], problemOf('tooManyItems', { maximum: 0 }));
	if (frame.people.length === 0) report(['dataset', 'people'], problemOf('tooFewItems', { minimum: 1 }));
	const sources = new Map(frame.sources.map((s) => [s.id, s]));
	file.evidence.forEach((e, i) => {
		const source = sources.get(e.source);
		if (!source) report(['evidence', i, 'source'], problemOf('noSuchSource', { id: e.source }));
		else if (source.kind !== BASIS_TO_SOURCE_KIND[e.basis])
			report(['evidence', i, 'source'], problemOf('wrongSourceKind', { basis: e.basis, kind: source.kind }));
	});
	// Flow ids are the prefix and a number: no other id may look like one.
	const ids = [...frame.sources, ...frame.organizations, ...frame.people].map((x) => x.id);
	const clash = ids.find((id) => id.startsWith(file.idPrefix));
	if (clash) report(['idPrefix'], problemOf('idTaken', { id: clash, at: 'dataset' }));

	const size = file.from.length;
	for (const name of COLUMNS)
		if (file[name].length !== size)
			report([name], problemOf('columnLength', { length: file[name].length, first: 'from', expected: size }));
	if (problems.length > 0) return { ok: false, problems };

	const counts = {
		from: ['dataset.organizations', frame.organizations.length],
		to: ['dataset.organizations', frame.organizations.length],
		date: ['dates', file.dates.length],
		certainty: ['certainties', file.certainties.length]
	} as const;
	const read = <T extends Int32Array | Uint32Array>(name: (typeof COLUMNS)[number], into: T): T => {
		const column = file[name];
		const least = name === 'weight' ? 1 : 0;
		const list = name === 'weight' ? null : counts[name];
		for (let i = 0; i < size && problems.length < PROBLEMS_LISTED; i++) {
			const v = column[i];
			if (typeof v !== 'number' || !Number.isInteger(v))
				report([name, i], problemOf('wrongType', { expected: 'int', found: describeFound(v) }));
			else if (v < least) report([name, i], problemOf('tooSmall', { minimum: least, inclusive: true }));
			// The page counts in 32 bits: a larger count would wrap, not be refused.
			else if (v > MOST) report([name, i], problemOf('tooBig', { maximum: MOST, inclusive: true }));
			else if (list && v >= list[1])
				report([name, i], problemOf('noSuchItem', { list: list[0], count: list[1] }));
			else into[i] = v;
		}
		return into;
	};
	const columns = {
		from: read('from', new Int32Array(size)),
		to: read('to', new Int32Array(size)),
		date: read('date', new Int32Array(size)),
		certainty: read('certainty', new Int32Array(size)),
		weight: read('weight', new Uint32Array(size))
	};
	for (let i = 0; i < size && problems.length < PROBLEMS_LISTED; i++)
		if (columns.from[i] === columns.to[i]) report(['to', i], problemOf('moveGoesNowhere'));
	if (problems.length > 0) return { ok: false, problems: problems.slice(0, PROBLEMS_LISTED) };
	const { idPrefix, evidence, dates, certainties } = file;
	return {
		ok: true,
		value: { version: file.flowColumns, frame, idPrefix, evidence, dates, certainties, ...columns }
	};
}

/** How many moves the flows of a file count between them. */
export function movesOf(columns: FlowColumns): number {
	let moves = 0;
	for (let i = 0; i < columns.weight.length; i++) moves += columns.weight[i]!;
	return moves;
}

/** The keys of a path as `formatPath` wrote it (`moves[3].date`), to put it under another key. */
function pathKeys(path: string): PropertyKey[] {
	return path === ''
		? []
		: [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] ? Number(m[2]) : m[1]!));
}

/** How many flows a slice of `datasetOfFlowsInSlices` makes before it lets the page breathe. */
const SLICE = 50_000;

/**
 * The dataset of a file of flows, its flows made as moves a slice at a time (pausing, as the page
 * builds a large import over several short tasks): flows share their person, organizations' ids,
 * dates and evidence, so a million of them cost a million small objects and their ids.
 */
export function* datasetOfFlowsInSlices(columns: FlowColumns): Generator<void, Dataset> {
	const { frame, idPrefix, evidence, dates, certainties, from, to, date, certainty, weight } = columns;
	const person = frame.people[0]!.id;
	const organizations = frame.organizations.map((o) => o.id);
	const moves = new Array<Move>(from.length);
	for (let i = 0; i < from.length; i++) {
		moves[i] = {
			id: `${idPrefix}${i + 1}`,
			person,
			from: organizations[from[i]!]!,
			to: organizations[to[i]!]!,
			date: dates[date[i]!]!,
			certainty: certainties[certainty[i]!]!,
			weight: weight[i]!,
			evidence
		};
		if (i % SLICE === SLICE - 1) yield;
	}
	return { ...frame, moves };
}

/** The dataset of a file of flows, in one go (see `datasetOfFlowsInSlices`). */
export function datasetOfFlows(columns: FlowColumns): Dataset {
	return runToEnd(datasetOfFlowsInSlices(columns));
}
