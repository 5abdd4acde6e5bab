import { SHOWN_ALWAYS, type MoveStore } from '../store';
import { retentionAvailabilityInSlices, type retentionAvailability } from './retention';
import { Stays } from './stays';

/** Every stay of a store placed, for both settings of other reporting, and whether retention can be told. */
export interface PlacedStays {
	availability: ReturnType<typeof retentionAvailability>;
	/** The stays with other reporting on or off, every organization's arrivals placed; null without retention. */
	of: (later: boolean) => Stays | null;
}

/**
 * Places every stay of a store, a slice at a time: an import's, before it is shown, so that no
 * filter change pays for placing the stays at an organization chosen for the first time (5–15 ms
 * for one of the busiest of 100,000 moves). Where no move is shown by the switch for other
 * reporting alone (any import), one placing serves both of its settings.
 */
export function* placeStaysInSlices(store: MoveStore): Generator<void, PlacedStays> {
	const availability = yield* retentionAvailabilityInSlices(store);
	if (availability !== 'available') return { availability, of: () => null };
	yield;
	const without = yield* new Stays(store, false).placeAllInSlices();
	const withLater = store.shown.every((s) => s === SHOWN_ALWAYS)
		? without
		: yield* new Stays(store, true).placeAllInSlices();
	return { availability, of: (later) => (later ? withLater : without) };
}
