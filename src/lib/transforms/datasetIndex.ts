import type { Dataset, Move, Organization, Person } from '../schema/dataset';
import type { Locale } from '../i18n/locales';

/** A display name for an organization: our label for places the source does not name, else its name. */
export function organizationLabel(organization: Organization | undefined, locale: Locale): string {
	if (!organization) return '?';
	return organization.label?.[locale] ?? organization.name;
}

/**
 * An organization's display name inside a sentence: an unnamed startup's label is a common noun,
 * which French gives its article ("quitte Meta pour la startup d'IA de Meijer").
 */
export function organizationInSentence(
	organization: Organization | undefined,
	locale: Locale,
	m: { unnamedInSentence: (label: string) => string }
): string {
	const label = organizationLabel(organization, locale);
	return organization?.kind === 'unnamed-startup' ? m.unnamedInSentence(label) : label;
}

/** Finds items by id. */
export interface Lookup<T> {
	get(id: string): T | undefined;
}

const byId = <T extends { id: string }>(list: readonly T[]) => {
	const map = new Map<string, T>();
	for (const item of list) map.set(item.id, item);
	return map;
};

/**
 * Finds a move's place in a dataset's list by its id (-1 when it is no move's). The importer numbers
 * moves `move-1`, `move-2`… in order, and `npm run aggregate` its flows `flow-1`… (`idRegistry().sequence`):
 * that guess is checked against the id, so that a million-move import needs no map of its ids, and
 * any other numbering finds its move by a map made the first time it is needed.
 */
export function moveRows(moves: readonly Move[]): (id: string) => number {
	let rows: Map<string, number> | undefined;
	return (id) => {
		const guess = Number(/^(?:move|flow)-([1-9]\d*)$/.exec(id)?.[1]) - 1;
		if (moves[guess]?.id === id) return guess;
		rows ??= new Map(moves.map((m, row) => [m.id, row]));
		return rows.get(id) ?? -1;
	};
}

/**
 * Finds any fact of the dataset by its id (ids are unique across the dataset); made once per
 * dataset. A million-move import must not wait for a map of its moves (a second-long task and tens
 * of megabytes): imported moves are found by their number (`moveRows`). People
 * are found through the store's numbering of them when it is given (`MoveStore.personNumber`,
 * which numbers them by their place in the dataset's list).
 */
export function indexDataset(dataset: Dataset, personNumber?: ReadonlyMap<string, number>) {
	const rowOf = moveRows(dataset.moves);
	const people: Lookup<Person> = personNumber
		? { get: (id) => dataset.people[personNumber.get(id) ?? -1] }
		: byId(dataset.people);
	return {
		organizations: byId(dataset.organizations),
		people,
		moves: { get: (id) => dataset.moves[rowOf(id)] } as Lookup<Move>,
		/** A move's place in the dataset's list by its id, -1 for none: the lookup `moves` uses. */
		moveRow: rowOf,
		aggregates: byId(dataset.aggregates),
		events: byId(dataset.events),
		reasons: byId(dataset.reasons),
		trends: byId(dataset.trends),
		sources: byId(dataset.sources)
	};
}
export type DatasetIndex = ReturnType<typeof indexDataset>;
