// Kept apart from timeSlices.ts, which the page loads at once: only the preparation of a large
// import's filters (src/lib/state/prepareViews.ts) waits for idle time.

/**
 * Runs work written as a generator while the browser is idle (`requestIdleCallback`, else a short
 * timer): steps follow each other while the idle period has time left, and input, rendering and
 * any other task come first. Stops between steps once `stop()` says so; a step that throws ends
 * the work and rejects the promise.
 */
export function runWhenIdle(work: Generator<void, unknown>, stop: () => boolean): Promise<void> {
	// A step may take a few milliseconds: one more starts only with this much of the period left.
	const ROOM_MS = 8;
	type Deadline = { timeRemaining(): number };
	const whenIdle = (next: (deadline: Deadline) => void) => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(next);
		else setTimeout(() => next({ timeRemaining: () => 0 }), 20);
	};
	return new Promise((done, fail) => {
		const run = (deadline: Deadline) => {
			try {
				do {
					if (stop() || work.next().done) return done();
				} while (deadline.timeRemaining() > ROOM_MS);
			} catch (error) {
				return fail(error);
			}
			whenIdle(run);
		};
		whenIdle(run);
	});
}
