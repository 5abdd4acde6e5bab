import { formatCount } from '../../transforms/formatNumbers';

// The wording of the search boxes and of the flow diagram's control, apart from the page's catalog:
// it loads with their islands (src/lib/islands), so the first load of the page does not carry it.

const enNumber = (value: number) => formatCount(value, 'en');

// The English catalog defines the keys; French must provide every one of them (checked by the type).
export const enExplore = {
	organizationSearchLabel: 'Find an organization',
	personSearchLabel: 'Find a person',
	/** What the list of a search holds, said politely to screen readers and shown under the list. */
	searchResults: (total: number, listed: number) =>
		total === 0
			? 'No match.'
			: total === 1
				? '1 match.'
				: listed < total
					? `${enNumber(total)} matches; the ${enNumber(listed)} busiest are listed.`
					: `${enNumber(total)} matches.`,
	/** The moves beside a name in the list (weights summed). */
	searchMoves: (count: number) => (count === 1 ? '1 move' : `${enNumber(count)} moves`),
	/** Whose moves alone are shown, and the button that shows everyone's again. */
	personChosen: (name: string) => `Showing the moves of ${name}.`,
	personClear: 'Show everyone',
	personSearchNone:
		'No person to find: this file counts moves between organizations (each row a flow of many) and names no one.',
	flowNamedLabel: 'Organizations named',
	flowNamedAll: (total: number) =>
		total === 1 ? 'The one organization is named.' : `All ${enNumber(total)} organizations are named.`,
	flowNamedSome: (named: number, total: number, other: number) =>
		`${enNumber(named)} of ${enNumber(total)} organizations are named, the busiest; the other ${enNumber(other)} are grouped as “Other”.`
};

export type ExploreMessages = typeof enExplore;
