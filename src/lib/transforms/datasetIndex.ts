import type { Dataset, Organization } from '../schema/dataset';
import type { Locale } from '../i18n/locales';

/** A display name for an organization: our label for places the source does not name, else its name. */
export function organizationLabel(organization: Organization | undefined, locale: Locale): string {
	if (!organization) return '?';
	return organization.label?.[locale] ?? organization.name;
}

/** Finds any fact of the dataset by its id (ids are unique across the dataset); made once per dataset. */
export function indexDataset(dataset: Dataset) {
	const byId = <T extends { id: string }>(list: T[]) => {
		const map = new Map<string, T>();
		for (const item of list) map.set(item.id, item);
		return map;
	};
	return {
		organizations: byId(dataset.organizations),
		people: byId(dataset.people),
		moves: byId(dataset.moves),
		aggregates: byId(dataset.aggregates),
		events: byId(dataset.events),
		reasons: byId(dataset.reasons),
		trends: byId(dataset.trends),
		sources: byId(dataset.sources)
	};
}
export type DatasetIndex = ReturnType<typeof indexDataset>;
