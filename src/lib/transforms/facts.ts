import type { Dataset, Event, Organization } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import type { Certainty, Evidence } from '../schema/evidence';
import { partOf } from './filter';
import { remember } from './remember';

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

/**
 * The events the timeline draws while later reporting is off: those the article states, and its
 * publication. The story view and the views prepared ahead of it ask for the same list.
 */
export function articleEvents(events: readonly Event[]): Event[] {
	return events.filter((e) => basisOf(e.evidence) === 'article' || e.kind === 'publication');
}

function rowOf(
	kind: FactKind,
	fact: { id: string; evidence: Evidence[] },
	extra?: { date: FuzzyDate; certainty: Certainty }
): FactRow {
	// Every row has the same fields (date and certainty undefined where a kind has none): rows of
	// one shape keep the lists of 100,000 facts fast to make and to read.
	return {
		id: fact.id,
		kind,
		basis: basisOf(fact.evidence),
		evidence: fact.evidence,
		date: extra?.date,
		certainty: extra?.certainty
	};
}

function personRow(person: Dataset['people'][number]): FactRow {
	const evidence =
		person.roles.length === 0
			? person.evidence
			: uniqueEvidence([...person.evidence, ...person.roles.flatMap((r) => r.evidence)]);
	return {
		id: person.id,
		kind: 'person',
		basis: basisOf(evidence),
		evidence,
		date: undefined,
		certainty: undefined
	};
}

/** The facts of each dataset listed so far (see `listFactsInSlices`). */
const listed = new WeakMap<Dataset, FactRow[]>();

/**
 * Lists a dataset's facts (see `listFacts`) a few thousand at a time, pausing (yielding) between,
 * so that the page can spread the work of a large import over several tasks. The list is made once
 * per dataset: `listFacts` then finds it.
 */
export function* listFactsInSlices(dataset: Dataset): Generator<void, FactRow[]> {
	const known = listed.get(dataset);
	if (known) return known;
	const SLICE = 10_000;
	const facts: FactRow[] = [];
	for (let i = 0; i < dataset.moves.length; i++) {
		const m = dataset.moves[i]!;
		facts.push(rowOf('move', m, { date: m.date, certainty: m.certainty }));
		if (i % SLICE === SLICE - 1) yield;
	}
	for (const a of dataset.aggregates)
		facts.push(rowOf('aggregate', a, { date: a.period, certainty: a.certainty }));
	for (const e of dataset.events) facts.push(rowOf('event', e, { date: e.date, certainty: e.certainty }));
	for (let i = 0; i < dataset.people.length; i++) {
		facts.push(personRow(dataset.people[i]!));
		if (i % SLICE === SLICE - 1) yield;
	}
	for (const o of dataset.organizations) facts.push(rowOf('organization', o));
	for (const r of dataset.reasons) facts.push(rowOf('reason', r));
	for (const t of dataset.trends) facts.push(rowOf('trend', t));
	listed.set(dataset, facts);
	return facts;
}

/**
 * Every fact of a dataset as one flat list; a person's evidence includes that of their roles. Made
 * once per dataset. Given `whole`, the dataset that `dataset` is a filtered part of, the rows are
 * taken from the whole's rather than made again: a filter of 100,000 moves must answer in a frame.
 */
export function listFacts(dataset: Dataset, whole?: Dataset): FactRow[] {
	if (whole === undefined || whole === dataset) {
		const slices = listFactsInSlices(dataset);
		for (;;) {
			const step = slices.next();
			if (step.done) return step.value;
		}
	}
	const known = listed.get(dataset);
	if (known) return known;
	const wholeFacts = listFacts(whole);
	const rows = factsById(wholeFacts);
	// A part made by a filter knows where its moves, people and organizations sit in the whole:
	// their rows are read by place, the whole's facts being listed in the same order.
	const part = partOf(dataset);
	const placed = part?.whole === whole ? part : undefined;
	const facts: FactRow[] = [];
	const take = (
		kind: FactKind,
		list: readonly { id: string; evidence: Evidence[] }[],
		make: (fact: never) => FactRow
	) => {
		for (const fact of list) {
			const row = rows.get(fact.id);
			// A fact the whole does not hold (the part was not taken from it) gets a row of its own.
			facts.push(row && row.kind === kind ? row : make(fact as never));
		}
	};
	const peopleAt = whole.moves.length + whole.aggregates.length + whole.events.length;
	const organizationsAt = peopleAt + whole.people.length;
	if (placed) for (const i of placed.moves) facts.push(wholeFacts[i]!);
	else
		take('move', dataset.moves, (m: Dataset['moves'][number]) =>
			rowOf('move', m, { date: m.date, certainty: m.certainty })
		);
	take('aggregate', dataset.aggregates, (a: Dataset['aggregates'][number]) =>
		rowOf('aggregate', a, { date: a.period, certainty: a.certainty })
	);
	take('event', dataset.events, (e: Dataset['events'][number]) =>
		rowOf('event', e, { date: e.date, certainty: e.certainty })
	);
	if (placed) for (const i of placed.people) facts.push(wholeFacts[peopleAt + i]!);
	else take('person', dataset.people, personRow);
	if (placed) for (const i of placed.organizations) facts.push(wholeFacts[organizationsAt + i]!);
	else
		take('organization', dataset.organizations, (o: Dataset['organizations'][number]) =>
			rowOf('organization', o)
		);
	take('reason', dataset.reasons, (r: Dataset['reasons'][number]) => rowOf('reason', r));
	take('trend', dataset.trends, (t: Dataset['trends'][number]) => rowOf('trend', t));
	listed.set(dataset, facts);
	return facts;
}

/** True when two pieces of evidence say the same: the same quote, claim or row. */
function sameEvidence(a: Evidence, b: Evidence): boolean {
	if (a.basis !== b.basis || a.source !== b.source) return false;
	if (a.basis === 'article' && b.basis === 'article') return a.sentence === b.sentence && a.quote === b.quote;
	if (a.basis === 'later-reporting' && b.basis === 'later-reporting')
		return a.claim === b.claim && a.confidence === b.confidence;
	if (a.basis === 'import' && b.basis === 'import') return a.row === b.row;
	return a.basis === 'aggregate' && b.basis === 'aggregate';
}

/** What tells two pieces of evidence apart, as one string. */
function evidenceKey(e: Evidence): string {
	if (e.basis === 'article') return `a\u0000${e.source}\u0000${e.sentence}\u0000${e.quote}`;
	if (e.basis === 'later-reporting') return `l\u0000${e.source}\u0000${e.claim}\u0000${e.confidence}`;
	if (e.basis === 'aggregate') return `g\u0000${e.source}`;
	return `i\u0000${e.source}\u0000${e.row}`;
}

/**
 * The evidence without repeats. A person usually has a handful, where comparing pairs beats
 * building keys; a long list (a person with hundreds of roles) is sorted out by key.
 */
function uniqueEvidence(evidence: Evidence[]): Evidence[] {
	if (evidence.length > 16) {
		const seen = new Set<string>();
		return evidence.filter((e) => {
			const key = evidenceKey(e);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	}
	const unique: Evidence[] = [];
	for (const e of evidence) if (!unique.some((kept) => sameEvidence(kept, e))) unique.push(e);
	return unique;
}

/** Finds facts by id (ids are unique across a dataset), made once per list of facts. */
/**
 * The facts split by where they come from: quoted from the article, or not (later reporting, an
 * import). One pass, made once per list: a large import lists 100,000 facts, and a filter chosen
 * again finds its split.
 */
export const factsBySource = remember(function factsBySource(facts: readonly FactRow[]) {
	const article: FactRow[] = [];
	const others: FactRow[] = [];
	for (const fact of facts) (fact.basis === 'article' ? article : others).push(fact);
	return { article, others };
});

export const factsById = remember(
	(facts: readonly FactRow[]): ReadonlyMap<string, FactRow> => new Map(facts.map((f) => [f.id, f]))
);

/** For each sentence of the article, the ids of the facts whose evidence quotes it. */
export const factsBySentence = remember(function factsBySentence(
	facts: readonly FactRow[]
): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const fact of facts) {
		// Only a fact from the article quotes it (see `basisOf`): an import's 100,000 are passed over.
		if (fact.basis !== 'article') continue;
		for (const e of fact.evidence) {
			if (e.basis !== 'article') continue;
			const ids = index.get(e.sentence) ?? [];
			if (!ids.includes(fact.id)) ids.push(fact.id);
			index.set(e.sentence, ids);
		}
	}
	return index;
});

/** Looks organizations up by id, for labels. */
export function organizationsById(dataset: Dataset): Map<string, Organization> {
	return new Map(dataset.organizations.map((o) => [o.id, o]));
}
