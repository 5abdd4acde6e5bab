import type { Dataset, Move, Organization, Person } from '../schema/dataset';
import type { Locale } from '../i18n/locales';

/** A display name for an organization: our label for places the source does not name, else its name. */
export function organizationLabel(organization: Organization | undefined, locale: Locale): string {
	if (!organization) return '?';
	return organization.label?.[locale] ?? organization.name;
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
 * Finds any fact of the dataset by its id (ids are unique across the dataset); made once per
 * dataset. A million-move import must not wait for a map of its moves (a second-long task and tens
 * of megabytes): imported moves are found by their number, and the map is made only when a move is
 * looked up that is not where its id says. People
 * are found through the store's numbering of them when it is given (`MoveStore.personNumber`,
 * which numbers them by their place in the dataset's list).
 */
export function indexDataset(dataset: Dataset, personNumber?: ReadonlyMap<string, number>) {
	let moves: Map<string, Move> | undefined;
	const people: Lookup<Person> = personNumber
		? { get: (id) => dataset.people[personNumber.get(id) ?? -1] }
		: byId(dataset.people);
	return {
		organizations: byId(dataset.organizations),
		people,
		moves: {
			get(id) {
				// The importer numbers moves `move-1`, `move-2`… in order (`idRegistry().sequence`): a
				// guess that is checked against the id, so any other numbering finds its move by the map.
				const numbered = dataset.moves[Number(/^move-([1-9]\d*)$/.exec(id)?.[1]) - 1];
				if (numbered?.id === id) return numbered;
				return (moves ??= byId(dataset.moves)).get(id);
			}
		} as Lookup<Move>,
		aggregates: byId(dataset.aggregates),
		events: byId(dataset.events),
		reasons: byId(dataset.reasons),
		trends: byId(dataset.trends),
		sources: byId(dataset.sources)
	};
}
export type DatasetIndex = ReturnType<typeof indexDataset>;
