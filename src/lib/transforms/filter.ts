import type { Dataset, Move } from '../schema/dataset';
import type { Evidence } from '../schema/evidence';
import { remember } from './remember';
import { compareIds } from './compareIds';

/**
 * Where each organization appears, computed once per dataset so that filtering by company is a
 * lookup, not a scan of every move.
 */
export interface CompanyIndex {
	/** Ids of the moves that leave or join each organization. */
	moves: Map<string, string[]>;
	/** The same moves, by their place in the dataset's list of moves (what a filter marks). */
	movePositions: Map<string, number[]>;
	/** Ids of the events, figures and trends that involve each organization. */
	others: Map<string, string[]>;
	/** Organizations that appear in at least one move, most moves first: the filter's choices. */
	choices: { id: string; moves: number }[];
}

/** How many organizations the filter lists before "show all": the busiest ones. */
export const LISTED_FIRST = 12;

function push<T>(index: Map<string, T[]>, key: string, id: T) {
	const list = index.get(key);
	if (list) {
		if (list[list.length - 1] !== id) list.push(id);
	} else index.set(key, [id]);
}

/** Indexes a dataset's facts by the organizations they involve; made once per dataset. */
export const buildCompanyIndex = remember(function buildCompanyIndex(dataset: Dataset): CompanyIndex {
	const moves = new Map<string, string[]>();
	const movePositions = new Map<string, number[]>();
	const others = new Map<string, string[]>();
	dataset.moves.forEach((m, i) => {
		push(moves, m.from, m.id);
		push(moves, m.to, m.id);
		push(movePositions, m.from, i);
		push(movePositions, m.to, i);
	});
	for (const e of dataset.events) for (const org of e.organizations) push(others, org, e.id);
	for (const a of dataset.aggregates) push(others, a.organization, a.id);
	for (const t of dataset.trends) for (const org of t.organizations) push(others, org, t.id);
	const choices = [...moves.entries()]
		.map(([id, list]) => ({ id, moves: list.length }))
		.sort((a, b) => b.moves - a.moves || compareIds(a.id, b.id));
	return { moves, movePositions, others, choices };
});

/**
 * The ids of the facts that a filter by company keeps: the moves leaving or joining any chosen
 * organization, the events, figures and trends involving one, the chosen organizations themselves
 * and the people who moved. `null` means no filter: everything is shown.
 */
export function factsForCompanies(
	dataset: Dataset,
	index: CompanyIndex,
	companies: readonly string[]
): Set<string> | null {
	if (companies.length === 0) return null;
	const kept = new Set<string>(companies);
	for (const company of companies) {
		for (const id of index.moves.get(company) ?? []) kept.add(id);
		for (const id of index.others.get(company) ?? []) kept.add(id);
	}
	for (const m of dataset.moves) if (kept.has(m.id)) kept.add(m.person).add(m.from).add(m.to);
	return kept;
}

/** Where each person and organization of a dataset sits in its list, found once per dataset. */
export const positionsOf = remember(function positionsOf(dataset: Dataset) {
	const at = (list: readonly { id: string }[]) => {
		const positions = new Map<string, number>();
		list.forEach((item, i) => {
			if (!positions.has(item.id)) positions.set(item.id, i);
		});
		return positions;
	};
	return { people: at(dataset.people), organizations: at(dataset.organizations) };
});

/**
 * The places, in the dataset's lists, of each move's person and organizations and of each
 * person's roles' organizations (-1 for an id the lists do not hold), found once per dataset: a
 * filter then marks people and organizations by number, without looking a name up per move.
 */
export const placesInDataset = remember(function placesInDataset(dataset: Dataset) {
	const { people, organizations } = positionsOf(dataset);
	const n = dataset.moves.length;
	const person = new Int32Array(n);
	const from = new Int32Array(n);
	const to = new Int32Array(n);
	dataset.moves.forEach((m, i) => {
		person[i] = people.get(m.person) ?? -1;
		from[i] = organizations.get(m.from) ?? -1;
		to[i] = organizations.get(m.to) ?? -1;
	});
	const roleEnds = new Int32Array(dataset.people.length);
	const roleOrganizations: number[] = [];
	dataset.people.forEach((p, i) => {
		for (const r of p.roles) roleOrganizations.push(organizations.get(r.organization) ?? -1);
		roleEnds[i] = roleOrganizations.length;
	});
	return { person, from, to, roleEnds, roleOrganizations: Int32Array.from(roleOrganizations) };
});

/** What a filter's part of a dataset was taken from, and where its facts sit there. */
export interface PartOf<T> {
	/** The whole list (or dataset) the part was taken from. */
	whole: T;
	/** The places, in the whole's list of moves, of the part's moves, in order. */
	moves: Int32Array;
	/** The places of the part's people and organizations, in order. */
	people: Int32Array;
	organizations: Int32Array;
}

const partsOfDatasets = new WeakMap<Dataset, PartOf<Dataset>>();
const partsOfMoves = new WeakMap<readonly Move[], PartOf<readonly Move[]>>();

/**
 * For a dataset (or its list of moves) that `filterByCompanies` made: what it was taken from and
 * where its facts sit there, so that views of it can be taken from views of the whole, already
 * made, by position. Undefined for anything else.
 */
export function partOf(part: Dataset): PartOf<Dataset> | undefined;
export function partOf(part: readonly Move[]): PartOf<readonly Move[]> | undefined;
export function partOf(part: Dataset | readonly Move[]) {
	return Array.isArray(part)
		? partsOfMoves.get(part as readonly Move[])
		: partsOfDatasets.get(part as Dataset);
}

/** The part of a dataset a filter keeps, as a dataset of its own (references still resolve). */
export function subsetDataset(dataset: Dataset, kept: ReadonlySet<string> | null): Dataset {
	if (kept === null) return dataset;
	return assemble(
		dataset,
		dataset.moves.filter((m) => kept.has(m.id)),
		kept
	);
}

/**
 * What a filter by company shows: the same as `subsetDataset(dataset, factsForCompanies(…))`, but
 * found by places rather than ids: the moves are marked by their place in the dataset's list, and
 * their people and organizations by theirs (see `placesInDataset`); a set of 100,000 ids would cost
 * a frame. The part is remembered with where it came from (see `partOf`). No company: the whole.
 */
export function filterByCompanies(
	dataset: Dataset,
	index: CompanyIndex,
	companies: readonly string[]
): Dataset {
	if (companies.length === 0) return dataset;
	// A filter chosen again gives the very same part, so every view already made of it (remembered
	// by identity) is found, not made again: toggling back to a company costs a lookup.
	const key = [...new Set(companies)].sort(compareIds).join('\n');
	let parts = partsByFilter.get(dataset);
	if (!parts) partsByFilter.set(dataset, (parts = new Map()));
	const known = parts.get(key);
	if (known) {
		// The newest at the end: the oldest is the first to be let go.
		parts.delete(key);
		parts.set(key, known);
		return known;
	}
	const part = partByCompanies(dataset, index, companies);
	parts.set(key, part);
	if (parts.size > PARTS_KEPT) parts.delete(parts.keys().next().value!);
	return part;
}

/** How many filters' parts are kept per dataset: a reader's recent choices, a bounded memory. */
const PARTS_KEPT = 24;
const partsByFilter = new WeakMap<Dataset, Map<string, Dataset>>();

function partByCompanies(dataset: Dataset, index: CompanyIndex, companies: readonly string[]): Dataset {
	const marked = new Uint8Array(dataset.moves.length);
	for (const company of companies) for (const i of index.movePositions.get(company) ?? []) marked[i] = 1;
	const places: number[] = [];
	for (let i = 0; i < marked.length; i++) if (marked[i] === 1) places.push(i);
	const moves = places.map((i) => dataset.moves[i]!);
	const kept = new Set<string>(companies);
	for (const company of companies) for (const id of index.others.get(company) ?? []) kept.add(id);
	const placed = Int32Array.from(places);
	const part = assemble(dataset, moves, kept, placed);
	const where = partsOfDatasets.get(part)!;
	partsOfMoves.set(moves, { ...where, whole: dataset.moves });
	return part;
}

/**
 * A dataset of the moves given, the events, figures and trends whose ids are kept, the people
 * and organizations they name (and the organizations of those people's roles, and any kept
 * organization), and the sources all of them cite. Given the places of the moves in the dataset's
 * list, people and organizations are found by number, and the part is remembered (see `partOf`).
 */
function assemble(
	dataset: Dataset,
	moves: Dataset['moves'],
	kept: ReadonlySet<string>,
	movePlaces?: Int32Array
): Dataset {
	// Loops and marks rather than spreads and sets of names: a filter of 100,000 moves must answer
	// within a frame.
	const events = dataset.events.filter((e) => kept.has(e.id));
	const aggregates = dataset.aggregates.filter((a) => kept.has(a.id));
	const trends = dataset.trends.filter((t) => kept.has(t.id));
	const positions = positionsOf(dataset);
	const keepPerson = new Uint8Array(dataset.people.length);
	const keepOrganization = new Uint8Array(dataset.organizations.length);
	const person = (id: string) => {
		const i = positions.people.get(id);
		if (i !== undefined) keepPerson[i] = 1;
	};
	const organization = (id: string) => {
		const i = positions.organizations.get(id);
		if (i !== undefined) keepOrganization[i] = 1;
	};
	const mark = (marks: Uint8Array, i: number) => {
		if (i >= 0) marks[i] = 1;
	};
	const numbered = movePlaces ? placesInDataset(dataset) : undefined;
	if (numbered && movePlaces) {
		for (const i of movePlaces) {
			mark(keepPerson, numbered.person[i]!);
			mark(keepOrganization, numbered.from[i]!);
			mark(keepOrganization, numbered.to[i]!);
		}
	} else
		for (const m of moves) {
			person(m.person);
			organization(m.from);
			organization(m.to);
		}
	for (const e of events) {
		for (const p of e.people) person(p);
		for (const o of e.organizations) organization(o);
	}
	for (const a of aggregates) organization(a.organization);
	for (const t of trends) for (const o of t.organizations) organization(o);
	const peoplePlaces: number[] = [];
	for (let i = 0; i < keepPerson.length; i++) if (keepPerson[i] === 1) peoplePlaces.push(i);
	const keptPeople = peoplePlaces.map((i) => dataset.people[i]!);
	if (numbered)
		for (const i of peoplePlaces)
			for (let r = i === 0 ? 0 : numbered.roleEnds[i - 1]!; r < numbered.roleEnds[i]!; r++)
				mark(keepOrganization, numbered.roleOrganizations[r]!);
	else for (const p of keptPeople) for (const r of p.roles) organization(r.organization);
	// The organizations chosen in the filter stay, even with nothing else left of them.
	const organizationPlaces: number[] = [];
	dataset.organizations.forEach((o, i) => {
		if (keepOrganization[i] === 1 || kept.has(o.id)) organizationPlaces.push(i);
	});
	const keptOrganizations = organizationPlaces.map((i) => dataset.organizations[i]!);
	const cited = new Set<string>();
	const known = new Set(dataset.sources.map((s) => s.id));
	const sources = known.size;
	const cite = (evidence: readonly Evidence[]) => {
		for (const e of evidence) if (known.has(e.source)) cited.add(e.source);
	};
	// Once every source is cited (an import has one), there is nothing more to learn.
	const citeAll = <T>(list: readonly T[], evidenceOf: (fact: T) => void) => {
		for (let i = 0; i < list.length && cited.size < sources; i++) evidenceOf(list[i]!);
	};
	citeAll(keptPeople, (p) => {
		cite(p.evidence);
		for (const r of p.roles) cite(r.evidence);
	});
	for (const list of [keptOrganizations, moves, events, aggregates, trends])
		citeAll(list, (fact: { evidence: readonly Evidence[] }) => cite(fact.evidence));
	const part: Dataset = {
		...dataset,
		sources: dataset.sources.filter((s) => cited.has(s.id) || s.kind === 'article'),
		organizations: keptOrganizations,
		people: keptPeople,
		moves,
		aggregates,
		events,
		reasons: [],
		trends
	};
	if (movePlaces)
		partsOfDatasets.set(part, {
			whole: dataset,
			moves: movePlaces,
			people: Int32Array.from(peoplePlaces),
			organizations: Int32Array.from(organizationPlaces)
		});
	return part;
}
