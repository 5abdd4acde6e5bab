import type { Dataset } from '../schema/dataset';
import { factRowOf, type FactRow } from './facts';

// Apart from facts.ts, which the page loads at once: only the downloads and the server list every
// fact, and a module's code goes wherever any of its users needs it.

/** Every fact of a dataset as one flat list, in the order a reader meets the kinds. */
export function listFacts(dataset: Dataset): FactRow[] {
	return [
		...dataset.moves.map((f) => factRowOf('move', f)),
		...dataset.aggregates.map((f) => factRowOf('aggregate', f)),
		...dataset.events.map((f) => factRowOf('event', f)),
		...dataset.people.map((f) => factRowOf('person', f)),
		...dataset.organizations.map((f) => factRowOf('organization', f)),
		...dataset.reasons.map((f) => factRowOf('reason', f)),
		...dataset.trends.map((f) => factRowOf('trend', f))
	];
}
