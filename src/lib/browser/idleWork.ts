// Apart from timeSlices.ts, which the page loads at once: only the work done for a large import
// (src/lib/state/prepareViews.ts) waits for idle time.
/**
 * Runs work written as a generator while the browser is idle (`requestIdleCallback`, else a short
 * timer): steps follow each other while the idle period has time left, and input, rendering and
 * any other task come first. Stops between steps once `stop()` says so.
 */
export function runWhenIdle(work: Generator<void, unknown>, stop: () => boolean): Promise<void> {
	// A step may take a few milliseconds: one more starts only with this much of the period left.
	const ROOM_MS = 8;
	type Deadline = { timeRemaining(): number };
	const whenIdle = (next: (deadline: Deadline) => void) => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(next);
		else setTimeout(() => next({ timeRemaining: () => 0 }), 20);
	};
	return new Promise((done) => {
		const run = (deadline: Deadline) => {
			do {
				if (stop() || work.next().done) return done();
			} while (deadline.timeRemaining() > ROOM_MS);
			whenIdle(run);
		};
		whenIdle(run);
	});
}
