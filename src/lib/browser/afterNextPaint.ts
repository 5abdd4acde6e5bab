/**
 * Runs `work` once, just after the browser paints its next frame: a requestAnimationFrame callback
 * runs before the paint, and a task it queues runs after it. For work the reader does not see
 * (writing the address), which would otherwise delay the frame that shows what they asked for.
 * A page in a hidden tab paints no frames: there the work runs after `latestMs` all the same.
 * Returns a function that drops the work if it has not run.
 */
export function afterNextPaint(work: () => void, latestMs = 250): () => void {
	if (typeof requestAnimationFrame === 'undefined') {
		work();
		return () => {};
	}
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		work();
	};
	const timer = setTimeout(once, latestMs);
	requestAnimationFrame(() => setTimeout(once, 0));
	return () => {
		done = true;
		clearTimeout(timer);
	};
}

/**
 * Runs `work` after `restMs`, unless dropped first by the function it returns: a drag drops the
 * write of its last step at each new one, so that what it changes as it goes (the address) is
 * written once, when it rests, not at every frame.
 */
export function afterRest(work: () => void, restMs = 200): () => void {
	const timer = setTimeout(work, restMs);
	return () => clearTimeout(timer);
}
