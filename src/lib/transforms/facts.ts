import type { Dataset } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import type { Certainty, Evidence } from '../schema/evidence';
import { BASES, basisCode } from '../core/store';

/** The kinds of fact the dataset holds, in the order a reader meets them. */
export type FactKind = 'move' | 'aggregate' | 'event' | 'person' | 'organization' | 'reason' | 'trend';

/** Where a fact comes from: the article, or only from other reporting (or an imported file). */
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
 * comes from the first kind of source it cites (other reporting, or an import).
 */
export function basisOf(evidence: readonly Evidence[]): FactBasis {
	return BASES[basisCode(evidence)]!;
}

/**
 * The language of a fact's words for its date: that of the source they quote, the article's when
 * any evidence quotes it, else that of its first evidence ("last week" is Fortune's English, "Au
 * cours des dernières semaines" the article's French). When the source does not say, `article`
 * for the article's words, and none for a file's (its words are in no language we know).
 */
export function wordingLanguage(
	evidence: readonly Evidence[],
	sources: { get(id: string): { language?: string } | undefined },
	article?: string
): string | undefined {
	const quoted = evidence.find((e) => e.basis === 'article') ?? evidence[0];
	if (!quoted) return undefined;
	return sources.get(quoted.source)?.language ?? (quoted.basis === 'article' ? article : undefined);
}

type FactOf = {
	move: Dataset['moves'][number];
	aggregate: Dataset['aggregates'][number];
	event: Dataset['events'][number];
	person: Dataset['people'][number];
	organization: Dataset['organizations'][number];
	reason: Dataset['reasons'][number];
	trend: Dataset['trends'][number];
};

/** The row of one fact; a person's evidence includes that of their roles. */
export function factRowOf<K extends FactKind>(kind: K, fact: FactOf[K]): FactRow {
	const evidence =
		kind === 'person'
			? uniqueEvidence([...fact.evidence, ...(fact as FactOf['person']).roles.flatMap((r) => r.evidence)])
			: fact.evidence;
	const date =
		kind === 'move' || kind === 'event'
			? (fact as FactOf['move']).date
			: kind === 'aggregate'
				? (fact as FactOf['aggregate']).period
				: undefined;
	const certainty = 'certainty' in fact ? fact.certainty : undefined;
	return { id: fact.id, kind, basis: basisOf(evidence), evidence, date, certainty };
}

/** What tells two pieces of evidence apart, as one string. */
function evidenceKey(e: Evidence): string {
	if (e.basis === 'article') return `a\u0000${e.source}\u0000${e.sentence}\u0000${e.quote}`;
	if (e.basis === 'later-reporting') return `l\u0000${e.source}\u0000${e.claim}\u0000${e.confidence}`;
	if (e.basis === 'aggregate') return `g\u0000${e.source}`;
	return `i\u0000${e.source}\u0000${e.row}`;
}

/** The evidence without repeats, in order. */
function uniqueEvidence(evidence: Evidence[]): Evidence[] {
	const seen = new Set<string>();
	return evidence.filter((e) => {
		const key = evidenceKey(e);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
