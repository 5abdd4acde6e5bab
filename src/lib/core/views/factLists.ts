import type { Dataset } from '../../schema/dataset';
import type { Evidence } from '../../schema/evidence';
import { bisectLeft } from 'd3';
import type { Selection } from '../selection';
import { BASIS_ARTICLE, BASIS_OTHER, basisCode, type MoveStore } from '../store';
import { factRowOf, type FactKind, type FactRow } from '../../transforms/facts';
import { shownFacts } from './facts';

/** A list of facts whose rows are made only for the part a table shows. */
export interface FactList {
	length: number;
	/** The facts from `start` to `end` (not included), in order. */
	slice(start: number, end: number): FactRow[];
}

/** The facts a selection shows, split by where they come from. */
export interface FactsView {
	article: FactList;
	others: FactList;
	/** The events, figures and trends shown (few: the article's, never an import's moves). */
	events: Dataset['events'];
	aggregates: Dataset['aggregates'];
	trends: Dataset['trends'];
}

/** One kind of fact in a list: objects already at hand, or places in one of the dataset's lists. */
type Segment =
	| { kind: FactKind; facts: readonly { id: string; evidence: Evidence[] }[] }
	| { kind: 'move' | 'person' | 'organization'; places: Int32Array };

function listOf(dataset: Dataset, segments: Segment[]): FactList {
	const sizes = segments.map((s) => ('places' in s ? s.places.length : s.facts.length));
	const length = sizes.reduce((a, b) => a + b, 0);
	const objectAt = (segment: Segment, i: number) => {
		if (!('places' in segment)) return segment.facts[i]!;
		const list =
			segment.kind === 'move'
				? dataset.moves
				: segment.kind === 'person'
					? dataset.people
					: dataset.organizations;
		return list[segment.places[i]!]!;
	};
	return {
		length,
		slice(start, end) {
			const out: FactRow[] = [];
			let offset = 0;
			segments.forEach((segment, s) => {
				const from = Math.max(start - offset, 0);
				const to = Math.min(end - offset, sizes[s]!);
				for (let i = from; i < to; i++) out.push(factRowOf(segment.kind, objectAt(segment, i) as never));
				offset += sizes[s]!;
			});
			return out;
		}
	};
}

/**
 * The facts a selection shows. Moves: the rows kept. Events, figures and trends: those involving
 * a chosen organization (any, when none is chosen), dated within the window (trends and reasons,
 * undated, only without one), naming the person (when one is chosen). People: those of the moves
 * and events shown; organizations: those they involve, the chosen ones and those of the people's
 * roles; with no organization, window or person chosen, every person and organization. Facts known
 * only from other reporting show only with it on; the article's moves they refine stay listed.
 */
export function factsView(store: MoveStore, rows: Int32Array, selection: Selection): FactsView {
	const { dataset } = store;
	const { organizations: chosen, window, person, later } = selection;
	const unfiltered = chosen.length === 0 && window === null && person === -1;
	// A move of other reporting that stands in for one of the article's in the counts leaves that
	// one out of them, not out of the list of what the article says.
	const listed = withRefinedRows(store, rows);
	const shows = (evidence: readonly Evidence[]) => later || basisCode(evidence) !== BASIS_OTHER;

	const { events, aggregates, trends } = shownFacts(store, selection);
	const reasons = unfiltered ? dataset.reasons.filter((r) => shows(r.evidence)) : [];

	// People and organizations, marked by number then listed in the dataset's order.
	const people = new Uint8Array(dataset.people.length);
	const orgs = new Uint8Array(dataset.organizations.length);
	const mark = (marks: Uint8Array, k: number | undefined) => {
		if (k !== undefined && k < marks.length) marks[k] = 1;
	};
	if (unfiltered) {
		people.fill(1);
		orgs.fill(1);
	} else {
		markRows(store, listed, people, orgs);
		for (const e of events) {
			for (const p of e.people) mark(people, store.personNumber.get(p));
			for (const o of e.organizations) mark(orgs, store.organizationNumber.get(o));
		}
		for (const a of aggregates) mark(orgs, store.organizationNumber.get(a.organization));
		for (const t of trends) for (const o of t.organizations) mark(orgs, store.organizationNumber.get(o));
		for (const k of chosen) mark(orgs, k);
		markRoles(store, people, orgs);
	}

	// Each list split by basis: the article's facts, and the rest.
	const [moveA, moveO] = splitByBasis(listed, store.basis, later);
	const [personA, personO] = splitByBasis(placesOf(people), store.personBasis, later);
	const [orgA, orgO] = splitByBasis(placesOf(orgs), store.organizationBasis, later);
	const byBasis = <T extends { evidence: Evidence[] }>(list: readonly T[], article: boolean) =>
		list.filter((f) => (basisCode(f.evidence) === BASIS_ARTICLE) === article);
	const segments = (article: boolean, moves: Int32Array, ppl: Int32Array, org: Int32Array): Segment[] => [
		{ kind: 'move', places: moves },
		{ kind: 'aggregate', facts: byBasis(aggregates, article) },
		{ kind: 'event', facts: byBasis(events, article) },
		{ kind: 'person', places: ppl },
		{ kind: 'organization', places: org },
		{ kind: 'reason', facts: byBasis(reasons, article) },
		{ kind: 'trend', facts: byBasis(trends, article) }
	];
	return {
		article: listOf(dataset, segments(true, moveA, personA, orgA)),
		others: listOf(dataset, segments(false, moveO, personO, orgO)),
		events,
		aggregates,
		trends
	};
}

// The two passes below read every row kept, or every person, at each filter change: small
// functions of typed arrays, so that the engine optimizes them after a call or two and keeps them
// (inside `factsView`, they ran mostly unoptimized, as `tallyRows` of the flow did).

/** Marks the people and organizations of the rows (those of the dataset's lists; an import's all are). */
function markRows({ person, from, to }: MoveStore, rows: Int32Array, people: Uint8Array, orgs: Uint8Array) {
	for (let q = 0; q < rows.length; q++) {
		const row = rows[q]!;
		if (person[row]! < people.length) people[person[row]!] = 1;
		if (from[row]! < orgs.length) orgs[from[row]!] = 1;
		if (to[row]! < orgs.length) orgs[to[row]!] = 1;
	}
}

/** Marks the organizations of the marked people's roles. */
function markRoles({ roles, roleOrganizations }: MoveStore, people: Uint8Array, orgs: Uint8Array) {
	for (let p = 0; p < people.length; p++) {
		if (people[p] !== 1) continue;
		for (let r = roles[p]!; r < roles[p + 1]!; r++) {
			const k = roleOrganizations[r]!;
			if (k < orgs.length) orgs[k] = 1;
		}
	}
}

const NO_PLACES = new Int32Array(0);

/** The places marked 1, in order. */
function placesOf(marks: Uint8Array): Int32Array {
	let count = 0;
	for (let i = 0; i < marks.length; i++) count += marks[i]!;
	const places = new Int32Array(count);
	for (let i = 0, n = 0; n < count; i++) if (marks[i] === 1) places[n++] = i;
	return places;
}

/**
 * Some rows, with the article's moves that those among them refine (see `Move.refines`), in
 * ascending order: the moves the lists of facts and a download of the view hold. The rows
 * themselves when none refines one (files of moves or flows never do). The few refinements are
 * looked up in the rows, which are sorted, not each row in the refinements.
 */
export function withRefinedRows(store: MoveStore, rows: Int32Array): Int32Array {
	if (store.refined.size === 0) return rows;
	const has = (row: number) => rows[bisectLeft(rows, row)] === row;
	const added: number[] = [];
	for (const [refining, refined] of store.refined)
		if (has(refining) && !has(refined) && !added.includes(refined)) added.push(refined);
	if (added.length === 0) return rows;
	const out = new Int32Array(rows.length + added.length);
	out.set(rows);
	out.set(added, rows.length);
	return out.sort();
}

/**
 * Places split by the basis of their fact (a column of basis codes): the article's, and the rest;
 * facts known only from other reporting only when `later` is on. Counted, then filled.
 */
function splitByBasis(places: Int32Array, basis: Uint8Array, later: boolean): [Int32Array, Int32Array] {
	let articles = 0;
	let rest = 0;
	for (let i = 0; i < places.length; i++) {
		const b = basis[places[i]!]!;
		if (b === BASIS_ARTICLE) articles++;
		else if (later || b !== BASIS_OTHER) rest++;
	}
	// All on one side, as an import's moves are (none quotes the article): the places themselves.
	if (rest === places.length) return [NO_PLACES, places];
	if (articles === places.length) return [places, NO_PLACES];
	const article = new Int32Array(articles);
	const others = new Int32Array(rest);
	for (let i = 0, a = 0, o = 0; i < places.length; i++) {
		const k = places[i]!;
		const b = basis[k]!;
		if (b === BASIS_ARTICLE) article[a++] = k;
		else if (later || b !== BASIS_OTHER) others[o++] = k;
	}
	return [article, others];
}
