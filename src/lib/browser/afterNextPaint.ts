/**
 * Runs `work` once, just after the browser paints its next frame: a requestAnimationFrame callback
 * runs before the paint, and a task it queues runs after it. For work the reader does not see
 * (writing the address), which would otherwise delay the frame that shows what they asked for.
 * A page in a hidden tab paints no frames: there the work runs after `latestMs` all the same.
 */
export function afterNextPaint(work: () => void, latestMs = 250): void {
	if (typeof requestAnimationFrame === 'undefined') return work();
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		work();
	};
	const timer = setTimeout(once, latestMs);
	requestAnimationFrame(() => setTimeout(once, 0));
}
