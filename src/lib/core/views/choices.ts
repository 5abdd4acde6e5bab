import type { Selection } from '../selection';
import type { MoveStore } from '../store';

/** An organization the filter offers, with how many moves it leaves or joins among those shown. */
export interface OrganizationChoice {
	id: string;
	moves: number;
}

/**
 * What the filter offers: every organization with a move among the rows (which every filter but
 * the organizations' own keeps), busiest first, and the chosen ones whatever their count, so that
 * they can be cleared. Counts are sums of weights; a move within one organization counts once.
 */
export function organizationChoices(
	store: MoveStore,
	rows: Int32Array,
	selection: Selection
): OrganizationChoice[] {
	return choicesOfCounts(store, organizationCounts(store, rows), selection);
}

/** How many moves each organization (by number) leaves or joins among the rows, weights summed. */
export function organizationCounts(store: MoveStore, rows: Int32Array): Float64Array {
	const counts = new Float64Array(store.organizationIds.length);
	const { from, to, weight } = store;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		counts[from[row]!]! += weight[row]!;
		if (to[row] !== from[row]) counts[to[row]!]! += weight[row]!;
	}
	return counts;
}

/**
 * The choices from counts already made: the state keeps the counts while only the chosen
 * organizations change (they count under every filter but their own), and redoes only this.
 */
export function choicesOfCounts(
	store: MoveStore,
	counts: Float64Array,
	selection: Selection
): OrganizationChoice[] {
	const chosen = new Set(selection.organizations);
	const choices: OrganizationChoice[] = [];
	counts.forEach((moves, k) => {
		if (moves > 0 || chosen.has(k)) choices.push({ id: store.organizationIds[k]!, moves });
	});
	return choices.sort((a, b) => b.moves - a.moves || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The organizations that leave or join at least one move: the ids the filter can take. */
export function organizationsWithMoves(store: MoveStore): string[] {
	const { offsets } = store.byOrganization;
	return store.organizationIds.filter((_, k) => offsets[k + 1]! > offsets[k]!);
}
