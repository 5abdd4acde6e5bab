import type { Dataset } from '../schema/dataset';
import type { Evidence } from '../schema/evidence';
import { remember } from './remember';

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
		.sort((a, b) => b.moves - a.moves || a.id.localeCompare(b.id));
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
 * the moves are found by their places in the dataset's list (marked, then read in order) rather
 * than through a set of their ids, which costs a frame with 100,000 moves. No company: the whole.
 */
export function filterByCompanies(
	dataset: Dataset,
	index: CompanyIndex,
	companies: readonly string[]
): Dataset {
	if (companies.length === 0) return dataset;
	const marked = new Uint8Array(dataset.moves.length);
	for (const company of companies) for (const i of index.movePositions.get(company) ?? []) marked[i] = 1;
	const moves = dataset.moves.filter((_, i) => marked[i] === 1);
	const kept = new Set<string>(companies);
	for (const company of companies) for (const id of index.others.get(company) ?? []) kept.add(id);
	return assemble(dataset, moves, kept);
}

/**
 * A dataset of the moves given, the events, figures and trends whose ids are kept, the people
 * and organizations they name (and the organizations of those people's roles, and any kept
 * organization), and the sources all of them cite.
 */
function assemble(dataset: Dataset, moves: Dataset['moves'], kept: ReadonlySet<string>): Dataset {
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
	const keptPeople = dataset.people.filter((_, i) => keepPerson[i] === 1);
	for (const p of keptPeople) for (const r of p.roles) organization(r.organization);
	// The organizations chosen in the filter stay, even with nothing else left of them.
	const keptOrganizations = dataset.organizations.filter(
		(o, i) => keepOrganization[i] === 1 || kept.has(o.id)
	);

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
	return {
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
}
