/**
 * Lets the browser paint and answer input between slices of long work. `scheduler.yield()` where
 * the browser has it (Chromium), else a message to ourselves: unlike `setTimeout(0)`, it is not
 * clamped to 4 ms once nested.
 */
export function yieldToBrowser(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * Runs work written as a generator (it yields wherever it may pause) in slices of about
 * `budgetMs`, yielding to the browser between them, so that no task blocks the page for long.
 */
export async function runInSlices<T>(work: Generator<void, T>, budgetMs = 40): Promise<T> {
	let sliceStart = performance.now();
	for (;;) {
		const step = work.next();
		if (step.done) return step.value;
		if (performance.now() - sliceStart >= budgetMs) {
			await yieldToBrowser();
			sliceStart = performance.now();
		}
	}
}
