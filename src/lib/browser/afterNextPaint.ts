/**
 * Runs `work` once, after the browser paints its next frame and has nothing more urgent to do: a
 * requestAnimationFrame callback runs before the paint, and an idle callback it asks for runs once
 * the frame is out and the tasks already waiting (the next input, say) have run. For work the
 * reader does not see (writing the address), which would otherwise delay the frame that shows
 * what they asked for, or whatever they do next. Without idle callbacks (Safari), it runs in the
 * task after the paint. A page in a hidden tab paints no frames: there the work runs after
 * `latestMs` all the same. Returns a function that drops the work if it has not run.
 */
export function afterNextPaint(work: () => void, latestMs = 250): () => void {
	if (typeof requestAnimationFrame === 'undefined') {
		work();
		return () => {};
	}
	let done = false;
	let idle: number | undefined;
	const drop = () => {
		done = true;
		clearTimeout(timer);
		if (idle !== undefined) cancelIdleCallback(idle);
	};
	const once = () => {
		if (done) return;
		drop();
		work();
	};
	const timer = setTimeout(once, latestMs);
	requestAnimationFrame(() => {
		if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(once);
		else setTimeout(once, 0);
	});
	return drop;
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
