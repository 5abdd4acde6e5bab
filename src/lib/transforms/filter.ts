import type { Dataset } from '../schema/dataset';

/**
 * Where each organization appears, computed once per dataset so that filtering by company is a
 * lookup, not a scan of every move.
 */
export interface CompanyIndex {
	/** Ids of the moves that leave or join each organization. */
	moves: Map<string, string[]>;
	/** Ids of the events, figures and trends that involve each organization. */
	others: Map<string, string[]>;
	/** Organizations that appear in at least one move, most moves first: the filter's choices. */
	choices: { id: string; moves: number }[];
}

function push(index: Map<string, string[]>, key: string, id: string) {
	const list = index.get(key);
	if (list) {
		if (list[list.length - 1] !== id) list.push(id);
	} else index.set(key, [id]);
}

/** Indexes a dataset's facts by the organizations they involve. */
export function buildCompanyIndex(dataset: Dataset): CompanyIndex {
	const moves = new Map<string, string[]>();
	const others = new Map<string, string[]>();
	for (const m of dataset.moves) {
		push(moves, m.from, m.id);
		push(moves, m.to, m.id);
	}
	for (const e of dataset.events) for (const org of e.organizations) push(others, org, e.id);
	for (const a of dataset.aggregates) push(others, a.organization, a.id);
	for (const t of dataset.trends) for (const org of t.organizations) push(others, org, t.id);
	const choices = [...moves.entries()]
		.map(([id, list]) => ({ id, moves: list.length }))
		.sort((a, b) => b.moves - a.moves || a.id.localeCompare(b.id));
	return { moves, others, choices };
}

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

/** The part of a dataset a filter keeps, as a dataset of its own (references still resolve). */
export function subsetDataset(dataset: Dataset, kept: ReadonlySet<string> | null): Dataset {
	if (kept === null) return dataset;
	const moves = dataset.moves.filter((m) => kept.has(m.id));
	const events = dataset.events.filter((e) => kept.has(e.id));
	const aggregates = dataset.aggregates.filter((a) => kept.has(a.id));
	const trends = dataset.trends.filter((t) => kept.has(t.id));
	const people = new Set([...moves.map((m) => m.person), ...events.flatMap((e) => e.people)]);
	const organizations = new Set([
		...kept,
		...moves.flatMap((m) => [m.from, m.to]),
		...events.flatMap((e) => e.organizations),
		...aggregates.map((a) => a.organization),
		...trends.flatMap((t) => t.organizations)
	]);
	for (const p of dataset.people)
		if (people.has(p.id)) for (const r of p.roles) organizations.add(r.organization);
	const keptPeople = dataset.people.filter((p) => people.has(p.id));
	const keptOrganizations = dataset.organizations.filter((o) => organizations.has(o.id));
	const cited = new Set(
		[...keptPeople, ...keptOrganizations, ...moves, ...events, ...aggregates, ...trends].flatMap((f) => [
			...f.evidence.map((e) => e.source),
			...('roles' in f ? f.roles.flatMap((r) => r.evidence.map((e) => e.source)) : [])
		])
	);
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
