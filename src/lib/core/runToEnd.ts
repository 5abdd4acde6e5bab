/**
 * Runs work written as a generator that yields wherever it may pause (see `runInSlices`) in one
 * go, without pausing, and returns its result: for node, the tests, and work too small to slice.
 */
export function runToEnd<T>(work: Generator<void, T>): T {
	for (;;) {
		const step = work.next();
		if (step.done) return step.value;
	}
}
