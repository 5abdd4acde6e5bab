import type { MoveStore } from '../core/store';
import type { FactRow } from './facts';

/** For each sentence of the article, the ids of the facts whose evidence quotes it. */
export function factsBySentence(facts: readonly FactRow[]): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const fact of facts) {
		if (fact.basis !== 'article') continue;
		for (const e of fact.evidence) {
			if (e.basis !== 'article') continue;
			const ids = index.get(e.sentence) ?? [];
			if (!ids.includes(fact.id)) ids.push(fact.id);
			index.set(e.sentence, ids);
		}
	}
	return index;
}

/**
 * For each fact that quotes the article, the ids of the sentences its evidence quotes, in reading
 * order of evidence. Facts that quote nothing (all of an import's) are left out: they have none.
 */
export function sentencesByFact(facts: readonly FactRow[]): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const fact of facts) {
		// Only a fact from the article quotes it (see `basisOf`): an import's 100,000 are passed over.
		if (fact.basis !== 'article') continue;
		let sentences: string[] | undefined;
		for (const e of fact.evidence) {
			if (e.basis !== 'article') continue;
			sentences ??= [];
			if (!sentences.includes(e.sentence)) sentences.push(e.sentence);
		}
		if (sentences) index.set(fact.id, sentences);
	}
	return index;
}

/**
 * Widens a set of fact ids with the moves and events of the people in it, so that a sentence
 * naming a person lights up that person's flows and events too. A person's moves come from the
 * store's list of their rows: no scan of every move at each pointer.
 */
export function withPeoplesFacts(ids: Iterable<string>, store: MoveStore): Set<string> {
	const out = new Set(ids);
	if (out.size === 0) return out;
	const { offsets, rows } = store.byPerson;
	const { moves, events } = store.dataset;
	for (const id of [...out]) {
		const p = store.personNumber.get(id);
		if (p !== undefined) for (let j = offsets[p]!; j < offsets[p + 1]!; j++) out.add(moves[rows[j]!]!.id);
	}
	for (const event of events) if (event.people.some((p) => out.has(p))) out.add(event.id);
	return out;
}

/** The sentences that state any of the given facts, in the order they appear in the article. */
export function sentencesOf(
	factIds: Iterable<string>,
	byFact: ReadonlyMap<string, string[]>,
	articleOrder: readonly string[]
): string[] {
	const wanted = new Set<string>();
	for (const id of factIds) for (const s of byFact.get(id) ?? []) wanted.add(s);
	return articleOrder.filter((s) => wanted.has(s));
}
