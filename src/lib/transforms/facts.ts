import type { Dataset, Organization } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import type { Certainty, Evidence } from '../schema/evidence';

/** The kinds of fact the dataset holds, in the order a reader meets them. */
export type FactKind = 'move' | 'aggregate' | 'event' | 'person' | 'organization' | 'reason' | 'trend';

/** Where a fact comes from: the article, or only from later reporting (or an imported file). */
export type FactBasis = Evidence['basis'];

/** One fact, whatever its kind, with what a list or a highlight needs to know about it. */
export interface FactRow {
	id: string;
	kind: FactKind;
	basis: FactBasis;
	date?: FuzzyDate;
	certainty?: Certainty;
	evidence: Evidence[];
}

/**
 * A fact counts as from the article when any of its evidence quotes the article; otherwise it
 * comes from the first kind of source it cites (later reporting, or an import).
 */
export function basisOf(evidence: readonly Evidence[]): FactBasis {
	if (evidence.some((e) => e.basis === 'article')) return 'article';
	return evidence[0]?.basis ?? 'later-reporting';
}

/** Every fact of a dataset as one flat list; a person's evidence includes that of their roles. */
export function listFacts(dataset: Dataset): FactRow[] {
	const row = (kind: FactKind, fact: { id: string; evidence: Evidence[] }, extra: Partial<FactRow> = {}) => ({
		id: fact.id,
		kind,
		basis: basisOf(fact.evidence),
		evidence: fact.evidence,
		...extra
	});
	return [
		...dataset.moves.map((m) => row('move', m, { date: m.date, certainty: m.certainty })),
		...dataset.aggregates.map((a) => row('aggregate', a, { date: a.period, certainty: a.certainty })),
		...dataset.events.map((e) => row('event', e, { date: e.date, certainty: e.certainty })),
		...dataset.people.map((p) =>
			row('person', {
				id: p.id,
				evidence: uniqueEvidence([...p.evidence, ...p.roles.flatMap((r) => r.evidence)])
			})
		),
		...dataset.organizations.map((o) => row('organization', o)),
		...dataset.reasons.map((r) => row('reason', r)),
		...dataset.trends.map((t) => row('trend', t))
	];
}

function uniqueEvidence(evidence: Evidence[]): Evidence[] {
	const seen = new Set<string>();
	return evidence.filter((e) => {
		const key = JSON.stringify(e);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** For each sentence of the article, the ids of the facts whose evidence quotes it. */
export function factsBySentence(facts: readonly FactRow[]): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const fact of facts) {
		for (const e of fact.evidence) {
			if (e.basis !== 'article') continue;
			const ids = index.get(e.sentence) ?? [];
			if (!ids.includes(fact.id)) ids.push(fact.id);
			index.set(e.sentence, ids);
		}
	}
	return index;
}

/** Looks organizations up by id, for labels. */
export function organizationsById(dataset: Dataset): Map<string, Organization> {
	return new Map(dataset.organizations.map((o) => [o.id, o]));
}
